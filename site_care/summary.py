"""The weekly summary e-mailed to the directors: open findings per check,
what is new and what was resolved in the week, in each director's admin
language."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.roles import DIRECTORS

from .models import Finding
from .registry import registry


def counts(since):
    open_findings = Finding.objects.open()
    per_check = dict(open_findings.values_list("check_code").annotate(n=Count("pk")).values_list("check_code", "n"))
    return {
        "rows": [(check.title, per_check.get(check.code, 0)) for check in registry.all() if per_check.get(check.code)],
        "total": sum(per_check.values()),
        "new": open_findings.filter(first_seen__gte=since).count(),
        "resolved": Finding.objects.filter(resolved_at__gte=since).count(),
    }


def directors():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=DIRECTORS)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def send_weekly_summary(now=None):
    now = now or timezone.now()
    since = now - datetime.timedelta(days=7)
    report_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("site_care_report")
    sent = 0
    for user in directors():
        profile = getattr(user, "wagtail_userprofile", None)
        language = (profile and profile.preferred_language) or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {**counts(since), "report_url": report_url, "user": user}
            subject = _("Site health this week: %(total)s open findings") % {"total": context["total"]}
            body = render_to_string("site_care/weekly_summary.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        sent += 1
    return sent
