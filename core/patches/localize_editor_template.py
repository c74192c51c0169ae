"""wagtail-localize's translation editor template, copied with two changes
(core/templates/wagtail_localize/admin/edit_translation.html).

The gap: the editor's template has no block or hook to add content, so the
copy adds the directorate's approval bar (what is left to translate, "submit
to the directors") and gives the editor a right-to-left class for Dari and
Pashto targets. No upstream issue asks for such a hook yet.

It can go when wagtail-localize's editor offers a block or hook for content
above the editor; then delete the copy, this module and its entry in
core.patches.MODULES. Until then, on every upgrade: merge the upstream
template's changes into the copy and record the new digest here.
"""

from . import check_copy_wins, check_file_digest, check_version

ERROR_ID = "patches.E003"
SERIES = "1.14"
TEMPLATE = "wagtail_localize/admin/edit_translation.html"
# sha256 of wagtail-localize 1.14.5's template, the one our copy was made from.
UPSTREAM_DIGEST = "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7"
OUR_COPY = "core/templates/" + TEMPLATE


def upstream_path():
    from pathlib import Path

    import wagtail_localize

    return Path(wagtail_localize.__file__).parent / "templates" / TEMPLATE


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail-localize", SERIES)
    errors += check_file_digest(ERROR_ID, __name__, upstream_path(), UPSTREAM_DIGEST)
    errors += check_copy_wins(ERROR_ID, __name__, TEMPLATE, OUR_COPY)
    return errors
