from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.normalize import normalize_query


class Synonym(models.Model):
    """Words or names that mean the same to a reader (پشتو and پښتو, a
    ministry's Dari and Pashto names): a search for one also finds the others.
    Applied to the query, never to the index, so a change works at once."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    terms = models.TextField(
        _("terms"),
        max_length=2000,
        help_text=_("Two or more words or names, one per line, in any language."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("Why these belong together."))

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return " ↔ ".join(self.term_list())

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        terms = self.term_list()
        searchable = {normalize_query(term) for term in terms if normalize_query(term)}
        if len(searchable) < 2:
            raise ValidationError({"terms": _("Give at least two different words or names, one per line.")})
        self.terms = "\n".join(terms)
