"""Screenshots and accessibility checks of a Playwright page."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "tests" / "browser" / "vendor" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def settled(page):
    """Wait until no finite CSS transition or animation is running: the admin's
    messages fade in over half a second, and a contrast check taken halfway
    through measures a colour nobody sees once the page has settled."""
    page.wait_for_function(
        "() => document.getAnimations().every("
        "a => a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity)"
    )


def axe_violations(page, impacts=("serious", "critical")):
    settled(page)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in result["violations"]
        if violation["impact"] in impacts
    ]
