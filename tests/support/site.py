"""The small site every test process starts from: the three language trees
with their sections, the About page, the events section with its press
conference, the directory's sample entries, the footer's contacts and the
demo users. The other apps' demo content (the press room's items, the
mailing, the monitoring inbox and digest with its PDF, the site-care
findings) is loaded only for the tests about the demo (`demo_content`); a
test that needs such rows makes its own with the factories."""

# The demo's apps left out of the small site (by app label). The press room's
# sections find their place in the menu when the whole demo is loaded later;
# the events section would not (it would follow the directory), so it stays in.
LEFT_OUT = {"pressroom": False, "media_relations": False, "monitoring": False, "site_care": False}


def load_small_site():
    """Onto the migrated database (the migrations make the language trees)."""
    from ministry_site import demo

    demo.load(log=lambda line: None, **LEFT_OUT)


def _emptied_to_small_site():
    from core.site_structure import ensure_site_structure

    # After a transactional test's flush, the migrations' site first.
    ensure_site_structure()
    load_small_site()


def restore_small_site():
    """Bring a committed (transactional) test's emptied database back to the
    small site: from this process's copy, made once."""
    from tests.support.snapshots import restore_or_build

    restore_or_build("site", _emptied_to_small_site)
