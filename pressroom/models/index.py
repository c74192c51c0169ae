from django.db import models
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import chrome, l10n
from core.models import BasePage, public, without_foreign_aliases
from core.page_cache import uses_query

from .. import listing
from ..feeds import FEED_LENGTH, feed_response
from .base import kabul_day_range
from .topics import Topic, topic_slug_in


class PressroomIndexPage(RoutablePageMixin, BasePage):
    """Lists its children newest first, 12 to a page, with filters in the
    query string that survive pagination and apply to its RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "pressroom/index_page.html"
    # A section of the site: the main menu leads to it unless an editor says otherwise.
    show_in_menus_default = True

    # Set by each concrete index: the page type it lists.
    child_model = None
    card_template = "pressroom/includes/card.html"

    class Meta:
        abstract = True

    def kind_choices(self):
        """(value, label) pairs for a "kind" filter; empty for no such filter."""
        return []

    def items(self):
        """Every item a reader may see in the listing: live, public, not withdrawn."""
        items = public(self.child_model.objects.child_of(self).live()).filter(withdrawn_at__isnull=True)
        return without_foreign_aliases(items).order_by("-date", "-pk")

    def prepare_listing(self, queryset):
        """Fetch what the cards show in a fixed number of queries."""
        return queryset.select_related("locale").prefetch_related("topics")

    def after_paging(self, items):
        """Hook for work on one page of results (e.g. bulk look-ups)."""
        return items

    def filter_form(self, request):
        language = self.locale.language_code
        choices = self.remembered(request, "filter-choices", self.filter_choices)
        form = listing.ListingFilterForm(
            request.GET, topics=choices["topics"], kinds=self.kind_choices(), years=choices["years"], language=language
        )
        uses_query(request, *form.fields)
        return form

    def filter_choices(self, request):
        """The topics and years a reader can filter by (kept until the next publish)."""
        return {
            "topics": [(topic.slug, topic.name) for topic in Topic.objects.filter(locale_id=self.locale_id, live=True)],
            "years": listing.available_years(self.items(), self.locale.language_code),
        }

    def filtered_items(self, form):
        queryset = self.items()
        if not form.is_valid():
            return queryset.none()
        data = form.cleaned_data
        if data.get("topic"):
            # Items may carry any language's row of a topic, and a translation
            # may have its own slug: match the topic itself (its translation key).
            topic = Topic.objects.filter(locale_id=self.locale_id, slug=data["topic"]).values("translation_key")
            with_topic = self.child_model.objects.filter(topics__translation_key__in=topic).values("pk")
            queryset = queryset.filter(pk__in=with_topic)
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("year"):
            first, last = listing.date_range(data["year"], data.get("month"), self.locale.language_code)
            start, end = kabul_day_range(first, last)
            queryset = queryset.filter(date__gte=start, date__lt=end)
        return queryset

    @path("")
    def listing_view(self, request):
        number = listing.page_number(request)
        form = self.filter_form(request)
        page_of_items = listing.paginate(self.filtered_items(form).values_list("pk", flat=True), number)
        index_url = self.get_url(request)
        cards = self.cards(request, list(page_of_items.object_list), index_url)
        filters = form.active_filters()
        filters_query = listing.query_string(filters)
        response = self.render(
            request,
            context_overrides={
                "language_links": self.language_links_keeping(request, filters),
                "filter_form": form,
                "items": page_of_items,
                "filters": filters,
                "filters_query": filters_query,
                "cards": cards,
                "feeds": self.feed_urls(request, filters_query),
                "previous_query": listing.query_string(filters, page=page_of_items.previous_page_number())
                if page_of_items.has_previous()
                else None,
                "next_query": listing.query_string(filters, page=page_of_items.next_page_number())
                if page_of_items.has_next()
                else None,
            },
        )
        if not form.is_valid():
            response.status_code = 400
        return response

    def filters_in(self, filters, language):
        """The filters of this listing that mean the same in `language`: the
        topic under its slug there (left out when it has no live translation),
        the kind, and the year and month when both languages count years
        alike (a Solar Hijri year is no Gregorian one). Never the page number."""
        kept = {}
        same_calendar = l10n.uses_solar_hijri(language) == l10n.uses_solar_hijri(self.locale.language_code)
        for name, value in filters.items():
            if name == "topic":
                value = topic_slug_in(value, self.locale_id, language)
            elif name in ("year", "month") and not same_calendar:
                value = None
            if value not in (None, ""):
                kept[name] = value
        return kept

    def language_links_keeping(self, request, filters):
        """The language switcher, keeping this listing's filters."""
        links = self.remembered(request, "furniture", self.page_furniture)["language_links"]
        if not filters:
            return links
        return chrome.keeping_filters(links, lambda code: listing.query_string(self.filters_in(filters, code)))

    def cards(self, request, ids, index_url):
        """The rendered card of each item of `ids`, in order. A card shows
        published content only, so it is kept until the next publish (per
        host, like page furniture): a listing reads only its page of ids."""
        from django.template.loader import get_template

        from core.page_cache import remember_each

        def render(missing):
            template = get_template(self.card_template)
            items = self.after_paging(list(self.prepare_listing(self.items().filter(pk__in=missing))))
            return {
                item.pk: template.render({"item": item, "index_url": index_url, "request": request}) for item in items
            }

        if getattr(request, "is_preview", False):
            # A preview may show this index at a draft address: never kept.
            cards = render(ids)
            return [cards[pk] for pk in ids if pk in cards]
        return remember_each(
            "card",
            ids,
            lambda pk: (self.pk, pk, self.card_template, index_url, request.get_host(), request.scheme),
            render,
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return self._feed(request, "rss")

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return self._feed(request, "atom")

    def _feed(self, request, kind):
        form = self.filter_form(request)
        if not form.is_valid():
            errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
            return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
        items = self.after_paging(list(self.prepare_listing(self.filtered_items(form))[:FEED_LENGTH]))
        description = ", ".join(
            str(dict(form.fields[name].choices).get(str(value), value)) for name, value in form.active_filters().items()
        )
        return feed_response(self, request, items, kind, description)

    def feed_urls(self, request, filters_query=""):
        suffix = f"?{filters_query}" if filters_query else ""
        base = self.get_url(request)
        return {kind: base + self.reverse_subpage(kind).lstrip("/") + suffix for kind in ("rss", "atom")}
