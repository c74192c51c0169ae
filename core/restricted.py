"""Snippets that some staff may see only part of.

Wagtail checks snippet permissions per model: whoever may view or change a
model reaches every one of its instances, through the listing's search, the
history, usage, revision and chooser screens, bulk actions, the site history
report and wagtail-localize's snippet API and translation screens. A snippet
viewset with `RestrictedSnippetMixin` names one rule, `visible_to(user)`, and
every one of those routes applies it: an instance outside it is a 404, a
listing or a chooser leaves it out, a usage list calls it private, and its
log entries are not in the site history.

The rule itself belongs to the app that owns the model (for example the
directory's internal organisations and contacts); this module knows no app.
"""

import functools
import logging

import wagtail
from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import CharField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_list_or_404
from django.urls import URLPattern, include, path
from django.utils.functional import classproperty
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import SnippetAdminURLFinder, get_snippet_models
from wagtail.snippets.views import chooser as chooser_views

logger = logging.getLogger(__name__)


def restricted_viewset(model):
    """The model's snippet viewset if it restricts what staff see, else None."""
    viewset = getattr(model, "snippet_viewset", None)
    return viewset if isinstance(viewset, RestrictedSnippetMixin) else None


def visible(user, model):
    """The instances of `model` this user may see in the admin."""
    viewset = restricted_viewset(model)
    if viewset is None:
        return model._default_manager.all()
    return viewset.visible_to(user)


def can_see(user, instance):
    if instance is None or restricted_viewset(type(instance)) is None:
        return True
    return visible(user, type(instance)).filter(pk=instance.pk).exists()


def _visible_pk(user, model, pk):
    try:
        return visible(user, model).filter(pk=unquote(str(pk))).exists()
    except (ValueError, TypeError, ValidationError):
        return False


# --- The snippet's own screens ------------------------------------------------


class _VisibleChoices:
    def get_object_list(self):
        return visible(self.request.user, self.model_class)


class RestrictedChooseView(_VisibleChoices, chooser_views.ChooseView):
    pass


class RestrictedChooseResultsView(_VisibleChoices, chooser_views.ChooseResultsView):
    pass


class RestrictedChosenView(chooser_views.SnippetChosenView):
    def get_object(self, pk):
        return visible(self.request.user, self.model_class).get(pk=pk)


class RestrictedChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        try:
            return visible(self.request.user, self.model_class).filter(pk__in=pks)
        except (ValueError, TypeError, ValidationError) as error:
            raise Http404 from error


class RestrictedSnippetChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = RestrictedChooseView
    choose_results_view_class = RestrictedChooseResultsView
    chosen_view_class = RestrictedChosenView
    chosen_multiple_view_class = RestrictedChosenMultipleView


class _RestrictedURLFinder(SnippetAdminURLFinder):
    """Edit links (usage lists, bulk actions, log entries) only to what the user may see."""

    def __init__(self, user=None):
        super().__init__(user)
        self.user = user

    def get_edit_url(self, instance):
        if self.user is not None and not can_see(self.user, instance):
            return None
        return super().get_edit_url(instance)


class RestrictedSnippetMixin:
    """For a SnippetViewSet: `visible_to(user)` decides which instances the
    user may see at all, on every screen of the viewset and its chooser."""

    chooser_viewset_class = RestrictedSnippetChooserViewSet

    def visible_to(self, user):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.visible_to(request.user)

    @property
    def url_finder_class(self):
        return type("_RestrictedSnippetAdminURLFinder", (_RestrictedURLFinder,), {"model": self.model})

    def _guard(self, view):
        model = self.model

        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            if "pk" in kwargs and not _visible_pk(request.user, model, kwargs["pk"]):
                raise Http404
            return view(request, *args, **kwargs)

        return guarded

    def _guarded(self, patterns):
        return [
            URLPattern(pattern.pattern, self._guard(pattern.callback), pattern.default_args, pattern.name)
            for pattern in patterns
        ]

    def get_urlpatterns(self):
        return self._guarded(super().get_urlpatterns())


# --- Bulk actions ---------------------------------------------------------------


class VisibleObjectsBulkActionMixin:
    """A bulk action's confirmation lists the selected objects by name, even
    those the user may not act on: only objects the user may see are taken."""

    def get_queryset(self, model, object_ids):
        try:
            return get_list_or_404(visible(self.request.user, model), pk__in=object_ids)
        except (ValueError, TypeError, ValidationError) as error:
            raise Http404 from error

    def get_all_objects_in_listing_query(self, parent_id):
        return visible(self.request.user, self.model).values_list("pk", flat=True)


class RestrictedDeleteBulkAction(VisibleObjectsBulkActionMixin, DeleteBulkAction):
    """Wagtail's "delete" for the restricted snippets (registered after it, so
    it takes its place for them)."""

    @classproperty
    def models(cls):
        return [model for model in get_snippet_models() if restricted_viewset(model) is not None]


# --- wagtail-localize's screens -----------------------------------------------


