from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from directory.models import Organisation

from ...models import Language, Source, feed_address_refusal


class Command(BaseCommand):
    help = "Add a feed (RSS, Atom or news sitemap) to monitor, optionally of a media outlet of the directory."

    def add_arguments(self, parser):
        parser.add_argument("feed_url")
        parser.add_argument("--name", required=True)
        parser.add_argument("--outlet", default="", help="The outlet's directory key, e.g. tolo-news")
        parser.add_argument("--kind", choices=[k for k, _l in Source.Kind.choices], default=Source.Kind.RSS)
        parser.add_argument("--language", choices=[k for k, _l in Language.choices], default="")
        parser.add_argument("--country", default="", help="Two letters, e.g. AF or IR")
        parser.add_argument("--every", type=int, default=30, help="Minutes between checks")

    def handle(self, feed_url, name, outlet, kind, language, country, every, **options):
        refusal = feed_address_refusal(feed_url)
        if refusal:
            raise CommandError(refusal)
        found = None
        if outlet:
            outlets = Organisation.objects.filter(key=outlet, category__slug="media")
            found = outlets.filter(locale__language_code="fa-af").first() or outlets.first()
            if found is None:
                raise CommandError(f"No media outlet has the key {outlet!r} in the directory.")
        source = Source(
            name=name,
            outlet=found,
            feed_url=feed_url,
            kind=kind,
            language_hint=language,
            country=country.upper(),
            check_every_minutes=every,
        )
        try:
            source.full_clean()
        except ValidationError as error:
            raise CommandError("; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in error.message_dict.items()))
        source.save()
        self.stdout.write(f"source {source.pk}: {source.name} ({source.feed_url})")
