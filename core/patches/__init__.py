"""Workarounds for gaps in the packages we build on, one module per gap.

Each module says which upstream gap it works around (an upstream issue
where one exists, else the missing hook), what would let it go, and
declares what it was written against: the package series it was read on
and the signatures (and, where it relies on private attributes or a copied
template, the source) of the upstream code it replaces, subclasses or
reads. `check_all` compares those with what is installed; it runs as a
Django system check (tag "upstream_patches", ids patches.E0xx), so
`manage.py check`, `migrate` and `test` stop with a clear error after an
upgrade instead of the workaround silently misbehaving.

A module must be importable and applicable without the rest of the site
(wagtail-localize's own test suite runs with it: `make upstream-localize`):
it imports only Django, Wagtail, wagtail-localize, modelsearch and
django-tasks at the top, and the site's code, if any, inside its functions.
"""

import hashlib
import importlib
import inspect
from importlib import metadata
from pathlib import Path

from django.core import checks
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

# The modules, in the order their checks report.
MODULES = [
    "core.patches.localize_save_target",
    "core.patches.localize_admin_urls",
    "core.patches.localize_draft_title",
    "core.patches.localize_editor_template",
    "core.patches.wagtail_header_actions_template",
    "core.patches.wagtail_snippet_breadcrumbs",
    "core.patches.wagtail_request_cache",
    "core.patches.modelsearch_results",
    "core.patches.search_index_once",
]

TAG = "upstream_patches"


def installed_version(distribution):
    """The installed version of a distribution (e.g. "wagtail-localize"), or None."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def check_version(error_id, module, distribution, series):
    """An Error unless `distribution`'s installed version is in `series` ("7.4")."""
    version = installed_version(distribution)
    if version is not None and (version == series or version.startswith(series + ".")):
        return []
    return [
        checks.Error(
            f"{module} was written for {distribution} {series}.x; {version or 'nothing'} is installed.",
            hint=f"Read the upstream changes, adjust or remove {module}, then update its series.",
            obj=module,
            id=error_id,
        )
    ]


def signature_of(function):
    return str(inspect.signature(function))


def check_signatures(error_id, module, expected, found):
    """An Error for each upstream function of `expected` ({name: signature
    text}) whose signature in `found` ({name: function}) differs, or which
    is gone (None)."""
    errors = []
    for name, signature in expected.items():
        function = found.get(name)
        if function is None:
            errors.append(
                checks.Error(
                    f"{module} relies on {name}, which no longer exists.",
                    hint=f"Read the upstream changes and adjust or remove {module}.",
                    obj=module,
                    id=error_id,
                )
            )
            continue
        installed = signature_of(function)
        if installed != signature:
            errors.append(
                checks.Error(
                    f"{module} was written for {name}{signature}; the installed one is {name}{installed}.",
                    hint=f"Read the upstream changes, adjust {module}, then record the new signature.",
                    obj=module,
                    id=error_id,
                )
            )
    return errors


def check_source_mentions(error_id, module, code, names):
    """An Error for each of `names` (private attributes we set or read)
    that `code`'s source no longer mentions."""
    source = inspect.getsource(code)
    return [
        checks.Error(
            f"{module} relies on {code.__qualname__} using `{name}`, which its source no longer mentions.",
            hint=f"Read the upstream changes and adjust or remove {module}.",
            obj=module,
            id=error_id,
        )
        for name in names
        if name not in source
    ]


def file_digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check_file_digest(error_id, module, path, digest):
    """An Error unless the upstream file our copy was made from is unchanged."""
    if Path(path).is_file() and file_digest(path) == digest:
        return []
    return [
        checks.Error(
            f"{module}: the upstream file our copy was made from changed ({path}).",
            hint=f"Merge the upstream changes into our copy, then record the new digest in {module}.",
            obj=module,
            id=error_id,
        )
    ]


def check_copy_wins(error_id, module, template, our_copy):
    """An Error unless Django loads our copy of `template` (app order)."""
    try:
        origin = str(get_template(template).origin.name)
    except TemplateDoesNotExist:
        origin = "nothing"
    if origin.endswith(our_copy):
        return []
    return [
        checks.Error(
            f"{module}: {template} loads {origin}, not our copy {our_copy}.",
            hint="The app holding the copy must come before the upstream app in INSTALLED_APPS.",
            obj=module,
            id=error_id,
        )
    ]


# Modules that change how the Dari and Pashto admin shows names, dates and
# addresses: each declares the feature releases it was read on
# (`WRITTEN_FOR`, {distribution: "7.4"}) and has an `apply()`.
ADMIN_L10N_MODULES = [
    "core.patches.workflow_names",
    "core.patches.solar_hijri_formats",
    "core.patches.scheduling",
    "core.patches.admin_base_url",
    "core.patches.localize_labels",
]


def check_all(app_configs=None, **kwargs):
    errors = []
    for name in MODULES:
        errors.extend(importlib.import_module(name).check())
    for name in ADMIN_L10N_MODULES:
        for distribution, series in importlib.import_module(name).WRITTEN_FOR.items():
            errors.extend(check_version("patches.E010", name, distribution, series))
    return errors


def register_checks():
    checks.register(check_all, TAG)


def apply_all():
    """Put in place the patches that change upstream code, and register the
    checks (the core's AppConfig.ready). The other modules' workarounds are
    used where they are needed (templates, view sets, core.routing, the
    search backends)."""
    from . import localize_admin_urls, localize_draft_title, localize_save_target

    localize_save_target.apply()
    localize_admin_urls.apply()
    localize_draft_title.apply()
    for name in ADMIN_L10N_MODULES:
        importlib.import_module(name).apply()
    register_checks()
