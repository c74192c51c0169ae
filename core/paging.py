"""Page numbers from the query string, shared by every list on the site."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from . import l10n
from .page_cache import uses_query

MAX_PAGE_NUMBER = 100_000


def page_number(request, parameter="page"):
    """The requested page number; anything but a positive integer is a 404."""
    uses_query(request, parameter)
    raw = l10n.to_ascii_digits(request.GET.get(parameter, "1")).strip() or "1"
    if not raw.isdigit() or len(raw) > 6:
        raise Http404("No such page of results")
    number = int(raw)
    if not 1 <= number <= MAX_PAGE_NUMBER:
        raise Http404("No such page of results")
    return number


def paginate(queryset, number, page_size):
    paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
    try:
        return paginator.page(number)
    except EmptyPage:
        raise Http404("No such page of results")


def query_string(filters, **extra):
    params = {**filters, **extra}
    params = {key: value for key, value in params.items() if value not in (None, "")}
    return urlencode(params)
