"""What a Dari or Pashto admin screen must not show: English words."""

import re

# Names, not words: product names, file formats and the test users' names.
# (The workflow's name is not one of them: it is shown translated.)
ALLOWED = {"Wagtail", "Demo", "Editor", "PDF", "CSV", "XLSX", "Excel", "URL", "wf", "editor", "director"}
# Each language's own name in the language filters.
ALLOWED |= {"English"}


def english_words(html):
    """Latin words a reader sees: the text of the page and its labels."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript", "svg"]):
        hidden.decompose()
    # A side panel's counter of checks: Wagtail writes "None" into it while
    # hidden, and its JavaScript writes the number before showing it.
    for counter in soup.select("[data-side-panel-toggle-counter][hidden]"):
        counter.decompose()
    seen = [soup.get_text(" ")]
    for element in soup.find_all(True):
        for attribute in ("aria-label", "title", "placeholder", "alt"):
            if element.get(attribute):
                seen.append(element[attribute])
    text = re.sub(r"https?://\S+|\S+@\S+", " ", " ".join(seen))
    return {word for word in re.findall(r"[A-Za-z]{4,}", text)} - ALLOWED
