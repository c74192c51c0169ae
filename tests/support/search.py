"""The public search page as a visitor reads it."""

import json
import re
from pathlib import Path

from django.test import Client

# A copy of the directorate's examples of Dari and Pashto spellings.
PAIRS = json.loads((Path(__file__).resolve().parent.parent / "search" / "search_pairs.json").read_text("utf-8"))


def search_page(query="", language="fa-af", **params):
    response = Client().get(f"/{language}/search/", {"q": query, **params})
    return response, response.content.decode()


def results_html(html):
    """The results list only (not the form echoing the query, nor the header)."""
    if '<ol class="search-results">' not in html:
        return ""
    return html.split('<ol class="search-results">', 1)[1].split("</ol>", 1)[0]


def found_titles(html):
    return [
        re.sub(r"<[^>]+>", "", title) for title in re.findall(r'class="search-result__title"><a [^>]*>(.*?)</a>', html)
    ]
