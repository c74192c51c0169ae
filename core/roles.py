"""The directorate's roles as Django groups with Wagtail permissions.

`ROLES` is the single description of who may do what; data migrations call
`sync_roles` with their historical `apps`, so every environment gets the same
groups, and changing a role means editing `ROLES` and adding a migration that
calls `sync_roles` again.
"""

EDITORS = "Editors"
DIRECTORS = "Directors"
TRANSLATORS = "Translators"
DIRECTORY_MANAGERS = "Directory managers"

_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

# The whole stakeholder directory, internal entries and contacts included.
_DIRECTORY = [
    "directory.add_organisation",
    "directory.change_organisation",
    "directory.delete_organisation",
    "directory.publish_organisation",
    "directory.view_organisation",
    "directory.add_contactperson",
    "directory.change_contactperson",
    "directory.delete_contactperson",
    "directory.view_contactperson",
    "directory.import_directory",
    "directory.export_directory",
]

# Model permissions ("app_label.codename") and page permissions, granted on
# every language's home page (so every tree, and nothing at the root level).
# Who may do what beyond Wagtail's permissions (translators touch only
# translations; nothing untranslated is published) is enforced in
# core.editorial.
ROLES = {
    EDITORS: {
        "permissions": [
            "wagtailadmin.access_admin",
            *_MEDIA,
            "wagtail_localize.submit_translation",
            # The directory: see organisations, export the public part.
            "directory.view_organisation",
            "directory.export_directory",
            # Search synonyms are the editors' to maintain.
            "search.add_synonym",
            "search.change_synonym",
            "search.delete_synonym",
        ],
        "page_permissions": ["add_page", "change_page"],
    },
    DIRECTORS: {
        "permissions": [
            "wagtailadmin.access_admin",
            *_MEDIA,
            "wagtail_localize.submit_translation",
            "ministry_site.add_officecontact",
            "ministry_site.change_officecontact",
            "ministry_site.publish_officecontact",
            "pressroom.add_topic",
            "pressroom.change_topic",
            "pressroom.delete_topic",
            "pressroom.publish_topic",
            "pressroom.manage_corrections",
            *_DIRECTORY,
            "directory.add_category",
            "directory.change_category",
            "directory.publish_category",
            # Search synonyms are the editors' to maintain.
            "search.add_synonym",
            "search.change_synonym",
            "search.delete_synonym",
        ],
        "page_permissions": [
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ],
    },
    TRANSLATORS: {
        "permissions": [
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            # Translating a snippet edits its translation, never its source (see editorial.py).
            "pressroom.change_topic",
            "ministry_site.change_officecontact",
            "directory.change_organisation",
            "directory.change_category",
        ],
        "page_permissions": ["change_page"],
    },
    DIRECTORY_MANAGERS: {
        "permissions": [
            "wagtailadmin.access_admin",
            *_DIRECTORY,
            "directory.view_category",
        ],
        "page_permissions": [],
    },
}

# Wagtail's first migration creates "Moderators" and "Editors" groups of its
# own; "Moderators" has no place in the directorate's rules.
RETIRED_GROUPS = ["Moderators"]

# The one approval step every page in every language goes through.
WORKFLOW_NAME = "Director approval"
# Snippets the public sees, approved like pages.
APPROVED_SNIPPETS = [("pressroom", "topic"), ("ministry_site", "officecontact")]
# Snippets with drafts, whose "publish" permission Wagtail creates after migrations.
DRAFTABLE_SNIPPETS = [*APPROVED_SNIPPETS, ("directory", "organisation"), ("directory", "category")]


def _ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations have run; a data
    migration on a fresh database has to create them first."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, which makes Django's
        # helpers skip them; lend them one for the call only.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_contenttypes(app_config, verbosity=0, apps=apps)
            create_permissions(app_config, verbosity=0, apps=apps)
        finally:
            app_config.models_module = models_module
    # Wagtail adds the "publish" permission of draftable snippets after all
    # migrations (post_migrate); a migration that grants it must make it.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for app_label, model in DRAFTABLE_SNIPPETS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            Permission.objects.get_or_create(
                content_type=content_type, codename=f"publish_{model}", defaults={"name": f"Can publish {model}"}
            )


def _permission(apps, dotted):
    """The Permission for "app_label.codename", or None while an earlier
    migration runs before that app's models exist (a later migration calls
    sync_roles again with everything in place).

    Images and documents use Wagtail's own permissions (wagtailimages.*,
    wagtaildocs.*): Wagtail checks those even with our custom models."""
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).order_by("pk").first()


def app_role_permissions(name):
    """Permissions an installed app adds to role `name`: its AppConfig's
    `role_permissions = {"Editors": ["app.codename", …], …}` (an app joins
    the roles without the core naming it)."""
    from django.apps import apps as installed

    found = []
    for config in installed.get_app_configs():
        found += list(getattr(config, "role_permissions", {}).get(name, []))
    return found


def sync_roles(apps, schema_editor=None):
    _ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")

    home_pages = list(Page.objects.filter(depth=2))
    root_collection = Collection.objects.filter(depth=1).first()
    for name in RETIRED_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()

    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        dotted_names = [*role["permissions"], *app_role_permissions(name)]
        model_permissions = [p for p in (_permission(apps, dotted) for dotted in dotted_names) if p]
        # Image and document permissions are granted per collection in Wagtail.
        collection_permissions = [
            p for p in model_permissions if p.content_type.app_label in ("wagtailimages", "wagtaildocs")
        ]
        group.permissions.set([p for p in model_permissions if p not in collection_permissions])

        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for permission in collection_permissions:
                GroupCollectionPermission.objects.create(group=group, collection=root_collection, permission=permission)

        GroupPagePermission.objects.filter(group=group).delete()
        for home_page in home_pages:
            for codename in role["page_permissions"]:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.create(group=group, page=home_page, permission=permission)

    sync_workflow(apps)


def sync_workflow(apps):
    """The "Director approval" workflow (a group approval task for Directors)
    on the root page, so it covers every language tree; Wagtail's default
    "Moderators approval" workflow is retired with the Moderators group."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.filter(depth=1).first()
    if root_page is None:
        return
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=content_type, active=True)
    task.groups.set([Group.objects.get(name=DIRECTORS)])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # One workflow for the whole site: no other workflow on any page.
    WorkflowPage.objects.exclude(workflow=workflow).delete()
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    GroupApprovalTask.objects.exclude(pk=task.pk).update(active=False)
    # Snippets that reach the public go through the same approval.
    for app_label, model in APPROVED_SNIPPETS:
        snippet_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if snippet_type is not None:
            WorkflowContentType.objects.update_or_create(content_type=snippet_type, defaults={"workflow": workflow})
