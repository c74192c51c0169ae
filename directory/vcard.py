"""vCard 4.0 (RFC 6350) of a public organisation and its public contacts,
UTF-8, names as written (Dari and Pashto stay intact)."""

from . import geography

LINE_LIMIT = 75  # octets, RFC 6350 3.2


def _escape(value):
    return (
        str(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "").replace(",", "\\,").replace(";", "\\;")
    )


def _fold(line):
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_LIMIT:
        return line
    parts, current = [], b""
    for character in line:
        piece = character.encode("utf-8")
        limit = LINE_LIMIT if not parts else LINE_LIMIT - 1
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _card(lines):
    return "\r\n".join(_fold(line) for line in ["BEGIN:VCARD", "VERSION:4.0", *lines, "END:VCARD"]) + "\r\n"


def organisation_vcard(organisation, contacts, url, language):
    lines = [
        "KIND:org",
        f"FN:{_escape(organisation.name)}",
        f"ORG:{_escape(organisation.name)}",
        f"LANG:{language}",
    ]
    if organisation.address or organisation.province or organisation.country:
        locality = geography.province_name(organisation.province, language)
        country = geography.country_name(organisation.country or "AF", language) if organisation.country else ""
        lines.append(f"ADR:;;{_escape(organisation.address)};{_escape(locality)};;;{_escape(country)}")
    lines += [f"TEL;VALUE=uri:tel:{number}" for number in organisation.phones]
    lines += [f"EMAIL:{_escape(email)}" for email in organisation.emails]
    if organisation.website_link:
        lines.append(f"URL:{_escape(organisation.website_link)}")
    lines.append(f"SOURCE:{_escape(url)}")
    cards = [_card(lines)]
    for contact in contacts:
        name = contact.display_name(language) or contact.name
        contact_lines = [f"FN:{_escape(name)}", f"ORG:{_escape(organisation.name)}"]
        if contact.role(language):
            contact_lines.append(f"TITLE:{_escape(contact.role(language))}")
        contact_lines += [f"TEL;VALUE=uri:tel:{number}" for number in contact.phones]
        contact_lines += [f"EMAIL:{_escape(email)}" for email in contact.emails]
        cards.append(_card(contact_lines))
    return "".join(cards)