def _instance_from_kwargs(kwargs):
    """The object a wagtail-localize URL is about (its source for a translation)."""
    from wagtail_localize.models import Translation, TranslationSource

    try:
        if "translation_id" in kwargs:
            return (
                Translation.objects.select_related("source")
                .get(pk=kwargs["translation_id"])
                .source.get_source_instance()
            )
        if "translation_source_id" in kwargs:
            return TranslationSource.objects.get(pk=kwargs["translation_source_id"]).get_source_instance()
        if {"app_label", "model_name", "pk"} <= set(kwargs):
            model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
            if restricted_viewset(model) is None:
                return None
            return model._default_manager.get(pk=unquote(str(kwargs["pk"])))
    except (ObjectDoesNotExist, LookupError, ValueError, TypeError, ValidationError):
        return None  # the view itself answers 404
    return None


GUARDED_KWARGS = {"translation_id", "translation_source_id", "pk"}


def guard_object_view(view):
    """404 for a URL about an object the user may not see."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        instance = _instance_from_kwargs(kwargs)
        if instance is not None and not can_see(request.user, instance):
            raise Http404
        return view(request, *args, **kwargs)

    return guarded


def guard_patterns(patterns):
    """`patterns` with every view about an object guarded by `guard_object_view`."""
    guarded = []
    for pattern in patterns:
        keys = set(getattr(pattern.pattern, "converters", {}))
        if getattr(pattern, "callback", None) and keys & GUARDED_KWARGS:
            pattern = URLPattern(
                pattern.pattern, guard_object_view(pattern.callback), pattern.default_args, pattern.name
            )
        guarded.append(pattern)
    return guarded


def localize_snippet_api_listing(request, app_label, model_name):
    from wagtail_localize.views.snippets_api import SnippetViewSet

    class VisibleSnippets(SnippetViewSet):
        def get_queryset(self):
            return visible(self.request.user, self.get_model())

    return VisibleSnippets.as_view({"get": "list"})(request, app_label=app_label, model_name=model_name)


def hidden_translation_sources(user):
    """wagtail-localize's translations whose source is a snippet the user may
    not see (their names must not appear in its Translations report)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q
    from wagtail_localize.models import Translation

    hidden = Q(pk__in=[])
    for model in get_snippet_models():
        if restricted_viewset(model) is None or not hasattr(model, "translation_key"):
            continue
        keys = model._default_manager.exclude(pk__in=visible(user, model).values("pk")).values("translation_key")
        hidden |= Q(
            source__specific_content_type=ContentType.objects.get_for_model(model),
            source__object_id__in=keys,
        )
    return Translation.objects.filter(hidden).values("pk")


def translations_report_view():
    """wagtail-localize's Translations report without the restricted snippets
    the user may not see."""
    from wagtail_localize.views.report import TranslationsReportView

    class RestrictedTranslationsReportView(TranslationsReportView):
        def get_queryset(self):
            queryset = super().get_queryset()
            if self.request.user.is_superuser:
                return queryset
            return queryset.exclude(pk__in=hidden_translation_sources(self.request.user))

    return RestrictedTranslationsReportView


def localize_urls():
    """wagtail-localize's object URLs, guarded, to be registered ahead of its own
    (same addresses; its names still reverse to these). Its snippet API lists
    only what the user may see."""
    from wagtail_localize.wagtail_hooks import register_admin_urls

    report = translations_report_view()
    patterns = [
        path("api/snippets/<slug:app_label>/<slug:model_name>/", localize_snippet_api_listing),
        path("reports/translations/", report.as_view()),
        path("reports/translations/results/", report.as_view(results_only=True)),
    ]
    for resolver in register_admin_urls():
        for pattern in resolver.url_patterns:
            keys = set(getattr(pattern.pattern, "converters", {}))
            if getattr(pattern, "callback", None) and keys & GUARDED_KWARGS:
                patterns.append(URLPattern(pattern.pattern, guard_object_view(pattern.callback), pattern.default_args))
    return [path("localize/", include(patterns))]


# --- The site history report ----------------------------------------------------


def install_log_entry_rule():
    """Wagtail shows a model's log entries (with the object's name) to anyone
    with any permission on the model; leave out those of objects the user may
    not see. Written for Wagtail 7.4 (`ModelLogEntryManager.viewable_by_user`);
    check it again on an upgrade."""
    from wagtail.models.audit_log import ModelLogEntryManager

    if wagtail.VERSION[:2] != (7, 4):
        logger.warning(
            "restricted.install_log_entry_rule was written for Wagtail 7.4; check it on %s", wagtail.__version__
        )
    original = ModelLogEntryManager.viewable_by_user
    if getattr(original, "_restricted", False):
        return

    @functools.wraps(original)
    def viewable_by_user(self, user):
        queryset = original(self, user)
        if user.is_superuser:
            return queryset
        from django.contrib.contenttypes.models import ContentType

        for model in get_snippet_models():
            if restricted_viewset(model) is None:
                continue
            hidden = (
                model._default_manager.exclude(pk__in=visible(user, model).values("pk"))
                .annotate(_log_object_id=Cast("pk", output_field=CharField()))
                .values("_log_object_id")
            )
            queryset = queryset.exclude(
                content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
                object_id__in=hidden,
            )
        return queryset

    viewable_by_user._restricted = True
    ModelLogEntryManager.viewable_by_user = viewable_by_user
