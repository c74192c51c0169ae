"""The address (slug) of a translated page.

wagtail-localize copied the source's slug into every translation: a Dari
slug gave English pages addresses like /en/news/نمایشگاه-قالین/, and a slug
already taken in the target language's section made the translation fail
validation when it was submitted (issue 12, items 2 and 7). Here:

- a Latin source slug is kept in every language (/ps/news/carpet-fair/),
- any other is made from the translated title: Latin letters only in
  English, the page's own script in Dari and Pashto,
- with a number added when a sibling already has it (carpet-fair-1),
- and a translation keeps its address once it has been published; only
  `fix_translated_slugs` (below, with redirects) changes a public address.

`core.editorial.safe_save_target` applies it to every translated
page it saves; wagtail-localize no longer touches the slug (BasePage's
`override_translatable_fields`).
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

# Room for "-<n>" within the slug field's 255 characters.
MAX_BASE_LENGTH = 240
FALLBACK_SLUG = "page"


def is_latin(slug):
    return bool(slug) and slug.isascii()


def has_public_address(page):
    """Whether readers may have seen (and linked to) this page's address."""
    return bool(page.live or page.first_published_at or page.live_revision_id)


def slug_for(page, source_slug):
    """The slug `page` (a translation, its title translated as far as it
    is) should have under its parent, given its source's slug."""
    if is_latin(source_slug):
        base = source_slug
    else:
        base = slugify(page.title, allow_unicode=page.locale.language_code != "en")
    base = base[:MAX_BASE_LENGTH].strip("-") or FALLBACK_SLUG
    return find_available_slug(page.get_parent(), base, ignore_page_id=page.pk)


def inherited_slug(page, source_slug):
    """Whether `page` still has an address made from its source's
    language rather than its own: an English page whose slug is not Latin,
    or a page carrying its source's non-Latin slug."""
    if page.locale.language_code == "en" and not is_latin(page.slug):
        return True
    return not is_latin(source_slug) and (page.slug == source_slug or page.slug.startswith(f"{source_slug}-"))


def set_draft_slug(page, slug):
    """Give a never-published translation `slug` in its database row too, so
    that the next sibling's slug is chosen knowing it (and so a later
    approval never meets a clash). No redirect: nobody has its address."""
    if page.slug == slug:
        return
    page.slug = slug
    # Updates url_path (and its children's); Wagtail's automatic redirect
    # from the old address only ever answers where no page is found.
    page.save(update_fields=["slug", "url_path"], clean=False)


def translations_needing_new_slugs():
    """Published translated pages whose slug came from another language."""
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    sources = TranslationSource.objects.all().values_list("object_id", "locale_id")
    for translation_key, source_locale_id in sources.iterator():
        source_page = Page.objects.filter(translation_key=translation_key, locale_id=source_locale_id).first()
        if source_page is None or source_page.depth <= 2:
            continue
        translated = (
            Page.objects.filter(translation_key=translation_key, alias_of__isnull=True)
            .exclude(locale_id=source_locale_id)
            .select_related("locale")
        )
        for page in translated:
            if inherited_slug(page, source_page.slug):
                yield page.specific, source_page.slug


def give_new_slug(page, source_slug):
    """Move `page` (published, with a slug from another language) to the
    slug its own title gives, keeping the old address as a redirect.
    Returns (old path, new path) or None when nothing changes."""
    from django.db import transaction
    from wagtail.contrib.redirects.signal_handlers import create_redirects
    from wagtail.models import Page, Site

    new_slug = slug_for(page, source_slug)
    if new_slug == page.slug:
        return None
    old_page = Page.objects.get(pk=page.pk).specific
    old_url = old_page.url
    with transaction.atomic():
        page.slug = new_slug
        page.save(update_fields=["slug", "url_path"], clean=False)
        # The live revision and any later draft carry the new slug too, so
        # the next approval does not bring the old one back.
        revisions = page.revisions.all()
        if page.live_revision_id:
            revisions = revisions.filter(created_at__gte=page.live_revision.created_at)
        for revision in revisions:
            if revision.content.get("slug") != new_slug:
                revision.content["slug"] = new_slug
                revision.content["url_path"] = page.url_path
                revision.save(update_fields=["content"])
        # Wagtail makes these too, once the transaction commits; made here so
        # that they exist whatever runs this (a test, a shell).
        create_redirects(page=page, page_old=old_page, sites=Site.objects.all())
    return old_url, Page.objects.get(pk=page.pk).url
