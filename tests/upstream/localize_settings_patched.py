"""wagtail-localize's own test settings with our setting and our patches of
wagtail-localize (core.patches: Translation.save_target, and its admin
addresses answered by our views), installed on their own: none of the rest
of the site is loaded. Where upstream's set-up is refused by our rule (a
page translated before its parent), the rule is relaxed for the set-up only
(localize_recording.RelaxedSetUpRunner)."""

from localize_settings_no_live_sync import *  # noqa: F403
from localize_settings_no_live_sync import INSTALLED_APPS

INSTALLED_APPS = ["localize_ministry_patches.MinistryPatchesConfig", *INSTALLED_APPS]
TEST_RUNNER = "localize_recording.RelaxedSetUpRunner"
