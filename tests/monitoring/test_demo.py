"""The demo shows a filled inbox and one approved digest, from local files only."""

import pytest
from django.urls import reverse

from monitoring import demo
from monitoring.models import Clipping, Digest, Source, Story
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def test_the_demo_fills_the_inbox_and_approves_a_digest(client, settings, monkeypatch):
    from monitoring import fetching

    def no_network(*args, **kwargs):
        raise AssertionError("the demo fetched over the network")

    monkeypatch.setattr(fetching, "get", no_network)
    make_user("demo-director", "Directors")
    lines = []
    demo.load(None, lines.append)
    assert Source.objects.count() == 4 and not Source.objects.filter(active=True).exists()
    carpets = Story.objects.get(articles__url__endswith="/bakhtar-carpets")
    assert carpets.outlet_count == 2  # Bakhtar and Ariana: one story
    assert not Clipping.objects.filter(title__contains="فوتبال").exists()
    assert Clipping.objects.filter(status=Clipping.Status.NEW).count() >= 3
    digest = Digest.objects.get()
    assert digest.status in (Digest.Status.APPROVED, Digest.Status.SENT)
    assert digest.data["total"] >= 5 and digest.data["broadcast"]
    # Again: nothing changes.
    before = (Clipping.objects.count(), Story.objects.count())
    demo.load(None, lines.append)
    assert (Clipping.objects.count(), Story.objects.count()) == before and Digest.objects.count() == 1
    client.force_login(make_user("demo-monitor", "Monitors"))
    inbox = client.get(reverse("monitoring_inbox")).content.decode()
    assert "<mark>" in inbox and "نوي صنعتي پارکونه جوړېږي" in inbox
