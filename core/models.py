import html
import re
import secrets

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.db import models
from django.db.models import F, Q
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from PIL.Image import DecompressionBombError
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField, TranslatableField

from . import l10n
from .editorial import ApprovedTranslationMixin, EditorialPagePermissionTester

# What making a new image size can fail with when the file store or the
# original is at fault, not the page (OSError covers Wagtail's
# SourceImageIOError and local files): shown as a placeholder.
RENDITION_FAILURES = (BotoCoreError, ClientError, OSError, DecompressionBombError)
UNAVAILABLE_RENDITION = "unavailable"


class MinistryImage(AbstractImage):
    """Our own image model from day one: swapping it in later means migrating
    every stored image. `credit` names the photographer or agency."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    credit = models.CharField(_("credit"), max_length=200, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    def get_upload_to(self, filename):
        """original_images/<random>-<name>: images are public objects (pages
        link their sizes), so one uploaded for a draft must not be found by
        guessing its address from its file name. The random part comes first
        because Wagtail names every size after the start of the original's
        name, so the sizes cannot be guessed either."""
        return super().get_upload_to(f"{secrets.token_hex(8)}-{filename}")

    def get_rendition(self, filter):
        """Wagtail reads a rendition from the cache (or the database) and
        writes it back to the cache on every view, even one fetched with the
        image (`prefetch_renditions`). A prefetched one is returned as it is;
        others are kept in the per-publish memory (saving an image or
        deleting a rendition bumps it, see apps.py)."""
        from wagtail.images.models import Filter

        from .page_cache import remember

        spec = self.clean_filter_for_svg(Filter(spec=filter) if isinstance(filter, str) else filter)
        if self._get_prefetched_renditions() is not None:
            try:
                return self.find_existing_rendition(spec)
            except self.get_rendition_model().DoesNotExist:
                pass
        try:
            return remember(
                "rendition",
                (self.pk, self.file.name, spec.spec, spec.get_cache_key(self)),
                lambda: super(MinistryImage, self).get_rendition(spec),
            )
        except RENDITION_FAILURES as error:
            return self.unavailable_rendition(spec, error)

    def unavailable_rendition(self, spec, error):
        """A new size of this image could not be made (the file store is
        down, the original is missing or unreadable): the page shows a
        placeholder of the same proportions instead of failing whole, and
        nothing it renders is kept (page_cache.degraded), so the image
        shows once it can be made."""
        import logging

        from .page_cache import degraded

        logging.getLogger("core.images").warning(
            "No %s rendition of image %s: %s: %s", spec.spec, self.pk, type(error).__name__, error
        )
        degraded()
        try:
            width, height = spec.get_transform(self).size
        except Exception:  # an odd filter: the original's proportions will do
            width, height = self.width, self.height
        rendition = self.get_rendition_model()(image=self, filter_spec=spec.spec, width=width, height=height)
        rendition.file.name = UNAVAILABLE_RENDITION
        return rendition

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class MinistryRendition(AbstractRendition):
    image = models.ForeignKey(MinistryImage, on_delete=models.CASCADE, related_name="renditions")

    @property
    def url(self):
        if self.file.name == UNAVAILABLE_RENDITION:
            from django.templatetags.static import static

            return static("ministry_site/img/image-unavailable.svg")
        return super().url

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class DocumentStorage(LazyObject):
    """The "documents" storage (settings.STORAGES), looked up when first used
    so settings overrides (tests) apply."""

    def _setup(self):
        self._wrapped = storages["documents"]


document_storage = DocumentStorage()


def get_document_storage():
    return document_storage


def _reset_document_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        document_storage._wrapped = empty


setting_changed.connect(_reset_document_storage)


class MinistryDocument(AbstractDocument):
    """Our own document model: its files are private (see settings.STORAGES)
    and reach the public only through the document view."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    file = models.FileField(upload_to="documents", verbose_name=_("file"), storage=get_document_storage)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]


