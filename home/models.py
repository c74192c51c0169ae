from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from core.blocks import body_blocks
from core.models import BasePage, public, without_foreign_aliases


class HomePage(BasePage):
    """The root of one language's tree. Wagtail serves the home page of the
    active language; the others are its wagtail-localize translations."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    hero_image = models.ForeignKey(
        "ministry_site.MinistryImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(_("hero image alternative text"), max_length=250, blank=True)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("body"),
    ]
    search_text_fields = [*BasePage.search_text_fields, "intro", "body"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "pressroom.NewsIndexPage",
        "pressroom.StatementIndexPage",
        "pressroom.GalleryIndexPage",
        "directory.DirectoryPage",
        "press_events.PressEventIndexPage",
    ]

    LATEST_NEWS = 3
    LATEST_STATEMENTS = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from django.template.loader import render_to_string

        from core.page_cache import remember

        context = super().get_context(request, *args, **kwargs)
        context["today"] = timezone.localdate()

        def sections():
            return render_to_string("home/includes/sections.html", self.sections_context(), request=request)

        if getattr(request, "is_preview", False):
            context["sections"] = sections()
        else:
            # Published content only: kept until the next publish.
            context["sections"] = remember("home-sections", (self.pk, request.get_host()), sections)
        return context

    def sections_context(self):
        from pressroom.models import GalleryIndexPage, NewsIndexPage, StatementIndexPage

        context = {"page": self}
        children = list(without_foreign_aliases(public(self.get_children().live())).specific())
        context["menu_pages"] = [child for child in children if child.show_in_menus and isinstance(child, StandardPage)]
        # The latest of each kind, from this language's indexes only.
        indexes = {type(child): child for child in children if hasattr(child, "child_model")}
        for index_class, name, count in (
            (NewsIndexPage, "latest_news", self.LATEST_NEWS),
            (StatementIndexPage, "latest_statements", self.LATEST_STATEMENTS),
            (GalleryIndexPage, "latest_gallery", 1),
        ):
            index_page = indexes.get(index_class)
            if index_page is None:
                context[name], context[name + "_index"] = [], None
                continue
            items = list(index_page.prepare_listing(index_page.items())[:count])
            context[name] = index_page.after_paging(items)
            context[name + "_index"] = index_page
        return context


class StandardPage(BasePage):
    """A general page such as "About the directorate": rich text and images."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_text_fields = [*BasePage.search_text_fields, "intro", "body"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("general page")
        verbose_name_plural = _("general pages")
