"""Wagtail's slim header actions template, copied with its hard-coded
English aria-label ("Actions") made translatable
(core/templates/wagtailadmin/shared/headers/_actions.html), so a screen
reader in the Dari or Pashto admin does not announce English.

The gap: Wagtail 7.4's template writes the label without {% translate %};
no upstream issue found. It can go when Wagtail translates the label; then
delete the copy, this module and its entry in core.patches.MODULES. Until
then, on every upgrade: merge the upstream template's changes into the copy
and record the new digest here.
"""

from . import check_copy_wins, check_file_digest, check_version

ERROR_ID = "patches.E004"
SERIES = "7.4"
TEMPLATE = "wagtailadmin/shared/headers/_actions.html"
# sha256 of Wagtail 7.4.4's template, the one our copy was made from.
UPSTREAM_DIGEST = "facea723b6b917627f718d47a945c79fabcb1cbc516983c66cb6801b6a9a1557"
OUR_COPY = "core/templates/" + TEMPLATE


def upstream_path():
    from pathlib import Path

    import wagtail.admin

    return Path(wagtail.admin.__file__).parent / "templates" / TEMPLATE


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail", SERIES)
    errors += check_file_digest(ERROR_ID, __name__, upstream_path(), UPSTREAM_DIGEST)
    errors += check_copy_wins(ERROR_ID, __name__, TEMPLATE, OUR_COPY)
    return errors
