"""wagtail-localize's own test suite, at the version we pin, run three ways
(issue 17): unchanged; with our WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
= False alone; with that and our patches of wagtail-localize (core.patches).
Every test whose outcome differs from the unchanged run must be listed, with
the reason, in intended_differences.toml; the run fails on any other
difference, on a listed one that no longer differs, and on any failure of
the unchanged run itself.

    make upstream-localize            (= .venv/bin/python tests/upstream/run.py)
    .venv/bin/python tests/upstream/run.py --only patched -- tests.test_convert_to_alias

Its source is wagtail-localize's source release, fetched from the package
registry by pip and checked against the digest below, kept under
var/upstream-localize/ (never committed). Its test-only requirements
(requirements.txt beside this file) go into a virtualenv of their own there,
which sees the project's virtualenv for everything else. The suite runs on
SQLite, as upstream's own settings default to.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess  # nosec B404
import sys
import sysconfig
import tarfile
import time
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WORK = ROOT / "var" / "upstream-localize"
VERSION = "1.14.5"
SDIST = f"wagtail_localize-{VERSION}.tar.gz"
SHA256 = "7e21bb845bd0142a554a8ddb5819450782107dac94756a90f56085991a4c318d"
VARIANTS = {
    "unchanged": "localize_settings_unchanged",
    "no_live_sync": "localize_settings_no_live_sync",
    "patched": "localize_settings_patched",
}
BASELINE = "unchanged"


def say(message):
    print(message, flush=True)


def venv_python():
    """A virtualenv for the upstream suite's extra requirements, seeing the
    project's own packages through a .pth file."""
    venv = WORK / "venv"
    python = venv / "bin" / "python"
    requirements = HERE / "requirements.txt"
    stamp = venv / "requirements.sha256"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True)  # nosec B603
    purelib = Path(sysconfig.get_paths()["purelib"]).resolve()
    target = Path(
        subprocess.run(  # nosec B603
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (target / "ministry-site.pth").write_text(f"{purelib}\n")
    pip([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-r", str(requirements)])
    stamp.write_text(digest)
    return python


def pip(command):
    """Run pip, its output kept in a log shown only when it fails."""
    log = WORK / "pip.log"
    with open(log, "w", encoding="utf-8") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT)  # nosec B603
    if done.returncode:
        sys.exit(f"pip failed ({' '.join(command[3:5])}):\n" + log.read_text()[-3000:])


def sha256_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sdist(python):
    """The source release, fetched once by pip with its digest required."""
    archive = WORK / SDIST
    if archive.exists() and sha256_of(archive) == SHA256:
        return archive
    archive.unlink(missing_ok=True)
    pinned = WORK / "sdist-requirement.txt"
    pinned.write_text(f"wagtail-localize=={VERSION} --hash=sha256:{SHA256}\n")
    pip(
        [
            str(python),
            "-m",
            "pip",
            "download",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--no-binary",
            "wagtail-localize",
            "--require-hashes",
            "-r",
            str(pinned),
            "-d",
            str(WORK),
        ]
    )
    if sha256_of(archive) != SHA256:
        archive.unlink()
        sys.exit(f"{SDIST}: its sha256 is not {SHA256}")
    return archive


def extract(archive):
    """The release, unpacked once (again if its archive changed)."""
    source = WORK / "src" / f"wagtail_localize-{VERSION}"
    marker = WORK / "src" / "extracted.sha256"
    if marker.exists() and marker.read_text() == SHA256 and source.is_dir():
        return source
    shutil.rmtree(WORK / "src", ignore_errors=True)
    (WORK / "src").mkdir(parents=True)
    with tarfile.open(archive) as tar:
        tar.extractall(WORK / "src", filter="data")
    marker.write_text(SHA256)
    return source


def check_installed_is_the_release(python, source):
    """The suite's tests come from the source release; the code they test is
    the installed wagtail-localize (the one the site runs): it must be that
    release's, file for file."""
    installed = Path(
        subprocess.run(  # nosec B603
            [str(python), "-c", "import wagtail_localize, os; print(os.path.dirname(wagtail_localize.__file__))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    released = source / "src" / "wagtail_localize"
    differing = []
    for path in sorted(released.rglob("*")):
        if path.suffix not in (".py", ".html"):
            continue
        twin = installed / path.relative_to(released)
        if not twin.is_file() or sha256_of(twin) != sha256_of(path):
            differing.append(str(path.relative_to(released)))
    if differing:
        sys.exit(f"The installed wagtail-localize ({installed}) is not release {VERSION}: {', '.join(differing[:10])}")


def run_variant(python, source, variant, labels, parallel):
    results = WORK / f"results-{variant}.json"
    results.unlink(missing_ok=True)
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
            "UPSTREAM_RESULTS": str(results),
            # The Google translator's client would wait for a metadata server.
            "NO_GCE_CHECK": "true",
            "GCE_METADATA_HOST": "127.0.0.1:9",
            "GCE_METADATA_IP": "127.0.0.1:9",
        }
    )
    command = [str(python), "testmanage.py", "test", "--noinput", f"--settings={VARIANTS[variant]}"]
    if parallel > 1:
        command.append(f"--parallel={parallel}")
    log = WORK / f"log-{variant}.txt"
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        subprocess.run([*command, *labels], cwd=source, env=env, stdout=out, stderr=subprocess.STDOUT)  # nosec B603
    say(f"  {variant}: {time.monotonic() - started:.0f} s, log in {log.relative_to(ROOT)}")
    if not results.exists():
        sys.exit(f"The {variant} run recorded nothing: see {log}")
    return json.loads(results.read_text())


def counts(outcomes):
    tally = Counter(outcome for outcome, _detail in outcomes.values())
    return ", ".join(f"{count} {name}" for name, count in sorted(tally.items()))


def load_intended():
    data = tomllib.loads((HERE / "intended_differences.toml").read_text("utf-8"))
    reasons = data.pop("reasons")
    for variant, entries in data.items():
        for test, entry in entries.items():
            if entry["reason"] not in reasons:
                sys.exit(f"intended_differences.toml: {variant} {test}: no reason named {entry['reason']!r}")
    return reasons, data


def compare(variant, baseline, outcomes, intended, partial=False):
    """Problems: differences from the baseline not listed (or listed with
    another outcome), and listed differences that did not happen (in a
    partial run, only among the tests that ran)."""
    problems = []
    listed = intended.get(variant, {})
    tests = set(baseline) | set(outcomes)
    if not partial:
        tests |= set(listed)
    for test in sorted(tests):
        before = baseline.get(test, ["not run", ""])
        after = outcomes.get(test, ["not run", ""])
        entry = listed.get(test)
        if before[0] == after[0]:
            if entry is not None:
                problems.append(f"{test}: listed ({entry['reason']}) but no longer differs: {after[0]}")
            continue
        if entry is None:
            problems.append(f"{test}: {before[0]} -> {after[0]} {after[1]}".rstrip())
        elif entry["outcome"] != after[0]:
            problems.append(f"{test}: listed as {entry['outcome']} ({entry['reason']}) but is {after[0]} {after[1]}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=list(VARIANTS), action="append", help="run these variants only")
    parser.add_argument("--parallel", type=int, default=int(os.environ.get("UPSTREAM_PARALLEL", "1")))
    parser.add_argument("labels", nargs="*", help="upstream test labels (default: all)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    python = venv_python()
    source = extract(sdist(python))
    check_installed_is_the_release(python, source)
    _reasons, intended = load_intended()
    variants = args.only or list(VARIANTS)
    if BASELINE not in variants:
        variants.insert(0, BASELINE)
    say(f"wagtail-localize {VERSION}'s own suite:")
    results = {variant: run_variant(python, source, variant, args.labels, args.parallel) for variant in variants}
    failed = False
    baseline = results[BASELINE]
    broken = {test: outcome for test, outcome in baseline.items() if outcome[0] in ("fail", "error", "not run")}
    for variant, outcomes in results.items():
        say(f"{variant}: {len(outcomes)} tests: {counts(outcomes)}")
    if broken:
        failed = True
        say(f"\nThe unchanged run itself has {len(broken)} failures or errors (the environment, not our patches):")
        for test, (outcome, detail) in sorted(broken.items()):
            say(f"  {test}: {outcome} {detail}")
    for variant in variants:
        if variant == BASELINE:
            continue
        outcomes = results[variant]
        differing = sum(
            1
            for test in set(baseline) | set(outcomes)
            if baseline.get(test, ["not run"])[0] != outcomes.get(test, ["not run"])[0]
        )
        problems = compare(variant, baseline, outcomes, intended, partial=bool(args.labels))
        say(f"{variant}: {differing} differ from the unchanged run, {len(problems)} not as listed")
        for problem in problems:
            say(f"  {problem}")
        failed = failed or bool(problems)
    if failed:
        say("\nFAILED: fix it, or list an intended difference, with its reason, in intended_differences.toml.")
        return 1
    say("\nOK: every difference from the unchanged run is an intended one.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
