"""wagtail-localize's own test settings with our setting alone: a new
translation of a live page starts as a draft (settings/base.py)."""

from localize_settings_unchanged import *  # noqa: F403

WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
