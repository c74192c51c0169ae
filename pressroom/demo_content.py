"""Demo content for the pressroom: invented news, statements and photo galleries in Dari, Pashto and English."""

TOPICS = [
    {"slug": "trade", "name": {"fa-af": "تجارت", "ps": "سوداګري", "en": "Trade"}},
    {"slug": "industry", "name": {"fa-af": "صنعت", "ps": "صنعت", "en": "Industry"}},
    {"slug": "exports", "name": {"fa-af": "صادرات", "ps": "صادرات", "en": "Exports"}},
    {"slug": "investment", "name": {"fa-af": "سرمایه‌گذاری", "ps": "پانګونه", "en": "Investment"}},
    {"slug": "border-ports", "name": {"fa-af": "بنادر سرحدی", "ps": "سرحدي بندرونه", "en": "Border ports"}},
    {"slug": "private-sector", "name": {"fa-af": "سکتور خصوصی", "ps": "خصوصي سکتور", "en": "Private sector"}},
    {
        "slug": "women-in-business",
        "name": {"fa-af": "زنان تجارت‌پیشه", "ps": "سوداګرې مېرمنې", "en": "Women in business"},
    },
    {"slug": "exhibitions", "name": {"fa-af": "نمایشگاه‌ها", "ps": "نندارتونونه", "en": "Exhibitions"}},
]

NEWS_INDEX = {
    "slug": "news",
    # One name for the news in each language, as the menu, the home page and the search call it.
    "title": {"fa-af": "خبرها", "ps": "خبرونه", "en": "News"},
    "intro": {
        "fa-af": "در این بخش تازه‌ترین خبرهای فعالیت‌ها، نشست‌ها و دستاوردهای وزارت صنعت و تجارت و ریاست‌های ولایتی آن را می‌خوانید.",
        "ps": "په دې برخه کې د سوداګرۍ او صنایعو وزارت او د هغه د ولایتي ریاستونو د فعالیتونو، غونډو او لاسته راوړنو تازه خبرونه لوستلای شئ.",
        "en": "Read the latest news about the work, meetings and achievements of the Ministry of Commerce and Industry and its provincial departments.",
    },
    # The short label in the main menu.
    "menu_title": {"fa-af": "خبرها", "ps": "خبرونه", "en": "News"},
}

STATEMENT_INDEX = {
    "slug": "statements",
    "title": {"fa-af": "اعلامیه‌ها و بیانیه‌ها", "ps": "اعلامیې او ویناوې", "en": "Statements and speeches"},
    "intro": {
        "fa-af": "اعلامیه‌های مطبوعاتی، اعلامیه‌های رسمی، بیانیه‌ها و مصاحبه‌های رهبری وزارت صنعت و تجارت در این بخش نشر می‌شود.",
        "ps": "د سوداګرۍ او صنایعو وزارت مطبوعاتي اعلامیې، رسمي اعلامیې، ویناوې او د وزارت د مشرتابه مرکې په دې برخه کې خپرېږي.",
        "en": "Press releases, official statements, speeches and interviews by the leadership of the Ministry of Commerce and Industry are published here.",
    },
    # The short label in the main menu.
    "menu_title": {"fa-af": "اعلامیه‌ها", "ps": "اعلامیې", "en": "Statements"},
}

GALLERY_INDEX = {
    "slug": "galleries",
    "title": {
        "fa-af": "گالری‌های عکس و ویدیو",
        "ps": "د انځورونو او ویډیوګانو ګالرۍ",
        "en": "Photo and video galleries",
    },
    "intro": {
        "fa-af": "تصاویر و ویدیوهای برنامه‌ها، نمایشگاه‌ها و سفرهای کاری وزارت صنعت و تجارت را در این بخش ببینید.",
        "ps": "د سوداګرۍ او صنایعو وزارت د پروګرامونو، نندارتونونو او کاري سفرونو انځورونه او ویډیوګانې په دې برخه کې وګورئ.",
        "en": "See photos and videos of the programmes, exhibitions and working visits of the Ministry of Commerce and Industry.",
    },
    # The short label in the main menu.
    "menu_title": {"fa-af": "گالری‌ها", "ps": "ګالرۍ", "en": "Galleries"},
}

