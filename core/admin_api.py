"""The admin API (/admin/api/main/…) with the editorial rules.

Wagtail's admin API lists every document and image to anyone who may enter
the admin, and every page a user may explore with its draft title. Here:
documents and images for those who may choose or manage them (editors,
directors; per collection); for translators, pages the public sees (with
their published titles) and the translations they work on."""

from django.db.models import Exists, OuterRef, Q
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as documents_policy
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as images_policy
from wagtail.models import Page
from wagtail_localize.models import Translation

from . import editorial

MEDIA_ACTIONS = ["choose", "add", "change", "delete"]


class _ChoosableOnly:
    permission_policy = None

    def get_queryset(self):
        allowed = self.permission_policy.instances_user_has_any_permission_for(self.request.user, MEDIA_ACTIONS)
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ChoosableDocumentsAPIViewSet(_ChoosableOnly, DocumentsAdminAPIViewSet):
    permission_policy = documents_policy


class ChoosableImagesAPIViewSet(_ChoosableOnly, ImagesAdminAPIViewSet):
    permission_policy = images_policy


def _translation_targets():
    """Pages that are the target of a synced translation (a translator's work)."""
    return Exists(
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"), enabled=True
        ).exclude(source__locale_id=OuterRef("locale_id"))
    )


class EditorialPagesAPIViewSet(PagesAdminAPIViewSet):
    def _translator_only(self):
        return not editorial.can_edit_source_content(self.request.user)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self._translator_only():
            # Ids rather than an Exists(): the search backends compile the
            # filters of a searched queryset and understand plain lookups only.
            targets = Page.objects.filter(_translation_targets()).values_list("pk", flat=True)
            queryset = queryset.filter(Q(live=True) | Q(id__in=list(targets)))
        return queryset

    def get_serializer(self, instance=None, *args, **kwargs):
        if self._translator_only() and instance is not None:
            pages = list(instance) if kwargs.get("many") else [instance]
            targets = set(
                Page.objects.filter(pk__in=[page.pk for page in pages])
                .filter(_translation_targets())
                .values_list("pk", flat=True)
            )
            for page in pages:
                if page.pk not in targets:
                    # A live page's row holds its published title; the draft
                    # title is the change awaiting approval.
                    page.draft_title = page.title
            if kwargs.get("many"):
                instance = pages
        return super().get_serializer(instance, *args, **kwargs)


def construct_admin_api(router):
    router.register_endpoint("pages", EditorialPagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
