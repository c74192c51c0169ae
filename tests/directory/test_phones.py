import pytest
from django.core.exceptions import ValidationError

from directory.phones import display_phone, normalize_email_list, normalize_phone, normalize_phone_list


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0799 123 456", "+93799123456"),
        ("۰۷۹۹ ۱۲۳ ۴۵۶", "+93799123456"),
        ("٠٧٩٩-١٢٣-٤٥٦", "+93799123456"),
        ("+93 799 123 456", "+93799123456"),
        ("0093 799 123 456", "+93799123456"),
        ("(020) 210 1234", "+93202101234"),
        ("+92 51 2345678", "+92512345678"),
        ("\u200f۰۷۹۹۱۲۳۴۵۶\u200f", "+93799123456"),
    ],
)
def test_phone_numbers_are_stored_in_e164_however_they_are_typed(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["", "abc", "12", "0799 123", "+93 12345678901234567", "07991234567890", "۰۷۹۹ABC"])
def test_what_is_not_a_phone_number_is_refused_with_a_message(typed):
    with pytest.raises(ValidationError) as error:
        normalize_phone(typed)
    assert error.value.messages


def test_phone_lists_split_and_drop_duplicates():
    assert normalize_phone_list("0799 123 456; +93799123456\n۰۷۰۰ ۱۲۳ ۴۵۶") == ["+93799123456", "+93700123456"]


def test_numbers_are_shown_in_the_readers_digits():
    assert display_phone("+93799123456", "fa-af") == "+۹۳ ۷۹ ۹۱۲ ۳۴۵۶"
    assert display_phone("+93799123456", "en") == "+93 79 912 3456"


def test_emails_are_validated_and_lowercased():
    assert normalize_email_list("Press@Example.org; b@example.org") == ["press@example.org", "b@example.org"]
    with pytest.raises(ValidationError):
        normalize_email_list("not-an-address")
