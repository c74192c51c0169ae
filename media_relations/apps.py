from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaRelationsConfig(AppConfig):
    """Press releases and invitations sent from the directory, in each
    recipient's language, after a director's approval (docs/media-relations.md).
    Reads the directory and the press room; neither knows it exists."""

    name = "media_relations"
    verbose_name = _("Media relations")
    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = "media_relations.demo.load"
    demo_order = 60

    # Joined to the directorate's roles by core.roles.sync_roles.
    role_permissions = {
        "Editors": [
            "media_relations.view_mailing",
            "media_relations.add_mailing",
            "media_relations.change_mailing",
            "media_relations.view_distributionlist",
        ],
        "Directors": [
            "media_relations.view_mailing",
            "media_relations.add_mailing",
            "media_relations.change_mailing",
            "media_relations.approve_mailing",
            "media_relations.view_distributionlist",
            "media_relations.add_distributionlist",
            "media_relations.change_distributionlist",
            "media_relations.delete_distributionlist",
            "media_relations.view_suppression",
            "media_relations.delete_suppression",
            "media_relations.add_sendingsettings",
            "media_relations.change_sendingsettings",
            "media_relations.view_sendingsettings",
        ],
        "Directory managers": [
            "media_relations.view_mailing",
            "media_relations.view_distributionlist",
            "media_relations.add_distributionlist",
            "media_relations.change_distributionlist",
            "media_relations.delete_distributionlist",
            "media_relations.view_suppression",
            "media_relations.delete_suppression",
        ],
    }
