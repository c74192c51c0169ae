"""The translations report (Reports → Translations) in the reader's language.

Gap: wagtail-localize 1.14 gives its Translation model no verbose names and
its report's language filters no labels, so the Dari report showed "Source
locale", "Target locale" and "83 translations". Only the names shown are set
here (`_meta`, not the model's declared Meta, so migrations see no change).
It can go when wagtail-localize marks these for translation.
"""

from django.utils.translation import gettext_lazy as _

WRITTEN_FOR = {"wagtail-localize": "1.14"}


def apply():
    from wagtail_localize.models import Translation
    from wagtail_localize.views.report import TranslationsReportFilterSet

    Translation._meta.verbose_name = _("translation")
    Translation._meta.verbose_name_plural = _("translations")
    TranslationsReportFilterSet.base_filters["source_locale"].label = _("Source language")
    TranslationsReportFilterSet.base_filters["target_locale"].label = _("Target language")
