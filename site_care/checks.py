"""The site's checks (registered in site_care.registry). Each reads one page.

Language checks use core.normalize's letter and digit knowledge (the one
the search's folding uses); links use Wagtail's reference index; the
translation checks use core.freshness (what the translators' screens use)."""

import datetime
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, ReferenceIndex

from core import normalize

from . import content
from .models import Severity
from .registry import Issue, registry

SNIPPET = 60


class PageContext:
    """One page as the checks see it, with what they share."""

    def __init__(self, page):
        self.page = page.specific
        self.version = content.checked_version(page)
        self.language = page.locale.language_code

    @cached_property
    def parts(self):
        return content.text_parts(self.version)

    @cached_property
    def script(self):
        return normalize.script_language(self.language)

    @cached_property
    def references(self):
        return reference_targets(self)

    @cached_property
    def translations(self):
        """{language: page} of this page's other language versions."""
        return {
            other.locale.language_code: other
            for other in Page.objects.filter(translation_key=self.page.translation_key)
            .exclude(pk=self.page.pk)
            .select_related("locale")
        }


def _snippet(text, around=None):
    text = " ".join(str(text).split())
    if around and around in text:
        start = max(0, text.index(around) - SNIPPET // 2)
        return text[start : start + SNIPPET]
    return text[:SNIPPET]


# --- Dari and Pashto writing ------------------------------------------------


@registry.check(
    "arabic_letters",
    Severity.WARNING,
    _("Arabic letters"),
    _("Arabic letters (%(letters)s) where Dari and Pashto write Persian ones: “%(text)s”."),
    fix=normalize.fix_arabic_letters,
    description=_("Arabic letters such as ك and ة in Dari or Pashto text, where these languages write Persian ones."),
)
def arabic_letters(page, context):
    if not context.script:
        return
    for part in context.parts:
        letters = normalize.arabic_letters(part.plain, context.language)
        if letters:
            yield Issue(
                part.field,
                part.location,
                {"letters": " ".join(letters), "text": _snippet(part.plain, letters[0])},
                True,
            )


@registry.check(
    "mixed_digits",
    Severity.WARNING,
    _("Mixed digits"),
    _("Latin or Arabic-Indic digits among Persian ones: “%(text)s”."),
    fix=lambda text, language: normalize.fix_digits(text),
    description=_("Latin or Arabic-Indic digits among Persian ones."),
)
def mixed_digits(page, context):
    if not context.script:
        return
    for part in context.parts:
        if normalize.has_mixed_digits(part.plain):
            yield Issue(part.field, part.location, {"text": _snippet(part.plain)}, True)


@registry.check(
    "stray_marks",
    Severity.WARNING,
    _("Tatweel or direction marks"),
    _("%(count)s invisible direction marks or tatweels (ـ) that change how the text shows: “%(text)s”."),
    fix=lambda text, language: normalize.fix_marks(text),
    description=_("Invisible direction marks or tatweels (ـ) that change how the text shows."),
)
def stray_marks(page, context):
    for part in context.parts:
        marks = normalize.stray_marks(part.text)
        if marks:
            yield Issue(
                part.field,
                part.location,
                {"count": len(marks), "text": _snippet(normalize.fix_marks(part.plain))},
                True,
            )


@registry.check(
    "latin_in_title",
    Severity.WARNING,
    _("Latin words in the title"),
    _("The title has Latin words (%(words)s): write them in the page's language."),
    description=_("Latin words in a Dari or Pashto title: write them in the page's language."),
)
def latin_in_title(page, context):
    if not context.script:
        return
    words = normalize.latin_words(context.version.title)
    if words:
        yield Issue("title", "", {"words": ", ".join(words[:5])})


def _show_language(params):
    names = {"fa": _("Dari"), "ps": _("Pashto")}
    return {**params, "language": str(names.get(params.get("language"), _("Dari or Pashto")))}


@registry.check(
    "wrong_language",
    Severity.WARNING,
    _("Text in another language"),
    _("This text looks like %(language)s, not the page's language: “%(text)s”."),
    display=_show_language,
    description=_("A paragraph that looks written in another language than the page's."),
)
def wrong_language(page, context):
    """A Pashto page's paragraph of 8 words or more without a single Pashto
    letter is likely Dari; a Dari paragraph with several Pashto letters is
    likely Pashto; an English page's paragraph in Arabic script is not English."""
    for part in context.parts:
        text = part.plain
        words = text.split()
        letters = normalize.arabic_script_letter_count(text)
        if len(words) < 8 or letters < 20:
            continue
        pashto = normalize.pashto_letter_count(text)
        if context.script == "ps" and pashto == 0:
            language = "fa"
        elif context.script == "fa" and pashto >= 3:
            language = "ps"
        elif context.script is None and letters > len(text) / 3:
            language = "other"
        else:
            continue
        yield Issue(part.field, part.location, {"language": language, "text": _snippet(text)})


@registry.check(
    "prefix_zwnj",
    Severity.INFO,
    _("Missing half-space after می"),
    _("Write the prefix joined with a half-space (ZWNJ, می‌شود): “%(words)s”."),
    description=_("The prefix می or نمی written with a space, or joined without a half-space (ZWNJ)."),
)
def prefix_zwnj(page, context):
    if context.script != "fa":
        return
    for part in context.parts:
        words = normalize.missing_prefix_zwnj(part.plain)
        if words:
            yield Issue(part.field, part.location, {"words": "، ".join(words[:5])})


# --- Accessibility and content ----------------------------------------------


@registry.check(
    "image_alt",
    Severity.ERROR,
    _("Image without alternative text"),
    _("An image has no alternative text: people who cannot see it do not know what it shows."),
)
def image_alt(page, context):
    for field, location in content.images_without_alt(context.version):
        yield Issue(field, location)


@registry.check(
    "skipped_heading",
    Severity.WARNING,
    _("Skipped heading level"),
    _("A level %(level)s heading follows a level %(previous)s heading: screen reader users lose the outline."),
    description=_("A heading more than one level below the one before it: screen reader users lose the outline."),
)
def skipped_heading(page, context):
    previous = 1
    for level, part in content.headings(context.version):
        if level > previous + 1:
            yield Issue(part.field, part.location, {"level": level, "previous": previous})
        previous = level


@registry.check(
    "empty_page",
    Severity.WARNING,
    _("Empty page"),
    _("The page has a title but no text and no sub-pages."),
)
def empty_page(page, context):
    if page.depth <= 2:
        return
    words = sum(
        len(part.plain.split()) for part in context.parts if part.field not in ("title", "seo_title", "menu_title")
    )
    if words == 0 and not page.get_children().live().exists():
        yield Issue()


def review_days():
    return int(getattr(settings, "SITE_CARE_REVIEW_DAYS", 365))


def _show_owner(params):
    return {**params, "owner": params.get("owner") or str(_("the section's editor"))}


@registry.check(
    "not_reviewed",
    Severity.INFO,
    _("Not reviewed for a long time"),
    _("Not changed since %(date)s (more than %(days)s days): %(owner)s, please check it is still right."),
    display=_show_owner,
    description=_("A published page not changed for a long time: its owner should check it is still right."),
)
def not_reviewed(page, context):
    if not page.live:
        return
    changed = page.latest_revision_created_at or page.last_published_at
    days = review_days()
    if changed and changed < timezone.now() - datetime.timedelta(days=days):
        owner = (page.owner.get_full_name() or page.owner.get_username()) if page.owner_id else ""
        yield Issue("", "", {"date": changed.date().isoformat(), "days": days, "owner": owner})


# --- Links ------------------------------------------------------------------


def _model_for(kind):
    if kind == "page":
        return Page
    if kind == "image":
        from wagtail.images import get_image_model

        return get_image_model()
    from wagtail.documents import get_document_model

    return get_document_model()


def reference_targets(context):
    """(missing, unpublished): what the page links to or embeds that no
    longer exists, and the pages it links to that are not published. Read
    from the checked version's texts (Wagtail's reference index drops the
    references to an object when it is deleted), plus whatever else the
    reference index knows about the page."""
    wanted = [
        (kind, object_id, field, location)
        for kind, object_id, field, location in content.internal_references(context.version)
    ]
    seen = {(kind, object_id) for kind, object_id, _f, _l in wanted}
    for content_type_id, object_id, model_path in ReferenceIndex.get_references_for_object(context.page).values_list(
        "to_content_type_id", "to_object_id", "model_path"
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        kind = "page" if model is not None and issubclass(model, Page) else None
        if model is not None and kind is None:
            kind = {_model_for("image"): "image", _model_for("document"): "document"}.get(model)
        if kind and str(object_id).isdigit() and (kind, int(object_id)) not in seen:
            seen.add((kind, int(object_id)))
            wanted.append((kind, int(object_id), model_path.split(".")[0], model_path))
    missing, unpublished = [], []
    for kind in ("page", "image", "document"):
        targets = [entry for entry in wanted if entry[0] == kind]
        if not targets:
            continue
        model = _model_for(kind)
        ids = {object_id for _k, object_id, _f, _l in targets}
        if kind == "page":
            rows = dict(Page.objects.filter(pk__in=ids).values_list("pk", "live"))
        else:
            rows = dict.fromkeys(model.objects.filter(pk__in=ids).values_list("pk", flat=True), True)
        for _kind, object_id, field, location in targets:
            if object_id not in rows:
                missing.append((model._meta.verbose_name, object_id, field, location))
            elif kind == "page" and not rows[object_id]:
                unpublished.append((object_id, field, location))
    return missing, unpublished


@registry.check(
    "broken_reference",
    Severity.ERROR,
    _("Link to something deleted"),
    _("A link or embedded %(kind)s (#%(id)s) leads to something that no longer exists."),
    description=_("A link or embed leads to a page, image or document that no longer exists."),
)
def broken_reference(page, context):
    for kind, object_id, field, location in context.references[0]:
        yield Issue(field, f"{location}#{object_id}", {"kind": str(kind), "id": object_id})


@registry.check(
    "unpublished_link",
    Severity.WARNING,
    _("Link to an unpublished page"),
    _("A link leads to the page “%(title)s”, which is not published: readers get “page not found”."),
    description=_("A link leads to a page that is not published: readers get “page not found”."),
)
def unpublished_link(page, context):
    if not page.live:
        return
    titles = dict(Page.objects.filter(pk__in=[pk for pk, _f, _l in context.references[1]]).values_list("pk", "title"))
    for object_id, field, location in context.references[1]:
        yield Issue(field, f"{location}#{object_id}", {"title": titles.get(object_id, "")})


def _link_reason(params):
    from .links import explain_reason

    return explain_reason(params.get("reason"), params.get("http_status"))


@registry.check(
    "external_link",
    Severity.ERROR,
    _("External link broken or doubtful"),
    _("The link to %(url)s: %(reason)s"),
    display=lambda params: {**params, "reason": _link_reason(params)},
    description=_("A link to another website that was broken or doubtful when the link checker last tried it."),
)
def external_link(page, context):
    """Records the page's external addresses for the link checker; reports
    the ones its last check found broken (error) or doubtful (warning)."""
    from . import links

    for link, field in links.record_page_links(page, context.version):
        if link.status in ("broken", "caution"):
            severity = Severity.ERROR if link.status == "broken" else Severity.WARNING
            params = {"url": link.url, "reason": link.reason, "http_status": link.http_status, "status": link.status}
            yield Issue(field, link.url[:500], params, severity=severity)


# --- Translations -----------------------------------------------------------


def _language_name(code):
    from django.utils.translation import gettext

    return gettext(str(dict(settings.LANGUAGES).get(code, code)))


def _show_languages(params):
    shown = dict(params)
    for key in ("languages", "source"):
        value = params.get(key)
        if isinstance(value, list):
            shown[key] = "، ".join(_language_name(code) for code in value)
        elif value:
            shown[key] = _language_name(value)
    return shown


@registry.check(
    "missing_translation",
    Severity.WARNING,
    _("Missing translation"),
    _("Published in this language but not in %(languages)s."),
    display=_show_languages,
    description=_("Published in one language but missing or not published in another."),
)
def missing_translation(page, context):
    if not page.live or page.depth < 2:
        return
    from wagtail.models import Locale

    others = context.translations
    if any(other.live and _rank(code) < _rank(context.language) for code, other in others.items()):
        return  # reported on the first published language's version
    missing = [
        locale.language_code
        for locale in Locale.objects.exclude(pk=page.locale_id)
        if not (others.get(locale.language_code) and others[locale.language_code].live)
    ]
    if missing:
        yield Issue("", "", {"languages": missing})


def _rank(code):
    codes = [code for code, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


@registry.check(
    "stale_translation",
    Severity.WARNING,
    _("Translation out of date"),
    _("The %(source)s page changed after this translation was last synchronised: translate the changes."),
    display=_show_languages,
    description=_("The source page changed after the translation was last synchronised: the changes need translating."),
)
def stale_translation(page, context):
    from core import freshness
    from core.editorial import synced_translation
    from core.models import CompleteTranslationRevision

    translation = synced_translation(page)
    if translation is None:
        return
    row = freshness.fingerprints_for([translation.source_id]).get(translation.source_id)
    live_basis = None
    if page.live and page.live_revision_id:
        live_basis = (
            CompleteTranslationRevision.objects.filter(revision_id=page.live_revision_id)
            .values_list("source_fingerprint", flat=True)
            .first()
            or ""
        )
    if freshness.is_out_of_date(row, live_basis):
        yield Issue("", "", {"source": translation.source.locale.language_code})


@registry.check(
    "empty_section",
    Severity.WARNING,
    _("Section empty in this language"),
    _("This section has no published pages in this language, while its %(languages)s version has %(count)s."),
    display=_show_languages,
    description=_("A section with no published pages in this language while its other languages have some."),
)
def empty_section(page, context):
    if not page.live or page.get_children().live().exists():
        return
    counts = {}
    for code, other in context.translations.items():
        count = other.get_children().live().count() if other.live else 0
        if count:
            counts[code] = count
    if counts:
        yield Issue(
            "",
            "",
            {"languages": "، ".join(str(_language_name(code)) for code in counts), "count": max(counts.values())},
        )
