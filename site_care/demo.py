"""Demo faults, so `make demo` shows a filled Site health report: a broken
external link (to a local address nothing answers on, never the internet),
a stale Pashto translation (its Dari source changed after the translation)
and an Arabic kaf in a Dari title. Then the checks run over the whole demo
site; only local addresses are checked here (the nightly run checks the
rest). Running it again changes nothing."""

from django.contrib.auth import get_user_model

from . import links, runner
from .models import ExternalLink

BROKEN_URL = "http://127.0.0.1:9/annual-report"


def _someone_in(group):
    return get_user_model().objects.filter(groups__name=group, is_active=True).order_by("pk").first()


def _publish(page, user, change):
    """An editor's change, published as the director approving it would."""
    version = page.get_latest_revision_as_object()
    change(version)
    version.save_revision(user=user, log_action=True).publish(user=_someone_in("Directors"))


def load_faults(log):
    from wagtail_localize.models import Translation

    from pressroom.models import NewsPage

    if ExternalLink.objects.filter(url=BROKEN_URL).exists():
        return False
    news = list(NewsPage.objects.live().filter(locale__language_code="fa-af").order_by("pk"))
    if len(news) < 3:
        log("  no faults: the demo has no press room")
        return False
    editor = _someone_in("Editors")
    translated_keys = set(
        Translation.objects.filter(target_locale__language_code="ps", enabled=True).values_list(
            "source__object_id", flat=True
        )
    )
    stale = next((page for page in news if page.translation_key in translated_keys), None)
    others = [page for page in news if page != stale]

    def add_broken_link(version):
        version.body = [
            *[
                {"type": block.block_type, "value": block.block.get_prep_value(block.value), "id": block.id}
                for block in version.body
            ],
            {
                "type": "paragraph",
                "value": f'<p>گزارش سالانه وزارت را <a href="{BROKEN_URL}">اینجا</a> بخوانید.</p>',
                "id": "site-care-demo-link",
            },
        ]

    _publish(others[0], editor, add_broken_link)
    log(f"  broken link on {others[0].title!r}")
    _publish(
        others[1],
        editor,
        lambda version: setattr(
            version, "title", version.title.replace("ک", "ك") if "ک" in version.title else version.title + " كابل"
        ),
    )
    log("  Arabic kaf in a Dari title")
    if stale is not None:
        _publish(
            stale, editor, lambda version: setattr(version, "summary", (version.summary or "") + " این خبر به‌روز شد.")
        )
        log(f"  Dari source of a Pashto translation changed: {stale.title!r}")
    return True


def load(home, log):
    log("Site care:")
    if not load_faults(log):
        return
    pages, _checked = runner.run_everything(check_links=False)
    local = list(ExternalLink.objects.filter(url__startswith="http://127.0.0.1"))
    links.check_links(local)
    runner.link_findings([link.pk for link in local])
    log(f"  checked {pages} pages")
