"""Demo directory: the directory page in every language, and the demo
organisations and contacts loaded through the spreadsheet importer (so the
demo exercises the office's own path). A second run changes nothing."""

from django.conf import settings

from core.translation import translate, update_untouched

from . import demo_content, importer
from .models import DirectoryPage

SOURCE = settings.LANGUAGE_CODE
PAGE = demo_content.PAGE  # title, intro and the short label in the main menu


def _strings(language):
    return {PAGE[key][SOURCE]: PAGE[key][language] for key in ("title", "intro", "menu_title")}


def load(home, log):
    log("Directory:")
    page = DirectoryPage.objects.child_of(home).first()
    in_menu = {"show_in_menus": True, "menu_title": PAGE["menu_title"][SOURCE]}
    if page is None:
        page = DirectoryPage(title=PAGE["title"][SOURCE], slug="directory", intro=PAGE["intro"][SOURCE], **in_menu)
        home.add_child(instance=page)
        page.save_revision().publish()
        log("  directory page")
    elif not page.show_in_menus and not page.menu_title:
        # A demo database from before the main menu led to the directory.
        if update_untouched(page, in_menu, {language: _strings(language) for language in ("ps", "en")}):
            log("  directory page put in the main menu")
    for language in ("ps", "en"):
        if not page.get_translations().filter(locale__language_code=language).exists():
            translate(page, language, _strings(language))
    for kind, rows, planner in (
        ("organisations", demo_content.ORGANISATIONS, importer.plan_organisations),
        ("contacts", demo_content.CONTACTS, importer.plan_contacts),
    ):
        planned = planner([{**row, "_row": number} for number, row in enumerate(rows, start=2)])
        result = importer.apply(kind, planned)
        counts = result["counts"]
        if counts["create"] or counts["update"] or result["failures"]:
            log(f"  {kind}: {counts['create']} created, {counts['update']} updated, {len(result['failures'])} failed")
        for failure in result["failures"] + [item for item in planned if item["action"] == importer.REJECT]:
            log(f"  ! {failure}")
