"""What the site search finds of the directory (core.searchable): public
organisations, by their name, key and description, each shown with its
category and place and linked to its page in its language's directory."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core import searchable


@dataclass(frozen=True)
class OrganisationHit:
    """What a search result shows of an organisation (kept by the search
    per organisation, host and reader's language until the next publish)."""

    title: str
    text: str
    url: str
    locale: object
    category_name: str
    place: str


def directory_pages():
    """{locale id: live directory page}, kept until the next publish."""
    from core.page_cache import remember

    from .pages import DirectoryPage

    return remember(
        "search-directories",
        (),
        lambda: {page.locale_id: page for page in DirectoryPage.objects.live().select_related("locale")},
    )


def organisation_hits(ids, request):
    from .models import Organisation

    directories = directory_pages()
    objects = Organisation.objects.select_related("category", "locale").in_bulk(ids)
    return {
        organisation.pk: OrganisationHit(
            title=organisation.name,
            text=organisation.description,
            url=f"{directories[organisation.locale_id].get_url(request)}{organisation.key}/",
            locale=organisation.locale,
            category_name=organisation.category.name,
            place=str(organisation.place or ""),  # in the reader's language
        )
        for organisation in objects.values()
    }


def register():
    from .models import PUBLIC_ORGANISATION, Organisation

    searchable.register(
        searchable.SearchableRecords(
            key="directory",
            model=Organisation,
            label=_("Directory"),
            order=50,
            # Internal entries are never found; nor those of a draft category.
            public=PUBLIC_ORGANISATION,
            text_field="search_text",  # name, key and description, folded on save
            order_by=("name",),
            listed_locales=lambda: set(directory_pages()),
            hits=organisation_hits,
            box_heading=_("In the directory"),
            see_all=_("See all %(shown)s in the directory"),
            box_entry_template="directory/search/box_entry.html",
            result_template="directory/search/result.html",
        )
    )
