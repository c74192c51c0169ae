"""Demo directory: organisations and contact people the ministry works with.
Invented phone numbers and example.org addresses; no real person is named.
Rows use the import's columns, and the demo loads them through the importer."""

from .geography import PROVINCES

MINISTRY_KEY = "moci"


def _org(key, category, fa, ps, en, **extra):
    row = {"key": key, "category": category, "name_fa": fa, "name_ps": ps, "name_en": en, "visibility": "public"}
    row.update(extra)
    return row


def _phone(seed):
    """A valid-looking Afghan mobile number, different for every seed."""
    return f"+9379{seed % 10}{(seed * 7919) % 1000000:06d}"


MINISTRIES = [
    _org(
        MINISTRY_KEY,
        "ministries",
        "وزارت صنعت و تجارت",
        "د سوداګرۍ او صنایعو وزارت",
        "Ministry of Commerce and Industry",
        province="kabul",
        address_fa="کابل، افغانستان",
        address_ps="کابل، افغانستان",
        address_en="Kabul, Afghanistan",
        website="https://moci.example.org",
        description_fa="وزارت مسئول پالیسی تجارت، صنعت و حمایت از سکتور خصوصی.",
        description_ps="د سوداګرۍ، صنعت او د خصوصي سکتور د ملاتړ د پالیسۍ مسؤل وزارت.",
        description_en="The ministry responsible for trade and industry policy and for supporting the private sector.",
    ),
    _org("mof", "ministries", "وزارت مالیه", "د مالیې وزارت", "Ministry of Finance", province="kabul"),
    _org(
        "mail",
        "ministries",
        "وزارت زراعت، آبیاری و مالداری",
        "د کرنې، اوبولګولو او مالدارۍ وزارت",
        "Ministry of Agriculture, Irrigation and Livestock",
        province="kabul",
    ),
    _org(
        "mofa", "ministries", "وزارت امور خارجه", "د بهرنیو چارو وزارت", "Ministry of Foreign Affairs", province="kabul"
    ),
    _org("moec", "ministries", "وزارت اقتصاد", "د اقتصاد وزارت", "Ministry of Economy", province="kabul"),
    _org(
        "momp",
        "ministries",
        "وزارت معادن و پترولیم",
        "د کانونو او پطرولیم وزارت",
        "Ministry of Mines and Petroleum",
        province="kabul",
    ),
    _org("mot", "ministries", "وزارت ترانسپورت", "د ټرانسپورټ وزارت", "Ministry of Transport", province="kabul"),
    _org(
        "moic",
        "ministries",
        "وزارت اطلاعات و فرهنگ",
        "د اطلاعاتو او فرهنګ وزارت",
        "Ministry of Information and Culture",
        province="kabul",
    ),
]

INDEPENDENT = [
    _org(
        "nsia",
        "independent-agencies",
        "اداره ملی احصائیه و معلومات",
        "د احصایې او معلوماتو ملي اداره",
        "National Statistics and Information Authority",
        province="kabul",
    ),
    _org(
        "ansa",
        "independent-agencies",
        "اداره ملی استندرد افغانستان",
        "د افغانستان د معیارونو ملي اداره",
        "Afghanistan National Standards Authority",
        province="kabul",
    ),
    _org(
        "npa",
        "independent-agencies",
        "اداره تدارکات ملی",
        "د ملي تدارکاتو اداره",
        "National Procurement Authority",
        province="kabul",
    ),
    _org(
        "dab", "independent-agencies", "د افغانستان بانک", "د افغانستان بانک", "Da Afghanistan Bank", province="kabul"
    ),
    _org(
        "aisa",
        "independent-agencies",
        "اداره حمایت از سرمایه‌گذاری افغانستان",
        "د افغانستان د پانګونې د ملاتړ اداره",
        "Afghanistan Investment Support Agency",
        province="kabul",
        status="merged",
        successor_key="acci",
    ),
]

