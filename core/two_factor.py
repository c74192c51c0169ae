"""Two-factor sign-in for the admin (django-otp, time-based codes from an
authenticator app, and one-time recovery codes made at enrolment).

Anyone may turn it on for their account (Admin → Two-factor sign-in);
Directors, who publish, must: until they have set it up, every admin page
leads them to the set-up page. Once set up, the admin asks for a code after
each sign-in, and until it is given the session is no sign-in at all: the
admin leads to the code step and every other page treats it as a visitor.

Replacing the authenticator needs a session that passed the second step
and, again, a code from the current authenticator or a recovery code; the
change is written in the site history, logged, and announced by e-mail to
the account's address. MINISTRY_2FA_ENFORCED turns the requirement off (the
demo and the test settings); production keeps it on."""

import base64
import logging
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from .client_address import client_ip

logger = logging.getLogger(__name__)

ENABLED_ACTION = "ministry.two_factor_enabled"
REPLACED_ACTION = "ministry.two_factor_replaced"
RECOVERY_CODE_COUNT = 10
RECOVERY_CODES_SESSION_KEY = "ministry_2fa_new_recovery_codes"

# Reachable by a session that signed in with a password but has not given
# its code yet. Every other admin address sends it to the code step; the set-up
# view refuses it itself when the account already has an authenticator.
SIGN_IN_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/jsi18n/", "/admin/password_reset/")
SECOND_STEP_PATHS = ("/admin/2fa/setup/", "/admin/2fa/verify/")


def required_for(user):
    if not getattr(settings, "MINISTRY_2FA_ENFORCED", True):
        return False
    groups = getattr(settings, "MINISTRY_2FA_REQUIRED_GROUPS", ["Directors"])
    return user.is_superuser or user.groups.filter(name__in=groups).exists()


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def second_step_pending(user):
    """Signed in with a password, but the second step is still owed: the
    account has an authenticator, or must have one, and this session has not
    given a code."""
    if user is None or not user.is_authenticated or user.is_verified():
        return False
    return confirmed_device(user) is not None or required_for(user)


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith("/admin/"):
            if not path.startswith(SIGN_IN_PREFIXES) and path not in SECOND_STEP_PATHS:
                user = getattr(request, "user", None)
                if second_step_pending(user):
                    step = "ministry_2fa_verify" if confirmed_device(user) is not None else "ministry_2fa_setup"
                    return redirect(f"{reverse(step)}?next={quote(request.get_full_path())}")
        elif hasattr(request, "user"):
            # Outside the admin (document downloads, the userbar on public
            # pages, private pages) a half-finished sign-in is a visitor.
            # Lazy, so that a visitor's request never loads a session.
            signed_in = request.user
            request.user = SimpleLazyObject(lambda: AnonymousUser() if second_step_pending(signed_in) else signed_in)
        return self.get_response(request)


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _only(allowed, text):
    """`text` with Persian and Arabic-Indic digits made ASCII, lower case,
    and only the characters in `allowed` (spaces and dashes people type go)."""
    return "".join(char for char in text.translate(_DIGITS).lower() if char in allowed)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}),
    )

    def clean_code(self):
        return _only("0123456789", self.cleaned_data["code"])


class CodeOrRecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"),
        max_length=24,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "dir": "ltr"}),
    )

    def clean_code(self):
        return _only(_ALNUM, self.cleaned_data["code"])


class ReplaceForm(CodeForm):
    field_order = ["current_code", "code"]

    current_code = forms.CharField(
        label=_("Code from your current authenticator app, or a recovery code"),
        max_length=24,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "dir": "ltr"}),
    )

    def clean_current_code(self):
        return _only(_ALNUM, self.cleaned_data["current_code"])


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("wagtailadmin_home")
    return target


WRONG_CODE = _("That code is not right. Check the time on your phone and try the next code.")


TOO_MANY = _("Too many wrong codes in a row. Wait a little, then try again.")


def _verify(device, code):
    """None when `device` accepts `code`, else what to tell the person."""
    allowed, _details = device.verify_is_allowed()
    if not allowed:  # wrong codes make the next try wait: 1, 2, 4 … seconds
        return TOO_MANY
    return None if device.verify_token(code) else WRONG_CODE


