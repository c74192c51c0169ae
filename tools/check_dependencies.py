"""The dependency gate: exact pins, installed as pinned, none yanked, no
known vulnerability; and it says out loud what it could not check.

    .venv/bin/python tools/check_dependencies.py          # part of `make test`
    .venv/bin/python tools/check_dependencies.py --require-vulnerability-data
                                                          # `make audit`, weekly on a connected machine
    .venv/bin/python tools/check_dependencies.py --offline   # pins and installed versions only

What each check needs and does:

1. Every line of requirements*.txt (following `-r`) is `name==version`, and
   that version is what is installed. Needs nothing but the virtualenv.
2. No pinned release is yanked on PyPI: the simple index's JSON
   (https://pypi.org/simple/<name>/, PEP 691) carries a `yanked` flag per file.
3. No known vulnerability. pip-audit (pinned in requirements-dev.txt) audits
   every installed distribution, pinned or not, against PyPI's per-release
   JSON (https://pypi.org/pypi/<name>/<version>/json) when that answers. Where
   it does not (it answers 404 on the machines this was built on, and pip-audit
   then skips every package yet prints "No known vulnerabilities found"), the
   script falls back to what PyPI's project JSON says: the `vulnerabilities`
   of the newest release, which cover a pin only when the pin is that release,
   and whether a newer patch release of the pinned series exists. Everything
   that fallback cannot cover is listed as NOT CHECKED.

Exit status: 1 when a check found a problem; 2 with --require-vulnerability-data
when any vulnerability data was out of reach; otherwise 0. Without that flag a
check that could not run never fails the build, but it is printed in a banner
that no one can mistake for a pass.
"""

import argparse
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
PYPI = "https://pypi.org"
TIMEOUT = 10
WEEKLY_COMMAND = "make audit   (= .venv/bin/python tools/check_dependencies.py --require-vulnerability-data)"
_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[A-Za-z0-9._,-]+\])?==(?P<version>[A-Za-z0-9.+!-]+)$")


@dataclass
class Pin:
    name: str
    version: str
    source: str
    installed: str | None = None
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    vulnerabilities_checked_by: str | None = None


class Unreachable(Exception):
    pass


def read_pins(path, seen=None):
    """(pins, problems) of a requirements file and the files it includes."""
    seen = seen if seen is not None else set()
    path = path.resolve()
    if path in seen:
        return [], []
    seen.add(path)
    pins, problems = [], []
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.relative_to(ROOT)}:{number}"
        if line.startswith(("-r ", "--requirement ")):
            more, more_problems = read_pins(path.parent / line.split(None, 1)[1], seen)
            pins += more
            problems += more_problems
            continue
        match = _PIN.match(line)
        if not match:
            problems.append(f"{where}: `{line}` is not an exact pin (name==version)")
            continue
        pins.append(Pin(canonicalize_name(match["name"]), match["version"], where))
    return pins, problems


def same_version(a, b):
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def check_installed(pin):
    try:
        pin.installed = metadata.version(pin.name)
    except metadata.PackageNotFoundError:
        pin.problems.append(f"pinned {pin.version} ({pin.source}) but not installed")
        return
    if not same_version(pin.installed, pin.version):
        pin.problems.append(f"pinned {pin.version} ({pin.source}) but {pin.installed} is installed")


def get_json(url, accept="application/json"):
    request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "ministry-site-dependency-gate"})
    try:
        # Fixed https addresses on PyPI, built from our own pin names.
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # nosec B310 # https only, see above
            return json.load(response)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise Unreachable(f"{url}: HTTP {error.code}") from error
    except (OSError, ValueError) as error:
        raise Unreachable(f"{url}: {error}") from error


def version_of_file(filename):
    try:
        if filename.endswith(".whl"):
            return str(parse_wheel_filename(filename)[1])
        return str(parse_sdist_filename(filename)[1])
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion):
        return None


def check_yanked(pin):
    """PEP 691 JSON of the simple index: the pinned release's files and their yanked flags."""
    index = get_json(f"{PYPI}/simple/{pin.name}/", accept="application/vnd.pypi.simple.v1+json")
    if index is None:
        pin.problems.append(f"{pin.name} is not on PyPI")
        return
    files = [f for f in index.get("files", []) if same_version(version_of_file(f["filename"]) or "", pin.version)]
    if not files:
        pin.problems.append(f"PyPI has no files for {pin.name} {pin.version}")
        return
    yanked = [f for f in files if f.get("yanked")]
    if yanked:
        reason = next((f["yanked"] for f in yanked if isinstance(f["yanked"], str)), "no reason given")
        pin.problems.append(f"{pin.name} {pin.version} is yanked on PyPI ({len(yanked)}/{len(files)} files): {reason}")


