"""What the checks found (`Finding`) and what the link checker knows about
each external address (`ExternalLink`, `PageLink`)."""

import hashlib

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    ERROR = "error", _("Error")


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def finding_key(page_id, check, field, location):
    text = f"{page_id or ''}|{check}|{field}|{location}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FindingQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class Finding(models.Model):
    """One problem one check found on one page (or on the site as a whole,
    `page` empty). Kept while the check keeps finding it; `resolved_at` is
    set the first run it is gone (and cleared if it comes back)."""

    key = models.CharField(max_length=64, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), null=True, blank=True, on_delete=models.SET_NULL
    )
    check_code = models.CharField(_("check"), max_length=60, db_index=True)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices)
    params = models.JSONField(_("details"), default=dict, blank=True)
    field = models.CharField(_("field"), max_length=100, blank=True)
    location = models.CharField(_("where"), max_length=500, blank=True)
    fixable = models.BooleanField(_("can be fixed automatically"), default=False)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_seen = models.DateTimeField(_("last seen"))
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True, db_index=True)

    objects = FindingQuerySet.as_manager()

    class Meta:
        verbose_name = _("finding")
        verbose_name_plural = _("findings")
        indexes = [models.Index(fields=["page", "resolved_at"]), models.Index(fields=["check_code", "resolved_at"])]

    def __str__(self):
        return f"{self.check_code} #{self.page_id}"

    @property
    def site_check(self):
        from .registry import registry

        return registry.get(self.check_code)

    def message(self):
        check = self.site_check
        return check.describe(self) if check else self.check_code

    def message_html(self):
        """The message for an admin page: values escaped and isolated, so an
        address inside a Dari sentence keeps its order (exports use `message`)."""
        from django.utils.html import conditional_escape

        check = self.site_check
        return check.describe_html(self) if check else conditional_escape(self.check_code)

    def title(self):
        check = self.site_check
        return check.title if check else self.check_code

    def field_label(self):
        """The field as the editor's form labels it ("Body", «متن»), not its
        name in the code; the name itself when the page type has no such field."""
        if not self.field:
            return ""
        model = self.page.specific_class if self.page_id and self.page else None
        try:
            return capfirst(model._meta.get_field(self.field).verbose_name)
        except (AttributeError, FieldDoesNotExist):
            return self.field


class LinkStatus(models.TextChoices):
    PENDING = "pending", _("Not checked yet")
    OK = "ok", _("Working")
    CAUTION = "caution", _("Caution")
    BROKEN = "broken", _("Broken")
    SKIPPED = "skipped", _("Not checked")


def url_hash(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


class ExternalLink(models.Model):
    """One distinct external address used on the site, and what its last
    check found. A worker claims a batch (`claimed_until`, `claimed_by`) so
    two workers never check the same link; `last_checked` keeps a link from
    being checked again within the day."""

    url = models.TextField(_("address"))
    url_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=LinkStatus.choices, default=LinkStatus.PENDING)
    http_status = models.PositiveIntegerField(_("HTTP status"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    final_url = models.TextField(_("final address"), blank=True)
    hops = models.PositiveSmallIntegerField(_("redirects"), default=0)
    response_ms = models.PositiveIntegerField(_("response time (ms)"), null=True, blank=True)
    last_checked = models.DateTimeField(_("last checked"), null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=40, blank=True)

    class Meta:
        verbose_name = _("external link")
        verbose_name_plural = _("external links")

    def __str__(self):
        return self.url

    def save(self, *args, **kwargs):
        self.url_hash = url_hash(self.url)
        super().save(*args, **kwargs)


class PageLink(models.Model):
    """An external address a page links to (kept by the page checks)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    link = models.ForeignKey(ExternalLink, on_delete=models.CASCADE, related_name="uses")
    field = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "link", "field"], name="site_care_one_page_link")]

    def __str__(self):
        return f"{self.page_id} → {self.link_id}"
