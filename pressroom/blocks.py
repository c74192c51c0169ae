from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.blocks import CaptionedImageBlock, VideoEmbedBlock

VIDEO_EXTENSIONS = ("mp4", "webm")


class PhotoBlock(CaptionedImageBlock):
    class Meta:
        icon = "image"
        label = _("Photo")


class VideoFileBlock(blocks.StructBlock):
    video = DocumentChooserBlock(label=_("Video file"), help_text=_("An uploaded MP4 or WebM file."))
    title = blocks.CharBlock(label=_("Title"), max_length=250, help_text=_("Names the video for screen readers."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=400)

    class Meta:
        icon = "media"
        label = _("Uploaded video")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("video")
        if document is not None and document.file_extension.lower() not in VIDEO_EXTENSIONS:
            raise blocks.StructBlockValidationError(
                block_errors={"video": ValidationError(_("Choose an MP4 or WebM video file."))}
            )
        return value


class GalleryMediaBlock(blocks.StreamBlock):
    photo = PhotoBlock()
    video = VideoEmbedBlock()
    video_file = VideoFileBlock()

    class Meta:
        min_num = 1
