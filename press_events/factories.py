"""Factories for press events: a valid, published event with only `parent`
given (a PressEventIndexPage), starting in a week unless told.

    event = PressEventPageFactory(parent=index, capacity=5)
    answer = RsvpFactory(event=event, status=Rsvp.WAITING)
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from . import models


class PressEventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PressEventPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Press event {n}")
    slug = factory.Sequence(lambda n: f"press-event-{n}")
    kind = models.EventKind.PRESS_CONFERENCE
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    venue = "Press hall"
    address = "Darulaman Road, Kabul"
    languages_spoken = "fa-af,ps,en"
    description = factory.LazyFunction(lambda: [("paragraph", "<p>What the event is about.</p>")])

    @classmethod
    def _create(cls, model_class, *args, draft=False, **kwargs):
        kwargs.setdefault("live", not draft)
        page = super()._create(model_class, *args, **kwargs)
        revision = page.save_revision()
        if not draft:
            revision.publish()
            page.refresh_from_db()
        return page


class RsvpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Rsvp
        exclude = ["event"]

    event = None
    event_key = factory.LazyAttribute(lambda o: o.event.translation_key)
    email = factory.Sequence(lambda n: f"journalist{n}@example.org")
    name = factory.Sequence(lambda n: f"Journalist {n}")
    outlet = "Kabul Business Weekly"
    language = "en"
    status = models.Rsvp.ATTENDING
    crew = 0
    waiting_since = factory.LazyAttribute(lambda o: timezone.now() if o.status == models.Rsvp.WAITING else None)
