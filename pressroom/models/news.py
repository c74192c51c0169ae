from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from core.blocks import body_blocks
from core.models import MinistryImage, MinistryRendition

from .base import PressroomPage, pressroom_edit_handler
from .index import PressroomIndexPage

CARD_RENDITION = "fill-640x360"


class NewsPage(PressroomPage):
    """A news story: what happened, when, with a photo."""

    hero_image = models.ForeignKey(
        MinistryImage,
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("main image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    hero_caption = models.CharField(_("main image caption"), max_length=400, blank=True)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = PressroomPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text"), FieldPanel("hero_caption")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
    ]
    edit_handler = pressroom_edit_handler(content_panels)
    search_text_fields = [*PressroomPage.search_text_fields, "body", "hero_caption"]

    parent_page_types = ["pressroom.NewsIndexPage"]
    subpage_types = []
    template = "pressroom/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError({"hero_alt_text": _("Describe the main image for people who cannot see it.")})

    # Read with the page when it is served (core.routing).
    route_select_related = ("hero_image",)
    route_prefetch_related = ("topics",)

    @property
    def listing_image(self):
        return self.hero_image

    @property
    def listing_image_alt(self):
        return self.hero_alt_text

    @property
    def share_image(self):
        return self.social_image or self.hero_image


class NewsIndexPage(PressroomIndexPage):
    child_model = NewsPage
    template = "pressroom/index_page.html"
    subpage_types = ["pressroom.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def prepare_listing(self, queryset):
        return (
            super()
            .prepare_listing(queryset)
            .select_related("hero_image")
            .prefetch_related(
                Prefetch(
                    "hero_image__renditions",
                    queryset=MinistryRendition.objects.filter(filter_spec=CARD_RENDITION),
                    to_attr="prefetched_renditions",
                )
            )
        )
