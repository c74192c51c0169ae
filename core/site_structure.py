"""What every environment's database starts with: the three locales, the Dari
home page as the default site's root, and the roles.

The data migrations call these functions with their historical `apps`; the
browser tests call `ensure_site_structure()` with the live registry after a
test flush has emptied the database. Keep them working with both.
"""

from .roles import sync_roles

LANGUAGES = ["fa-af", "ps", "en"]
HOME_TITLE = "وزارت صنعت و تجارت"
# The other languages' home pages: (language, title, slug). They share the
# Dari home page's translation key, which makes them its translations.
TRANSLATED_HOMES = [
    ("ps", "د سوداګرۍ او صنایعو وزارت", "home-ps"),
    ("en", "Ministry of Commerce and Industry", "home-en"),
]
_PATH_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


ROOT_TITLE = "همه صفحه‌ها"


def name_root_page(apps, schema_editor=None):
    """The admin shows the tree's root in breadcrumbs: "All pages" in Dari,
    not Wagtail's English "Root"."""
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1).update(title=ROOT_TITLE, draft_title=ROOT_TITLE)


def create_locales(apps, schema_editor=None):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _next_child_path(Page, parent):
    """Treebeard's path of the next child of `parent`: four base-36 digits per level."""
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    step = ""
    for _position in range(4):
        number, remainder = divmod(number, 36)
        step = _PATH_DIGITS[remainder] + step
    return parent.path + step


def create_home_page(apps, schema_editor=None):
    """Replace Wagtail's "Welcome" page with the Dari home page and root the
    default site there. The Pashto and English home pages are its translations."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's own migration made a plain Page at depth 2; only that page goes.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()

    root = Page.objects.get(depth=1)
    locale = Locale.objects.get(language_code=LANGUAGES[0])
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="home",
        content_type=content_type,
        path=_next_child_path(Page, root),
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")
    else:
        site.root_page = home
        site.save(update_fields=["root_page"])


def create_translated_home_pages(apps, schema_editor=None):
    """Give every language a live home page, so /ps/ and /en/ answer on a
    fresh database. Editors and translators fill them in like any page."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    source = HomePage.objects.filter(pk=site.root_page_id).first()
    if source is None:
        return
    root = Page.objects.get(depth=1)
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    for language, title, slug in TRANSLATED_HOMES:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None or Page.objects.filter(translation_key=source.translation_key, locale=locale).exists():
            continue
        HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=_next_child_path(Page, root),
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=source.translation_key,
            live=True,
            has_unpublished_changes=False,
        )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


def ensure_site_structure():
    """Rebuild, in a database a test has flushed, what migrations put there."""
    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    # wagtail-localize creates this permission in a migration, not from a model.
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    Permission.objects.get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    create_locales(apps)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(title=ROOT_TITLE, slug="root", locale=Locale.objects.get(language_code=LANGUAGES[0]))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    create_home_page(apps)
    create_translated_home_pages(apps)
    name_root_page(apps)
    sync_roles(apps)
    # What each app's own data migrations create (an AppConfig's
    # `rebuild_site_structure(apps)`), e.g. the directory's categories.
    for config in apps.get_app_configs():
        rebuild = getattr(config, "rebuild_site_structure", None)
        if rebuild is not None:
            rebuild(apps)
