"""The stakeholder directory: who the ministry works with.

`Organisation` and `Category` are translatable (wagtail-localize) and
draftable: a translation is a draft until a directory manager publishes it,
complete (core.editorial). `ContactPerson` holds personal data and
is not translated: its role is written in each language by the directory
manager, so translators never see contacts. Everything has a visibility;
internal organisations and contacts never reach a public page, a vCard, the
sitemap, the site search or an export for someone who may not see them.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Locale, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import l10n
from core.editorial import ApprovedTranslationMixin
from core.links import safe_web_address, validate_web_address, validate_web_addresses
from core.normalize import index_text

from . import geography
from .phones import display_phone, normalize_email_list, normalize_phone_list


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Internal")


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")
    MERGED = "merged", _("Merged into another")


class PreferredLanguage(models.TextChoices):
    DARI = "fa-af", _("Dari")
    PASHTO = "ps", _("Pashto")
    ENGLISH = "en", _("English")


class Category(ApprovedTranslationMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """Ministries and government offices, donors, media, border ports… The
    slug is the same in every language and never changes."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=60, help_text=_("Short Latin name, the same in every language."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), SynchronizedField("sort_order")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug_per_locale")]

    def __str__(self):
        return self.name


class LinesField(forms.CharField):
    """A list edited as one item per line."""

    widget = forms.Textarea(attrs={"rows": 3, "dir": "ltr"})

    def __init__(self, *args, normalize=None, **kwargs):
        self.normalize = normalize
        kwargs.setdefault("required", False)
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value or ""

    def clean(self, value):
        value = super().clean(value)
        return (
            self.normalize(value) if self.normalize else [line.strip() for line in value.splitlines() if line.strip()]
        )