NEWS = [
    {
        "slug": "saffron-growers-trained-on-packaging-standards-in-herat",
        "date": "2026-11-18T10:30",
        "topics": ["industry", "exports"],
        "title": {
            "fa-af": "زعفران‌کاران هرات در زمینه معیارهای بسته‌بندی و کیفیت برای صادرات آموزش دیدند",
            "ps": "د هرات د زعفرانو بزګرانو ته د صادراتو لپاره د بسته‌بندۍ او کیفیت د معیارونو روزنه ورکړل شوه",
            "en": "Saffron growers in Herat trained on packaging and quality standards for export",
        },
        "summary": {
            "fa-af": "ریاست صنعت و تجارت ولایت هرات همزمان با آغاز فصل برداشت امسال، ۱۴۰ زعفران‌کار و پروسس‌کننده را در زمینه خشک‌کردن، بسته‌بندی و لیبل‌گذاری زعفران آموزش داد.",
            "ps": "د هرات ولایت د سوداګرۍ او صنایعو ریاست د سږکال د حاصلاتو د راټولولو له پیل سره سم د زعفرانو ۱۴۰ بزګرانو او پروسس کوونکو ته د زعفرانو د وچولو، بسته‌بندۍ او لیبل لګولو روزنه ورکړه.",
            "en": "The ministry's provincial department in Herat has trained 140 saffron growers and processors in drying, packaging and labelling, as this year's harvest begins.",
        },
        "paragraphs": [
            {
                "fa-af": "این برنامه پنج‌روزه در شهر هرات برای زعفران‌کاران ولسوالی‌های غوریان، پشتون زرغون و انجیل برگزار شد. اشتراک‌کنندگان چگونگی خشک‌کردن زعفران در حرارت مناسب، نگهداری آن به دور از رطوبت و بسته‌بندی آن در ظروف سربسته مطابق خواست خریداران را فرا گرفتند.",
                "ps": "دا پنځه‌ورځنی پروګرام د هرات په ښار کې د غوریانو، پښتون زرغون او انجیل ولسوالیو د زعفرانو بزګرانو لپاره جوړ شو. ګډونوالو زده کړل چې زعفران په مناسبه تودوخه کې څنګه وچ کړي، له لندبل څخه یې لرې وساتي او د پېرودونکو د غوښتنو سره سم یې په سربندو لوښو کې بسته‌بندي کړي.",
                "en": "The five-day programme was held in Herat city for growers from Ghoryan, Pashtun Zarghun and Injil districts. Participants learned how to dry saffron at the right temperature, store it away from moisture and pack it in sealed containers that meet buyers' requirements.",
            },
            {
                "fa-af": "هرات بخش عمده زعفران کشور را تولید می‌کند. مسئولان ولایتی پیش‌بینی می‌کنند که حاصلات امسال به دلیل ایجاد مزارع جدید و بهبود آبیاری به حدود ۶۰ تن برسد که اندکی بیشتر از سال گذشته است.",
                "ps": "هرات د هېواد د زعفرانو لویه برخه تولیدوي. ولایتي چارواکي اټکل کوي چې د نویو فارمونو او د اوبو لګولو د ښه‌والي له امله به د سږکال حاصلات شاوخوا ۶۰ ټنو ته ورسېږي، چې له تېر کال څخه لږ ډېر دي.",
                "en": "Herat produces most of the country's saffron. Provincial officials expect this year's harvest to reach about 60 tonnes, slightly more than last year, thanks to new fields and better irrigation.",
            },
            {
                "fa-af": "وزارت صنعت و تجارت می‌گوید بسته‌بندی بهتر سبب می‌شود زعفران افغانستان رنگ و عطر خود را حفظ کند و در بازارهای خارجی به قیمت بهتر به فروش برسد. این ریاست به پروسس‌کنندگانی که معیارها را رعایت کنند، تصدیق‌نامه می‌دهد و در ثبت نام آنان در نمایشگاه‌های آینده همکاری می‌کند.",
                "ps": "د سوداګرۍ او صنایعو وزارت وايي چې ښه بسته‌بندي د افغان زعفرانو رنګ او خوشبویي ساتي او په بهرنیو بازارونو کې یې په ښه بیه د پلور لاره هواروي. ریاست به هغو پروسس کوونکو ته چې معیارونه رعایت کړي، سند ورکړي او په راتلونکو نندارتونونو کې د هغوی په نوم لیکنه کې به مرسته وکړي.",
                "en": "The ministry says better packaging helps Afghan saffron keep its colour and aroma and sell for higher prices abroad. The department will give certificates to processors who meet the standards, and help them register for upcoming exhibitions.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "زعفران ما از بهترین زعفران‌های جهان است. وقتی به خوبی بسته‌بندی و به‌طور واضح لیبل‌گذاری شود، خریداران به آن اعتماد می‌کنند و قیمت مناسب می‌پردازند.",
                "ps": "زموږ زعفران د نړۍ له غوره زعفرانو څخه دي. کله چې ښه بسته‌بندي شي او په روښانه ډول لیبل شي، پېرودونکي پرې باور کوي او مناسبه بیه ورکوي.",
                "en": "Our saffron is among the best in the world. When it is packed well and labelled clearly, buyers trust it and pay a fair price.",
            },
            "attribution": {
                "fa-af": "رئیس صنعت و تجارت ولایت هرات",
                "ps": "د هرات ولایت د سوداګرۍ او صنایعو رئیس",
                "en": "Head of the Herat Department of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "اشتراک‌کنندگان در یک تالار آموزشی رشته‌های سرخ زعفران را روی میزها جدا کرده و در قوطی‌های کوچک شیشه‌ای می‌گذارند.",
            "ps": "ګډونوال د روزنې په یوه تالار کې پر مېزونو د زعفرانو سره تارونه جلا کوي او د ښیښې په وړو بوتلونو کې یې اچوي.",
            "en": "Participants in a training hall sort red saffron threads at tables and put them into small glass jars.",
        },
        "hero_caption": {
            "fa-af": "برنامه آموزشی زعفران در شهر هرات",
            "ps": "د هرات په ښار کې د زعفرانو روزنیز پروګرام",
            "en": "Saffron training in Herat city",
        },
    },
    {
        "slug": "pomegranate-exports-through-spin-boldak-increase",
        "date": "2026-10-27T09:30",
        "topics": ["exports", "border-ports"],
        "title": {
            "fa-af": "صادرات انار از طریق بندر سپین بولدک در فصل برداشت افزایش یافت",
            "ps": "د حاصلاتو په موسم کې د سپین بولدک بندر له لارې د انارو صادرات زیات شوي",
            "en": "Pomegranate exports through Spin Boldak rise during the harvest season",
        },
        "summary": {
            "fa-af": "ریاست صنعت و تجارت ولایت کندهار می‌گوید از آغاز فصل برداشت تاکنون بیش از ۳۸ هزار تن انار تازه از طریق بندر سپین بولدک صادر شده است.",
            "ps": "د کندهار ولایت د سوداګرۍ او صنایعو ریاست وايي چې د حاصلاتو د موسم له پیل راهیسې د سپین بولدک بندر له لارې تر ۳۸ زره ټنو ډېر تازه انار صادر شوي دي.",
            "en": "More than 38,000 tonnes of fresh pomegranates have been exported through Spin Boldak port since the start of the harvest, the ministry's provincial department in Kandahar says.",
        },
        "paragraphs": [
            {
                "fa-af": "ارزش این صادرات حدود ۲۱ میلیون دالر امریکایی است. بیشتر این میوه از باغ‌های ولسوالی‌های ارغنداب، میوند و پنجوایی به دست می‌آید و از راه زمینی به بازارهای منطقه فرستاده می‌شود.",
                "ps": "د دغو صادراتو ارزښت شاوخوا ۲۱ میلیون امریکايي ډالر دی. ډېری انار د ارغنداب، میوند او پنجوايي ولسوالیو له باغونو څخه راځي او د ځمکې له لارې د سیمې بازارونو ته لېږل کېږي.",
                "en": "The exports are worth about 21 million US dollars. Most of the fruit comes from orchards in Arghandab, Maiwand and Panjwayi districts and is sent by road to markets in the region.",
            },
            {
                "fa-af": "برای تسریع این تجارت، ساعات کاری بندر در فصل برداشت تمدید شده و به موترهای حامل میوه تازه در یک مسیر جداگانه رسیدگی می‌شود. مسئولان می‌گویند یک موتر بارشده اکنون در حدود چهار ساعت از بندر عبور می‌کند، در حالی که سال گذشته این کار بیش از یک روز وقت می‌گرفت.",
                "ps": "د دې سوداګرۍ د چټکتیا لپاره د حاصلاتو په موسم کې د بندر کاري ساعتونه غځول شوي او د تازه مېوو باربري موټرو ته په یوه جلا لیکه کې رسیدګي کېږي. چارواکي وايي چې اوس یو بار شوی موټر په شاوخوا څلورو ساعتونو کې له بندره تېرېږي، په داسې حال کې چې تېر کال به یې تر یوې ورځې ډېر وخت نیوه.",
                "en": "To speed up the trade, the port's working hours have been extended for the harvest season, and trucks carrying fresh fruit are processed in a separate lane. Officials say a loaded truck now clears the port in about four hours, compared with more than a day last year.",
            },
            {
                "fa-af": "ریاست صنعت و تجارت کندهار با تاجران و صاحبان سردخانه‌ها همکاری می‌کند تا بخشی از حاصلات برای فروش در زمستان که قیمت‌ها بلندتر است، نگهداری شود. وزارت از صادرکنندگان خواسته است میوه را با دقت درجه‌بندی و بسته‌بندی کنند تا سالم به دست خریداران برسد.",
                "ps": "د کندهار د سوداګرۍ او صنایعو ریاست له سوداګرو او د سړو خونو له خاوندانو سره کار کوي، څو د حاصلاتو یوه برخه په ژمي کې د پلور لپاره وساتل شي، کله چې بیې لوړې وي. وزارت له صادرونکو غوښتنه کړې چې مېوه په دقت سره درجه‌بندي او بسته‌بندي کړي، څو پېرودونکو ته روغه ورسېږي.",
                "en": "The Kandahar department is working with traders and cold storage owners to keep part of the harvest for sale in winter, when prices are higher. The ministry has asked exporters to grade and pack the fruit carefully so that it reaches buyers in good condition.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "صفی از موترهای باربری پر از صندوق‌های انار سرخ که زیر آسمان صاف در یک بندر سرحدی منتظر هستند.",
            "ps": "د سرو انارو له صندوقونو ډک باربري موټرو یوه لیکه چې د روښانه اسمان لاندې په یوه سرحدي بندر کې انتظار باسي.",
            "en": "A line of trucks loaded with crates of red pomegranates waiting at a border port under a clear sky.",
        },
        "hero_caption": {
            "fa-af": "موترهای حامل انار در بندر سپین بولدک",
            "ps": "د سپین بولدک په بندر کې د انارو باربري موټر",
            "en": "Pomegranate trucks at Spin Boldak port",
        },
    },
    {
        "slug": "national-exhibition-of-domestic-products-opens-in-kabul",
        "date": "2026-09-15T11:00",
        "topics": ["exhibitions", "industry", "private-sector"],
        "title": {
            "fa-af": "نمایشگاه ملی تولیدات داخلی با ۳۲۰ غرفه در کابل گشایش یافت",
            "ps": "په کابل کې د کورنیو تولیداتو ملي نندارتون له ۳۲۰ غرفو سره پرانیستل شو",
            "en": "National exhibition of domestic products opens in Kabul with 320 stalls",
        },
        "summary": {
            "fa-af": "تولیدکنندگان، دهاقین و صنعتگران از ۲۸ ولایت در این نمایشگاه چهارروزه که امروز از سوی وزیر صنعت و تجارت افتتاح شد، محصولات خود را به نمایش گذاشته‌اند.",
            "ps": "له ۲۸ ولایتونو څخه تولیدوونکي، بزګران او لاسي صنعتګر په دې څلورورځني نندارتون کې خپل تولیدات نندارې ته وړاندې کوي، چې نن د سوداګرۍ او صنایعو وزیر پرانیست.",
            "en": "Manufacturers, farmers and craftspeople from 28 provinces are showing their products at the four-day exhibition, which the Minister of Commerce and Industry opened today.",
        },
        "paragraphs": [
            {
                "fa-af": "در غرفه‌های این نمایشگاه مواد غذایی، منسوجات، مواد ساختمانی، ادویه، قالین و صنایع دستی عرضه شده است. حدود یک‌چهارم غرفه‌ها به کسب‌وکارهایی تعلق دارد که از سوی زنان اداره می‌شوند.",
                "ps": "په غرفو کې خوراکي توکي، ټوکر، ساختماني مواد، درمل، غالۍ او لاسي صنایع ښودل شوي دي. د غرفو شاوخوا څلورمه برخه د هغو کاروبارونو ده چې مېرمنې یې چلوي.",
                "en": "The stalls display food products, textiles, construction materials, medicines, carpets and handicrafts. About a quarter of the stalls belong to businesses run by women.",
            },
            {
                "fa-af": "وزیر صنعت و تجارت گفت این نمایشگاه به تولیدکنندگان داخلی فرصت می‌دهد تا به‌طور مستقیم با عمده‌فروشان و صادرکنندگان دیدار کنند. او از شهروندان و تاجران خواست در صورتی که کیفیت و قیمت قابل رقابت باشد، اجناس داخلی را خریداری کنند.",
                "ps": "د سوداګرۍ او صنایعو وزیر وویل چې دا نندارتون کورنیو تولیدوونکو ته دا فرصت ورکوي چې له عمده پلورونکو او صادرونکو سره مستقیمې لیدنې وکړي. هغه له اوسېدونکو او سوداګرو وغوښتل چې هر کله چې کیفیت او بیه د سیالۍ وړ وي، کورني توکي واخلي.",
                "en": "The Minister said the exhibition gives domestic producers a chance to meet wholesalers and exporters directly. He asked citizens and traders to buy local goods whenever their quality and price are competitive.",
            },
            {
                "fa-af": "برگزارکنندگان انتظار دارند بیش از ۴۰ هزار نفر از نمایشگاه دیدن کنند. وزارت در روز پایانی به بهترین غرفه‌ها در پنج بخش، از جمله کیفیت، بسته‌بندی و نوآوری، جایزه می‌دهد.",
                "ps": "جوړوونکي تمه لري چې تر ۴۰ زرو ډېر کسان له نندارتون څخه لیدنه وکړي. وزارت به په وروستۍ ورځ په پنځو برخو کې، چې کیفیت، بسته‌بندي او نوښت پکې شامل دي، غوره غرفو ته جایزې ورکړي.",
                "en": "The organisers expect more than 40,000 visitors. On the last day, the ministry will give awards to the best stalls in five categories, including quality, packaging and innovation.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "هر محصولی که در این کشور تولید می‌شود، در همین‌جا شغل ایجاد می‌کند. وظیفه ما این است که به این تولیدکنندگان کمک کنیم تا به خریداران بیشتری در داخل و خارج برسند.",
                "ps": "هر هغه محصول چې په دې هېواد کې تولیدېږي، همدلته د کار زمینه برابروي. زموږ دنده دا ده چې له دغو تولیدوونکو سره مرسته وکړو، څو په هېواد دننه او بهر ډېرو پېرودونکو ته ورسېږي.",
                "en": "Every product made in this country creates jobs here. Our task is to help these producers reach more buyers, at home and abroad.",
            },
            "attribution": {
                "fa-af": "وزیر صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزیر",
                "en": "Minister of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "بازدیدکنندگان در یک تالار بزرگ نمایشگاه از میان ردیف‌های غرفه‌هایی می‌گذرند که مواد غذایی بسته‌بندی‌شده، پارچه و قالین در آن‌ها عرضه شده است.",
            "ps": "لیدونکي د نندارتون په یوه لوی تالار کې د هغو غرفو د لیکو ترمنځ ګرځي چې بسته‌بندي شوي خوراکي توکي، ټوکر او غالۍ پکې ایښودل شوي دي.",
            "en": "Visitors walk between rows of stalls displaying packaged food, fabrics and carpets in a large exhibition hall.",
        },
        "hero_caption": {
            "fa-af": "روز نخست نمایشگاه ملی، کابل",
            "ps": "د ملي نندارتون لومړۍ ورځ، کابل",
            "en": "Opening day of the national exhibition, Kabul",
        },
    },
    {
        "slug": "price-monitoring-teams-inspect-kabul-markets",
        "date": "2026-08-10T10:00",
        "topics": ["trade"],
        "title": {
            "fa-af": "هیئت‌های نظارت بر نرخ‌ها از ۶۰۰ دکان در بازارهای کابل بازدید کردند",
            "ps": "د نرخونو د څارنې ټیمونو د کابل په بازارونو کې ۶۰۰ دوکانونه وکتل",
            "en": "Price monitoring teams inspect 600 shops in Kabul markets",
        },
        "summary": {
            "fa-af": "هیئت‌های وزارت صنعت و تجارت در این هفته نرخ آرد، برنج، روغن خوراکی، بوره و تیل را بررسی کردند و دریافتند که بیشتر تاجران نرخ‌های توافق‌شده را رعایت می‌کنند.",
            "ps": "د سوداګرۍ او صنایعو وزارت ټیمونو په دې اونۍ کې د اوړو، وریجو، خوراکي غوړیو، بورې او تېلو نرخونه وڅېړل او وې موندل چې ډېری سوداګر پر هوکړه شویو نرخونو عمل کوي.",
            "en": "Ministry teams checked the prices of flour, rice, cooking oil, sugar and fuel this week and found that most traders were following the agreed prices.",
        },
        "paragraphs": [
            {
                "fa-af": "این بازرسی‌ها بازارهای عمده‌فروشی و پرچون‌فروشی ده ناحیه شهر کابل را در بر گرفت. بازرسان نرخ اجناس در دکان‌ها را با فهرست هفتگی نرخ‌ها که وزارت با اتحادیه‌های تاجران توافق می‌کند، مقایسه کردند.",
                "ps": "دغو څارنو د کابل ښار د لسو ناحیو عمده او پرچون بازارونه رانغاړل. څارونکو په دوکانونو کې د توکو بیې د نرخونو له هغه اونیز لیست سره پرتله کړې چې وزارت یې د سوداګرو له اتحادیو سره هوکړه کوي.",
                "en": "The inspections covered wholesale and retail markets in ten districts of Kabul city. Inspectors compared shop prices with the weekly price list that the ministry agrees with traders' unions.",
            },
            {
                "fa-af": "از میان دکان‌های بازرسی‌شده، ۳۴ دکان اجناس را بلندتر از نرخ توافق‌شده می‌فروختند و برای آنان اخطار کتبی داده شد. در صورت تکرار، قضایا مطابق مقررات حمایت از مصرف‌کنندگان به مراجع مربوط راجع می‌شود.",
                "ps": "له کتل شویو دوکانونو څخه ۳۴ دوکانونو توکي له هوکړه شوي نرخ څخه لوړ پلورل او هغوی ته لیکلي اخطار ورکړل شو. د تکرار په صورت کې به قضیې د مصرفوونکو د ملاتړ د مقرراتو سره سم اړوندو مراجعو ته وسپارل شي.",
                "en": "Of the shops inspected, 34 were selling above the agreed prices and were given written warnings. Repeat cases will be referred to the relevant authorities under the consumer protection rules.",
            },
            {
                "fa-af": "وزارت صنعت و تجارت می‌گوید ذخایر مواد اساسی در کابل برای ماه‌های آینده کافی است. شهروندان می‌توانند موارد گران‌فروشی را از طریق خط رایگان شکایات وزارت گزارش دهند.",
                "ps": "د سوداګرۍ او صنایعو وزارت وايي چې په کابل کې د اړینو توکو زېرمې د راتلونکو میاشتو لپاره بسنه کوي. اوسېدونکي کولای شي د ګرانې پلورنې پېښې د وزارت د شکایتونو د وړیا کرښې له لارې راپور کړي.",
                "en": "The ministry says supplies of essential goods in Kabul are sufficient for the coming months. Citizens can report overpricing through the ministry's free complaints line.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "یک بازرس با کاغذ یادداشت در دست، نرخ بوجی‌های آرد و برنج را در یک دکان در کابل بررسی می‌کند.",
            "ps": "یو څارونکی چې یادښت یې په لاس کې دی، د کابل په یوه دوکان کې د اوړو او وریجو پر بوجیو د نرخ لیبلونه ګوري.",
            "en": "An inspector holding a notepad checks the price labels on sacks of flour and rice in a Kabul shop.",
        },
        "hero_caption": {
            "fa-af": "بازرسی نرخ‌ها در یکی از بازارهای کابل",
            "ps": "د کابل په یوه بازار کې د نرخونو څارنه",
            "en": "Price inspection in a Kabul market",
        },
    },
    {
        "slug": "women-entrepreneurs-complete-export-procedures-training",
        "date": "2026-07-05T13:30",
        "topics": ["women-in-business", "private-sector"],
        "title": {
            "fa-af": "۱۲۰ زن تجارت‌پیشه دوره آموزشی طرزالعمل‌های صادرات را به پایان رساندند",
            "ps": "۱۲۰ سوداګرو مېرمنو د صادراتو د کړنلارو روزنیز کورس بشپړ کړ",
            "en": "120 women entrepreneurs complete training on export procedures",
        },
        "summary": {
            "fa-af": "زنانی که در کابل، بلخ و هرات کسب‌وکارهای پروسس مواد غذایی، خیاطی و صنایع دستی را اداره می‌کنند، چگونگی دریافت جواز صادرات، تصدیق‌نامه مبدأ و تصدیق‌نامه کیفیت را آموختند.",
            "ps": "هغو مېرمنو چې په کابل، بلخ او هرات کې د خوراکي توکو د پروسس، خیاطۍ او لاسي صنایعو کاروبارونه چلوي، د صادراتي جواز، د مبدا سند او د کیفیت سند د ترلاسه کولو لارې زده کړې.",
            "en": "Women who run food processing, tailoring and handicraft businesses in Kabul, Balkh and Herat learned how to obtain export licences, certificates of origin and quality certificates.",
        },
        "paragraphs": [
            {
                "fa-af": "این دوره سه‌هفته‌ای از سوی بخش توانمندسازی اقتصادی زنان در وزارت صنعت و تجارت با همکاری ریاست انکشاف صادرات برگزار شد. در این دوره موضوعاتی چون اسناد گمرکی، قیمت‌گذاری برای بازارهای خارجی، بسته‌بندی و فروش آنلاین آموزش داده شد.",
                "ps": "دا درې‌اونیز کورس د سوداګرۍ او صنایعو وزارت د مېرمنو د اقتصادي پیاوړتیا څانګې د صادراتو د پراختیا له ریاست سره په ګډه جوړ کړ. په کورس کې ګمرکي اسناد، د بهرنیو بازارونو لپاره بیه ټاکل، بسته‌بندي او انلاین پلور وښودل شول.",
                "en": "The three-week course was run by the ministry's women's economic empowerment section together with the export promotion directorate. It covered customs documents, pricing for foreign markets, packaging and online sales.",
            },
            {
                "fa-af": "اشتراک‌کنندگان همچنان با نمایندگان سه شرکت صادراتی و دو شرکت لوجستیکی دیدار کردند. شماری از آنان توافق کردند که در ماه‌های آینده محموله‌های آزمایشی میوه خشک، لباس‌های گلدوزی‌شده و زیورآلات را صادر کنند.",
                "ps": "ګډونوالو همدارنګه د درېیو صادراتي شرکتونو او دوو لوژستیکي شرکتونو له استازو سره ولیدل. یو شمېر یې موافقه وکړه چې په راتلونکو میاشتو کې به د وچې مېوې، ګلدوزي شویو جامو او ګاڼو ازمایښتي محمولې صادرې کړي.",
                "en": "Participants also met representatives of three export companies and two logistics firms. Several agreed to send trial shipments of dried fruit, embroidered clothing and jewellery in the coming months.",
            },
            {
                "fa-af": "وزارت صنعت و تجارت می‌گوید در سراسر کشور بیش از ۴ هزار زن جواز کسب‌وکار دارند و این شمار هر سال افزایش یافته است. دوره بعدی در خزان امسال در ولایات کندهار و ننگرهار آغاز می‌شود.",
                "ps": "د سوداګرۍ او صنایعو وزارت وايي چې په ټول هېواد کې تر ۴ زرو ډېرې مېرمنې د کاروبار جواز لري او دا شمېر هر کال زیات شوی دی. بل کورس به د سږکال په مني کې په کندهار او ننګرهار ولایتونو کې پیل شي.",
                "en": "The ministry says more than 4,000 women hold business licences across the country, and the number has grown every year. The next course will start in Kandahar and Nangarhar provinces this autumn.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "بسیاری از این زنان همین حالا به همسایه‌ها و دکان‌های محل خود می‌فروشند. با داشتن اسناد لازم و ارتباطات درست، محصولات آنان می‌تواند به بازارهای دورتر برسد.",
                "ps": "ډېرې دغه مېرمنې همدا اوس خپل توکي ګاونډیانو او سیمه‌ییزو دوکانونو ته پلوري. د اړینو اسنادو او سمو اړیکو په درلودلو سره، د دوی تولیدات لرې بازارونو ته رسېدای شي.",
                "en": "Many of these women already sell to neighbours and local shops. With the right documents and contacts, their products can travel much further.",
            },
            "attribution": {
                "fa-af": "مسئول بخش توانمندسازی اقتصادی زنان، وزارت صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزارت د مېرمنو د اقتصادي پیاوړتیا د څانګې مسؤول",
                "en": "Head of women's economic empowerment, Ministry of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "یک زن در صنف درسی بسته‌ای از زردآلوی خشک بسته‌بندی‌شده را به گروهی از اشتراک‌کنندگان نشان می‌دهد.",
            "ps": "یوه مېرمن په ټولګي کې یوې ډلې ګډونوالو ته د بسته‌بندي شویو وچو زردالو یو بکس ښیي.",
            "en": "A woman in a classroom shows a box of packaged dried apricots to a group of participants.",
        },
        "hero_caption": {
            "fa-af": "آموزش صادرات برای زنان تجارت‌پیشه، کابل",
            "ps": "سوداګرو مېرمنو ته د صادراتو روزنه، کابل",
            "en": "Export training for women entrepreneurs, Kabul",
        },
    },
    {
        "slug": "hairatan-port-joint-committee-shortens-transit-times",
        "date": "2026-06-01T09:00",
        "topics": ["border-ports", "trade"],
        "title": {
            "fa-af": "کمیته مشترک زمان انتظار کالاهای ترانزیتی را در بندر حیرتان کاهش داد",
            "ps": "ګډې کمېټې د حیرتان په بندر کې د ترانزیتي توکو د انتظار وخت کم کړ",
            "en": "Joint committee cuts waiting times for transit goods at Hairatan port",
        },
        "summary": {
            "fa-af": "پس از آن‌که کمیته مشترک وزارت صنعت و تجارت، گمرک و راه‌آهن طرزالعمل‌های بازرسی و بارگیری را تغییر داد، واگن‌ها و موترهای باربری اکنون به‌طور میانگین در دو روز از بندر حیرتان عبور می‌کنند؛ پیش از این، این کار پنج روز وقت می‌گرفت.",
            "ps": "وروسته له هغه چې د سوداګرۍ او صنایعو وزارت، ګمرک او اورګاډي ګډې کمېټې د معاینې او بارولو کړنلارې بدلې کړې، اوس واګونونه او باربري موټر په اوسط ډول په دوو ورځو کې له حیرتان بندره تېرېږي، چې مخکې یې پنځه ورځې وخت نیوه.",
            "en": "Rail wagons and trucks now clear Hairatan port in two days on average, down from five, after a joint committee of the ministry, customs and the railway changed inspection and loading procedures.",
        },
        "paragraphs": [
            {
                "fa-af": "بندر حیرتان مهم‌ترین پیوند ریلی کشور با آسیای میانه است و از طریق آن تیل، آرد، مواد ساختمانی و ماشین‌آلات وارد می‌شود. در ماه‌های اخیر، تاجران از صف‌های طولانی و هزینه‌های نگهداری کالا در این بندر شکایت داشتند.",
                "ps": "حیرتان له منځنۍ اسیا سره د هېواد د اورګاډي تر ټولو مهمه لاره ده او له دې لارې تېل، اوړه، ساختماني مواد او ماشین‌آلات واردېږي. په تېرو میاشتو کې سوداګرو په دې بندر کې د اوږدو لیکو او د توکو د ساتلو د لګښتونو له امله شکایت کاوه.",
                "en": "Hairatan is the country's main rail link with Central Asia and handles fuel, flour, construction materials and machinery. In recent months, traders had complained about long queues and storage costs at the port.",
            },
            {
                "fa-af": "بر اساس طرزالعمل جدید، اسناد پیش از رسیدن کالا ارائه می‌شود و بازرسی نهادهای مختلف به جای این‌که یکی پس از دیگری انجام شود، همزمان صورت می‌گیرد. همچنان، بندر اکنون در دو نوبت کاری فعالیت می‌کند.",
                "ps": "د نوې کړنلارې له مخې، اسناد د توکو له رارسېدو مخکې سپارل کېږي او د بېلابېلو ادارو معاینې یو د بل پسې نه، بلکې په یو وخت ترسره کېږي. همدارنګه بندر اوس په دوو شفټونو کې کار کوي.",
                "en": "Under the new procedures, documents are submitted before the goods arrive, and inspections by different agencies take place at the same time rather than one after another. The port also now works in two shifts.",
            },
            {
                "fa-af": "ریاست صنعت و تجارت ولایت بلخ هر هفته در باره زمان انتظار گزارش می‌دهد. این کمیته سه ماه بعد دوباره نشست می‌کند تا پیشرفت کار را ارزیابی کرده و تطبیق تغییرات مشابه را در سایر بنادر بررسی کند.",
                "ps": "د بلخ ولایت د سوداګرۍ او صنایعو ریاست به هره اونۍ د انتظار د وخت په اړه راپور ورکوي. کمېټه به درې میاشتې وروسته بیا غونډه وکړي، څو د کار پرمختګ وارزوي او په نورو بندرونو کې د ورته بدلونونو د پلي کولو په اړه غور وکړي.",
                "en": "The ministry's provincial department in Balkh will report on waiting times every week. The committee will meet again in three months to review progress and consider similar changes at other ports.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "واگن‌های قطار و موترهای باربری در یک روز آفتابی در کنار گدام‌های یک بندر در ساحل دریا صف کشیده‌اند.",
            "ps": "د اورګاډي واګونونه او باربري موټر په یوه لمریزه ورځ د سیند پر غاړه د یوه بندر د ګدامونو تر څنګ ولاړ دي.",
            "en": "Railway wagons and trucks lined up beside the warehouses of a river port on a sunny day.",
        },
        "hero_caption": {
            "fa-af": "بندر حیرتان، ولایت بلخ",
            "ps": "د حیرتان بندر، بلخ ولایت",
            "en": "Hairatan port, Balkh province",
        },
    },
    {
        "slug": "new-industrial-park-land-allocated-in-balkh",
        "date": "2026-04-22T10:15",
        "topics": ["industry", "investment"],
        "title": {
            "fa-af": "زمین پارک صنعتی جدید بلخ برای ۴۲ سرمایه‌گذار توزیع شد",
            "ps": "د بلخ په نوي صنعتي پارک کې ۴۲ پانګوالو ته ځمکه ووېشل شوه",
            "en": "Land allocated to 42 investors in new Balkh industrial park",
        },
        "summary": {
            "fa-af": "این سرمایه‌گذاران قصد دارند فابریکه‌های آرد، روغن خوراکی، پلاستیک، منسوجات و مواد ساختمانی را با مجموع سرمایه‌گذاری حدود ۹۵ میلیون دالر امریکایی ایجاد کنند.",
            "ps": "دغه پانګوال غواړي د اوړو، خوراکي غوړیو، پلاستیک، ټوکر او ساختماني موادو فابریکې جوړې کړي، چې ټوله پانګونه به یې شاوخوا ۹۵ میلیون امریکايي ډالر وي.",
            "en": "The investors plan to build factories for flour, edible oil, plastics, textiles and construction materials, with a total investment of about 95 million US dollars.",
        },
        "paragraphs": [
            {
                "fa-af": "این پارک در مساحت ۱۲۰ هکتار در نزدیکی شهر مزارشریف و در کنار شاهراه عمومی و خط آهن موقعیت دارد. نمره‌های زمین از طریق یک پروسه شفاف توزیع شد و هر سرمایه‌گذار قراردادی را امضا کرد که جدول زمانی ساخت‌وساز را مشخص می‌کند.",
                "ps": "دا پارک د مزار شریف ښار ته نږدې، د لویې لارې او اورګاډي د پټلۍ تر څنګ د ۱۲۰ هکتارو په مساحت پروت دی. د ځمکې نمرې د یوې روڼې پروسې له لارې ووېشل شوې او هر پانګوال یو تړون لاسلیک کړ چې د جوړولو مهالوېش پکې ټاکل شوی دی.",
                "en": "The park covers 120 hectares near Mazar-e-Sharif, beside the main highway and the railway. Plots were allocated through a transparent process, and each investor signed an agreement that sets out a construction timetable.",
            },
            {
                "fa-af": "مسئولان می‌گویند پس از فعال شدن این فابریکه‌ها، حدود ۳ هزار و ۵۰۰ شغل ایجاد خواهد شد. وزارت صنعت و تجارت در وصل برق و آب و دریافت جوازهای لازم از طریق یک دفتر واحد در پارک با سرمایه‌گذاران همکاری می‌کند.",
                "ps": "چارواکي وايي چې د دغو فابریکو له فعالېدو سره به شاوخوا ۳ زره او ۵۰۰ دندې رامنځته شي. د سوداګرۍ او صنایعو وزارت به د پارک د یوه واحد دفتر له لارې د برېښنا او اوبو په نښلولو او د اړینو جوازونو په ترلاسه کولو کې له پانګوالو سره مرسته وکړي.",
                "en": "Officials say the factories are expected to create about 3,500 jobs once they are running. The ministry will help investors connect to electricity and water and obtain the necessary licences through a single office at the park.",
            },
            {
                "fa-af": "در ولایت بلخ از قبل دو پارک صنعتی وجود دارد که تقریباً پر شده‌اند. وزارت در نظر دارد در دو سال آینده پارک‌های مشابهی را در هرات، کندهار و ننگرهار ایجاد کند.",
                "ps": "په بلخ ولایت کې دمخه دوه صنعتي پارکونه شته چې نږدې ډک شوي دي. وزارت په پام کې لري چې په راتلونکو دوو کلونو کې په هرات، کندهار او ننګرهار کې ورته پارکونه جوړ کړي.",
                "en": "Balkh already has two industrial parks, both nearly full. The ministry plans to open similar parks in Herat, Kandahar and Nangarhar over the next two years.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "سرمایه‌گذاران زمانی آماده ساخت‌وساز هستند که زمین، برق و جواز در دسترس باشد. این پارک هر سه را در یک جا فراهم می‌کند.",
                "ps": "پانګوال هغه وخت د جوړونې لپاره چمتو وي چې ځمکه، برېښنا او جواز شتون ولري. دا پارک دا درې واړه په یو ځای کې برابروي.",
                "en": "Investors are ready to build when land, power and permits are available. This park brings all three together in one place.",
            },
            "attribution": {
                "fa-af": "معین امور صنعتی، وزارت صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزارت د صنعتي چارو مرستیال وزیر",
                "en": "Deputy Minister for Industry, Ministry of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "یک سرمایه‌گذار و یک مسئول وزارت در یک تالار کنفرانس در کنار نقشه نمره‌های زمین با هم دست می‌دهند.",
            "ps": "یو پانګوال او د وزارت یو چارواکی د کنفرانس په یوه تالار کې د ځمکې د نمرو د نقشې تر څنګ سره لاس ورکوي.",
            "en": "An investor and a ministry official shake hands beside a map of numbered plots in a conference room.",
        },
        "hero_caption": {
            "fa-af": "مراسم توزیع نمره‌های زمین، مزارشریف",
            "ps": "د ځمکې د نمرو د وېش مراسم، مزار شریف",
            "en": "Plot allocation ceremony, Mazar-e-Sharif",
        },
    },
    {
        "slug": "handwoven-carpet-exports-grow-in-first-eleven-months",
        "date": "2026-03-09T11:30",
        "topics": ["exports", "trade"],
        "title": {
            "fa-af": "صادرات قالین دست‌باف در یازده ماه نخست سال ۱۴۰۴، ۱۴ فیصد افزایش یافت",
            "ps": "د ۱۴۰۴ کال په لومړیو یوولسو میاشتو کې د لاسي غالیو صادرات ۱۴ سلنه زیات شوي",
            "en": "Handwoven carpet exports up 14 percent in the first eleven months of 1404",
        },
        "summary": {
            "fa-af": "ارقام وزارت صنعت و تجارت نشان می‌دهد که در یازده ماه نخست سال ۱۴۰۴ قالین به ارزش ۶۸ میلیون دالر امریکایی صادر شده است؛ این رقم در مدت مشابه سال گذشته ۶۰ میلیون دالر بود.",
            "ps": "د سوداګرۍ او صنایعو وزارت ارقام ښیي چې د ۱۴۰۴ لمریز کال په لومړیو یوولسو میاشتو کې د ۶۸ میلیون امریکايي ډالرو په ارزښت غالۍ صادرې شوې دي، چې د تېر کال په ورته موده کې دا شمېره ۶۰ میلیون ډالر وه.",
            "en": "Ministry figures show that carpets worth 68 million US dollars were exported in the first eleven months of the solar year 1404, compared with 60 million dollars in the same period last year.",
        },
        "paragraphs": [
            {
                "fa-af": "بیشتر این قالین‌ها در ولایات جوزجان، فاریاب، بلخ و هرات بافته شده‌اند. صادرات به بازارهای اروپا و کشورهای خلیج بیشترین رشد را داشته و فروش در آسیای میانه ثابت مانده است.",
                "ps": "ډېری دغه غالۍ په جوزجان، فاریاب، بلخ او هرات ولایتونو کې اوبدل شوې دي. اروپايي بازارونو او د خلیج هېوادونو ته صادراتو تر ټولو ډېره وده کړې، په داسې حال کې چې په منځنۍ اسیا کې پلور ثابت پاتې شوی دی.",
                "en": "Most of the carpets were woven in Jawzjan, Faryab, Balkh and Herat provinces. Exports to European and Gulf markets grew fastest, while sales in Central Asia remained steady.",
            },
            {
                "fa-af": "وزارت این رشد را به ایجاد مراکز جدید شست‌وشو و تکمیل قالین در کابل و مزارشریف نسبت می‌دهد که سبب شده قالین‌های کمتری برای تکمیل به خارج فرستاده شوند. قالین‌هایی که در داخل کشور شسته و قیچی می‌شوند، اکنون با تصدیق‌نامه مبدأ افغانستان صادر می‌گردند.",
                "ps": "وزارت وايي دا وده په کابل او مزار شریف کې د غالیو د مینځلو او بشپړولو د نویو مرکزونو له امله ده، چې له امله یې اوس لږې غالۍ د بشپړولو لپاره بهر ته لېږل کېږي. هغه غالۍ چې په هېواد دننه مینځل کېږي او پرې کېږي، اوس د افغانستان د مبدا له سند سره صادرېږي.",
                "en": "The ministry links the growth to new carpet washing and finishing centres in Kabul and Mazar-e-Sharif, which mean fewer carpets are sent abroad for finishing. Carpets washed and trimmed in the country are now exported with an Afghan certificate of origin.",
            },
            {
                "fa-af": "قالین‌بافی منبع درآمد صدها هزار خانواده است و بسیاری از بافندگان آن زنانی هستند که در خانه کار می‌کنند. وزارت در سال آینده در دو نمایشگاه بین‌المللی قالین اشتراک می‌کند تا خریداران جدید پیدا کند.",
                "ps": "غالۍ اوبدل د سلګونو زرو کورنیو د عاید سرچینه ده او ډېری اوبدونکي یې هغه مېرمنې دي چې په کور کې کار کوي. وزارت به په راتلونکي کال کې په دوو نړیوالو نندارتونونو کې ګډون وکړي، څو نوي پېرودونکي پیدا کړي.",
                "en": "Carpet weaving provides income for hundreds of thousands of families, and many of the weavers are women who work at home. In the coming year, the ministry will take part in two international carpet fairs to find new buyers.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "هر قالینی که در همین‌جا تکمیل شود و نام کشور ما را با خود داشته باشد، به اقتصاد و درآمد بافنده ارزش می‌افزاید.",
                "ps": "هره هغه غالۍ چې همدلته بشپړه شي او زموږ د هېواد نوم ولري، اقتصاد او د اوبدونکي عاید ته ارزښت ورزیاتوي.",
                "en": "Every carpet that is finished here and carries our country's name adds value to the economy and to the weaver's income.",
            },
            "attribution": {
                "fa-af": "سخنگوی وزارت صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزارت ویاند",
                "en": "Spokesperson, Ministry of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "کارگران قالین‌های سرخ و آبی تازه‌شسته‌شده را برای خشک شدن در یک حویلی بزرگ زیر آفتاب پهن می‌کنند.",
            "ps": "کارګران تازه مینځل شوې سرې او آبي غالۍ په یوه لوی انګړ کې د لمر لاندې د وچېدو لپاره غوړوي.",
            "en": "Workers spread freshly washed red and blue carpets to dry in the sun in a large courtyard.",
        },
        "hero_caption": {
            "fa-af": "مرکز شست‌وشوی قالین، کابل",
            "ps": "د غالیو د مینځلو مرکز، کابل",
            "en": "Carpet washing centre, Kabul",
        },
    },
    {
        "slug": "commercial-attaches-asked-to-find-new-markets",
        "date": "2026-01-20T10:00",
        "topics": ["trade", "exports"],
        "title": {
            "fa-af": "از اتشه‌های تجارتی خواسته شد برای محصولات افغانستان بازارهای جدید پیدا کنند",
            "ps": "له سوداګریزو اتشه‌ګانو غوښتنه وشوه چې د افغان تولیداتو لپاره نوي بازارونه پیدا کړي",
            "en": "Commercial attachés asked to find new markets for Afghan products",
        },
        "summary": {
            "fa-af": "اتشه‌های تجارتی مستقر در ۱۴ کشور در نشست سالانه خود با وزارت صنعت و تجارت در باره تقاضا برای کالاهای افغانستان گزارش دادند و روی اهداف سال آینده توافق کردند.",
            "ps": "په ۱۴ هېوادونو کې میشتو سوداګریزو اتشه‌ګانو له سوداګرۍ او صنایعو وزارت سره په خپله کلنۍ غونډه کې د افغان توکو د غوښتنې په اړه راپورونه وړاندې کړل او د راتلونکي کال پر موخو یې هوکړه وکړه.",
            "en": "At their annual meeting with the ministry, commercial attachés based in 14 countries reported on demand for Afghan goods and agreed targets for the coming year.",
        },
        "paragraphs": [
            {
                "fa-af": "این نشست دوروزه در کابل برگزار شد و شماری از اتشه‌ها به‌صورت آنلاین در آن اشتراک کردند. هر اتشه گزارش کوتاهی در باره محصولاتی ارائه کرد که در کشور محل مأموریت او بیشترین تقاضا را دارند؛ مانند میوه خشک، زعفران، گیاهان طبی، قالین و سنگ مرمر.",
                "ps": "دا دوه‌ورځنۍ غونډه په کابل کې جوړه شوه او یو شمېر اتشه‌ګانو پکې انلاین ګډون وکړ. هر اتشه د هغو تولیداتو په اړه لنډ راپور وړاندې کړ چې د هغه د ماموریت په هېواد کې ډېره غوښتنه لري، لکه وچه مېوه، زعفران، طبي بوټي، غالۍ او مرمر.",
                "en": "The two-day meeting was held in Kabul, with some attachés joining online. Each attaché presented a short report on the products most in demand in their host country, such as dried fruit, saffron, medicinal herbs, carpets and marble.",
            },
            {
                "fa-af": "معین امور تجارتی وزارت از اتشه‌ها خواست معلومات تماس خریداران را با سرعت بیشتر در اختیار صادرکنندگان قرار دهند و تغییرات قواعد واردات و ستندردها را در کشورهای خارجی به‌طور منظم گزارش دهند. او گفت معلومات سریع و دقیق به تاجران کمک می‌کند تا از رد شدن محموله‌های خود جلوگیری کنند.",
                "ps": "د وزارت د سوداګریزو چارو مرستیال وزیر له اتشه‌ګانو وغوښتل چې د پېرودونکو د اړیکو معلومات په چټکۍ سره له صادرونکو سره شریک کړي او په بهرنیو هېوادونو کې د وارداتو د قواعدو او معیارونو د بدلونونو په اړه په منظم ډول راپور ورکړي. هغه وویل چې چټک او دقیق معلومات له سوداګرو سره مرسته کوي، څو د خپلو محمولو له رد کېدو مخنیوی وکړي.",
                "en": "The deputy minister for trade asked the attachés to share buyer contacts with exporters more quickly and to report regularly on changes to import rules and standards abroad. He said fast and accurate information helps traders avoid rejected shipments.",
            },
            {
                "fa-af": "ریاست اطلاعات و ارتباط عامه وزارت بر اساس گزارش‌های اتشه‌ها یک خبرنامه ماهانه بازار را نشر خواهد کرد. این خبرنامه با اتاق‌های تجارت و اتحادیه‌های تاجران در تمام ولایات شریک ساخته می‌شود.",
                "ps": "د وزارت د اطلاعاتو او عامه اړیکو ریاست به د اتشه‌ګانو د راپورونو پر بنسټ د بازار میاشتنۍ خبرپاڼه خپروي. دا خبرپاڼه به په ټولو ولایتونو کې له سوداګریزو خونو او د سوداګرو له اتحادیو سره شریکه شي.",
                "en": "The ministry's Directorate of Information and Public Relations will publish a monthly market bulletin based on the attachés' reports. The bulletin will be shared with chambers of commerce and traders' unions in all provinces.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "اتشه‌های تجارتی دور یک میز کنفرانس نشسته‌اند و شماری دیگر روی یک پرده بزرگ ویدیویی دیده می‌شوند.",
            "ps": "سوداګریز اتشه‌ګان د کنفرانس د یوه مېز شاوخوا ناست دي او یو شمېر نور په یوه لویه ویډیويي پرده کې لیدل کېږي.",
            "en": "Commercial attachés seated around a conference table, with others appearing on a large video screen.",
        },
        "hero_caption": {
            "fa-af": "نشست سالانه اتشه‌های تجارتی، کابل",
            "ps": "د سوداګریزو اتشه‌ګانو کلنۍ غونډه، کابل",
            "en": "Annual meeting of commercial attachés, Kabul",
        },
    },
    {
        "slug": "winter-supply-of-essential-goods-agreed-with-traders",
        "date": "2025-12-14T09:30",
        "topics": ["trade", "private-sector"],
        "title": {
            "fa-af": "وزارت صنعت و تجارت و تاجران روی طرح تأمین مواد اساسی در زمستان توافق کردند",
            "ps": "د سوداګرۍ او صنایعو وزارت او سوداګرو د ژمي لپاره د اړینو توکو د برابرولو پر پلان هوکړه وکړه",
            "en": "Ministry and traders agree plan to keep essential goods in supply this winter",
        },
        "summary": {
            "fa-af": "واردکنندگان آرد، برنج، روغن خوراکی، تیل و گاز توافق کردند که دست‌کم برای سه ماه ذخیره کافی نگه دارند و ارقام هفتگی ذخایر خود را با وزارت شریک سازند.",
            "ps": "د اوړو، وریجو، خوراکي غوړیو، تېلو او ګازو واردوونکو هوکړه وکړه چې لږ تر لږه د درېیو میاشتو لپاره بسنه کوونکې زېرمې وساتي او د خپلو زېرمو اونیز ارقام له وزارت سره شریک کړي.",
            "en": "Importers of flour, rice, cooking oil, fuel and gas have agreed to keep enough stock for at least three months and to share weekly stock figures with the ministry.",
        },
        "paragraphs": [
            {
                "fa-af": "این توافق در نشستی به ریاست وزیر صنعت و تجارت و با اشتراک نمایندگان واردکنندگان، اتحادیه‌های تاجران و ریاست‌های ولایتی صورت گرفت. بسته شدن راه‌ها در فصل زمستان در شمال و مرکز کشور اغلب رسیدن اجناس را کند ساخته و سبب بالا رفتن قیمت‌ها می‌شود.",
                "ps": "دا هوکړه په یوه غونډه کې وشوه چې د سوداګرۍ او صنایعو وزیر په مشرۍ او د واردوونکو، د سوداګرو د اتحادیو او ولایتي ریاستونو د استازو په ګډون جوړه شوې وه. د هېواد په شمال او مرکز کې په ژمي کې د لارو بندېدل ډېری وخت د توکو رسېدل ورو کوي او د بیو د لوړېدو لامل کېږي.",
                "en": "The agreement was reached at a meeting chaired by the Minister of Commerce and Industry and attended by representatives of importers, traders' unions and provincial departments. Winter road closures in the north and centre of the country often slow deliveries and push up prices.",
            },
            {
                "fa-af": "بر اساس این طرح، ریاست‌های صنعت و تجارت ولایات بدخشان، بامیان، غور و دایکندی هر هفته ذخایر و نرخ‌ها را نظارت می‌کنند. تاجران توافق کرده‌اند که پیش از آغاز برف‌باری‌های سنگین، اجناس اضافی را به این ولایات انتقال دهند.",
                "ps": "د دې پلان له مخې، د بدخشان، بامیان، غور او دایکندي ولایتونو د سوداګرۍ او صنایعو ریاستونه به هره اونۍ زېرمې او نرخونه څاري. سوداګرو هوکړه کړې چې د درنو واورو له پیل مخکې به دغو ولایتونو ته اضافي توکي ولېږدوي.",
                "en": "Under the plan, the provincial departments in Badakhshan, Bamyan, Ghor and Daikundi will monitor stocks and prices every week. Traders have agreed to move extra supplies to these provinces before the heavy snow begins.",
            },
            {
                "fa-af": "وزارت می‌گوید ذخایر موجود در کشور کافی است و جای نگرانی وجود ندارد. وزارت از شهروندان خواسته است مانند همیشه خرید کنند و بیشتر از نیاز خود ذخیره نکنند.",
                "ps": "وزارت وايي چې په هېواد کې اوسنۍ زېرمې بسنه کوي او د اندېښنې ځای نشته. وزارت له اوسېدونکو غوښتنه کړې چې د تل په څېر پېرود وکړي او له اړتیا ډېر توکي ذخیره نه کړي.",
                "en": "The ministry says current stocks in the country are sufficient and there is no reason for concern. It has asked citizens to shop as they normally would and not to store more than they need.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "تاجران احساس مسئولیت بالایی نشان داده‌اند. با همکاری یکدیگر می‌توانیم اطمینان حاصل کنیم که خانواده‌ها در هر ولایت در این زمستان به آنچه نیاز دارند، دسترسی داشته باشند.",
                "ps": "سوداګرو د مسؤولیت لوړ احساس ښودلی دی. په ګډه کار سره ډاډ ترلاسه کولای شو چې په هر ولایت کې به کورنۍ په دې ژمي کې اړین توکي ولري.",
                "en": "Traders have shown a strong sense of responsibility. Working together, we can make sure that families in every province have what they need this winter.",
            },
            "attribution": {
                "fa-af": "وزیر صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزیر",
                "en": "Minister of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "تاجران و مسئولان وزارت دور یک میز طولانی جلسه نشسته‌اند و بوتل‌های آب و کتابچه‌ها پیش رویشان است.",
            "ps": "سوداګر او د وزارت چارواکي د غونډې د یوه اوږده مېز شاوخوا ناست دي او د اوبو بوتلونه او کتابچې یې مخې ته پرتې دي.",
            "en": "Traders and ministry officials sit around a long meeting table with bottles of water and notebooks in front of them.",
        },
        "hero_caption": {
            "fa-af": "نشست تأمین اجناس زمستانی، کابل",
            "ps": "د ژمي د توکو د برابرولو غونډه، کابل",
            "en": "Winter supply meeting, Kabul",
        },
    },
    {
        "slug": "handicrafts-week-brings-artisans-from-twenty-provinces",
        "date": "2025-11-03T14:00",
        "topics": ["exhibitions", "women-in-business"],
        "title": {
            "fa-af": "هفته صنایع دستی صنعتگران ۲۰ ولایت را در کابل گرد هم آورد",
            "ps": "د لاسي صنایعو اونۍ د ۲۰ ولایتونو لاسي صنعتګر په کابل کې سره راټول کړل",
            "en": "Handicrafts week brings artisans from 20 provinces to Kabul",
        },
        "summary": {
            "fa-af": "کوزه‌گران، شیشه‌گران، زرگران، گلدوزان و منبت‌کاران در این برنامه یک‌هفته‌ای آثار خود را به‌طور مستقیم به خریداران می‌فروشند.",
            "ps": "کلالان، شیشه‌ګر، زرګر، ګلدوزي کوونکي او د لرګیو هنرمندان په دې یوه‌اونیزه برنامه کې خپل کارونه مستقیم پېرودونکو ته پلوري.",
            "en": "Potters, glassblowers, jewellers, embroiderers and woodcarvers are selling their work directly to buyers during the week-long event.",
        },
        "paragraphs": [
            {
                "fa-af": "این برنامه در تالار نمایشگاه وزارت صنعت و تجارت در کابل برگزار می‌شود. بازدیدکنندگان می‌توانند شیشه سنتی هرات، کوزه‌گری استالف، زیورآلات لاجورد بدخشان و منبت‌کاری نورستان را ببینند.",
                "ps": "دا برنامه په کابل کې د سوداګرۍ او صنایعو وزارت د نندارتون په تالار کې جوړه شوې ده. لیدونکي کولای شي د هرات دودیزه ښیښه، د استالف د کلالۍ لوښي، د بدخشان د لاجوردو ګاڼې او د نورستان د لرګیو لاسي کارونه وګوري.",
                "en": "The event is being held at the ministry's exhibition hall in Kabul. Visitors can see traditional glass from Herat, pottery from Istalif, lapis lazuli jewellery from Badakhshan and carved wood from Nuristan.",
            },
            {
                "fa-af": "بیش از نیمی از ۱۵۰ صنعتگر اشتراک‌کننده زنان هستند که بسیاری از آنان در خانه کار می‌کنند و کمتر فرصت فروش در پایتخت را دارند. وزارت هزینه انتقالات و غرفه‌های صنعتگران ولایات دوردست را پرداخت کرده است.",
                "ps": "د ۱۵۰ ګډونوالو لاسي صنعتګرو له نیمايي ډېر یې مېرمنې دي، چې ډېری یې په کور کې کار کوي او په پلازمېنه کې د پلور فرصت یې لږ لاس ته راځي. وزارت د لرې پرتو ولایتونو د لاسي صنعتګرو د ترانسپورت او غرفو لګښتونه ورکړي دي.",
                "en": "More than half of the 150 participating artisans are women, many of whom work from home and rarely have the chance to sell in the capital. The ministry has covered transport and stall costs for artisans from distant provinces.",
            },
            {
                "fa-af": "ارزش صادرات صنایع دستی سال گذشته حدود ۹ میلیون دالر امریکایی بود. وزارت در نظر دارد یک کتلاک آنلاین ایجاد کند تا خریداران خارجی بتوانند مستقیماً از صنعتگران سفارش دهند.",
                "ps": "تېر کال د لاسي صنایعو د صادراتو ارزښت شاوخوا ۹ میلیون امریکايي ډالر و. وزارت په پام کې لري چې یو انلاین کتلاک جوړ کړي، څو بهرني پېرودونکي وکولای شي مستقیم له لاسي صنعتګرو څخه فرمایش ورکړي.",
                "en": "Handicraft exports were worth about 9 million US dollars last year. The ministry plans to create an online catalogue so that foreign buyers can order directly from artisans.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "یک صنعتگر در کنار یک کوره کوچک گلدان شیشه‌ای آبی‌رنگ را شکل می‌دهد و بازدیدکنندگان او را تماشا می‌کنند.",
            "ps": "یو لاسي صنعتګر د یوې کوچنۍ بټۍ تر څنګ د آبي ښیښې ګلدان جوړوي او لیدونکي یې ننداره کوي.",
            "en": "A craftsman shapes a blue glass vase beside a small furnace while visitors watch.",
        },
        "hero_caption": {
            "fa-af": "شیشه‌گری هرات در هفته صنایع دستی",
            "ps": "د لاسي صنایعو په اونۍ کې د هرات شیشه‌ګري",
            "en": "Herat glassblowing at handicrafts week",
        },
    },
    {
        "slug": "cold-storage-memorandum-signed-for-kandahar-and-nangarhar",
        "date": "2025-09-22T10:45",
        "topics": ["investment", "private-sector"],
        "title": {
            "fa-af": "تفاهم‌نامه ایجاد سردخانه‌های جدید در کندهار و ننگرهار امضا شد",
            "ps": "په کندهار او ننګرهار کې د نویو سړو خونو د جوړولو تفاهم‌لیک لاسلیک شو",
            "en": "Memorandum signed for new cold storage facilities in Kandahar and Nangarhar",
        },
        "summary": {
            "fa-af": "یک شرکت خصوصی ۱۲ میلیون دالر امریکایی برای ایجاد دو مرکز سردخانه با ظرفیت مجموعی ۲۰ هزار تن برای میوه و سبزی تازه سرمایه‌گذاری می‌کند.",
            "ps": "یو خصوصي شرکت به د تازه مېوو او سبزیو لپاره د ۲۰ زره ټنو ټولیز ظرفیت لرونکو دوو سړو خونو د جوړولو لپاره ۱۲ میلیون امریکايي ډالر پانګونه وکړي.",
            "en": "A private company will invest 12 million US dollars to build two cold storage centres with a total capacity of 20,000 tonnes for fresh fruit and vegetables.",
        },
        "paragraphs": [
            {
                "fa-af": "این تفاهم‌نامه در مقر وزارت صنعت و تجارت در کابل از سوی معین امور تجارتی وزارت و رئیس اجرائیه شرکت امضا شد. بر اساس این توافق، وزارت در تهیه زمین، جوازها و وصل برق با شرکت همکاری می‌کند.",
                "ps": "دا تفاهم‌لیک په کابل کې د سوداګرۍ او صنایعو وزارت په مقر کې د وزارت د سوداګریزو چارو مرستیال وزیر او د شرکت اجرائیوي رئیس لاسلیک کړ. د دې هوکړې له مخې، وزارت به د ځمکې، جوازونو او برېښنا د نښلولو په برابرولو کې له شرکت سره مرسته وکړي.",
                "en": "The memorandum was signed at the ministry in Kabul by the deputy minister for trade and the company's chief executive. Under the agreement, the ministry will help the company obtain land, licences and electricity connections.",
            },
            {
                "fa-af": "هر سال بخش بزرگی از حاصلات میوه در جنوب و شرق کشور به دلیل نبود جای نگهداری به شتاب و با قیمت پایین فروخته می‌شود. مراکز جدید به تاجران امکان می‌دهد انار، انگور، سیب و سبزی را برای چند ماه نگهداری کنند و در زمانی که تقاضا بیشتر است، صادر نمایند.",
                "ps": "هر کال د هېواد په سویل او ختیځ کې د مېوو د حاصلاتو لویه برخه د ساتلو د ځای د نشتوالي له امله په چټکۍ او ټیټه بیه پلورل کېږي. نوي مرکزونه سوداګرو ته دا امکان ورکوي چې انار، انګور، مڼې او سبزي څو میاشتې وساتي او هغه وخت یې صادر کړي چې غوښتنه ډېره وي.",
                "en": "Every year, a large share of the fruit harvest in the south and east of the country is sold quickly at low prices because there is nowhere to store it. The new centres will allow traders to keep pomegranates, grapes, apples and vegetables for several months and export them when demand is higher.",
            },
            {
                "fa-af": "کار ساخت این مراکز قرار است بهار سال آینده آغاز شود و حدود ۱۸ ماه دوام کند. شرکت پیش‌بینی می‌کند پس از فعال شدن هر دو مرکز، برای حدود ۲۵۰ نفر زمینه کار فراهم شود.",
                "ps": "د دغو مرکزونو جوړول به د راتلونکي کال په پسرلي کې پیل شي او شاوخوا ۱۸ میاشتې وخت ونیسي. شرکت اټکل کوي چې د دواړو مرکزونو له فعالېدو سره به شاوخوا ۲۵۰ کسانو ته د کار زمینه برابره شي.",
                "en": "Construction is due to start next spring and take about 18 months. The company expects to employ about 250 people once both centres are running.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "سردخانه یکی از حلقه‌های گمشده تجارت میوه ما است. این سرمایه‌گذاری به دهاقین کمک می‌کند درآمد بیشتری به دست آورند و به صادرکنندگان امکان می‌دهد در تمام سال سفارش‌ها را تأمین کنند.",
                "ps": "سړه خونه زموږ د مېوو په سوداګرۍ کې یوه ورکه کړۍ ده. دا پانګونه به له بزګرانو سره مرسته وکړي چې ډېر عاید ترلاسه کړي او صادرونکو ته به دا امکان ورکړي چې د کال په اوږدو کې فرمایشونه پوره کړي.",
                "en": "Cold storage is one of the missing links in our fruit trade. This investment will help farmers earn more and help exporters meet orders all year round.",
            },
            "attribution": {
                "fa-af": "معین امور تجارتی، وزارت صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزارت د سوداګریزو چارو مرستیال وزیر",
                "en": "Deputy Minister for Trade, Ministry of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "دو مسئول در پشت یک میز اسناد را امضا می‌کنند و دیگران نظاره می‌کنند؛ در پشت سر آنان بنری در باره سرمایه‌گذاری در سردخانه‌ها دیده می‌شود.",
            "ps": "دوه چارواکي د یوه مېز شاته اسناد لاسلیکوي او نور یې ګوري؛ شاته یې د سړو خونو د پانګونې په اړه یو بنر لیدل کېږي.",
            "en": "Two officials sign documents at a table as others look on, with a banner about cold storage investment behind them.",
        },
        "hero_caption": {
            "fa-af": "امضای تفاهم‌نامه سردخانه‌ها، کابل",
            "ps": "د سړو خونو د تفاهم‌لیک لاسلیک، کابل",
            "en": "Signing of the cold storage memorandum, Kabul",
        },
    },
    {
        "slug": "torkham-port-extends-hours-for-fresh-fruit-exports",
        "date": "2025-08-05T11:15",
        "topics": ["border-ports", "exports"],
        "title": {
            "fa-af": "بندر تورخم ساعات کاری را برای صادرات میوه تازه تمدید کرد",
            "ps": "د تورخم بندر د تازه مېوو د صادراتو لپاره کاري ساعتونه اوږد کړل",
            "en": "Torkham port extends working hours for fresh fruit exports",
        },
        "summary": {
            "fa-af": "در فصل انگور و خربوزه، این بندر برای موترهای حامل میوه تازه تا ساعت ۱۰ شب باز می‌ماند تا اجناس زودفاسد در جریان انتظار خراب نشوند.",
            "ps": "د انګورو او خټکیو په موسم کې به دا بندر د تازه مېوو د باربري موټرو لپاره د شپې تر ۱۰ بجو پورې پرانیستی وي، څو ژر خرابېدونکي توکي د انتظار پر مهال خراب نه شي.",
            "en": "During the grape and melon season, the port will stay open for trucks carrying fresh fruit until 10 in the evening, so that perishable goods do not spoil while waiting.",
        },
        "paragraphs": [
            {
                "fa-af": "این تصمیم از سوی ریاست صنعت و تجارت ولایت ننگرهار با همکاری مسئولان گمرک و بندر گرفته شد. یک مسیر جداگانه برای موترهای میوه باز شده و کارمندان قرنطین در دو نوبت کار خواهند کرد.",
                "ps": "دا پرېکړه د ننګرهار ولایت د سوداګرۍ او صنایعو ریاست د ګمرک او بندر له چارواکو سره په ګډه وکړه. د مېوو باربري موټرو لپاره جلا لیکه پرانیستل شوې او د قرنطین کارکوونکي به په دوو شفټونو کې کار کوي.",
                "en": "The decision was made by the ministry's provincial department in Nangarhar together with customs and port officials. A separate lane has been opened for fruit trucks, and quarantine staff will work in two shifts.",
            },
            {
                "fa-af": "تاجران می‌گویند انگور و خربوزه پس از یک روز ماندن در هوای گرم، بخش زیادی از ارزش خود را از دست می‌دهد. هفته گذشته حدود ۴۵۰ موتر میوه تازه از این بندر عبور کرد که بیشتر آن‌ها انگور ولایات کابل، پروان و کاپیسا را انتقال می‌دادند.",
                "ps": "سوداګر وايي چې انګور او خټکي په ګرمه هوا کې له یوې ورځې پاتې کېدو وروسته د خپل ارزښت لویه برخه له لاسه ورکوي. تېره اونۍ د تازه مېوو شاوخوا ۴۵۰ باربري موټر له دې بندره تېر شول، چې ډېری یې د کابل، پروان او کاپیسا ولایتونو انګور لېږدول.",
                "en": "Traders say grapes and melons can lose much of their value after a day in hot weather. Last week, about 450 trucks of fresh fruit crossed the port, most of them carrying grapes from Kabul, Parwan and Kapisa provinces.",
            },
            {
                "fa-af": "وزارت از صادرکنندگان خواسته است از صندوق‌های دارای هواکش استفاده کنند و اسناد خود را پیش از رسیدن به بندر تکمیل نمایند. ساعات کاری تمدیدشده تا پایان فصل برداشت ادامه خواهد داشت.",
                "ps": "وزارت له صادرونکو غوښتنه کړې چې د هوا د تېرېدو سوري لرونکي صندوقونه وکاروي او خپل اسناد بندر ته له رسېدو مخکې بشپړ کړي. اوږد شوي کاري ساعتونه به د حاصلاتو د موسم تر پایه دوام ولري.",
                "en": "The ministry has asked exporters to use ventilated crates and to complete their documents before reaching the port. The extended hours will remain in place until the end of the harvest season.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "موترهای باربری پر از صندوق‌های انگور سبز هنگام عصر در بندر تورخم صف کشیده‌اند.",
            "ps": "د شنو انګورو له صندوقونو ډک باربري موټر د ماسپښین په وروستیو کې د تورخم په بندر کې په لیکه ولاړ دي.",
            "en": "Trucks loaded with crates of green grapes queue at Torkham port in the late afternoon.",
        },
        "hero_caption": {
            "fa-af": "موترهای حامل میوه در بندر تورخم",
            "ps": "د تورخم په بندر کې د مېوو باربري موټر",
            "en": "Fruit trucks at Torkham port",
        },
    },
    {
        "slug": "traders-consulted-on-online-business-licence-renewal",
        "date": "2025-06-11T09:00",
        "topics": ["private-sector", "trade"],
        "title": {
            "fa-af": "نظریات تاجران در باره تمدید آنلاین جواز کسب‌وکار گرفته شد",
            "ps": "د کاروباري جوازونو د انلاین تمدید په اړه د سوداګرو نظرونه واخیستل شول",
            "en": "Traders consulted on moving business licence renewal online",
        },
        "summary": {
            "fa-af": "نمایندگان اتاق‌های تجارت و اتحادیه‌های تاجران در باره سیستم جدیدی که به کسب‌وکارها اجازه می‌دهد بدون مراجعه به وزارت جوازهای خود را تمدید کنند، نظریات خود را ارائه کردند.",
            "ps": "د سوداګریزو خونو او د سوداګرو د اتحادیو استازو د یوه نوي سیستم په اړه خپل نظرونه وړاندې کړل، چې له مخې به یې کاروبارونه وکولای شي وزارت ته له تګ پرته خپل جوازونه تمدید کړي.",
            "en": "Representatives of chambers of commerce and traders' unions gave their views on a new system that will let businesses renew their licences without visiting the ministry.",
        },
        "paragraphs": [
            {
                "fa-af": "در حال حاضر تاجران برای تمدید جواز باید شخصاً و اغلب بیش از یک بار به وزارت یا ریاست ولایتی مراجعه کنند. سیستم جدید به آنان امکان می‌دهد اسناد را آپلود کنند، محصول را از طریق بانک بپردازند و جواز تمدیدشده را به‌صورت الکترونیکی دریافت نمایند.",
                "ps": "اوس مهال سوداګر باید د جواز د تمدید لپاره په خپله او ډېری وخت له یو ځل ډېر وزارت یا ولایتي ریاست ته ورشي. نوی سیستم به دوی ته دا امکان ورکړي چې اسناد اپلوډ کړي، محصول د بانک له لارې ورکړي او تمدید شوی جواز په برېښنايي ډول ترلاسه کړي.",
                "en": "At present, traders must visit the ministry or a provincial department in person, often more than once, to renew a licence. The new system will allow them to upload documents, pay fees through a bank and receive the renewed licence electronically.",
            },
            {
                "fa-af": "اشتراک‌کنندگان از این طرح استقبال کردند، اما خواستار آموزش برای کسب‌وکارهای کوچک و ایجاد میز رهنمایی در ریاست‌های ولایتی شدند. شماری نیز خواستند این سیستم به زبان‌های دری و پشتو و روی تیلفون‌های همراه قابل استفاده باشد.",
                "ps": "ګډونوالو له دې پلان څخه هرکلی وکړ، خو د وړو کاروبارونو لپاره یې د روزنې او په ولایتي ریاستونو کې د لارښوونې مېزونو غوښتنه وکړه. ځینو نورو وغوښتل چې دا سیستم په دري او پښتو ژبو او په ګرځنده ټیلیفونونو کې د کارونې وړ وي.",
                "en": "Participants welcomed the plan but asked for training for small businesses and for help desks in provincial departments. Some also asked for the system to work in Dari and Pashto and on mobile phones.",
            },
            {
                "fa-af": "وزارت در نظر دارد این سیستم را نخست با ۵۰۰ کسب‌وکار در کابل آزمایش کند و سپس آن را به تمام ولایات گسترش دهد. از نظریات این نشست در نهایی‌سازی طرح استفاده خواهد شد.",
                "ps": "وزارت په پام کې لري چې دا سیستم لومړی په کابل کې له ۵۰۰ کاروبارونو سره وازمویي او بیا یې ټولو ولایتونو ته وغځوي. د دې غونډې نظرونه به د طرحې په وروستي کولو کې وکارول شي.",
                "en": "The ministry plans to test the system with 500 businesses in Kabul before extending it to all provinces. Feedback from the meeting will be used to finalise the design.",
            },
        ],
        "quote": {
            "text": {
                "fa-af": "ما می‌خواهیم تاجر در هر ولایتی بتواند ظرف چند روز، بدون سفر و بدون پرداخت هیچ پولی جز محصول رسمی، جواز خود را تمدید کند.",
                "ps": "موږ غواړو چې په هر ولایت کې سوداګر وکولای شي په څو ورځو کې، له سفر او له رسمي محصول پرته د بلې هرې پیسې له ورکولو پرته، خپل جواز تمدید کړي.",
                "en": "We want a trader in any province to be able to renew a licence in a few days, without travelling or paying anything beyond the official fee.",
            },
            "attribution": {
                "fa-af": "رئیس جوازدهی، وزارت صنعت و تجارت",
                "ps": "د سوداګرۍ او صنایعو وزارت د جوازونو د ورکړې رئیس",
                "en": "Director of business licensing, Ministry of Commerce and Industry",
            },
        },
        "hero_alt": {
            "fa-af": "یک مسئول وزارت سیستم آنلاین جوازدهی را روی پرده پروجکتور به تاجرانی که در تالار نشسته‌اند، نشان می‌دهد.",
            "ps": "د وزارت یو چارواکی د پروجکټر پر پرده په تالار کې ناستو سوداګرو ته د جوازونو انلاین سیستم ښیي.",
            "en": "A ministry official shows the online licence system on a projector screen to traders seated in a hall.",
        },
        "hero_caption": {
            "fa-af": "نشست مشورتی با تاجران در باره جوازدهی آنلاین",
            "ps": "د انلاین جوازونو په اړه له سوداګرو سره مشورتي غونډه",
            "en": "Consultation with traders on online licensing",
        },
    },
    {
        "slug": "workshop-for-journalists-on-economic-reporting",
        "date": "2025-04-16T10:00",
        "topics": ["trade"],
        "title": {
            "fa-af": "ورکشاپ گزارش‌دهی تجارتی و اقتصادی برای خبرنگاران برگزار شد",
            "ps": "خبریالانو ته د سوداګرۍ او اقتصاد په اړه د راپور ورکولو روزنیز ورکشاپ جوړ شو",
            "en": "Workshop helps journalists report on trade and the economy",
        },
        "summary": {
            "fa-af": "ریاست اطلاعات و ارتباط عامه وزارت صنعت و تجارت برای ۳۵ خبرنگار از کابل و ولایات یک ورکشاپ سه‌روزه در باره خوانش ارقام تجارتی و گزارش‌دهی از بازارها برگزار کرد.",
            "ps": "د سوداګرۍ او صنایعو وزارت د اطلاعاتو او عامه اړیکو ریاست له کابل او ولایتونو څخه ۳۵ خبریالانو ته د سوداګریزو ارقامو د لوستلو او د بازارونو په اړه د راپور ورکولو درې‌ورځنی ورکشاپ جوړ کړ.",
            "en": "The ministry's Directorate of Information and Public Relations held a three-day workshop for 35 journalists from Kabul and the provinces on reading trade data and reporting on markets.",
        },
        "paragraphs": [
            {
                "fa-af": "در این ورکشاپ چگونگی جمع‌آوری ارقام تجارتی، تفاوت میان صادرات و صادرات مجدد، و شیوه بررسی معلومات نرخ‌ها از چند منبع آموزش داده شد. مسئولان بخش‌های احصائیه و انکشاف صادرات وزارت این جلسات را پیش بردند.",
                "ps": "په دې ورکشاپ کې وښودل شول چې سوداګریز ارقام څنګه راټولېږي، د صادراتو او بیا صادراتو ترمنځ توپیر څه دی او د نرخونو معلومات څنګه له څو سرچینو سره وڅېړل شي. د وزارت د احصایې او د صادراتو د پراختیا د څانګو چارواکو دا ناستې پرمخ یووړې.",
                "en": "Sessions covered how trade figures are collected, the difference between exports and re-exports, and how to check price information against several sources. Officials from the ministry's statistics and export promotion departments led the sessions.",
            },
            {
                "fa-af": "خبرنگاران همچنان از یک بازار عمده‌فروشی و یک فابریکه پروسس میوه خشک در کابل دیدن کردند و با تاجران و کارگران گفت‌وگو کردند. شماری از اشتراک‌کنندگان گفتند که این نخستین بار است که آموزش گزارش‌دهی اقتصادی می‌بینند.",
                "ps": "خبریالانو همدارنګه په کابل کې له یوه عمده پلور بازار او د وچې مېوې د پروسس له یوې فابریکې لیدنه وکړه او له سوداګرو او کارګرانو سره یې خبرې وکړې. یو شمېر ګډونوالو وویل چې دا لومړی ځل دی چې د اقتصادي راپور ورکولو روزنه ترلاسه کوي.",
                "en": "The journalists also visited a wholesale market and a dried fruit processing plant in Kabul to speak to traders and workers. Several participants said it was the first time they had received training in economic reporting.",
            },
            {
                "fa-af": "این ریاست در نظر دارد امسال ورکشاپ‌های مشابهی را در هرات، بلخ و کندهار برگزار کند. همچنان یک رهنمای کوتاه در باره ارقام و خدمات مطبوعاتی وزارت برای خبرنگاران نشر خواهد شد.",
                "ps": "دا ریاست په پام کې لري چې سږکال په هرات، بلخ او کندهار کې ورته ورکشاپونه جوړ کړي. همدارنګه به د خبریالانو لپاره د وزارت د ارقامو او مطبوعاتي خدماتو په اړه یو لنډ لارښود خپور شي.",
                "en": "The directorate plans to hold similar workshops in Herat, Balkh and Kandahar this year. It will also publish a short guide to the ministry's data and press services for journalists.",
            },
        ],
        "quote": None,
        "hero_alt": {
            "fa-af": "خبرنگاران با کتابچه و لپ‌تاپ به سخنان یک ارائه‌کننده گوش می‌دهند که در کنار نمودار صادرات ماهانه ایستاده است.",
            "ps": "خبریالان د کتابچو او لپ‌ټاپونو سره یوه وړاندې کوونکي ته غوږ نیسي چې د میاشتنیو صادراتو د چارټ تر څنګ ولاړ دی.",
            "en": "Journalists with notebooks and laptops listen to a presenter standing beside a chart of monthly exports.",
        },
        "hero_caption": {
            "fa-af": "ورکشاپ گزارش‌دهی اقتصادی، کابل",
            "ps": "د اقتصادي راپور ورکولو ورکشاپ، کابل",
            "en": "Economic reporting workshop, Kabul",
        },
    },
]

_SPOKESPERSON = {
    "fa-af": "سخنگوی وزارت صنعت و تجارت",
    "ps": "د سوداګرۍ او صنایعو وزارت ویاند",
    "en": "Spokesperson, Ministry of Commerce and Industry",
}

STATEMENTS = [
    {
        "slug": "registration-opens-for-dried-fruit-and-nuts-exhibition",
        "date": "2026-11-09T10:00",
        "kind": "press_release",
        "delivery_status": None,
        "topics": ["exhibitions", "exports"],
        "title": {
            "fa-af": "ثبت نام برای نمایشگاه ملی میوه خشک و مغزیات آغاز شد",
            "ps": "د وچې مېوې او مغزیاتو ملي نندارتون ته د نوم لیکنې بهیر پیل شو",
            "en": "Registration opens for the national dried fruit and nuts exhibition",
        },
        "summary": {
            "fa-af": "تولیدکنندگان، پروسس‌کنندگان و صادرکنندگان میوه خشک و مغزیات می‌توانند برای دریافت غرفه در این نمایشگاه که ماه آینده در کابل برگزار می‌شود، درخواست دهند.",
            "ps": "د وچې مېوې او مغزیاتو تولیدوونکي، پروسس کوونکي او صادرونکي کولای شي په دې نندارتون کې د غرفې لپاره غوښتنه وکړي، چې راتلونکې میاشت به په کابل کې جوړ شي.",
            "en": "Producers, processors and exporters of dried fruit and nuts can apply for a stall at the exhibition, which will be held in Kabul next month.",
        },
        "speaker": dict(_SPOKESPERSON),
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "paragraphs": [
            {
                "fa-af": "وزارت صنعت و تجارت نمایشگاه ملی میوه خشک و مغزیات را ماه آینده برای مدت سه روز در کابل برگزار می‌کند. هدف این نمایشگاه وصل ساختن تولیدکنندگان با عمده‌فروشان داخلی و خریداران خارجی پیش از فصل صادرات زمستانی است.",
                "ps": "د سوداګرۍ او صنایعو وزارت به راتلونکې میاشت په کابل کې د درېیو ورځو لپاره د وچې مېوې او مغزیاتو ملي نندارتون جوړ کړي. د دې نندارتون موخه دا ده چې د ژمي د صادراتو له موسم مخکې تولیدوونکي له کورنیو عمده پلورونکو او بهرنیو پېرودونکو سره ونښلول شي.",
                "en": "The Ministry of Commerce and Industry will hold the national dried fruit and nuts exhibition in Kabul for three days next month. The exhibition aims to connect producers with domestic wholesalers and foreign buyers before the winter export season.",
            },
            {
                "fa-af": "متقاضیان باید جواز معتبر کسب‌وکار داشته باشند و نمونه‌های محصولاتی را که می‌خواهند به نمایش بگذارند، همراه داشته باشند. غرفه‌ها برای تولیدکنندگان کوچک، کسب‌وکارهای تحت رهبری زنان و کوپراتیف‌های ولایات به‌صورت رایگان فراهم می‌شود.",
                "ps": "غوښتونکي باید د کاروبار باوري جواز ولري او د هغو تولیداتو نمونې له ځانه سره راوړي چې غواړي یې نندارې ته وړاندې کړي. د ولایتونو وړو تولیدوونکو، د مېرمنو په مشرۍ کاروبارونو او کوپراتیفونو ته به غرفې وړیا ورکړل شي.",
                "en": "Applicants must hold a valid business licence and bring samples of the products they wish to display. Stalls will be free of charge for small producers, women-led businesses and cooperatives from the provinces.",
            },
            {
                "fa-af": "درخواست‌ها تا پایان ماه جاری در ریاست نمایشگاه‌های وزارت در کابل یا در ریاست‌های صنعت و تجارت ولایات پذیرفته می‌شود. شمار غرفه‌ها محدود است و به ترتیب دریافت درخواست‌های تکمیل‌شده توزیع می‌گردد.",
                "ps": "غوښتنلیکونه د روانې میاشتې تر پایه په کابل کې د وزارت د نندارتونونو په ریاست یا د ولایتونو د سوداګرۍ او صنایعو په ریاستونو کې منل کېږي. د غرفو شمېر محدود دی او د بشپړو غوښتنلیکونو د ترلاسه کېدو په ترتیب به ووېشل شي.",
                "en": "Applications will be accepted until the end of this month at the ministry's exhibitions directorate in Kabul or at any provincial department of commerce and industry. Places are limited and will be allocated in the order in which complete applications are received.",
            },
        ],
    },
    {
        "slug": "minister-speech-to-provincial-directors-annual-meeting",
        "date": "2026-09-23T11:00",
        "kind": "speech",
        "delivery_status": "as_delivered",
        "topics": ["trade", "industry"],
        "title": {
            "fa-af": "بیانیه وزیر صنعت و تجارت در نشست سالانه رؤسای صنعت و تجارت ولایات",
            "ps": "د ولایتونو د سوداګرۍ او صنایعو د رئیسانو په کلنۍ غونډه کې د سوداګرۍ او صنایعو وزیر وینا",
            "en": "Minister's speech at the annual meeting of provincial directors of commerce and industry",
        },
        "summary": {
            "fa-af": "وزیر صنعت و تجارت از رؤسای ولایتی خواست روی ارائه خدمات سریع‌تر به تاجران، نظارت منظم از نرخ‌ها و گزارش‌دهی بهتر از دستاوردهای ولایات تمرکز کنند.",
            "ps": "د سوداګرۍ او صنایعو وزیر له ولایتي رئیسانو وغوښتل چې سوداګرو ته د چټکو خدماتو وړاندې کولو، د نرخونو منظمې څارنې او د ولایتونو د لاسته راوړنو د ښه راپور ورکولو ته پاملرنه وکړي.",
            "en": "The Minister asked provincial directors to focus on faster services for traders, regular price monitoring and better reporting of results from the provinces.",
        },
        "speaker": {
            "fa-af": "وزیر صنعت و تجارت",
            "ps": "د سوداګرۍ او صنایعو وزیر",
            "en": "Minister of Commerce and Industry",
        },
        "place": {
            "fa-af": "تالار کنفرانس‌های وزارت، کابل",
            "ps": "د وزارت د کنفرانسونو تالار، کابل",
            "en": "The ministry's conference hall, Kabul",
        },
        "paragraphs": [
            {
                "fa-af": "همکاران گرامی، به کابل خوش آمدید. شما چهره وزارت در ولایات هستید. وقتی تاجری به جواز نیاز دارد، وقتی خانواده‌ای نگران قیمت آرد است یا وقتی دهقانی می‌خواهد محصول خود را صادر کند، نخست به دفتر شما مراجعه می‌کند.",
                "ps": "ګرانو همکارانو، کابل ته ښه راغلاست. تاسو په ولایتونو کې د وزارت څېره یاست. کله چې یو سوداګر جواز ته اړتیا ولري، کله چې یوه کورنۍ د اوړو د بیې له امله اندېښمنه وي، یا کله چې یو بزګر غواړي خپل حاصلات صادر کړي، تر ټولو لومړی ستاسو دفتر ته راځي.",
                "en": "Dear colleagues, welcome to Kabul. You are the face of the ministry in the provinces. When a trader needs a licence, when a family worries about the price of flour, or when a farmer wants to export, it is your office they turn to first.",
            },
            {
                "fa-af": "امسال ریاست‌های ولایتی بیش از ۱۸ هزار جواز کسب‌وکار را صادر و تمدید کردند و هیئت‌های نظارت بر نرخ‌ها از بازارهای تمام ولایات بازدید نمودند. از زحمات شما سپاس‌گزارم. اما تاجران هنوز به ما می‌گویند که برخی خدمات زمان زیادی می‌گیرد و برای یک سند باید چند بار به دفاتر مراجعه کنند.",
                "ps": "سږکال ولایتي ریاستونو تر ۱۸ زرو ډېر کاروباري جوازونه ورکړل او تمدید کړل، او د نرخونو د څارنې ټیمونو د ټولو ولایتونو له بازارونو لیدنه وکړه. ستاسو له هلو ځلو مننه کوم. خو سوداګر لا هم موږ ته وايي چې ځینې خدمات ډېر وخت نیسي او د یوه سند لپاره باید څو ځله دفترونو ته ورشي.",
                "en": "This year, provincial departments issued and renewed more than 18,000 business licences, and price monitoring teams visited markets in every province. I thank you for your hard work. But traders still tell us that some services take too long, and that they must visit offices several times for a single document.",
            },
            {
                "fa-af": "از هر یک از شما می‌خواهم برای هر خدمت در دفتر خود یک مدت زمان مشخص تعیین کنید و آن را روی دیوار نصب کنید تا تاجران ببینند. همچنان اطمینان حاصل کنید که دستاوردهای کار شما به‌موقع به ریاست اطلاعات و ارتباط عامه وزارت برسد تا مردم بدانند در ولایت‌شان چه کارهایی انجام شده است.",
                "ps": "له هر یوه څخه مو غواړم چې په خپل دفتر کې د هر خدمت لپاره یوه ټاکلې موده وټاکئ او پر دېوال یې ولګوئ چې سوداګر یې وګوري. همدارنګه ډاډ ترلاسه کړئ چې ستاسو د کار پایلې په خپل وخت د وزارت د اطلاعاتو او عامه اړیکو ریاست ته ورسېږي، څو خلک پوه شي چې د دوی په ولایت کې کوم کارونه شوي دي.",
                "en": "I ask each of you to set a clear time limit for every service in your office and to put it on the wall for traders to see. Please also make sure that the results of your work reach the ministry's Directorate of Information and Public Relations on time, so that people know what has been done in their province.",
            },
            {
                "fa-af": "سال آینده میزهای خدمات یک‌دروازه‌ای را در ده ولایت دیگر ایجاد می‌کنیم و تمام ریاست‌های ولایتی را به سیستم آنلاین جوازدهی وصل می‌سازیم. باور دارم که با تعهد شما، به تاجران و شهروندان بهتر خدمت خواهیم کرد. تشکر.",
                "ps": "په راتلونکي کال کې به په لسو نورو ولایتونو کې د یوې دروازې خدماتو مېزونه پرانیځو او ټول ولایتي ریاستونه به د جوازونو له انلاین سیستم سره ونښلوو. ډاډه یم چې ستاسو په ژمنتیا به سوداګرو او اوسېدونکو ته ښه خدمت وکړو. مننه.",
                "en": "Next year, we will open one-stop service desks in ten more provinces and connect all provincial departments to the online licensing system. I am confident that, with your commitment, we will serve traders and citizens better. Thank you.",
            },
        ],
    },
    {
        "slug": "interview-deputy-minister-on-transit-and-border-ports",
        "date": "2026-07-19T14:00",
        "kind": "interview",
        "delivery_status": None,
        "topics": ["border-ports", "trade"],
        "title": {
            "fa-af": "مصاحبه: معین امور تجارتی در باره ترانزیت و بنادر سرحدی",
            "ps": "مرکه: د سوداګریزو چارو مرستیال وزیر د ترانزیت او سرحدي بندرونو په اړه",
            "en": "Interview: the deputy minister for trade on transit and border ports",
        },
        "summary": {
            "fa-af": "معین امور تجارتی در مصاحبه با دفتر مطبوعاتی وزارت توضیح می‌دهد که برای کاهش معطلی‌ها در بنادر سرحدی و پایین آوردن هزینه‌های ترانزیت برای تاجران چه اقداماتی روی دست گرفته شده است.",
            "ps": "د سوداګریزو چارو مرستیال وزیر د وزارت له مطبوعاتي دفتر سره په مرکه کې تشریح کوي چې په سرحدي بندرونو کې د ځنډ د کمولو او سوداګرو ته د ترانزیت د لګښتونو د ټیټولو لپاره کوم ګامونه اخیستل شوي دي.",
            "en": "In an interview with the ministry's press office, the deputy minister for trade explains what is being done to reduce delays at border ports and lower transit costs for traders.",
        },
        "speaker": {
            "fa-af": "معین امور تجارتی وزارت صنعت و تجارت",
            "ps": "د سوداګرۍ او صنایعو وزارت د سوداګریزو چارو مرستیال وزیر",
            "en": "Deputy Minister for Trade, Ministry of Commerce and Industry",
        },
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "paragraphs": [
            {
                "fa-af": "پرسش: تاجران اغلب از معطلی در بنادر سرحدی شکایت دارند. علت اصلی چیست؟ پاسخ: تنها یک علت وجود ندارد. اسناد اغلب ناقص است، نهادهای مختلف اجناس را یکی پس از دیگری بازرسی می‌کنند و بسیاری از بنادر برای حجم کنونی موترها ساخته نشده‌اند. ما روی هر سه مشکل همزمان کار می‌کنیم.",
                "ps": "پوښتنه: سوداګر ډېری وخت په سرحدي بندرونو کې له ځنډ څخه شکایت کوي. اصلي لامل یې څه دی؟ ځواب: یوازې یو لامل نشته. اسناد ډېری وخت نیمګړي وي، بېلابېلې ادارې توکي یو د بل پسې معاینه کوي او ډېری بندرونه د نن ورځې د باربري موټرو د شمېر لپاره نه دي جوړ شوي. موږ په یو وخت په درې واړو ستونزو کار کوو.",
                "en": "Question: Traders often complain about delays at border ports. What is the main cause? Answer: There is no single cause. Documents are often incomplete, different agencies inspect goods one after another, and many ports were not built for today's volume of trucks. We are working on all three problems at once.",
            },
            {
                "fa-af": "پرسش: تا کنون چه تغییری آمده است؟ پاسخ: در بندر حیرتان، یک کمیته مشترک میانگین زمان ترخیص را از پنج روز به دو روز کاهش داده است. تاجران اکنون می‌توانند اسناد خود را پیش از رسیدن کالا ارائه کنند و بازرسی‌ها همزمان انجام می‌شود. ما می‌خواهیم همین الگو را در تورخم، سپین بولدک و اسلام قلعه نیز تطبیق کنیم.",
                "ps": "پوښتنه: تر اوسه څه بدلون راغلی؟ ځواب: د حیرتان په بندر کې یوې ګډې کمېټې د توکو د ترخیص منځنی وخت له پنځو ورځو دوو ورځو ته راټیټ کړی دی. سوداګر اوس کولای شي د توکو له رارسېدو مخکې خپل اسناد وسپاري او معاینې په یو وخت ترسره کېږي. موږ غواړو همدا ماډل په تورخم، سپین بولدک او اسلام قلعه کې هم پلي کړو.",
                "en": "Question: What has changed so far? Answer: At Hairatan, a joint committee has brought the average clearance time down from five days to two. Traders can now submit documents before their goods arrive, and inspections happen at the same time. We want to apply the same model at Torkham, Spin Boldak and Islam Qala.",
            },
            {
                "fa-af": "پرسش: هزینه‌های ترانزیت برای یک کشور محاط به خشکه بلند است. چگونه می‌توان آن را کاهش داد؟ پاسخ: ما استفاده بیشتر از راه‌آهن را که برای اجناس سنگین ارزان‌تر است، تشویق می‌کنیم و با کشورهای همسایه روی ساده‌سازی اسناد ترانزیتی کار می‌کنیم. هر روزی که در بندر صرفه‌جویی شود، برای تاجر و در نهایت برای مصرف‌کننده پول صرفه‌جویی می‌کند.",
                "ps": "پوښتنه: د یوه په وچه کې ایسار هېواد لپاره د ترانزیت لګښتونه لوړ دي. دا څنګه کمولای شو؟ ځواب: موږ د اورګاډي ډېرې کارونې ته هڅونه کوو چې د درنو توکو لپاره ارزانه ده، او له ګاونډیو هېوادونو سره د ترانزیتي اسنادو د ساده کولو په اړه کار کوو. په بندر کې هره سپمول شوې ورځ سوداګر او په پای کې مصرفوونکي ته هم پیسې سپموي.",
                "en": "Question: Transit costs are high for a landlocked country. How can they be reduced? Answer: We are encouraging more use of rail, which is cheaper for heavy goods, and we are working with neighbouring countries on simpler transit documents. Every day saved at a port also saves money for the trader and, in the end, for the consumer.",
            },
            {
                "fa-af": "پرسش: تاجران برای جلوگیری از معطلی چه باید بکنند؟ پاسخ: پیش از حرکت اسناد خود را به‌طور کامل آماده کنید، در جاهایی که خدمات آنلاین وزارت در دسترس است از آن استفاده کنید و هر مشکلی را در بندر به ریاست‌های ولایتی ما گزارش دهید. ما تمام شکایات را می‌خوانیم.",
                "ps": "پوښتنه: سوداګر باید د ځنډ د مخنیوي لپاره څه وکړي؟ ځواب: له حرکت مخکې خپل اسناد بشپړ چمتو کړئ، چېرې چې د وزارت انلاین خدمات شته، هغه وکاروئ او په بندر کې هره ستونزه زموږ ولایتي ریاستونو ته راپور کړئ. موږ هر شکایت لولو.",
                "en": "Question: What should traders do to avoid delays? Answer: Prepare complete documents before you travel, use the ministry's online services where they are available, and report any problem at a port to our provincial departments. We read every complaint.",
            },
        ],
    },
    {
        "slug": "response-to-reports-on-flour-prices",
        "date": "2026-05-12T10:30",
        "kind": "government_response",
        "delivery_status": None,
        "topics": ["trade"],
        "title": {
            "fa-af": "پاسخ وزارت صنعت و تجارت به گزارش‌ها در باره افزایش قیمت آرد",
            "ps": "د اوړو د بیې د لوړېدو په اړه راپورونو ته د سوداګرۍ او صنایعو وزارت ځواب",
            "en": "Ministry responds to reports of rising flour prices",
        },
        "summary": {
            "fa-af": "وزارت صنعت و تجارت می‌گوید ذخایر آرد کافی است، قیمت‌ها به دلیل بالا رفتن هزینه واردات تنها اندکی افزایش یافته و هیئت‌های نظارت همه‌روزه بازارها را بررسی می‌کنند.",
            "ps": "د سوداګرۍ او صنایعو وزارت وايي چې د اوړو زېرمې بسنه کوي، بیې د وارداتو د لګښت د لوړېدو له امله یوازې لږ څه لوړې شوې او د څارنې ټیمونه هره ورځ بازارونه څاري.",
            "en": "The ministry says flour supplies are sufficient, prices have risen only slightly because of higher import costs, and monitoring teams are checking markets every day.",
        },
        "speaker": dict(_SPOKESPERSON),
        "place": {
            "fa-af": "تالار مطبوعاتی وزارت، کابل",
            "ps": "د وزارت مطبوعاتي تالار، کابل",
            "en": "The ministry's press hall, Kabul",
        },
        "paragraphs": [
            {
                "fa-af": "در روزهای اخیر برخی رسانه‌ها و کاربران شبکه‌های اجتماعی گزارش داده‌اند که قیمت آرد در کابل به‌شدت افزایش یافته است. وزارت صنعت و تجارت این گزارش‌ها را بررسی کرده و می‌خواهد واقعیت‌ها را با مردم شریک سازد.",
                "ps": "په تېرو ورځو کې ځینو رسنیو او د ټولنیزو رسنیو کاروونکو راپور ورکړی چې په کابل کې د اوړو بیه په چټکۍ سره لوړه شوې ده. د سوداګرۍ او صنایعو وزارت دا راپورونه څېړلي او غواړي چې واقعیتونه له خلکو سره شریک کړي.",
                "en": "Some media outlets and social media users have reported in recent days that the price of flour in Kabul has risen sharply. The Ministry of Commerce and Industry has reviewed these reports and wishes to share the facts with the public.",
            },
            {
                "fa-af": "بر اساس نظارت وزارت از نرخ‌ها، قیمت میانگین یک بوجی ۵۰ کیلوگرامی آرد در کابل نسبت به ماه گذشته ۲ فیصد بلندتر است که عمدتاً ناشی از افزایش هزینه‌های حمل‌ونقل و واردات است. این افزایش بسیار کمتر از ارقامی است که در برخی گزارش‌ها ذکر شده است.",
                "ps": "د وزارت د نرخونو د څارنې له مخې، په کابل کې د اوړو د یوې ۵۰ کیلوګرامه بوجۍ منځنۍ بیه تر تېرې میاشتې ۲ سلنه لوړه ده، چې اصلي لامل یې د ترانسپورت او وارداتو د لګښتونو زیاتوالی دی. دا زیاتوالی په ځینو راپورونو کې له یادو شویو ارقامو ډېر کم دی.",
                "en": "According to the ministry's price monitoring, the average price of a 50-kilogram bag of flour in Kabul is 2 percent higher than last month, mainly because of higher transport and import costs. This is far less than the increases mentioned in some reports.",
            },
            {
                "fa-af": "ذخایر واردکنندگان و فابریکه‌های آرد برای ماه‌های آینده کافی است و محموله‌های جدید به‌طور منظم از طریق بندر حیرتان و سایر بنادر وارد می‌شوند. هیئت‌های نظارت همه‌روزه بازارها را بررسی می‌کنند و با تاجرانی که بدون دلیل قیمت‌ها را بالا ببرند، مطابق قانون برخورد خواهد شد.",
                "ps": "د واردوونکو او د اوړو د فابریکو زېرمې د راتلونکو میاشتو لپاره بسنه کوي او نوې محمولې په منظم ډول د حیرتان او نورو بندرونو له لارې راځي. د څارنې ټیمونه هره ورځ بازارونه ګوري او له هغو سوداګرو سره چې بې دلیله بیې لوړې کړي، د قانون سره سم چلند کېږي.",
                "en": "Stocks held by importers and flour mills are sufficient for the coming months, and new shipments are arriving regularly through Hairatan and other ports. Monitoring teams are checking markets every day, and traders who raise prices without reason will face action under the law.",
            },
            {
                "fa-af": "وزارت از شهروندان می‌خواهد به معلومات رسمی اعتماد کنند و هر مورد گران‌فروشی را به وزارت یا ریاست‌های ولایتی آن گزارش دهند.",
                "ps": "وزارت له اوسېدونکو غواړي چې پر رسمي معلوماتو باور وکړي او د ګرانې پلورنې هره پېښه وزارت یا د هغه ولایتي ریاستونو ته راپور کړي.",
                "en": "The ministry asks citizens to rely on official information and to report any overpricing to the ministry or its provincial departments.",
            },
        ],
    },
    {
        "slug": "women-owned-businesses-invited-to-spring-exhibition",
        "date": "2026-02-17T09:30",
        "kind": "press_release",
        "delivery_status": None,
        "topics": ["women-in-business", "exhibitions"],
        "title": {
            "fa-af": "از کسب‌وکارهای زنان برای اشتراک در نمایشگاه بهاری کابل دعوت شد",
            "ps": "د مېرمنو کاروبارونو ته د کابل په پسرلني نندارتون کې د ګډون بلنه ورکړل شوه",
            "en": "Women-owned businesses invited to apply for stalls at the spring exhibition in Kabul",
        },
        "summary": {
            "fa-af": "وزارت صنعت و تجارت در نمایشگاه چهارروزه محصولات کسب‌وکارهای زنان که ماه آینده در کابل برگزار می‌شود، ۱۵۰ غرفه را به‌صورت رایگان فراهم می‌کند.",
            "ps": "د سوداګرۍ او صنایعو وزارت به د مېرمنو د کاروبارونو د تولیداتو په څلورورځني نندارتون کې، چې راتلونکې میاشت په کابل کې جوړېږي، ۱۵۰ غرفې وړیا برابرې کړي.",
            "en": "The ministry will provide 150 free stalls at a four-day exhibition of products made by women-owned businesses, to be held in Kabul next month.",
        },
        "speaker": dict(_SPOKESPERSON),
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "paragraphs": [
            {
                "fa-af": "این نمایشگاه برای زنانی است که کسب‌وکارهای ثبت‌شده در بخش‌های پروسس مواد غذایی، خیاطی، قالین، صنایع دستی، میوه خشک و سایر سکتورها را اداره می‌کنند. از کسب‌وکارهای تمام ولایات دعوت می‌شود تا درخواست دهند.",
                "ps": "دا نندارتون د هغو مېرمنو لپاره دی چې د خوراکي توکو د پروسس، خیاطۍ، غالیو، لاسي صنایعو، وچې مېوې او نورو سکتورونو ثبت شوي کاروبارونه چلوي. د ټولو ولایتونو کاروبارونه هڅول کېږي چې غوښتنه وکړي.",
                "en": "The exhibition is open to women who run registered businesses in food processing, tailoring, carpets, handicrafts, dried fruit and other sectors. Businesses from all provinces are encouraged to apply.",
            },
            {
                "fa-af": "وزارت هزینه غرفه‌ها را می‌پردازد و در انتقال اجناس اشتراک‌کنندگان از ولایات دوردست همکاری می‌کند. در جریان نمایشگاه، جلساتی در باره طرزالعمل‌های صادرات، بسته‌بندی و دسترسی به قرضه برگزار خواهد شد.",
                "ps": "وزارت به د غرفو لګښت ورکړي او د لرې پرتو ولایتونو د ګډونوالو د توکو په لېږد کې به مرسته وکړي. د نندارتون په ترڅ کې به د صادراتي کړنلارو، بسته‌بندۍ او پورونو ته د لاسرسي په اړه ناستې جوړې شي.",
                "en": "The ministry will cover the cost of stalls and help exhibitors from distant provinces transport their goods. During the exhibition, sessions will be held on export procedures, packaging and access to loans.",
            },
            {
                "fa-af": "درخواست‌ها تا پایان ماه جاری در بخش توانمندسازی اقتصادی زنان وزارت در کابل و در تمام ریاست‌های صنعت و تجارت ولایات پذیرفته می‌شود. متقاضیان باید کاپی جواز کسب‌وکار و نمونه‌های محصولات خود را همراه داشته باشند.",
                "ps": "غوښتنلیکونه د روانې میاشتې تر پایه په کابل کې د وزارت د مېرمنو د اقتصادي پیاوړتیا په څانګه او د ولایتونو د سوداګرۍ او صنایعو په ټولو ریاستونو کې منل کېږي. غوښتونکي باید د خپل کاروباري جواز کاپي او د خپلو تولیداتو نمونې له ځانه سره راوړي.",
                "en": "Applications are open until the end of this month at the ministry's women's economic empowerment section in Kabul and at all provincial departments of commerce and industry. Applicants should bring a copy of their business licence and samples of their products.",
            },
        ],
    },
    {
        "slug": "statement-on-launch-of-online-business-licence-system",
        "date": "2025-12-02T11:30",
        "kind": "official_statement",
        "delivery_status": None,
        "topics": ["private-sector", "trade"],
        "title": {
            "fa-af": "اعلامیه در باره آغاز به کار سیستم آنلاین جواز کسب‌وکار",
            "ps": "د کاروباري جوازونو د انلاین سیستم د پیل په اړه اعلامیه",
            "en": "Statement on the launch of the online business licence system",
        },
        "summary": {
            "fa-af": "از امروز تاجران در کابل می‌توانند جوازهای کسب‌وکار خود را به‌صورت آنلاین تمدید کنند. این خدمت در جریان سال آینده به تمام ولایات گسترش می‌یابد.",
            "ps": "له نن ورځې سوداګر په کابل کې کولای شي خپل کاروباري جوازونه انلاین تمدید کړي. دا خدمت به په راتلونکي کال کې ټولو ولایتونو ته وغځول شي.",
            "en": "From today, traders in Kabul can renew their business licences online. The service will be extended to all provinces during the coming year.",
        },
        "speaker": dict(_SPOKESPERSON),
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "paragraphs": [
            {
                "fa-af": "وزارت صنعت و تجارت آغاز به کار سیستم آنلاین تمدید جواز کسب‌وکار را اعلام می‌کند. پس از آزمایش موفقانه این سیستم با ۵۰۰ کسب‌وکار در کابل، اکنون تمام کسب‌وکارهای دارای جواز در پایتخت می‌توانند از آن استفاده کنند.",
                "ps": "د سوداګرۍ او صنایعو وزارت د کاروباري جوازونو د انلاین تمدید د سیستم پیل اعلانوي. په کابل کې له ۵۰۰ کاروبارونو سره د دې سیستم له بریالۍ ازموینې وروسته، اوس په پلازمېنه کې ټول جواز لرونکي کاروبارونه کولای شي له دې سیستم څخه ګټه واخلي.",
                "en": "The Ministry of Commerce and Industry announces the launch of its online business licence renewal system. After a successful trial with 500 businesses in Kabul, the system is now open to all licensed businesses in the capital.",
            },
            {
                "fa-af": "تاجران از طریق این سیستم می‌توانند اسناد خود را آپلود کنند، محصول رسمی را در بانک‌های همکار بپردازند و جواز تمدیدشده را همراه با کود تصدیق دریافت نمایند. میانگین زمان رسیدگی در دوره آزمایشی سه روز کاری بود.",
                "ps": "سوداګر د دې سیستم له لارې کولای شي خپل اسناد اپلوډ کړي، رسمي محصول په همکارو بانکونو کې ورکړي او تمدید شوی جواز د تایید له کوډ سره ترلاسه کړي. د ازمایښتي دورې پر مهال د رسیدګۍ منځنی وخت درې کاري ورځې و.",
                "en": "Through the system, traders can upload their documents, pay the official fee at partner banks and receive a renewed licence with a verification code. During the trial, the average processing time was three working days.",
            },
            {
                "fa-af": "وزارت به تاجران یادآوری می‌کند که جز محصول رسمی که در سیستم نشان داده می‌شود، هیچ پول دیگری گرفته نمی‌شود و به هیچ واسطه‌ای نیاز نیست. هر کسی که از او پول اضافی خواسته شود، باید موضوع را به وزارت گزارش دهد.",
                "ps": "وزارت سوداګرو ته یادونه کوي چې په سیستم کې له ښودل شوي رسمي محصول پرته بله هېڅ پیسه نه اخیستل کېږي او هېڅ منځګړي ته اړتیا نشته. که له هر چا اضافي پیسې وغوښتل شي، باید موضوع وزارت ته راپور کړي.",
                "en": "The ministry reminds traders that nothing is charged beyond the official fee shown in the system, and that no intermediary is needed. Anyone who is asked for extra payments should report it to the ministry.",
            },
            {
                "fa-af": "برای تاجرانی که در استفاده از سیستم به کمک نیاز دارند، میزهای رهنمایی در ریاست جوازدهی وزارت در کابل ایجاد شده است.",
                "ps": "د هغو سوداګرو لپاره چې د سیستم په کارولو کې مرستې ته اړتیا لري، په کابل کې د وزارت د جوازونو په ریاست کې د لارښوونې مېزونه جوړ شوي دي.",
                "en": "Help desks have been set up at the ministry's licensing directorate in Kabul for traders who need assistance with the system.",
            },
        ],
    },
    {
        "slug": "deputy-minister-speech-at-agro-processing-investment-forum",
        "date": "2025-10-14T10:00",
        "kind": "speech",
        "delivery_status": "as_prepared",
        "topics": ["investment", "private-sector"],
        "title": {
            "fa-af": "بیانیه معین امور تجارتی در همایش سرمایه‌گذاری در پروسس محصولات زراعتی",
            "ps": "د کرنیزو محصولاتو د پروسس د پانګونې په غونډه کې د سوداګریزو چارو د مرستیال وزیر وینا",
            "en": "Speech by the deputy minister for trade at the agricultural processing investment forum",
        },
        "summary": {
            "fa-af": "معین امور تجارتی از سرمایه‌گذاران داخلی و خارجی خواست فابریکه‌های پروسس و بسته‌بندی ایجاد کنند تا بخش بیشتری از میوه، مغزیات و سبزی کشور با ارزش افزوده صادر شود.",
            "ps": "د سوداګریزو چارو مرستیال وزیر له کورنیو او بهرنیو پانګوالو وغوښتل چې د پروسس او بسته‌بندۍ فابریکې جوړې کړي، څو د هېواد د مېوو، مغزیاتو او سبزیو ډېره برخه له زیات شوي ارزښت سره صادره شي.",
            "en": "The deputy minister for trade called on domestic and foreign investors to build processing and packaging plants so that more of the country's fruit, nuts and vegetables are exported with added value.",
        },
        "speaker": {
            "fa-af": "معین امور تجارتی وزارت صنعت و تجارت",
            "ps": "د سوداګرۍ او صنایعو وزارت د سوداګریزو چارو مرستیال وزیر",
            "en": "Deputy Minister for Trade, Ministry of Commerce and Industry",
        },
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "paragraphs": [
            {
                "fa-af": "مهمانان محترم، سرمایه‌گذاران و همکاران گرامی، از اشتراک شما در این همایش سپاس‌گزارم. دهاقین ما برخی از بهترین میوه‌ها و مغزیات منطقه را تولید می‌کنند. اما این محصولات اغلب به‌صورت خام، در زمان برداشت و به پایین‌ترین قیمت سال فروخته می‌شوند.",
                "ps": "درنو مېلمنو، پانګوالو او ګرانو همکارانو، په دې غونډه کې ستاسو له ګډون څخه مننه کوم. زموږ بزګران د سیمې یو شمېر تر ټولو غوره مېوې او مغزیات تولیدوي. خو دا محصولات ډېری وخت په خام ډول، د حاصلاتو په وخت کې او د کال په تر ټولو ټیټه بیه پلورل کېږي.",
                "en": "Distinguished guests, investors and colleagues, thank you for joining this forum. Our farmers grow some of the finest fruit and nuts in the region. Yet too often they are sold raw, at harvest time, at the lowest price of the year.",
            },
            {
                "fa-af": "پروسس این وضعیت را تغییر می‌دهد. یک تن بادامی که پوست‌کنی، درجه‌بندی و بسته‌بندی شود، می‌تواند تا دو برابر همان بادام با پوست درآمد داشته باشد. خشک‌کردن، درجه‌بندی، تولید جوس و سردخانه‌ها همه سبب می‌شوند ارزش بیشتری در داخل کشور بماند و در ولایات ما شغل ایجاد شود.",
                "ps": "پروسس دا حالت بدلوي. یو ټن بادام چې پوستکي یې لرې شي، درجه‌بندي او بسته‌بندي شي، د همدې پوستکي لرونکو بادامو په پرتله تر دوه چنده پورې ډېر عاید ورکولای شي. وچول، درجه‌بندي، د جوس جوړول او سړې خونې ټول د دې لامل کېږي چې ډېر ارزښت په هېواد دننه پاتې شي او زموږ په ولایتونو کې دندې رامنځته شي.",
                "en": "Processing changes this. A tonne of almonds that is shelled, sorted and packed can earn up to twice as much as the same almonds sold in their shells. Drying, grading, juicing and cold storage all keep more of the value here and create jobs in our provinces.",
            },
            {
                "fa-af": "وزارت صنعت و تجارت آماده حمایت از شماست. ما به سرمایه‌گذاران در پیدا کردن زمین در پارک‌های صنعتی، دریافت جواز از طریق یک دفتر واحد و ارتباط با صادرکنندگان و خریداران از طریق اتشه‌های تجارتی خود در خارج کمک می‌کنیم.",
                "ps": "د سوداګرۍ او صنایعو وزارت ستاسو د ملاتړ لپاره چمتو دی. موږ به له پانګوالو سره په صنعتي پارکونو کې د ځمکې په موندلو، د یوه واحد دفتر له لارې د جواز په ترلاسه کولو، او په بهر کې زموږ د سوداګریزو اتشه‌ګانو له لارې له صادرونکو او پېرودونکو سره په اړیکو کې مرسته وکړو.",
                "en": "The ministry is ready to support you. We will help investors find land in industrial parks, obtain licences through a single office, and connect with exporters and buyers through our commercial attachés abroad.",
            },
            {
                "fa-af": "از شما دعوت می‌کنم که امروز از غرفه‌های تولیدکنندگان ما دیدن کنید، به نیازهای آنان گوش دهید و فرصت‌ها را از نزدیک ببینید. با همکاری هم می‌توانیم یک حاصل خوب را به درآمد پایدار تبدیل کنیم. تشکر.",
                "ps": "تاسو ته بلنه درکوم چې نن زموږ د تولیدوونکو له غرفو لیدنه وکړئ، د هغوی اړتیاوو ته غوږ ونیسئ او فرصتونه له نږدې وګورئ. په ګډه کولای شو ښه حاصلات په دوامداره عاید بدل کړو. مننه.",
                "en": "I invite you to visit the stalls of our producers today, to listen to their needs and to see the opportunities for yourselves. Together we can turn a good harvest into lasting income. Thank you.",
            },
        ],
    },
    {
        "slug": "trade-figures-for-1403-published",
        "date": "2025-05-20T09:00",
        "kind": "press_release",
        "delivery_status": None,
        "topics": ["trade", "exports"],
        "title": {
            "fa-af": "وزارت صنعت و تجارت ارقام تجارتی سال ۱۴۰۳ را نشر کرد",
            "ps": "د سوداګرۍ او صنایعو وزارت د ۱۴۰۳ لمریز کال سوداګریز ارقام خپاره کړل",
            "en": "Ministry publishes trade figures for the solar year 1403",
        },
        "summary": {
            "fa-af": "صادرات کشور در سال ۱۴۰۳ با ۶ فیصد افزایش نسبت به سال قبل به یک میلیارد و ۹۰۰ میلیون دالر امریکایی رسید و میوه خشک، میوه تازه، گیاهان طبی و قالین از محصولات عمده صادراتی بودند.",
            "ps": "په ۱۴۰۳ کال کې د هېواد صادرات د تېر کال په پرتله په ۶ سلنه زیاتوالي سره یو میلیارد او ۹۰۰ میلیون امریکايي ډالرو ته ورسېدل او وچه مېوه، تازه مېوه، طبي بوټي او غالۍ یې اصلي صادراتي توکي وو.",
            "en": "Exports reached 1.9 billion US dollars in 1403, 6 percent more than the previous year, with dried fruit, fresh fruit, medicinal herbs and carpets among the main products.",
        },
        "speaker": dict(_SPOKESPERSON),
        "place": {
            "fa-af": "تالار مطبوعاتی وزارت، کابل",
            "ps": "د وزارت مطبوعاتي تالار، کابل",
            "en": "The ministry's press hall, Kabul",
        },
        "paragraphs": [
            {
                "fa-af": "وزارت صنعت و تجارت ارقام سالانه تجارتی سال ۱۴۰۳ را نشر کرد. مجموع صادرات یک میلیارد و ۹۰۰ میلیون دالر امریکایی و مجموع واردات ۸ میلیارد و ۷۰۰ میلیون دالر بود.",
                "ps": "د سوداګرۍ او صنایعو وزارت د ۱۴۰۳ لمریز کال کلني سوداګریز ارقام خپاره کړل. ټول صادرات یو میلیارد او ۹۰۰ میلیون امریکايي ډالر او ټول واردات ۸ میلیارد او ۷۰۰ میلیون ډالر وو.",
                "en": "The Ministry of Commerce and Industry has published its annual trade figures for the solar year 1403. Exports totalled 1.9 billion US dollars and imports 8.7 billion dollars.",
            },
            {
                "fa-af": "میوه خشک و مغزیات با ارزش ۵۲۰ میلیون دالر بزرگ‌ترین گروه صادراتی بود و پس از آن میوه و سبزی تازه با ۴۱۰ میلیون دالر قرار داشت. گیاهان طبی، قالین، زعفران و پنبه بخش عمده باقی صادرات را تشکیل دادند.",
                "ps": "وچه مېوه او مغزیات د ۵۲۰ میلیون ډالرو په ارزښت تر ټولو لویه صادراتي ډله وه او ورپسې تازه مېوې او سبزي د ۴۱۰ میلیون ډالرو په ارزښت وې. طبي بوټو، غالیو، زعفرانو او پنبې د پاتې صادراتو لویه برخه جوړه کړه.",
                "en": "Dried fruit and nuts were the largest export group, worth 520 million dollars, followed by fresh fruit and vegetables at 410 million dollars. Medicinal herbs, carpets, saffron and cotton made up most of the rest.",
            },
            {
                "fa-af": "مقصدهای عمده صادرات کشورهای منطقه، آسیای میانه، خلیج و اروپا بودند. وزارت می‌گوید برای افزایش صادرات، کاهش کسر بیلانس تجارتی و حمایت از صنایع داخلی به تلاش‌های خود ادامه می‌دهد.",
                "ps": "د صادراتو اصلي ځایونه د سیمې هېوادونه، منځنۍ اسیا، خلیج او اروپا وو. وزارت وايي چې د صادراتو د زیاتولو، د سوداګریز توازن د کسر د کمولو او د کورنیو صنایعو د ملاتړ لپاره به خپلو هڅو ته دوام ورکړي.",
                "en": "The main destinations were countries in the region, Central Asia, the Gulf and Europe. The ministry says it will continue working to increase exports, reduce the trade deficit and support domestic industry.",
            },
            {
                "fa-af": "گزارش کامل همراه با ارقام به تفکیک محصول، کشور و بندر سرحدی از ریاست اطلاعات و ارتباط عامه وزارت قابل دسترس است.",
                "ps": "بشپړ راپور د محصول، هېواد او سرحدي بندر په تفکیک له ارقامو سره د وزارت د اطلاعاتو او عامه اړیکو له ریاست څخه ترلاسه کېدای شي.",
                "en": "The full report, with figures by product, country and border port, is available from the ministry's Directorate of Information and Public Relations.",
            },
        ],
    },
]

_DIRECTORATE_CREDIT = {
    "fa-af": "ریاست اطلاعات و ارتباط عامه",
    "ps": "د اطلاعاتو او عامه اړیکو ریاست",
    "en": "Directorate of Information and Public Relations",
}

_FARYAB_CREDIT = {
    "fa-af": "ریاست صنعت و تجارت ولایت فاریاب",
    "ps": "د فاریاب ولایت د سوداګرۍ او صنایعو ریاست",
    "en": "Faryab Department of Commerce and Industry",
}

GALLERIES = [
    {
        "slug": "national-exhibition-of-domestic-products-in-pictures",
        "date": "2026-09-16T14:00",
        "topics": ["exhibitions", "industry"],
        "title": {
            "fa-af": "تصاویر: نمایشگاه ملی تولیدات داخلی",
            "ps": "انځورونه: د کورنیو تولیداتو ملي نندارتون",
            "en": "In pictures: the national exhibition of domestic products",
        },
        "summary": {
            "fa-af": "صحنه‌هایی از روز دوم نمایشگاه چهارروزه در کابل که در آن تولیدکنندگان ۲۸ ولایت مواد غذایی، منسوجات، مواد ساختمانی و صنایع دستی را به نمایش گذاشته‌اند.",
            "ps": "په کابل کې د څلورورځني نندارتون د دویمې ورځې انځورونه، چېرې چې د ۲۸ ولایتونو تولیدوونکو خوراکي توکي، ټوکر، ساختماني مواد او لاسي صنایع نندارې ته وړاندې کړي دي.",
            "en": "Scenes from the second day of the four-day exhibition in Kabul, where producers from 28 provinces are showing food, textiles, construction materials and handicrafts.",
        },
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "photos": [
            {
                "caption": {
                    "fa-af": "بازدیدکنندگان در دروازه ورودی نمایشگاه در روز دوم.",
                    "ps": "د نندارتون په دویمه ورځ د ننوتلو په دروازه کې لیدونکي.",
                    "en": "Visitors at the entrance on the second day of the exhibition.",
                },
                "alt": {
                    "fa-af": "جمعی از بازدیدکنندگان از دروازه اصلی تزیین‌شده محوطه نمایشگاه عبور می‌کنند.",
                    "ps": "د لیدونکو یوه ډله د نندارتون د انګړ له ښکلې شوې اصلي دروازې تېرېږي.",
                    "en": "A crowd of visitors passing through the decorated main gate of the exhibition grounds.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "یک شرکت مواد غذایی کابل انواع بیسکویت و شیرینی خود را به نمایش گذاشته است.",
                    "ps": "د کابل یو خوراکي شرکت د خپلو بسکټو او خوږو ډولونه ښیي.",
                    "en": "A Kabul food company shows its range of biscuits and sweets.",
                },
                "alt": {
                    "fa-af": "قفسه‌های پر از بسته‌های رنگارنگ بیسکویت و شیرینی در غرفه یک شرکت مواد غذایی.",
                    "ps": "د یوه خوراکي شرکت په غرفه کې د بسکټو او خوږو له رنګارنګ پاکټونو ډکې المارۍ.",
                    "en": "Shelves stacked with colourful packets of biscuits and sweets at a food company stall.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "سنگ‌های مرمر و گرانیت صیقل‌شده از هرات و کندهار.",
                    "ps": "د هرات او کندهار د مرمرو او ګرانایټو ښویې شوې ډبرې.",
                    "en": "Polished marble and granite from Herat and Kandahar.",
                },
                "alt": {
                    "fa-af": "سنگ‌های صیقل‌شده مرمر و گرانیت به رنگ‌های سفید، سبز و خاکستری که به دیوار یک غرفه تکیه داده شده‌اند.",
                    "ps": "د سپین، شین او خړ رنګ ښویې شوې مرمر او ګرانایټ ډبرې چې د یوې غرفې دېوال ته تکیه شوې دي.",
                    "en": "Polished slabs of white, green and grey marble and granite leaning against the wall of a stall.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "وزیر صنعت و تجارت با زنی که کسب‌وکار خیاطی را اداره می‌کند، گفت‌وگو می‌کند.",
                    "ps": "د سوداګرۍ او صنایعو وزیر له یوې مېرمنې سره خبرې کوي چې د خیاطۍ کاروبار چلوي.",
                    "en": "The Minister of Commerce and Industry talks to a woman who runs a tailoring business.",
                },
                "alt": {
                    "fa-af": "وزیر به توضیحات یک غرفه‌دار گوش می‌دهد که لباس گلدوزی‌شده‌ای را روی چوب‌لباسی به او نشان می‌دهد.",
                    "ps": "وزیر د یوې غرفه‌والې خبرو ته غوږ نیسي چې په ځړوونکي کې ځړول شوې ګلدوزي شوې جامه ورښیي.",
                    "en": "The minister listens as a stallholder shows him an embroidered dress on a hanger.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "پایپ‌های فولادی و ورق‌های جستی بام که در یک فابریکه در بلخ تولید شده‌اند.",
                    "ps": "په بلخ کې په یوه فابریکه کې جوړ شوي فولادي پایپونه او د چت جستي چادرونه.",
                    "en": "Steel pipes and roofing sheets made at a factory in Balkh.",
                },
                "alt": {
                    "fa-af": "بسته‌های پایپ فولادی و ورق‌های جستی برای پوشش بام که بیرون از یک تالار به نمایش گذاشته شده‌اند.",
                    "ps": "د فولادي پایپونو بنډلونه او د چت د پوښ جستي چادرونه چې د یوه تالار بهر ایښودل شوي دي.",
                    "en": "Bundles of steel pipes and stacks of corrugated roofing sheets displayed outside a hall.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "هیئت داوران بسته‌بندی محصولات را برای جوایز نمایشگاه ارزیابی می‌کند.",
                    "ps": "د ارزونې هیئت د نندارتون د جایزو لپاره د محصولاتو بسته‌بندي ارزوي.",
                    "en": "The judging panel assesses packaging for the exhibition awards.",
                },
                "alt": {
                    "fa-af": "سه عضو هیئت داوران با ورق‌های نمره‌دهی، بوتل‌های عسل و قطی‌های میوه خشک را روی یک میز بررسی می‌کنند.",
                    "ps": "د ارزونې هیئت درې غړي د نمرو له پاڼو سره پر یوه مېز د شاتو بوتلونه او د وچې مېوې بکسونه ګوري.",
                    "en": "Three members of the judging panel with score sheets examine jars of honey and boxes of dried fruit on a table.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
        ],
    },
    {
        "slug": "women-entrepreneurs-exhibition-kabul",
        "date": "2026-03-08T11:00",
        "topics": ["women-in-business", "exhibitions"],
        "title": {
            "fa-af": "تصاویر: نمایشگاه محصولات زنان تجارت‌پیشه",
            "ps": "انځورونه: د سوداګرو مېرمنو د تولیداتو نندارتون",
            "en": "In pictures: exhibition of products by women entrepreneurs",
        },
        "summary": {
            "fa-af": "حدود ۱۵۰ کسب‌وکار متعلق به زنان از کابل و ولایات در این نمایشگاه چهارروزه مواد غذایی، لباس، قالین و صنایع دستی به فروش می‌رسانند.",
            "ps": "له کابل او ولایتونو څخه د مېرمنو شاوخوا ۱۵۰ کاروبارونه په دې څلورورځني نندارتون کې خوراکي توکي، جامې، غالۍ او لاسي صنایع پلوري.",
            "en": "About 150 women-owned businesses from Kabul and the provinces are selling food, clothing, carpets and handicrafts at the four-day exhibition.",
        },
        "place": {"fa-af": "کابل", "ps": "کابل", "en": "Kabul"},
        "photos": [
            {
                "caption": {
                    "fa-af": "مربا، ترشی و میوه خشک یک کوپراتیف زنان از ولایت پروان.",
                    "ps": "د پروان ولایت د مېرمنو د یوه کوپراتیف مربا، اچار او وچه مېوه.",
                    "en": "Jams, pickles and dried fruit from a women's cooperative in Parwan province.",
                },
                "alt": {
                    "fa-af": "ردیف‌هایی از بوتل‌های شیشه‌ای مربا و ترشی در کنار کاسه‌های توت خشک و زردآلو.",
                    "ps": "د مربا او اچارو د ښیښې بوتلونو لیکې چې تر څنګ یې د وچو توتو او زردالو کاسې ایښودل شوې دي.",
                    "en": "Rows of glass jars of jam and pickles next to bowls of dried mulberries and apricots.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "یک خیاط از کابل لباس‌های گلدوزی‌شده را به بازدیدکنندگان نشان می‌دهد.",
                    "ps": "د کابل یوه خیاطه لیدونکو ته ګلدوزي شوې جامې ښیي.",
                    "en": "A tailor from Kabul shows embroidered dresses to visitors.",
                },
                "alt": {
                    "fa-af": "لباس‌های گلدوزی‌شده به رنگ‌های روشن روی یک میله آویزان است و دو بازدیدکننده به گلدوزی آن‌ها نگاه می‌کنند.",
                    "ps": "روښانه رنګه ګلدوزي شوې جامې پر یوه میله ځړول شوې دي او دوه لیدونکي یې ګلدوزۍ ته ګوري.",
                    "en": "Brightly coloured embroidered dresses hang on a rail as two visitors look at the needlework.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "قالینچه‌های دست‌باف زنان جوزجان.",
                    "ps": "د جوزجان د مېرمنو په لاس اوبدل شوې وړې غالۍ.",
                    "en": "Hand-knotted rugs woven by women in Jawzjan.",
                },
                "alt": {
                    "fa-af": "قالینچه‌های کوچک سرخ و نخودی با نقش‌های هندسی که روی یک میز کوتاه قات شده‌اند.",
                    "ps": "د هندسي نقشونو لرونکې سرې او نخودي وړې غالۍ چې پر یوه ټیټ مېز قات شوې دي.",
                    "en": "Small red and ochre rugs with geometric patterns folded on a low table.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "سمینار دسترسی کسب‌وکارهای کوچک به قرضه.",
                    "ps": "د وړو کاروبارونو لپاره پورونو ته د لاسرسي سیمینار.",
                    "en": "A seminar on access to loans for small businesses.",
                },
                "alt": {
                    "fa-af": "زنان در ردیف‌ها نشسته‌اند و به سخنان سخنرانی گوش می‌دهند که پشت میز خطابه ایستاده است.",
                    "ps": "مېرمنې په لیکو کې ناستې دي او هغه وینا کوونکي ته غوږ نیسي چې د وینا له مېز شاته ولاړ دی.",
                    "en": "Women seated in rows listen to a speaker standing at a lectern in a seminar room.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "زعفران و گیاهان طبی از هرات.",
                    "ps": "د هرات زعفران او طبي بوټي.",
                    "en": "Saffron and medicinal herbs from Herat.",
                },
                "alt": {
                    "fa-af": "بسته‌های کوچک زعفران و بوتل‌های گیاهان خشک‌شده که روی یک میزپوش سبز چیده شده‌اند.",
                    "ps": "د زعفرانو وړې کڅوړې او د وچو بوټو بوتلونه چې پر شنه مېزپوش ایښودل شوي دي.",
                    "en": "Small packets of saffron and jars of dried herbs arranged on a green tablecloth.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "بازدیدکنندگان در روز نخست صابون و شمع دست‌ساز می‌خرند.",
                    "ps": "لیدونکي په لومړۍ ورځ په لاس جوړ شوي صابون او شمعې پېري.",
                    "en": "Visitors buy handmade soaps and candles on the opening day.",
                },
                "alt": {
                    "fa-af": "یک غرفه‌دار قالب صابون را برای یک مشتری در کاغذ می‌پیچد و شمع‌ها در پشت سر او دیده می‌شوند.",
                    "ps": "یوه غرفه‌واله د یوه پېرودونکي لپاره د صابون ټوټه په کاغذ کې نغاړي او شاته یې شمعې ایښودل شوې دي.",
                    "en": "A stallholder wraps a bar of soap in paper for a customer, with candles displayed behind her.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
        ],
    },
    {
        "slug": "carpet-weaving-in-andkhoy",
        "date": "2025-07-08T10:00",
        "topics": ["exports", "industry"],
        "title": {
            "fa-af": "تصاویر: قالین‌بافی در اندخوی",
            "ps": "انځورونه: په اندخوی کې غالۍ اوبدل",
            "en": "In pictures: carpet weaving in Andkhoy",
        },
        "summary": {
            "fa-af": "ریاست صنعت و تجارت ولایت فاریاب از کارگاه‌های قالین‌بافی و بازار قالین در ولسوالی اندخوی، یکی از مشهورترین مراکز قالین‌بافی کشور، دیدن کرد.",
            "ps": "د فاریاب ولایت د سوداګرۍ او صنایعو ریاست د اندخوی ولسوالۍ د غالیو اوبدلو له کارځایونو او د غالیو له بازار څخه لیدنه وکړه، چې د هېواد د غالیو اوبدلو له تر ټولو مشهورو مرکزونو څخه دی.",
            "en": "The Faryab department of commerce and industry visited weaving workshops and the carpet market in Andkhoy district, one of the country's best-known carpet centres.",
        },
        "place": {"fa-af": "اندخوی، ولایت فاریاب", "ps": "اندخوی، فاریاب ولایت", "en": "Andkhoy, Faryab province"},
        "photos": [
            {
                "caption": {
                    "fa-af": "یک بافنده در یک کارگاه خانوادگی روی دار بزرگ قالین گره می‌زند.",
                    "ps": "یوه اوبدونکې په یوه کورني کارځای کې پر لوی دار غوټې وهي.",
                    "en": "A weaver ties knots on a large loom in a family workshop.",
                },
                "alt": {
                    "fa-af": "دستان یک زن که گره‌های پشمی را روی تارهای عمودی یک دار چوبی قالین می‌زند.",
                    "ps": "د یوې مېرمنې لاسونه چې د لرګین دار پر عمودي تارونو د وړیو غوټې وهي.",
                    "en": "A woman's hands tying wool knots on the vertical threads of a wooden loom.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "پشم رنگ‌شده زیر آفتاب خشک می‌شود.",
                    "ps": "رنګ شوې وړۍ د لمر لاندې وچېږي.",
                    "en": "Dyed wool drying in the sun.",
                },
                "alt": {
                    "fa-af": "کلاف‌های پشم سرخ، آبی تیره و زرد که از چوب‌هایی در یک حویلی آویزان شده‌اند.",
                    "ps": "د سور، تیاره آبي او ژیړ رنګ وړۍ چې په یوه انګړ کې پر لرګیو ځړول شوې دي.",
                    "en": "Skeins of red, dark blue and yellow wool hanging from poles in a courtyard.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "قالین‌های آماده در بازار قالین اندخوی به فروش می‌رسند.",
                    "ps": "د اندخوی د غالیو په بازار کې چمتو غالۍ پلورل کېږي.",
                    "en": "Finished carpets on sale at the Andkhoy carpet market.",
                },
                "alt": {
                    "fa-af": "قالین‌های لول‌شده و قات‌شده که در امتداد یک کوچه بازار روی هم چیده شده‌اند و تاجران روی آن‌ها نشسته‌اند.",
                    "ps": "تاو شوې او قات شوې غالۍ چې د بازار د یوې کوڅې په اوږدو کې پر یو بل ایښودل شوې دي او سوداګر پرې ناست دي.",
                    "en": "Rolled and folded carpets piled high along a market street, with traders sitting on them.",
                },
                "credit": dict(_DIRECTORATE_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "یک مسئول ریاست ولایتی با بافندگان و تاجران در باره تصدیق‌نامه‌های صادراتی گفت‌وگو می‌کند.",
                    "ps": "د ولایتي ریاست یو چارواکی له اوبدونکو او سوداګرو سره د صادراتي سندونو په اړه خبرې کوي.",
                    "en": "An official from the provincial department talks to weavers and traders about export certificates.",
                },
                "alt": {
                    "fa-af": "مردی با واسکت در حالی که دوسیه‌ای در دست دارد، با گروهی از تاجران قالین در یک دکان صحبت می‌کند.",
                    "ps": "یو سړی چې واسکټ یې اغوستی او دوسیه یې په لاس کې ده، په یوه دوکان کې د غالیو له یوې ډلې سوداګرو سره خبرې کوي.",
                    "en": "A man in a waistcoat holding a folder talks with a group of carpet traders in a shop.",
                },
                "credit": dict(_FARYAB_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "یک تاجر تراکم گره‌ها را در پشت قالین بررسی می‌کند.",
                    "ps": "یو سوداګر د غالۍ پر شا د غوټو ګڼوالی ګوري.",
                    "en": "A trader checks the knot density on the back of a carpet.",
                },
                "alt": {
                    "fa-af": "نمای نزدیک از دست یک مرد که خط‌کش کوچکی را روی پشت قالین گرفته تا گره‌ها را بشمارد.",
                    "ps": "د یوه سړي د لاس نږدې انځور چې د غوټو د شمېرلو لپاره یې یو کوچنی خط‌کش د غالۍ پر شا نیولی دی.",
                    "en": "Close-up of a man's hand holding a small ruler against the back of a carpet to count the knots.",
                },
                "credit": dict(_FARYAB_CREDIT),
            },
            {
                "caption": {
                    "fa-af": "قالین‌ها برای انتقال به مرکز شست‌وشو در مزارشریف بارگیری می‌شوند.",
                    "ps": "غالۍ د مزار شریف د مینځلو مرکز ته د لېږد لپاره بارېږي.",
                    "en": "Carpets being loaded for transport to the washing centre in Mazar-e-Sharif.",
                },
                "alt": {
                    "fa-af": "کارگران یک قالین لول‌شده را روی یک موتر کوچک باربری که پر از قالین‌های دیگر است، بار می‌کنند.",
                    "ps": "کارګران یوه تاو شوې غالۍ په یوه کوچني باربري موټر باروي چې له نورو غالیو ډک دی.",
                    "en": "Workers lift a rolled carpet onto a small truck piled with other carpets.",
                },
                "credit": dict(_FARYAB_CREDIT),
            },
        ],
    },
]