def check_latest_release(pin):
    """PyPI's project JSON: vulnerabilities of the newest release only, and the releases."""
    project = get_json(f"{PYPI}/pypi/{pin.name}/json")
    if project is None:
        return
    latest = project["info"]["version"]
    if same_version(latest, pin.version):
        pin.vulnerabilities_checked_by = "PyPI (pin is the newest release)"
        for vulnerability in project.get("vulnerabilities") or []:
            if vulnerability.get("withdrawn"):
                continue
            fixed = ", ".join(vulnerability.get("fixed_in") or []) or "no fixed release"
            pin.problems.append(f"known vulnerability {vulnerability.get('id')} (fixed in {fixed})")
    try:
        pinned = Version(pin.version)
        newer = sorted(
            (
                Version(v)
                for v, files in project.get("releases", {}).items()
                if files and not all(f.get("yanked") for f in files) and _is_version(v)
            ),
            reverse=True,
        )
    except InvalidVersion:
        return
    same_series = [v for v in newer if v.release[:2] == pinned.release[:2] and v > pinned and not v.is_prerelease]
    if same_series:
        pin.notes.append(
            f"{pin.name} {same_series[0]} is out (pinned {pin.version}): a patch release often fixes a security bug;"
            " read its notes"
        )


def _is_version(text):
    try:
        Version(text)
        return True
    except InvalidVersion:
        return False


def pip_audit_answers():
    """pip-audit's default source is the per-release JSON; ask it about one pin we know exists."""
    try:
        return get_json(f"{PYPI}/pypi/django/5.2/json") is not None
    except Unreachable:
        return False