def _check_second_factor(user, code):
    """(device, None) when `code` is a code from the account's authenticator
    or an unused recovery code (which is then spent); else (None, what to
    tell the person). Wrong codes count towards the devices' throttling."""
    device = confirmed_device(user)
    if device is not None and code.isdigit() and len(code) == device.digits:
        error = _verify(device, code)
        return (None, error) if error else (device, None)
    error = WRONG_CODE
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        error = _verify(device, code)
        if error is None:
            return device, None
    return None, error


def _new_recovery_codes(user):
    """Replace the account's recovery codes with new ones; returns them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def _announce_replacement(request, user):
    """Tell the account's owner, in their admin language, that the
    authenticator was replaced: if it was not them, their account is taken."""
    from wagtail.users.models import UserProfile

    if not user.email:
        logger.warning("No e-mail address to announce the authenticator change of user %s", user.pk)
        return
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        subject = gettext("Your two-factor sign-in was changed")
        body = gettext(
            "The authenticator app for your account %(username)s on %(site)s was replaced on %(time)s "
            "(from the address %(address)s).\n\n"
            "If you did not do this, tell the site's administrator at once: someone else is signed in "
            "to your account."
        ) % {
            "username": user.get_username(),
            "site": settings.WAGTAILADMIN_BASE_URL,
            "time": timezone.localtime().strftime("%Y-%m-%d %H:%M %Z"),
            "address": client_ip(request),
        }
    try:
        send_mail(subject, body, None, [user.email])
    except Exception:  # an unreachable mail server must not undo the change
        logger.exception("Could not send the authenticator change notice to user %s", user.pk)


def setup(request):
    """Show a new secret for an authenticator app, and confirm it with a code.

    A first authenticator needs the password only (the account has nothing
    else yet). Replacing one needs a session that gave a code, and a code from
    the current authenticator (or a recovery code) once more."""
    user = request.user
    if not user.is_authenticated:
        return redirect("wagtailadmin_login")
    current = confirmed_device(user)
    replacing = current is not None
    if replacing and not user.is_verified():
        # Signed in with the password only: no new authenticator without the old one.
        return redirect(f"{reverse('ministry_2fa_verify')}?next={quote(reverse('ministry_2fa_setup'))}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = (ReplaceForm if replacing else CodeForm)(request.POST or None)
    if request.method == "POST" and form.is_valid():
        current_error = _check_second_factor(user, form.cleaned_data["current_code"])[1] if replacing else None
        new_error = None if current_error else _verify(device, form.cleaned_data["code"])
        if current_error:
            form.add_error("current_code", current_error)
        elif new_error:
            form.add_error("code", new_error)
        else:
            with transaction.atomic():
                TOTPDevice.objects.filter(user=user, confirmed=True).delete()
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(user)
                # The account itself: request.user is a lazy object twice over
                # (auth, then django-otp), which the audit log does not recognise.
                account = type(device.user).objects.get(pk=user.pk)
                log(instance=account, action=REPLACED_ACTION if replacing else ENABLED_ACTION, user=account)
            otp_login(request, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            if replacing:
                logger.warning("User %s replaced their authenticator app", user.pk)
                _announce_replacement(request, user)
            else:
                logger.info("User %s turned on two-factor sign-in", user.pk)
            return redirect(f"{reverse('ministry_2fa_recovery_codes')}?next={quote(_next(request))}")
    secret = base64.b32encode(device.bin_key).decode()
    issuer = quote(getattr(settings, "OTP_TOTP_ISSUER", "MoCI press site"))
    uri = f"otpauth://totp/{issuer}:{quote(user.get_username())}?secret={secret}&issuer={issuer}"
    return TemplateResponse(
        request,
        "ministry_site/admin/two_factor_setup.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "uri": uri,
            "required": required_for(user),
            "next": _next(request),
            "has_device": replacing,
        },
    )


def recovery_codes(request):
    """The recovery codes made at enrolment, shown once."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return redirect(_next(request))
    return TemplateResponse(
        request, "ministry_site/admin/two_factor_recovery_codes.html", {"codes": codes, "next": _next(request)}
    )


def verify(request):
    """Ask for a code (or a recovery code) after signing in."""
    user = request.user
    if not user.is_authenticated:
        return redirect("wagtailadmin_login")
    if confirmed_device(user) is None:
        return redirect("ministry_2fa_setup")
    form = CodeOrRecoveryCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, error = _check_second_factor(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                logger.warning("User %s signed in with a recovery code", user.pk)
            return redirect(_next(request))
        form.add_error("code", error)
    return TemplateResponse(
        request, "ministry_site/admin/two_factor_verify.html", {"form": form, "next": _next(request)}
    )