DONORS = [
    _org(
        "world-bank",
        "donors",
        "بانک جهانی",
        "نړیوال بانک",
        "World Bank",
        province="kabul",
        website="https://www.worldbank.org",
    ),
    _org("adb", "donors", "بانک انکشاف آسیایی", "د آسیا پراختیايي بانک", "Asian Development Bank", province="kabul"),
    _org(
        "undp",
        "donors",
        "برنامه انکشافی ملل متحد",
        "د ملګرو ملتونو پراختیايي پروګرام",
        "United Nations Development Programme",
        province="kabul",
    ),
    _org(
        "itc",
        "donors",
        "مرکز تجارت بین‌المللی",
        "د نړیوالې سوداګرۍ مرکز",
        "International Trade Centre",
        province="kabul",
    ),
    _org(
        "eu",
        "donors",
        "نمایندگی اتحادیه اروپا",
        "د اروپايي اتحادیې استازولي",
        "Delegation of the European Union",
        province="kabul",
    ),
    _org(
        "fao",
        "donors",
        "سازمان خوراکه و زراعت ملل متحد",
        "د ملګرو ملتونو د خوړو او کرنې سازمان",
        "Food and Agriculture Organization",
        province="kabul",
    ),
]

MEDIA = [
    _org("bakhtar", "media", "آژانس خبری باختر", "د باختر خبري آژانس", "Bakhtar News Agency", province="kabul"),
    _org(
        "rta",
        "media",
        "رادیو تلویزیون ملی افغانستان",
        "د افغانستان ملي راډیو تلویزیون",
        "Radio Television Afghanistan",
        province="kabul",
    ),
    _org("anis", "media", "روزنامه انیس", "د انیس ورځپاڼه", "Anis daily", province="kabul"),
    _org("hewad", "media", "روزنامه هیواد", "د هېواد ورځپاڼه", "Hewad daily", province="kabul"),
    _org("kabul-times", "media", "روزنامه کابل تایمز", "د کابل ټایمز ورځپاڼه", "The Kabul Times", province="kabul"),
    _org(
        "herat-press-club",
        "media",
        "کلوپ خبرنگاران هرات",
        "د هرات د خبریالانو کلب",
        "Herat Press Club",
        province="herat",
        visibility="internal",
    ),
    _org(
        "balkh-media-network",
        "media",
        "شبکه رسانه‌های محلی بلخ",
        "د بلخ د سیمه‌ییزو رسنیو شبکه",
        "Balkh Local Media Network",
        province="balkh",
        visibility="internal",
    ),
]

PRIVATE = [
    _org(
        "acci",
        "private-sector",
        "اتاق تجارت و سرمایه‌گذاری افغانستان",
        "د افغانستان د سوداګرۍ او پانګونې خونه",
        "Afghanistan Chamber of Commerce and Investment",
        province="kabul",
    ),
    _org(
        "awcci",
        "private-sector",
        "اتاق تجارت و صنایع زنان افغانستان",
        "د افغانستان د ښځو د سوداګرۍ او صنایعو خونه",
        "Afghan Women's Chamber of Commerce and Industry",
        province="kabul",
    ),
    _org(
        "carpet-exporters",
        "private-sector",
        "اتحادیه صادرکنندگان قالین",
        "د غالیو د صادرونکو اتحادیه",
        "Carpet Exporters Union",
        province="kabul",
    ),
    _org(
        "dried-fruit-exporters",
        "private-sector",
        "اتحادیه صادرکنندگان میوه خشک",
        "د وچې مېوې د صادرونکو اتحادیه",
        "Dried Fruit Exporters Union",
        province="kandahar",
    ),
    _org(
        "herat-saffron",
        "private-sector",
        "اتحادیه زعفران‌کاران هرات",
        "د هرات د زعفرانو بزګرانو اتحادیه",
        "Herat Saffron Growers Union",
        province="herat",
    ),
    _org(
        "kabul-industrial-park",
        "private-sector",
        "اداره شهرک صنعتی کابل",
        "د کابل صنعتي ښارګوټي اداره",
        "Kabul Industrial Park Management",
        province="kabul",
        visibility="internal",
    ),
]

