"""Demo text for the footer's contact details, and the demo users.

Each text is {language code: text}; the Dari text is what the row is created
with, and wagtail-localize receives the Pashto and English text as the
translations of the Dari segments.
"""

OFFICE_CONTACT = {
    "name": {
        "fa-af": "ریاست اطلاعات و ارتباط عامه، وزارت صنعت و تجارت",
        "ps": "د اطلاعاتو او عامه اړیکو ریاست، د سوداګرۍ او صنایعو وزارت",
        "en": "Directorate of Information and Public Relations, Ministry of Commerce and Industry",
    },
    "address": {
        "fa-af": "وزارت صنعت و تجارت\nکابل، افغانستان",
        "ps": "د سوداګرۍ او صنایعو وزارت\nکابل، افغانستان",
        "en": "Ministry of Commerce and Industry\nKabul, Afghanistan",
    },
    "office_hours": {
        "fa-af": "شنبه تا چهارشنبه، ساعت ۸ تا ۱۶",
        "ps": "له شنبې تر څلورشنبې، له ۸ بجو تر ۱۶ بجو",
        "en": "Saturday to Wednesday, 8:00 to 16:00",
    },
    # Demo values: a number and a mailbox that reach no one.
    "phone": "+93 20 000 0000",
    "email": "press@example.org",
}

DEMO_USERS = [
    # (username, group, first name, last name, admin language)
    ("editor", "Editors", "Demo", "Editor", "fa-af"),
    ("director", "Directors", "Demo", "Director", "fa-af"),
    ("translator", "Translators", "Demo", "Translator", "fa-af"),
    ("directory", "Directory managers", "Demo", "Directory manager", "fa-af"),
]
