"""Demo text for the home pages and the "About the directorate" page, in
Dari (the source), Pashto and English. Written for this site from
the directorate's own description of its duties (shared/seed/).

Each entry is {language code: text}; the Dari text is what the page is
created with, and wagtail-localize receives the Pashto and English text as
the translations of the Dari segments.
"""

HOME = {
    "title": {
        "fa-af": "وزارت صنعت و تجارت",
        "ps": "د سوداګرۍ او صنایعو وزارت",
        "en": "Ministry of Commerce and Industry",
    },
    "slug": {"fa-af": "home", "ps": "home-ps", "en": "home-en"},
    "intro": {
        "fa-af": "خبرها، اعلامیه‌ها و پوشش تصویری وزارت صنعت و تجارت، به زبان‌های دری، پښتو و انگلیسی.",
        "ps": "د سوداګرۍ او صنایعو وزارت خبرونه، اعلامیې او انځوریز پوښښ، په دري، پښتو او انګلیسي ژبو.",
        "en": "News, statements and photo coverage from the Ministry of Commerce and Industry, in Dari, Pashto and English.",
    },
    "summary": {
        "fa-af": "وب‌سایت رسمی ریاست اطلاعات و ارتباط عامه وزارت صنعت و تجارت.",
        "ps": "د سوداګرۍ او صنایعو وزارت د اطلاعاتو او عامه اړیکو ریاست رسمي وېبپاڼه.",
        "en": "The official website of the Directorate of Information and Public Relations of the Ministry of Commerce and Industry.",
    },
    "hero_image_alt": {
        "fa-af": "تصویر نمونه: ساختمان‌های شهر با کوه‌ها و آفتاب در پس‌زمینه",
        "ps": "د بېلګې انځور: د ښار ودانۍ چې شاته یې غرونه او لمر دي",
        "en": "Sample picture: city buildings with mountains and the sun behind them",
    },
}