class CompleteTranslationRevision(models.Model):
    """A revision of a synced translation that had every text translated when
    it was made: only these may be published (see core.editorial)."""

    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # The fingerprint (core.freshness) of the source text this
    # revision was translated from; empty for revisions made before it was kept.
    source_fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("complete translation revision")
        verbose_name_plural = _("complete translation revisions")

    def __str__(self):
        return f"complete: revision {self.revision_id}"


class SourceFingerprint(models.Model):
    """What a wagtail-localize source looks like now and when it was last
    synced, as fingerprints of the texts (and copied fields) a translation
    is made from (core.freshness). A translation is out of date
    while its source's current text differs from what it was made from."""

    source = models.OneToOneField(
        "wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="ministry_fingerprint"
    )
    # The source's text as of the last sync (TranslationSource.content_json).
    snapshot = models.CharField(max_length=64)
    # The source's text in its database row: the live text of a live page.
    current = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("source fingerprint")
        verbose_name_plural = _("source fingerprints")

    def __str__(self):
        return f"{self.source_id}: {self.snapshot[:8]} / {self.current[:8]}"


class PageCreation(models.Model):
    """A page created from an "add page" form, by its token: a save sent
    while the first autosave was on its way continues with this page
    instead of creating another (core.page_creation)."""

    token = models.CharField(max_length=64)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+")
    # The revision the creating request made, which a late autosave may overwrite.
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    by_autosave = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page creation")
        verbose_name_plural = _("page creations")
        constraints = [models.UniqueConstraint(fields=["user", "token"], name="one_page_per_creation_token")]

    def __str__(self):
        return f"{self.token}: page {self.page_id}"


class PageCacheGeneration(models.Model):
    """The one row naming the current generation of cached pages and page
    parts (core.page_cache). It lives in the database because
    every process of every app server, the scheduler and the command line
    share it, on the embedded default as in production, and because a
    publish writes it in the same transaction as the content: a change
    and its bump are committed together or not at all."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("page cache generation")
        verbose_name_plural = _("page cache generations")

    def __str__(self):
        return self.token


class BasePage(ApprovedTranslationMixin, Page):
    """Fields, search and promotion settings every public page shares."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    social_image = models.ForeignKey(
        MinistryImage,
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Falls back to the page's main image."),
    )
    menu_title = models.CharField(
        _("menu label"),
        max_length=40,
        blank=True,
        help_text=_('A short name for this page in the site\'s main menu, for example "News". Empty: the title.'),
    )

    # wagtail-localize neither translates nor copies the slug: a Latin slug
    # stays the same in every language (/fa-af/news/x/, /ps/news/x/), a Dari
    # one is made from the translated title, never clashing with a sibling
    # (core.translated_slugs). Nothing for translators to retype.
    override_translatable_fields = [BaseTranslatableField("slug")]

    # The site search looks in folded copies of the texts (core.normalize),
    # made when the page is indexed; the stored texts are never changed.
    search_fields = Page.search_fields + [
        index.SearchField("search_title", boost=3),
        index.SearchField("search_text"),
    ]
    # Attributes whose text the site search finds (StreamFields included).
    search_text_fields = ["summary", "search_description"]

    def search_title(self):
        from core.normalize import index_text

        return index_text(self.title)

    def search_text_parts(self):
        """The plain texts of this page a reader may search for."""
        return [self.title, *self._texts_of(self.search_text_fields)]

    def _texts_of(self, names):
        from wagtail.fields import StreamField

        parts = []
        for name in names:
            value = getattr(self, name, None)
            if callable(value):
                value = value()
            if value is None:
                continue
            try:
                field = self._meta.get_field(name)
            except FieldDoesNotExist:  # a property or method
                field = None
            if isinstance(field, StreamField):
                parts += [str(text) for text in field.get_searchable_content(value)]
            else:
                parts.append(str(value))
        return parts

    def get_sitemap_urls(self, request=None):
        """This page's entries in /sitemap.xml (ministry_site/sitemap.py adds
        the page's hreflang alternates to the entry at its own address): its
        address as the visitor reached the site, not the Site record's host
        name. A page type with more public addresses adds them, each with
        its own "alternates" (the directory's organisation pages)."""
        location = absolute_url(self, request) if request is not None else self.get_full_url()
        return [{"location": location, "lastmod": self.last_published_at}] if location else []

    def excerpt_text(self):
        """The reader-facing text a search result quotes from. StreamFields
        are read from their stored JSON (texts, tags stripped): binding the
        blocks and parsing their HTML cost ~5 ms per long page."""
        from wagtail.fields import StreamField

        parts = []
        for name in ("summary", "intro", "body", "hero_caption", "media"):
            try:
                field = self._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            value = getattr(self, name, None)
            if isinstance(field, StreamField):
                parts += _stored_texts(value.raw_data if value is not None else [])
            elif value:
                parts.append(str(value))
        return " ".join(parts)

    def search_text(self):
        from core.normalize import index_text

        return index_text(" ".join(part for part in self.search_text_parts() if part))

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
                FieldPanel("menu_title"),
            ],
            heading=_("For search engines and menus"),
        ),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.remembered(request, "furniture", self.page_furniture))
        return context

    def page_furniture(self, request):
        """What a page shows around its own content: links to its translations,
        breadcrumbs, its address. Depends on published pages only."""
        from .chrome import language_links_for_page

        return {
            "language_links": language_links_for_page(self, request),
            "canonical_url": absolute_url(self, request),
            "breadcrumbs": (
                list(without_foreign_aliases(self.get_ancestors().filter(depth__gte=2))) if self.depth > 2 else []
            ),
        }

    def remembered(self, request, name, compute):
        """`compute(request)`, kept until the next publish, except in previews
        (a draft may differ from what is published)."""
        from .page_cache import remember

        if getattr(request, "is_preview", False):
            return compute(request)
        return remember(name, (self.pk, request.get_host(), request.scheme), lambda: compute(request))

    def get_view_restrictions(self):
        """Wagtail checks privacy with two queries on every page view; while
        no page is private at all (remembered until the next publish; adding
        or removing a restriction bumps it) there is nothing to check."""
        from wagtail.models import PageViewRestriction

        if not private_section_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def menu_label(self):
        return self.menu_title or self.title

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def permissions_for_user(self, user):
        return EditorialPagePermissionTester(user, self)


