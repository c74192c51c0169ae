from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import admin_views
from .roles import ATTENDANCE_PERMISSION


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ATTENDANCE_PERMISSION)


class AttendanceViewSet(ViewSet):
    """The press office's attendance lists, for those with the permission."""

    name = "press_events"
    url_prefix = "press-events"
    icon = "date"
    menu_icon = "date"
    menu_label = _("Press events: answers")
    menu_name = "press-events-answers"
    menu_order = 340
    add_to_admin_menu = True
    menu_item_class = AttendanceMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.index, name="index"),
            path("<int:event_id>/", admin_views.detail, name="detail"),
            path("<int:event_id>/export/<str:file_format>/", admin_views.export, name="export"),
            path("<int:event_id>/print/", admin_views.print_sheet, name="print"),
        ]

    @property
    def menu_url(self):
        from django.urls import reverse

        return reverse(self.get_url_name("index"))


@hooks.register("register_admin_viewset")
def register_attendance_viewset():
    return AttendanceViewSet()