ABOUT = {
    "title": {
        "fa-af": "درباره ریاست اطلاعات و ارتباط عامه",
        "ps": "د اطلاعاتو او عامه اړیکو ریاست په اړه",
        "en": "About the Directorate of Information and Public Relations",
    },
    "slug": {"fa-af": "about", "ps": "about", "en": "about"},
    # The short label in the main menu.
    "menu_title": {"fa-af": "درباره ما", "ps": "زموږ په اړه", "en": "About us"},
    "summary": {
        "fa-af": "ریاست اطلاعات و ارتباط عامه پل ارتباطی میان وزارت صنعت و تجارت، رسانه‌ها و مردم است.",
        "ps": "د اطلاعاتو او عامه اړیکو ریاست د سوداګرۍ او صنایعو وزارت، رسنیو او خلکو ترمنځ د اړیکو پل دی.",
        "en": "The Directorate of Information and Public Relations links the Ministry of Commerce and Industry "
        "with the media and the public.",
    },
    "intro": {
        "fa-af": "ریاست اطلاعات و ارتباط عامه در سال ۱۳۹۰ هجری شمسی در تشکیل وزارت صنعت و تجارت ایجاد شد تا "
        "فعالیت‌ها و دستاوردهای وزارت را دقیق و به‌موقع به آگاهی مردم برساند.",
        "ps": "د اطلاعاتو او عامه اړیکو ریاست په ۱۳۹۰ لمریز کال د سوداګرۍ او صنایعو وزارت په تشکیل کې جوړ شو، "
        "څو د وزارت فعالیتونه او لاسته راوړنې په دقیق او پر وخت ډول خلکو ته ورسوي.",
        "en": "The directorate was added to the Ministry of Commerce and Industry in 1390 (2011) to tell the public, "
        "accurately and on time, what the ministry does and achieves.",
    },
    # The body: (block type, text) pairs. Headings and list items become one
    # wagtail-localize segment each.
    "body": [
        (
            "h2",
            {"fa-af": "وظایف ما", "ps": "زموږ دندې", "en": "What we do"},
        ),
        (
            "p",
            {
                "fa-af": "این ریاست خبرها، رویدادها و دستاوردهای وزارت و ریاست‌های ولایتی آن را در وب‌سایت، "
                "رسانه‌های اجتماعی و مطبوعات داخلی و بین‌المللی نشر می‌کند.",
                "ps": "دا ریاست د وزارت او د هغه د ولایتي ریاستونو خبرونه، پېښې او لاسته راوړنې په وېبپاڼه، "
                "ټولنیزو رسنیو او کورنیو او نړیوالو مطبوعاتو کې خپروي.",
                "en": "The directorate publishes the news, events and achievements of the ministry and its provincial "
                "departments on the website, on social media and in the national and international press.",
            },
        ),
        (
            "li",
            {
                "fa-af": "تهیه و نشر خبرها، اعلامیه‌های مطبوعاتی و گزارش‌های وزارت",
                "ps": "د وزارت د خبرونو، مطبوعاتي اعلامیو او راپورونو چمتو کول او خپرول",
                "en": "Writing and publishing the ministry's news, press releases and reports",
            },
        ),
        (
            "li",
            {
                "fa-af": "تهیه بیانیه‌ها، سخنرانی‌ها و مصاحبه‌های رهبری وزارت، و سخنگویی وزارت در برابر رسانه‌های "
                "ملی و بین‌المللی",
                "ps": "د وزارت د مشرتابه د بیانیو، ویناوو او مرکو چمتو کول، او ملي او نړیوالو رسنیو ته د وزارت "
                "ویاندتوب",
                "en": "Preparing the leadership's statements, speeches and interviews, and speaking for the ministry "
                "to national and international media",
            },
        ),
        (
            "li",
            {
                "fa-af": "ترجمه و نشر مطالب به زبان‌های ملی و انگلیسی",
                "ps": "ملي ژبو او انګلیسي ته د مطالبو ژباړه او خپرول",
                "en": "Translating what we publish into the national languages and English",
            },
        ),
        (
            "li",
            {
                "fa-af": "دعوت رسانه‌ها به کنفرانس‌های مطبوعاتی و فراهم‌سازی تسهیلات برای خبرنگاران",
                "ps": "مطبوعاتي کنفرانسونو ته د رسنیو رابلل او خبریالانو ته د اسانتیاوو برابرول",
                "en": "Inviting the media to press conferences and looking after the journalists who attend",
            },
        ),
        (
            "li",
            {
                "fa-af": "پوشش تصویری و ویدیویی همه برنامه‌های وزارت",
                "ps": "د وزارت د ټولو پروګرامونو انځوریز او ویډیويي پوښښ",
                "en": "Photo and video coverage of every programme of the ministry",
            },
        ),
        (
            "li",
            {
                "fa-af": "بررسی روزانه رسانه‌های داخلی و خارجی درباره وزارت و گزارش آن به رهبری وزارت",
                "ps": "د وزارت په اړه د کورنیو او بهرنیو رسنیو ورځنۍ څارنه او د وزارت مشرتابه ته یې راپور ورکول",
                "en": "Following domestic and foreign media coverage of the ministry every day and reporting it to "
                "the ministry's leadership",
            },
        ),
        (
            "h2",
            {"fa-af": "با چه کسانی کار می‌کنیم", "ps": "له چا سره کار کوو", "en": "Who we work with"},
        ),
        (
            "p",
            {
                "fa-af": "ریاست با وزارت‌ها و ادارات دولتی، ادارات مستقل، مساعدت‌کنندگان و مؤسسات بین‌المللی، "
                "رسانه‌ها، سکتور خصوصی، ریاست‌های مرکزی وزارت، ریاست‌های ولایتی، بنادر و اتشه‌های تجارتی ارتباط "
                "منظم دارد و فهرست تماس آنان را به‌روز نگه می‌دارد.",
                "ps": "ریاست له وزارتونو او دولتي ادارو، خپلواکو ادارو، مرسته کوونکو او نړیوالو موسسو، رسنیو، "
                "خصوصي سکتور، د وزارت له مرکزي ریاستونو، ولایتي ریاستونو، بندرونو او سوداګریزو اتاشه ګانو سره "
                "منظمې اړیکې لري او د هغوی د اړیکو لړلیک تازه ساتي.",
                "en": "We keep in regular contact, and an up-to-date contact list, with ministries and government "
                "offices, independent agencies, donors and international organisations, the media, the private "
                "sector, the ministry's central directorates, provincial departments, border ports and commercial "
                "attachés.",
            },
        ),
        (
            "h2",
            {"fa-af": "برای خبرنگاران", "ps": "خبریالانو ته", "en": "For journalists"},
        ),
        (
            "p",
            {
                "fa-af": "خبرنگارانی که برای گزارش‌های خود به معلومات، مصاحبه یا عکس نیاز دارند، می‌توانند از راه "
                "معلومات تماس پایین همین صفحه با ما در تماس شوند.",
                "ps": "هغه خبریالان چې خپلو راپورونو ته معلوماتو، مرکې یا انځورونو ته اړتیا لري، کولای شي د همدې "
                "پاڼې لاندې د اړیکو له لارې له موږ سره اړیکه ونیسي.",
                "en": "Journalists who need information, an interview or photographs for their reporting can reach us "
                "through the contact details at the foot of this page.",
            },
        ),
    ],
}
