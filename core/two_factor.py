"""Two-factor sign-in for the admin (django-otp, time-based codes from an
authenticator app).

Anyone may turn it on for their account (Admin → Two-factor sign-in);
Directors, who publish, must: until they have set it up, every admin page
leads them to the set-up page. Once set up, the admin asks for a code after
each sign-in. MINISTRY_2FA_ENFORCED turns the requirement off (the demo and
the test settings); production keeps it on."""

import base64
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

EXEMPT = ("/admin/login/", "/admin/logout/", "/admin/2fa/", "/admin/jsi18n/", "/admin/password_reset/")


def required_for(user):
    if not getattr(settings, "MINISTRY_2FA_ENFORCED", True):
        return False
    groups = getattr(settings, "MINISTRY_2FA_REQUIRED_GROUPS", ["Directors"])
    return user.is_superuser or user.groups.filter(name__in=groups).exists()


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path.startswith("/admin/")
            and not request.path.startswith(EXEMPT)
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
        ):
            if confirmed_device(user) is not None:
                return redirect(f"{reverse('ministry_2fa_verify')}?next={quote(request.get_full_path())}")
            if required_for(user):
                return redirect(f"{reverse('ministry_2fa_setup')}?next={quote(request.get_full_path())}")
        return self.get_response(request)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}),
    )


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("wagtailadmin_home")
    return target


def _code(form):
    return "".join(char for char in form.cleaned_data["code"] if char.isdigit())


def setup(request):
    """Show a new secret for an authenticator app, and confirm it with a code."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(_code(form)):
            TOTPDevice.objects.filter(user=request.user, confirmed=True).delete()
            device.confirmed = True
            device.save()
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", _("That code is not right. Check the time on your phone and try the next code."))
    secret = base64.b32encode(device.bin_key).decode()
    issuer = quote("MoCI press site")
    uri = f"otpauth://totp/{issuer}:{quote(request.user.get_username())}?secret={secret}&issuer={issuer}"
    return TemplateResponse(
        request,
        "ministry_site/admin/two_factor_setup.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "uri": uri,
            "required": required_for(request.user),
            "next": _next(request),
            "has_device": confirmed_device(request.user) is not None,
        },
    )


def verify(request):
    """Ask for a code after signing in."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = confirmed_device(request.user)
    if device is None:
        return redirect("ministry_2fa_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(_code(form)):
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", _("That code is not right. Check the time on your phone and try the next code."))
    return TemplateResponse(
        request, "ministry_site/admin/two_factor_verify.html", {"form": form, "next": _next(request)}
    )