DIRECTORATES = [
    _org(
        "moci-" + key,
        "central-directorates",
        f"ریاست {fa}",
        f"د {ps} ریاست",
        f"Directorate of {en}",
        province="kabul",
        parent_key=MINISTRY_KEY,
        **extra,
    )
    for key, fa, ps, en, extra in [
        ("exports", "انکشاف صادرات", "صادراتو د پراختیا", "Export Promotion", {}),
        ("policy", "پالیسی و پلان", "پالیسۍ او پلان", "Policy and Planning", {}),
        (
            "transit",
            "موافقتنامه‌های تجارتی و ترانزیت",
            "سوداګریزو تړونونو او ترانزیت",
            "Trade Agreements and Transit",
            {},
        ),
        ("industries", "صنایع و شهرک‌های صنعتی", "صنایعو او صنعتي ښارګوټو", "Industries and Industrial Parks", {}),
        ("prices", "نظارت بر نرخ‌ها", "د نرخونو د څارنې", "Price Monitoring", {}),
        ("information", "اطلاعات و ارتباط عامه", "اطلاعاتو او عامه اړیکو", "Information and Public Relations", {}),
        ("hr", "منابع بشری", "بشري سرچینو", "Human Resources", {"visibility": "internal"}),
        ("finance", "مالی و اداری", "مالي او اداري چارو", "Finance and Administration", {"visibility": "internal"}),
    ]
]

PROVINCIAL = [
    _org(
        f"dept-{code}",
        "provincial-departments",
        f"ریاست صنعت و تجارت ولایت {PROVINCES[code][0]}",
        f"د {PROVINCES[code][1]} ولایت د سوداګرۍ او صنایعو ریاست",
        f"{PROVINCES[code][2]} Provincial Department of Commerce and Industry",
        province=code,
        parent_key=MINISTRY_KEY,
        phones=_phone(index + 10),
        emails=f"{code}@moci.example.org",
    )
    for index, code in enumerate(
        [
            "herat",
            "balkh",
            "kandahar",
            "nangarhar",
            "kunduz",
            "badakhshan",
            "bamyan",
            "ghazni",
            "faryab",
            "helmand",
            "khost",
            "paktia",
            "takhar",
            "nimroz",
        ]
    )
]

PORTS = [
    _org(
        f"port-{key}",
        "border-ports",
        f"بندر {fa}",
        f"د {ps} بندر",
        f"{en} port",
        province=province,
        phones=_phone(50 + index),
    )
    for index, (key, fa, ps, en, province) in enumerate(
        [
            ("torkham", "تورخم", "تورخم", "Torkham", "nangarhar"),
            ("spin-boldak", "سپین بولدک", "سپین بولدک", "Spin Boldak", "kandahar"),
            ("islam-qala", "اسلام قلعه", "اسلام کلا", "Islam Qala", "herat"),
            ("hairatan", "حیرتان", "حیرتان", "Hairatan", "balkh"),
            ("sher-khan", "شیرخان بندر", "شیرخان بندر", "Sher Khan Bandar", "kunduz"),
            ("aqina", "آقینه", "آقینه", "Aqina", "faryab"),
            ("torghundi", "تورغندی", "تورغونډي", "Torghundi", "herat"),
            ("ghulam-khan", "غلام خان", "غلام خان", "Ghulam Khan", "khost"),
            ("abu-nasr-farahi", "ابونصر فراهی", "ابونصر فراهي", "Abu Nasr Farahi", "nimroz"),
        ]
    )
]

ATTACHES = [
    _org(
        f"attache-{country.lower()}",
        "commercial-attaches",
        f"اتشه تجارتی افغانستان در {fa}",
        f"په {ps} کې د افغانستان سوداګریز اتاشه",
        f"Afghan Commercial Attaché in {en}",
        country=country,
        address_fa=f"{city_fa}، {fa}",
        address_ps=f"{city_ps}، {ps}",
        address_en=f"{city_en}, {en}",
        emails=f"attache-{country.lower()}@moci.example.org",
    )
    for country, fa, ps, en, city_fa, city_ps, city_en in [
        ("PK", "پاکستان", "پاکستان", "Pakistan", "اسلام‌آباد", "اسلام اباد", "Islamabad"),
        ("IR", "ایران", "ایران", "Iran", "تهران", "تهران", "Tehran"),
        ("IN", "هند", "هند", "India", "دهلی نو", "نوی ډیلي", "New Delhi"),
        ("CN", "چین", "چین", "China", "بیجینگ", "بیجینګ", "Beijing"),
        ("AE", "امارات متحده عربی", "متحده عربي اماراتو", "the United Arab Emirates", "دبی", "دوبۍ", "Dubai"),
        ("TR", "ترکیه", "ترکیې", "Türkiye", "استانبول", "استانبول", "Istanbul"),
        ("KZ", "قزاقستان", "قزاقستان", "Kazakhstan", "الماتی", "الماتي", "Almaty"),
        ("UZ", "ازبکستان", "ازبکستان", "Uzbekistan", "تاشکند", "تاشکند", "Tashkent"),
    ]
]