_TAG = re.compile(r"<[^>]+>")


def _stored_texts(raw):
    """The words in a StreamField's stored JSON: strings that are not ids,
    block types or addresses, with HTML tags removed."""
    texts = []
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key not in ("type", "id", "url", "video", "image", "document", "page", "format"):
                texts += _stored_texts(value)
    elif isinstance(raw, list):
        for item in raw:
            texts += _stored_texts(item)
    elif isinstance(raw, str) and " " in raw.strip():
        texts.append(html.unescape(_TAG.sub(" ", raw)))
    return texts


def without_foreign_aliases(pages):
    """Pages, less aliases of another language's page (an alias shows its
    original's text: Dari under /ps/ or /en/)."""
    return pages.exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id")))


def private_section_paths():
    """Tree paths of the pages with a view restriction (private sections),
    remembered until the next publish; saving or deleting a restriction
    bumps it (apps.py)."""
    from wagtail.models import PageViewRestriction

    from .page_cache import remember

    return remember(
        "private-sections", (), lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def public(pages):
    """`pages.public()` (no page of a private section) without Wagtail's
    query for the restrictions on every call."""
    private = Q()
    for path in private_section_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages


def absolute_url(page, request):
    """The page's address as the visitor reached the site (scheme and host of
    the request, which ALLOWED_HOSTS vets), not the Site record's host name."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


class OfficeContact(
    ApprovedTranslationMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """The directorate's contact details, shown in every page's footer.

    One per language: the address and hours are translated, the phone
    numbers and addresses synchronised by wagtail-localize. A draft (or an
    unapproved translation) is never shown: the footer uses live rows only."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    name = models.CharField(_("office name"), max_length=200)
    address = models.TextField(_("postal address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("In international form: +93 …"))
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("office_hours"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office contact details")
        verbose_name_plural = _("office contact details")
        # One per language: the footer must not pick between two at random.
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_office_contact_per_language")]

    def __str__(self):
        return self.name

    @property
    def phone_display(self):
        return l10n.local_digits(self.phone, self.locale.language_code) if self.phone else ""
