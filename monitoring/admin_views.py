"""The monitors' screens (admin only, nothing public): the inbox with its
filters and bulk actions, judging one clipping, a print/radio/TV clipping
entered by hand, its scan; the digests' archive, a digest's page, its
introduction, its approval (directors) and its PDF."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import l10n
from core.normalize import normalize_query

from . import digest as digests
from .forms import BulkForm, DigestIntroForm, InboxFilter, JudgeForm, ManualClippingForm
from .matching import highlight
from .models import Article, Clipping, Digest, Rule

PAGE_SIZE = 50


def _require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def filtered(form):
    clippings = Clipping.objects.all()
    if not form.is_valid():
        return clippings.filter(status=Clipping.Status.NEW)
    data = form.cleaned_data
    if data["status"]:
        clippings = clippings.filter(status=data["status"])
    if data["tone"] == "none":
        clippings = clippings.filter(tone="")
    elif data["tone"]:
        clippings = clippings.filter(tone=data["tone"])
    if data["language"]:
        clippings = clippings.filter(language=data["language"])
    if data["kind"]:
        clippings = clippings.filter(kind=data["kind"])
    if data["outlet"]:
        clippings = clippings.filter(outlet_name__icontains=data["outlet"].strip())
    if data["date_from"]:
        clippings = clippings.filter(when__gte=_day_start(data["date_from"]))
    if data["date_to"]:
        clippings = clippings.filter(when__lt=_day_start(data["date_to"] + datetime.timedelta(days=1)))
    for word in data["q"].split():
        clippings = clippings.filter(title__icontains=word)
    return clippings


def inbox(request):
    _require(request.user, "monitoring.view_clipping")
    params = request.GET.copy()
    if "status" not in params:
        params["status"] = Clipping.Status.NEW
    form = InboxFilter(params)
    clippings = filtered(form).order_by("-when", "-id")
    page = Paginator(clippings, PAGE_SIZE).get_page(request.GET.get("p"))
    rows = list(
        Clipping.objects.filter(pk__in=[c.pk for c in page.object_list])
        .prefetch_related(Prefetch("subjects", queryset=Rule.objects.only("name")))
        .order_by("-when", "-id")
    )
    for clipping in rows:
        clipping.marked = highlight(clipping.excerpt[:400], clipping.matched_terms)
    query = params.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "monitoring/admin/inbox.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "bulk": BulkForm(),
            "query": query.urlencode(),
            "can_change": request.user.has_perm("monitoring.change_clipping"),
            "can_add": request.user.has_perm("monitoring.add_clipping"),
        },
    )


@require_POST
def bulk(request):
    _require(request.user, "monitoring.change_clipping")
    ids = [int(value) for value in request.POST.getlist("ids") if value.isdigit()]
    form = BulkForm(request.POST, ids=ids)
    back = request.POST.get("next") or reverse("monitoring_inbox")
    if not back.startswith("/"):
        back = reverse("monitoring_inbox")
    if not ids:
        messages.error(request, _("Tick the clippings to change first."))
        return redirect(back)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect(back)
    chosen = Clipping.objects.filter(pk__in=form.cleaned_data["ids"])
    now = timezone.now()
    stamp = {"judged_by": request.user, "judged_at": now}
    action = form.cleaned_data["action"]
    if action == "tone":
        changed = chosen.update(tone=form.cleaned_data["tone"], status=Clipping.Status.JUDGED, **stamp)
    elif action == "importance":
        changed = chosen.update(importance=form.cleaned_data["importance"], **stamp)
    elif action == "judged":
        changed = chosen.update(status=Clipping.Status.JUDGED, **stamp)
    else:
        changed = chosen.update(status=Clipping.Status.DISCARDED, **stamp)
    messages.success(request, _("%(count)s clippings changed.") % {"count": l10n.local_digits(changed)})
    return redirect(back)


def clipping_detail(request, clipping_id):
    _require(request.user, "monitoring.view_clipping")
    clipping = get_object_or_404(Clipping.objects.select_related("story"), pk=clipping_id)
    can_change = request.user.has_perm("monitoring.change_clipping")
    form = JudgeForm(request.POST or None, instance=clipping)
    if request.method == "POST":
        _require(request.user, "monitoring.change_clipping")
        if form.is_valid():
            judged = form.save(commit=False)
            if judged.status == Clipping.Status.NEW and judged.tone:
                judged.status = Clipping.Status.JUDGED
            judged.judged_by = request.user
            judged.judged_at = timezone.now()
            judged.save()
            form.save_m2m()
            messages.success(request, _("Clipping saved."))
            if "next" in request.POST:
                following = (
                    Clipping.objects.filter(status=Clipping.Status.NEW)
                    .filter(Q(when__lt=clipping.when) | Q(when=clipping.when, pk__lt=clipping.pk))
                    .order_by("-when", "-id")
                    .first()
                )
                if following is not None:
                    return redirect("monitoring_clipping", following.pk)
            return redirect("monitoring_inbox")
    articles = []
    if clipping.story_id:
        for article in Article.objects.filter(story=clipping.story).select_related("source", "source__outlet"):
            article.marked = highlight(article.text, clipping.matched_terms)
            article.marked_title = highlight(article.title, clipping.matched_terms)
            articles.append(article)
    return TemplateResponse(
        request,
        "monitoring/admin/clipping.html",
        {
            "clipping": clipping,
            "form": form,
            "articles": articles,
            "can_change": can_change,
            "marked_excerpt": highlight(clipping.excerpt, clipping.matched_terms),
        },
    )


def clipping_add(request):
    _require(request.user, "monitoring.add_clipping")
    form = ManualClippingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        clipping = form.save(commit=False)
        clipping.judged_by = request.user if clipping.tone else None
        clipping.judged_at = timezone.now() if clipping.tone else None
        clipping.status = Clipping.Status.JUDGED if clipping.tone else Clipping.Status.NEW
        clipping.save()
        form.save_m2m()
        messages.success(request, _("Clipping added."))
        return redirect("monitoring_clipping", clipping.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "monitoring/admin/clipping_form.html", {"form": form}, status=status)


def clipping_scan(request, clipping_id):
    _require(request.user, "monitoring.view_clipping")
    clipping = get_object_or_404(Clipping.objects.exclude(scan=None), pk=clipping_id)
    response = HttpResponse(bytes(clipping.scan), content_type=clipping.scan_type or "application/octet-stream")
    response["Content-Disposition"] = f'inline; filename="scan-{clipping.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def digest_index(request):
    _require(request.user, "monitoring.view_digest")
    found = Digest.objects.select_related("approved_by").defer("data")
    query = request.GET.get("q", "").strip()
    for word in normalize_query(query).split():
        found = found.filter(search_text__contains=word)
    page = Paginator(found, 30).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "monitoring/admin/digest_index.html",
        {
            "page": page,
            "query": query,
            "can_build": request.user.has_perm("monitoring.change_digest"),
            "yesterday": digests.written_day(digests.yesterday()),
        },
    )


def digest_detail(request, digest_id):
    _require(request.user, "monitoring.view_digest")
    digest = get_object_or_404(Digest, pk=digest_id)
    form = DigestIntroForm(request.POST or None, initial={"intro": digest.intro})
    if request.method == "POST":
        _require(request.user, "monitoring.change_digest")
        if form.is_valid():
            try:
                digests.save_intro(digest, form.cleaned_data["intro"], request.user)
            except digests.DigestRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _("Introduction saved."))
            return redirect("monitoring_digest", digest.pk)
    can_approve = request.user.has_perm("monitoring.approve_digest") and digest.status == Digest.Status.DRAFT
    return TemplateResponse(
        request,
        "monitoring/admin/digest.html",
        {
            "digest": digest,
            "form": form,
            "html": digests.render_html(digest),
            "deliveries": digest.deliveries.order_by("email"),
            "can_change": request.user.has_perm("monitoring.change_digest") and digest.status == Digest.Status.DRAFT,
            "can_approve": can_approve,
            "seen": digests.fingerprint(digest),
            "recipients": len(digests.recipients()) if can_approve else 0,
            "unjudged": digests.unjudged(digest) if can_approve else 0,
        },
    )


@require_POST
def digest_approve(request, digest_id):
    digest = get_object_or_404(Digest, pk=digest_id)
    if not request.user.has_perm("monitoring.approve_digest"):
        raise PermissionDenied
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm you have read the digest; nothing was sent."))
        return redirect("monitoring_digest", digest.pk)
    try:
        digest = digests.approve(digest, request.user, seen=request.POST.get("seen", ""))
    except digests.DigestRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("monitoring_digest", digest.pk)
    if digests.queue_sending(digest.pk):
        messages.success(request, _("Approved: the digest is being sent."))
    else:
        messages.warning(request, _("Approved, but the task queue cannot be reached: sending is delayed."))
    return redirect("monitoring_digest", digest.pk)


@require_POST
def digest_rebuild(request, digest_id):
    _require(request.user, "monitoring.change_digest")
    digest = get_object_or_404(Digest, pk=digest_id)
    if digest.status != Digest.Status.DRAFT:
        messages.error(request, _("An approved digest can no longer be changed."))
    else:
        digests.build(digest.date, digest.language)
        messages.success(request, _("The digest was assembled again from the clippings."))
    return redirect("monitoring_digest", digest.pk)


@require_POST
def digest_build(request):
    _require(request.user, "monitoring.change_digest")
    try:
        day = digests.check_day(digests.parse_date(request.POST.get("date", "")))
    except ValueError:
        messages.error(
            request,
            _("Write the day as %(solar)s (Solar Hijri) or %(gregorian)s.")
            % {
                "solar": digests.written_day(digests.yesterday(), "fa-af"),
                "gregorian": digests.yesterday().isoformat(),
            },
        )
        return redirect("monitoring_digests")
    except digests.DigestRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("monitoring_digests")
    digest = digests.build(day)
    return redirect("monitoring_digest", digest.pk)


def digest_pdf(request, digest_id):
    _require(request.user, "monitoring.view_digest")
    digest = get_object_or_404(Digest, pk=digest_id)
    response = HttpResponse(digests.render_pdf(digest), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="digest-{digest.date:%Y-%m-%d}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
