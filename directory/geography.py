"""Afghanistan's 34 provinces and the countries of the ministry's commercial
attachés, with their names in Dari, Pashto and English."""

from django.utils.translation import get_language

from core import l10n

# code: (Dari, Pashto, English)
PROVINCES = {
    "badakhshan": ("بدخشان", "بدخشان", "Badakhshan"),
    "badghis": ("بادغیس", "بادغیس", "Badghis"),
    "baghlan": ("بغلان", "بغلان", "Baghlan"),
    "balkh": ("بلخ", "بلخ", "Balkh"),
    "bamyan": ("بامیان", "بامیان", "Bamyan"),
    "daykundi": ("دایکندی", "دایکنډي", "Daykundi"),
    "farah": ("فراه", "فراه", "Farah"),
    "faryab": ("فاریاب", "فاریاب", "Faryab"),
    "ghazni": ("غزنی", "غزني", "Ghazni"),
    "ghor": ("غور", "غور", "Ghor"),
    "helmand": ("هلمند", "هلمند", "Helmand"),
    "herat": ("هرات", "هرات", "Herat"),
    "jawzjan": ("جوزجان", "جوزجان", "Jawzjan"),
    "kabul": ("کابل", "کابل", "Kabul"),
    "kandahar": ("کندهار", "کندهار", "Kandahar"),
    "kapisa": ("کاپیسا", "کاپیسا", "Kapisa"),
    "khost": ("خوست", "خوست", "Khost"),
    "kunar": ("کنر", "کونړ", "Kunar"),
    "kunduz": ("کندز", "کندز", "Kunduz"),
    "laghman": ("لغمان", "لغمان", "Laghman"),
    "logar": ("لوگر", "لوګر", "Logar"),
    "nangarhar": ("ننگرهار", "ننګرهار", "Nangarhar"),
    "nimroz": ("نیمروز", "نیمروز", "Nimroz"),
    "nuristan": ("نورستان", "نورستان", "Nuristan"),
    "paktia": ("پکتیا", "پکتیا", "Paktia"),
    "paktika": ("پکتیکا", "پکتیکا", "Paktika"),
    "panjshir": ("پنجشیر", "پنجشیر", "Panjshir"),
    "parwan": ("پروان", "پروان", "Parwan"),
    "samangan": ("سمنگان", "سمنګان", "Samangan"),
    "sar-e-pol": ("سرپل", "سرپل", "Sar-e Pol"),
    "takhar": ("تخار", "تخار", "Takhar"),
    "uruzgan": ("ارزگان", "ارزګان", "Uruzgan"),
    "wardak": ("وردک", "وردګ", "Wardak"),
    "zabul": ("زابل", "زابل", "Zabul"),
}

# ISO 3166-1 alpha-2: (Dari, Pashto, English)
COUNTRIES = {
    "AE": ("امارات متحده عربی", "متحده عربي امارات", "United Arab Emirates"),
    "CN": ("چین", "چین", "China"),
    "DE": ("آلمان", "آلمان", "Germany"),
    "GB": ("بریتانیا", "بریتانیا", "United Kingdom"),
    "IN": ("هند", "هند", "India"),
    "IR": ("ایران", "ایران", "Iran"),
    "KZ": ("قزاقستان", "قزاقستان", "Kazakhstan"),
    "PK": ("پاکستان", "پاکستان", "Pakistan"),
    "QA": ("قطر", "قطر", "Qatar"),
    "RU": ("روسیه", "روسیه", "Russia"),
    "SA": ("عربستان سعودی", "سعودي عربستان", "Saudi Arabia"),
    "TJ": ("تاجکستان", "تاجکستان", "Tajikistan"),
    "TM": ("ترکمنستان", "ترکمنستان", "Turkmenistan"),
    "TR": ("ترکیه", "ترکیه", "Türkiye"),
    "US": ("ایالات متحده امریکا", "د امریکا متحده ایالات", "United States"),
    "UZ": ("ازبکستان", "ازبکستان", "Uzbekistan"),
}

# The country of the ministry itself: not one of the attachés' (COUNTRIES,
# which the directory's organisations choose from), but where most outlets
# the media monitoring reads are (monitoring.Source.country).
HOME_COUNTRY = {"AF": ("افغانستان", "افغانستان", "Afghanistan")}

_INDEX = {l10n.DARI: 0, l10n.PASHTO: 1, l10n.ENGLISH: 2}


def _name(table, code, language=None):
    if not code or code not in table:
        return ""
    return table[code][_INDEX[l10n.content_language(language or get_language())]]


def province_name(code, language=None):
    return _name(PROVINCES, code, language)


def country_name(code, language=None):
    return _name(HOME_COUNTRY if code in HOME_COUNTRY else COUNTRIES, code, language)


def province_choices(language=None):
    return sorted(((code, province_name(code, language)) for code in PROVINCES), key=lambda item: item[1])


def country_choices(language=None, home_first=False):
    """The attachés' countries by name in `language`; with home_first, Afghanistan before them."""
    found = sorted(((code, country_name(code, language)) for code in COUNTRIES), key=lambda item: item[1])
    if home_first:
        found = [(code, country_name(code, language)) for code in HOME_COUNTRY] + found
    return found


# Model field choices: the codes with their English names (the admin shows
# the reader's language through the functions above where it matters).
PROVINCE_FIELD_CHOICES = [(code, names[2]) for code, names in PROVINCES.items()]
COUNTRY_FIELD_CHOICES = [(code, names[2]) for code, names in COUNTRIES.items()]
# Where a media outlet may be: Afghanistan first, then the same countries.
OUTLET_COUNTRY_FIELD_CHOICES = [(code, names[2]) for code, names in HOME_COUNTRY.items()] + COUNTRY_FIELD_CHOICES
