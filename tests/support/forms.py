"""The page editor's forms as a browser sends them."""

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield


def edit_form(client, page, body_text=None, **fields):
    """The page editor's form as the browser would send it, with changes.
    StreamFields are drawn by JavaScript, so the body is sent as one
    paragraph (its first one, or `body_text`) and other streams empty."""
    from wagtail.fields import StreamField

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    specific = page.specific
    for field in type(specific)._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        if field.name == "body":
            raw = specific.body.raw_data
            body_html = f"<p>{body_text}</p>" if body_text else (raw[0]["value"] if raw else "<p>متن</p>")
            stream = streamfield([("paragraph", rich_text(body_html))])
        else:
            stream = streamfield([])
        data.update(nested_form_data({field.name: stream}))
    for key, value in fields.items():
        data[key] = value
    return data


def add_form(**fields):
    data = nested_form_data(
        {
            "title": "خبر تازه",
            "slug": "new-item",
            "date": "2026-11-20 10:00",
            "summary": "خلاصه",
            "hero_alt_text": "",
            "hero_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>متن خبر</p>"))]),
            "related_links-TOTAL_FORMS": 0,
            "related_links-INITIAL_FORMS": 0,
            "related_links-MIN_NUM_FORMS": 0,
            "related_links-MAX_NUM_FORMS": 1000,
            "change_notes-TOTAL_FORMS": 0,
            "change_notes-INITIAL_FORMS": 0,
            "change_notes-MIN_NUM_FORMS": 0,
            "change_notes-MAX_NUM_FORMS": 1000,
            "withdrawn_at": "",
            "withdrawal_reason": "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    data.update(fields)
    return data


DARI_SENTENCE = "وزارت صنعت و تجارت از تاجران دعوت کرد."
PASHTO_SENTENCE = "د سوداګرۍ او صنایعو وزارت سوداګر راوبلل."