ORGANISATIONS = MINISTRIES + INDEPENDENT + DONORS + MEDIA + PRIVATE + DIRECTORATES + PROVINCIAL + PORTS + ATTACHES

_FIRST = ["احمد", "محمود", "فریده", "نادیه", "عبدالله", "شکیلا", "حمید", "زرمینه", "رحیم", "لیلا", "نصیر", "مریم"]
_FIRST_LATIN = [
    "Ahmad",
    "Mahmood",
    "Farida",
    "Nadia",
    "Abdullah",
    "Shakila",
    "Hamid",
    "Zarmina",
    "Rahim",
    "Laila",
    "Nasir",
    "Maryam",
]
_LAST = ["احمدی", "کریمی", "نوری", "صدیقی", "رحیمی", "یوسفزی", "هاشمی", "وردک"]
_LAST_LATIN = ["Ahmadi", "Karimi", "Noori", "Siddiqi", "Rahimi", "Yousafzai", "Hashimi", "Wardak"]


def _person(index):
    return (
        f"{_FIRST[index % len(_FIRST)]} {_LAST[index % len(_LAST)]}",
        f"{_FIRST_LATIN[index % len(_FIRST)]} {_LAST_LATIN[index % len(_LAST)]}",
    )


def _contacts():
    rows = []
    index = 0
    # The head of each provincial department: public, with the office phone.
    for organisation in PROVINCIAL:
        name, latin = _person(index)
        rows.append(
            {
                "key": f"head-{organisation['key']}",
                "organisation_key": organisation["key"],
                "name": name,
                "name_latin": latin,
                "role_fa": "رئیس",
                "role_ps": "رئیس",
                "role_en": "Director",
                "phones": _phone(200 + index),
                "visibility": "public",
                "preferred_language": "fa" if index % 2 else "ps",
            }
        )
        index += 1
    # Spokespeople of the media outlets and the ministry: public.
    for key in ("moci", "acci", "awcci"):
        name, latin = _person(index)
        rows.append(
            {
                "key": f"spokesperson-{key}",
                "organisation_key": key,
                "name": name,
                "name_latin": latin,
                "role_fa": "سخنگو",
                "role_ps": "ویاند",
                "role_en": "Spokesperson",
                "emails": f"spokesperson-{key}@example.org",
                "visibility": "public",
            }
        )
        index += 1
    # Journalists: internal, personal numbers, notes.
    for organisation in MEDIA:
        for beat in ("اقتصاد", "تجارت و بنادر"):
            name, latin = _person(index)
            rows.append(
                {
                    "key": f"journalist-{organisation['key']}-{index}",
                    "organisation_key": organisation["key"],
                    "name": name,
                    "name_latin": latin,
                    "role_fa": "خبرنگار",
                    "role_ps": "خبریال",
                    "role_en": "Reporter",
                    "phones": _phone(300 + index),
                    "emails": f"reporter{index}@example.org",
                    "outlet": organisation["name_en"],
                    "beat": beat,
                    "visibility": "internal",
                    "notes": "برای کنفرانس‌های مطبوعاتی دعوت شود.",
                }
            )
            index += 1
    # Donor focal points: internal.
    for organisation in DONORS:
        name, latin = _person(index)
        rows.append(
            {
                "key": f"focal-point-{organisation['key']}",
                "organisation_key": organisation["key"],
                "name": name,
                "name_latin": latin,
                "role_fa": "مسئول هماهنگی",
                "role_ps": "د همغږۍ مسؤل",
                "role_en": "Focal point",
                "emails": f"focal-{organisation['key']}@example.org",
                "preferred_language": "en",
                "visibility": "internal",
            }
        )
        index += 1
    return rows


CONTACTS = _contacts()
