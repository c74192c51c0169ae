"""The demo's deliberate faults show in the Site health report."""

import pytest

from site_care.demo import BROKEN_URL
from site_care.models import ExternalLink, Finding


@pytest.mark.django_db
def test_the_demo_has_a_broken_link_a_stale_translation_and_an_arabic_kaf(demo_content, client):
    from django.contrib.auth import get_user_model

    assert ExternalLink.objects.get(url=BROKEN_URL).status == "broken"
    open_findings = Finding.objects.open()
    assert open_findings.filter(check_code="external_link", severity="error").exists()
    assert open_findings.filter(check_code="arabic_letters", field="title", locale__language_code="fa-af").exists()
    assert open_findings.filter(check_code="stale_translation", locale__language_code="ps").exists()
    director = get_user_model().objects.filter(groups__name="Directors").first()
    client.force_login(director)
    html = client.get("/admin/site-care/").content.decode()
    for check in ("external_link", "arabic_letters", "stale_translation"):
        assert f'data-check="{check}"' in html
