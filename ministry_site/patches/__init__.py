"""Workarounds for gaps in Django, Wagtail and wagtail-localize.

Each module fills one gap, says which and when it can go, and names the
versions it was written against (`WRITTEN_FOR`). `apply()` runs them once from
`MinistrySiteConfig.ready()`; the system check below fails when an installed
version differs, so an upgrade re-reads each workaround before it runs on code
it was not written for.
"""

from importlib.metadata import version

from django.core import checks

from . import admin_base_url, localize_labels, scheduling, solar_hijri_formats, workflow_names

PATCHES = [workflow_names, solar_hijri_formats, scheduling, admin_base_url, localize_labels]
_applied = False


def apply():
    global _applied
    if _applied:
        return
    for patch in PATCHES:
        patch.apply()
    _applied = True


def _release(distribution):
    """ "7.4" from "7.4.4": workarounds are checked per feature release."""
    return ".".join(version(distribution).split(".")[:2])


@checks.register()
def check_patched_versions(app_configs=None, **kwargs):
    errors = []
    for patch in PATCHES:
        for distribution, release in patch.WRITTEN_FOR.items():
            installed = _release(distribution)
            if installed != release:
                errors.append(
                    checks.Error(
                        f"{patch.__name__} was written for {distribution} {release}, and {installed} is installed.",
                        hint="Check whether the gap it fills is still there, then update WRITTEN_FOR or remove it.",
                        id="ministry_site.E001",
                    )
                )
    return errors
