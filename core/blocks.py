"""StreamField blocks shared by every page type.

Each block keeps the text a reader sees (captions, alt text, quotes) in
CharBlocks and TextBlocks, so wagtail-localize offers them for translation,
while images and documents stay synchronised across languages.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Paragraph"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "ministry_site/blocks/paragraph.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=400)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "ministry_site/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "ministry_site/blocks/quote.html"


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or similar link."))
    title = blocks.CharBlock(label=_("Title"), max_length=250, help_text=_("Names the video for screen readers."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=400)

    class Meta:
        icon = "media"
        label = _("Embedded video")
        template = "ministry_site/blocks/video_embed.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=250, help_text=_("Leave empty to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "ministry_site/blocks/document_link.html"


def body_blocks():
    """The blocks of a page body, as a fresh list for each StreamField."""
    return [
        ("paragraph", ParagraphBlock()),
        ("image", CaptionedImageBlock()),
        ("quote", QuoteBlock()),
        ("video", VideoEmbedBlock()),
        ("document", DocumentLinkBlock()),
    ]
