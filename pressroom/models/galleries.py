from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from core.models import MinistryImage

from ..blocks import GalleryMediaBlock
from .base import PressroomPage, pressroom_edit_handler
from .index import PressroomIndexPage

GRID_RENDITION = "fill-480x360"
FULL_RENDITION = "max-1600x1200"


class GalleryPage(PressroomPage):
    """Photos and videos of one event: a grid that opens each photo full size."""

    place = models.CharField(_("place"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    media = StreamField(GalleryMediaBlock(), verbose_name=_("photos and videos"))

    content_panels = PressroomPage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place")], heading=_("Event")),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("media"),
    ]
    edit_handler = pressroom_edit_handler(content_panels)
    search_text_fields = [*PressroomPage.search_text_fields, "intro", "place", "media"]

    parent_page_types = ["pressroom.GalleryIndexPage"]
    subpage_types = []
    template = "pressroom/gallery_page.html"
    schema_type = "ImageGallery"

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")

    @property
    def cover_image_id(self):
        """The first photo's image id, read from the stored stream without a query."""
        for block in self.media.raw_data:
            if block.get("type") == "photo" and block.get("value", {}).get("image"):
                return block["value"]["image"]
        return None

    @cached_property
    def cover(self):
        """(image, alt text) of the first photo, or (None, "")."""
        for block in self.media:
            if block.block_type == "photo":
                return block.value["image"], block.value["alt_text"]
        return None, ""

    @property
    def listing_image(self):
        return self.cover[0]

    @property
    def listing_image_alt(self):
        return self.cover[1]

    @property
    def share_image(self):
        return self.social_image or self.cover[0]

    def gallery_items(self):
        """[(block type, value, image with its renditions prefetched)] in order:
        every photo's renditions come in one query instead of two per photo."""
        image_ids = [block.value["image"].pk for block in self.media if block.block_type == "photo"]
        images = MinistryImage.objects.filter(pk__in=image_ids).prefetch_renditions(GRID_RENDITION, FULL_RENDITION)
        by_id = {image.pk: image for image in images}
        return [
            (block.block_type, block.value, by_id.get(block.value["image"].pk) if block.block_type == "photo" else None)
            for block in self.media
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["gallery_items"] = self.gallery_items()
        return context


class GalleryIndexPage(PressroomIndexPage):
    child_model = GalleryPage
    template = "pressroom/index_page.html"
    subpage_types = ["pressroom.GalleryPage"]

    class Meta:
        verbose_name = _("gallery index")
        verbose_name_plural = _("gallery indexes")

    def after_paging(self, galleries):
        """Fetch every card's cover photo, with its rendition, in one query."""
        ids = {gallery.cover_image_id for gallery in galleries} - {None}
        images = MinistryImage.objects.filter(pk__in=ids).prefetch_renditions("fill-640x360")
        by_id = {image.pk: image for image in images}
        for gallery in galleries:
            image = by_id.get(gallery.cover_image_id)
            alt = ""
            for block in gallery.media.raw_data:
                if block.get("type") == "photo":
                    alt = block["value"].get("alt_text", "")
                    break
            gallery.__dict__["cover"] = (image, alt)
        return galleries