def run_pip_audit():
    """({canonical name: [vulnerabilities]}, [skipped: reason], number of distributions)."""
    result = subprocess.run(  # nosec B603 # our own interpreter, fixed arguments
        [sys.executable, "-m", "pip_audit", "--format", "json", "--progress-spinner", "off", "--skip-editable"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    try:
        report = json.loads(result.stdout)
    except ValueError as error:
        raise Unreachable(f"pip-audit gave no report (exit {result.returncode}): {result.stderr[-500:]}") from error
    return read_pip_audit_report(report)


def read_pip_audit_report(report):
    """pip-audit prints "No known vulnerabilities found" even when it could
    audit nothing; what it skipped, and why, is only in its JSON."""
    found, skipped = {}, []
    for dependency in report.get("dependencies", []):
        name = canonicalize_name(dependency["name"])
        if "skip_reason" in dependency:
            skipped.append(f"{name}: {dependency['skip_reason']}")
        elif dependency.get("vulns"):
            found[name] = [
                f"{v['id']} (fixed in {', '.join(v.get('fix_versions') or []) or 'no fixed release'})"
                for v in dependency["vulns"]
            ]
    return found, skipped, len(report.get("dependencies", []))


def banner(lines):
    width = max(len(line) for line in lines) + 6
    print("\n" + "!" * width)
    for line in lines:
        print(f"!!  {line}")
    print("!" * width + "\n")


def collect_pins():
    """(pins, problems) of every requirements*.txt at the root."""
    pins, problems = [], []
    for path in sorted(ROOT.glob("requirements*.txt")):
        more, more_problems = read_pins(path)
        pins += more
        problems += more_problems
    unique = {}
    for pin in pins:
        if pin.name in unique and not same_version(unique[pin.name].version, pin.version):
            problems.append(f"{pin.name} pinned twice: {unique[pin.name].version} and {pin.version} ({pin.source})")
        unique.setdefault(pin.name, pin)
    return list(unique.values()), problems


def remote_checks(pins):
    """Yanked flags and known vulnerabilities: (problems, [(what was not checked, why)], pip-audit saw everything)."""
    problems, not_checked = [], []
    try:
        get_json(f"{PYPI}/simple/{pins[0].name}/", accept="application/vnd.pypi.simple.v1+json")
    except Unreachable as error:
        return problems, [("yanked releases and known vulnerabilities, every package", f"PyPI: {error}")], False

    def check(pin):
        try:
            check_yanked(pin)
            check_latest_release(pin)
        except Unreachable as error:
            not_checked.append(("yanked flag and newest release", f"{pin.name}: {error}"))

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(check, pins))

    complete = False
    if pip_audit_answers():
        try:
            found, skipped, total = run_pip_audit()
        except (Unreachable, subprocess.TimeoutExpired) as error:
            not_checked.append(("known vulnerabilities (pip-audit)", str(error)))
        else:
            complete = not skipped
            skipped_names = {reason.split(":", 1)[0] for reason in skipped}
            for pin in pins:
                pin.problems += [f"known vulnerability {v}" for v in found.pop(pin.name, [])]
                if pin.name not in skipped_names:
                    pin.vulnerabilities_checked_by = "pip-audit"
            for name, vulnerabilities in found.items():
                problems += [f"{name} (not pinned): known vulnerability {v}" for v in vulnerabilities]
            not_checked += [("known vulnerabilities (pip-audit skipped it)", reason) for reason in skipped]
            print(f"pip-audit audited {total - len(skipped)} of {total} installed distributions")
    else:
        installed = {canonicalize_name(d.metadata["Name"]) for d in metadata.distributions()}
        unpinned = len(installed - {pin.name for pin in pins})
        not_checked.append(
            (
                f"known vulnerabilities of the {unpinned} installed distributions that no requirements file pins",
                "pip-audit's source (PyPI's per-release JSON) did not answer",
            )
        )
    for pin in pins:
        if pin.vulnerabilities_checked_by is None:
            not_checked.append(
                (
                    f"known vulnerabilities of {pin.name} {pin.version}",
                    "pip-audit's source did not answer; PyPI lists those of the newest release only",
                )
            )
    return problems, not_checked, complete


def report(pins, problems, not_checked):
    print(f"{'package':28} {'pinned':12} {'installed':12} vulnerabilities checked by")
    for pin in sorted(pins, key=lambda p: p.name):
        checked_by = pin.vulnerabilities_checked_by or "NOT CHECKED"
        print(f"{pin.name:28} {pin.version:12} {pin.installed or '-':12} {checked_by}")
    notes = [note for pin in pins for note in pin.notes]
    if notes:
        print("\nNewer patch releases (not a failure; upgrade after reading their notes):")
        for note in notes:
            print(f"  - {note}")
    if not_checked:
        unchecked_pins = sum(1 for pin in pins if pin.vulnerabilities_checked_by is None)
        lines = [
            "DEPENDENCY GATE INCOMPLETE: these were NOT checked on this run",
            f"({unchecked_pins} of {len(pins)} pins have no known-vulnerability check):",
        ]
        shown = not_checked if len(not_checked) <= 12 else not_checked[:10]
        lines += [f"  - {what}: {why}" for what, why in shown]
        if len(shown) < len(not_checked):
            lines.append(f"  - … and {len(not_checked) - len(shown)} more of the same kind")
        lines += [
            "Run the full check weekly on a machine that reaches PyPI's per-release JSON:",
            f"    {WEEKLY_COMMAND}",
        ]
        banner(lines)
    if problems:
        print("DEPENDENCY GATE FAILED:")
        for problem in problems:
            print(f"  - {problem}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offline", action="store_true", help="only pins and installed versions; no network")
    parser.add_argument(
        "--require-vulnerability-data",
        action="store_true",
        help="exit 2 when any vulnerability data was out of reach (the weekly run)",
    )
    args = parser.parse_args(argv)

    pins, problems = collect_pins()
    for pin in pins:
        check_installed(pin)
    complete = False
    if args.offline:
        not_checked = [("yanked releases and known vulnerabilities, every package", "--offline")]
    elif pins:
        more_problems, not_checked, complete = remote_checks(pins)
        problems += more_problems
    else:
        not_checked = [("everything", "no pins found in requirements*.txt")]
    problems += [f"{pin.name}: {problem}" for pin in pins for problem in pin.problems]
    report(pins, problems, not_checked)
    if problems:
        return 1
    if not_checked and args.require_vulnerability_data:
        print("DEPENDENCY GATE FAILED: --require-vulnerability-data, and some data was out of reach (see above)")
        return 2
    print(
        "Dependency gate passed: pins exact and installed"
        + ("" if args.offline else ", none yanked")
        + (", no known vulnerability in any installed distribution (pip-audit)" if complete else "")
        + ("; the rest was NOT CHECKED (banner above)" if not_checked else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