class DirectoryForm(WagtailAdminModelForm):
    """Phones and e-mails one per line, as typed; provinces and countries in
    the admin user's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, normalize in (("phones", normalize_phone_list), ("emails", normalize_email_list)):
            if name in self.fields:
                old = self.fields[name]
                self.fields[name] = LinesField(label=old.label, help_text=old.help_text, normalize=normalize)
        if "social_accounts" in self.fields:
            old = self.fields["social_accounts"]
            self.fields["social_accounts"] = LinesField(label=old.label, help_text=old.help_text)
        if "province" in self.fields:
            self.fields["province"].choices = [("", "---------")] + geography.province_choices()
        if "country" in self.fields:
            self.fields["country"].choices = [("", "---------")] + geography.country_choices()


class Organisation(ApprovedTranslationMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True
    key = models.SlugField(
        _("key"),
        max_length=80,
        help_text=_("A short, stable Latin identifier, e.g. moci-herat. Imports match organisations on it."),
    )
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    category = models.ForeignKey(Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+")
    province = models.CharField(_("province"), max_length=20, blank=True, choices=geography.PROVINCE_FIELD_CHOICES)
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        choices=geography.COUNTRY_FIELD_CHOICES,
        help_text=_("For commercial attachés abroad."),
    )
    address = models.TextField(_("address"), blank=True, max_length=500)
    phones = models.JSONField(_("phone numbers"), default=list, blank=True, help_text=_("One per line."))
    emails = models.JSONField(_("e-mail addresses"), default=list, blank=True, help_text=_("One per line."))
    website = models.URLField(_("website"), blank=True, validators=[validate_web_address])
    social_accounts = models.JSONField(
        _("social media accounts"),
        default=list,
        blank=True,
        help_text=_("Full addresses (https://…), one per line."),
        validators=[validate_web_addresses],
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("E.g. the ministry, for a provincial department."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Internal organisations are never shown to the public."),
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    # Names, descriptions and addresses are translated (a Dari address on the
    # English directory would be unreadable to its readers); the rest is the
    # same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("address"),
        TranslatableField("category"),
        TranslatableField("parent"),
        TranslatableField("successor"),
        SynchronizedField("key"),
        SynchronizedField("province"),
        SynchronizedField("country"),
        SynchronizedField("phones"),
        SynchronizedField("emails"),
        SynchronizedField("website"),
        SynchronizedField("social_accounts"),
        SynchronizedField("status"),
        SynchronizedField("visibility"),
    ]

    base_form_class = DirectoryForm
    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("province"), FieldPanel("country"), FieldPanel("address")], heading=_("Where")),
        MultiFieldPanel(
            [FieldPanel("phones"), FieldPanel("emails"), FieldPanel("website"), FieldPanel("social_accounts")],
            heading=_("How to reach it"),
        ),
        FieldPanel("parent"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("successor")], heading=_("Status")),
        FieldPanel("visibility"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["key", "locale"], name="unique_organisation_key_per_locale")]
        permissions = [
            ("import_directory", "Can import the directory from spreadsheets"),
            ("export_directory", "Can export the directory"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # The folded name and description the directory's text search looks in.
        self.search_text = index_text(f"{self.name} {self.key} {self.description}")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.status == Status.MERGED and not self.successor_id:
            raise ValidationError({"successor": _("Choose the organisation it was merged into.")})
        if self.successor_id and self.successor_id == self.pk:
            raise ValidationError({"successor": _("An organisation cannot be merged into itself.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organisation cannot be part of itself.")})

    @property
    def is_public(self):
        return self.visibility == Visibility.PUBLIC

    @property
    def place(self):
        if self.province:
            return geography.province_name(self.province)
        return geography.country_name(self.country)

    @property
    def phones_display(self):
        return [(number, display_phone(number)) for number in self.phones]

    # What pages and vCards link to: web addresses only, whatever was stored.
    @property
    def website_link(self):
        return safe_web_address(self.website)

    @property
    def social_links(self):
        return [link for link in map(safe_web_address, self.social_accounts or []) if link]


# What anyone may see: live, public, in a live category.
PUBLIC_ORGANISATION = Q(live=True, visibility=Visibility.PUBLIC, category__live=True)


def public_organisations(locale=None):
    """Organisations anyone may see, in one language (the active one by default)."""
    locale_id = locale.pk if isinstance(locale, Locale) else (locale or l10n.active_locale_id())
    return Organisation.objects.filter(PUBLIC_ORGANISATION, locale_id=locale_id).select_related("category")


class ContactPerson(models.Model):
    """Someone at an organisation. Internal (the default) contacts are
    personal data: directory managers and directors only."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
        help_text=_("Its version in any language; the contact belongs to all of them."),
    )
    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A short, stable Latin identifier. Imports match on it.")
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("As written in Dari or Pashto."))
    name_latin = models.CharField(_("name in Latin letters"), max_length=200, blank=True)
    role_dari = models.CharField(_("role or title in Dari"), max_length=200, blank=True)
    role_pashto = models.CharField(_("role or title in Pashto"), max_length=200, blank=True)
    role_english = models.CharField(_("role or title in English"), max_length=200, blank=True)
    phones = models.JSONField(_("phone numbers"), default=list, blank=True)
    emails = models.JSONField(_("e-mail addresses"), default=list, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=PreferredLanguage.choices, default=PreferredLanguage.DARI
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.INTERNAL,
        help_text=_("Public contacts appear on the organisation's public page."),
    )
    notes = models.TextField(
        _("internal notes"), blank=True, max_length=2000, help_text=_("Never shown to the public.")
    )
    outlet = models.CharField(_("media outlet"), max_length=200, blank=True, help_text=_("For journalists."))
    beat = models.CharField(_("beat"), max_length=200, blank=True, help_text=_("What the journalist covers."))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = DirectoryForm
    panels = [
        FieldPanel("organisation"),
        FieldPanel("key"),
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_latin")], heading=_("Name")),
        MultiFieldPanel(
            [FieldPanel("role_dari"), FieldPanel("role_pashto"), FieldPanel("role_english")], heading=_("Role")
        ),
        FieldPanel("phones"),
        FieldPanel("emails"),
        FieldPanel("preferred_language"),
        FieldPanel("visibility"),
        MultiFieldPanel([FieldPanel("outlet"), FieldPanel("beat")], heading=_("Media")),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_public(self):
        return self.visibility == Visibility.PUBLIC

    def display_name(self, language=None):
        if l10n.content_language(language or get_language()) == l10n.ENGLISH:
            return self.name_latin or ""
        return self.name

    def role(self, language=None):
        language = l10n.content_language(language or get_language())
        return {l10n.DARI: self.role_dari, l10n.PASHTO: self.role_pashto, l10n.ENGLISH: self.role_english}[language]

    @property
    def phones_display(self):
        return [(number, display_phone(number)) for number in self.phones]


def public_contacts_of(organisations):
    """Public contacts of these organisations (any language version of them)."""
    keys = [organisation.translation_key for organisation in organisations]
    return ContactPerson.objects.filter(
        Q(organisation__translation_key__in=keys), visibility=Visibility.PUBLIC
    ).select_related("organisation")


class DirectoryImport(models.Model):
    """One spreadsheet import: its dry run (what would be created, updated or
    rejected, row by row) and, once confirmed, what was applied."""

    KIND_ORGANISATIONS = "organisations"
    KIND_CONTACTS = "contacts"
    KIND_CHOICES = [(KIND_ORGANISATIONS, _("Organisations")), (KIND_CONTACTS, _("Contact people"))]

    user = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    filename = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    rows = models.JSONField(default=list)
    # Unknown, missing, repeated or unnamed columns (importer.check_columns):
    # such a file is not planned row by row and cannot be applied.
    column_problems = models.JSONField(default=dict, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.filename} ({self.created_at:%Y-%m-%d %H:%M})"


class DirectoryExportLog(models.Model):
    """Who exported what, when, with which filters."""

    user = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(max_length=20)
    file_format = models.CharField(max_length=10)
    filters = models.JSONField(default=dict, blank=True)
    row_count = models.PositiveIntegerField(default=0)
    included_internal = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("directory export")
        verbose_name_plural = _("directory exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} {self.file_format} by {self.user} at {self.created_at:%Y-%m-%d %H:%M}"


# The public directory page type lives in pages.py; Django looks for models here.
from .pages import DirectoryPage  # noqa: E402

__all__ = [
    "Category",
    "ContactPerson",
    "DirectoryExportLog",
    "DirectoryImport",
    "DirectoryPage",
    "Organisation",
    "PreferredLanguage",
    "Status",
    "Visibility",
    "public_contacts_of",
    "public_organisations",
]
