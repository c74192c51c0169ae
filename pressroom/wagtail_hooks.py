from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from core.wagtail_hooks import MinistrySnippetViewSet

from .models import Topic


class TopicViewSet(MinistrySnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)
