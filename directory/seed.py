"""The directory's categories, seeded by a migration in the three languages.
(slug, order, Dari, Pashto, English); the slug never changes."""

import uuid

CATEGORIES = [
    ("ministries", 10, "وزارت‌ها و ادارات دولتی", "وزارتونه او دولتي ادارې", "Ministries and government offices"),
    ("independent-agencies", 20, "ادارات مستقل", "خپلواکې ادارې", "Independent agencies"),
    (
        "donors",
        30,
        "مساعدت‌کنندگان و مؤسسات بین‌المللی",
        "مرسته کوونکي او نړیوالې موسسې",
        "Donors and international organisations",
    ),
    ("media", 40, "رسانه‌ها", "رسنۍ", "Media"),
    ("private-sector", 50, "سکتور خصوصی", "خصوصي سکتور", "Private sector"),
    (
        "central-directorates",
        60,
        "ریاست‌های مرکزی وزارت",
        "د وزارت مرکزي ریاستونه",
        "Central directorates of the ministry",
    ),
    ("provincial-departments", 70, "ریاست‌های ولایتی", "ولایتي ریاستونه", "Provincial departments"),
    ("border-ports", 80, "بنادر", "بندرونه", "Border ports"),
    ("commercial-attaches", 90, "اتشه‌های تجارتی در خارج", "په بهر کې سوداګریز اتاشې", "Commercial attachés abroad"),
]
LANGUAGES = ["fa-af", "ps", "en"]


def seed_categories(apps, schema_editor=None):
    Category = apps.get_model("directory", "Category")
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
    for slug, order, *names in CATEGORIES:
        existing = Category.objects.filter(slug=slug).first()
        translation_key = existing.translation_key if existing else uuid.uuid4()
        for language, name in zip(LANGUAGES, names, strict=True):
            locale = locales.get(language)
            if locale is None or Category.objects.filter(slug=slug, locale=locale).exists():
                continue
            Category.objects.create(
                slug=slug, sort_order=order, name=name, locale=locale, translation_key=translation_key, live=True
            )
