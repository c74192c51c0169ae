"""Uploaded images: the admin's image form, with a pixel limit that holds.

Every way the admin takes an image (the library's add and edit screens,
"Add images", the chooser's upload tab) builds its form from
WAGTAILIMAGES_IMAGE_FORM_BASE, so the file field declared here checks them
all."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL.Image import DecompressionBombError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from . import l10n


class BoundedImageField(WagtailImageField):
    """Wagtail's image field reads the image's size outside its own error
    handling, so a PNG over Pillow's bomb threshold (~179 million pixels)
    was a 500; one under it but over the limit was refused only above
    Wagtail's default 128 million, which one rendition can take a worker's
    memory past half a gigabyte to decode. Both are refused here, with one
    message. The try can go once Wagtail's own check catches Pillow's
    DecompressionBombError (still raised in 7.4)."""

    def check_image_pixel_size(self, f):
        if self.max_image_pixels is None:
            return
        try:
            width, height = f.image.get_size()
            pixels = width * height * f.image.get_frame_count()
        except DecompressionBombError:
            pixels = None
        if pixels is None or pixels > self.max_image_pixels:
            raise ValidationError(too_many_pixels_message(self.max_image_pixels), code="file_too_many_pixels")


def too_many_pixels_message(limit):
    return _(
        "This image has too many pixels: at most %(millions)s million are accepted (for example 8000 × 6000). "
        "Make it smaller and upload it again."
    ) % {"millions": l10n.local_digits(str(round(limit / 1_000_000)))}


class MinistryImageForm(BaseImageForm):
    # Declared, so the field is ours; the label and widget stay Wagtail's.
    file = BoundedImageField(label=_("File"), widget=BaseImageForm.Meta.widgets["file"])
