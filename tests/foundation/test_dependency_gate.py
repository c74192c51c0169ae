"""tools/check_dependencies.py, against a stand-in for PyPI on loopback: a
loose or wrong pin, a yanked release and a known vulnerability fail the gate,
and vulnerability data that could not be had is never reported as a pass."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tools import check_dependencies as gate

# A package the test virtualenv certainly has, at the version it has.
NAME, VERSION = "polib", "1.2.0"


def _simple(version, yanked=False):
    return {
        "meta": {"api-version": "1.1"},
        "name": NAME,
        "files": [
            {"filename": f"polib-{version}-py2.py3-none-any.whl", "yanked": yanked},
            {"filename": f"polib-{version}.tar.gz", "yanked": yanked},
        ],
    }


def _project(latest, vulnerabilities=()):
    return {
        "info": {"version": latest},
        "releases": {VERSION: [{"yanked": False}], latest: [{"yanked": False}]},
        "vulnerabilities": list(vulnerabilities),
    }


@pytest.fixture
def pypi(monkeypatch, tmp_path):
    """A loopback PyPI answering what `answers` holds ({path: json}), 404 otherwise."""
    answers = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = answers.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(body or {"message": "Not Found"}).encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(gate, "PYPI", f"http://127.0.0.1:{server.server_port}")
    monkeypatch.setattr(gate, "ROOT", tmp_path)
    (tmp_path / "requirements.txt").write_text(f"# pinned\n{NAME}=={VERSION}\n")
    yield answers
    server.shutdown()
    server.server_close()


def test_a_loose_pin_fails_the_gate(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(gate, "ROOT", tmp_path)
    (tmp_path / "requirements.txt").write_text(f"{NAME}>=1.0\n")
    assert gate.main(["--offline"]) == 1
    assert "is not an exact pin" in capsys.readouterr().out


def test_a_pin_other_than_the_installed_version_fails_the_gate(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(gate, "ROOT", tmp_path)
    (tmp_path / "requirements.txt").write_text("-r requirements-dev.txt\n")
    (tmp_path / "requirements-dev.txt").write_text(f"{NAME}==1.1.1\n")
    assert gate.main(["--offline"]) == 1
    assert f"pinned 1.1.1 (requirements-dev.txt:1) but {VERSION} is installed" in capsys.readouterr().out


def test_a_yanked_pin_fails_the_gate(pypi, capsys):
    pypi[f"/simple/{NAME}/"] = _simple(VERSION, yanked="broken wheel")
    pypi[f"/pypi/{NAME}/json"] = _project(VERSION)
    assert gate.main([]) == 1
    assert f"{NAME} {VERSION} is yanked on PyPI (2/2 files): broken wheel" in capsys.readouterr().out


def test_a_known_vulnerability_of_the_pinned_release_fails_the_gate(pypi, capsys):
    pypi[f"/simple/{NAME}/"] = _simple(VERSION)
    pypi[f"/pypi/{NAME}/json"] = _project(VERSION, [{"id": "PYSEC-0000-1", "fixed_in": ["1.2.1"]}])
    assert gate.main([]) == 1
    assert "known vulnerability PYSEC-0000-1 (fixed in 1.2.1)" in capsys.readouterr().out


def test_vulnerability_data_out_of_reach_is_never_a_pass(pypi, capsys):
    # As on the machines this was built on: the index answers, the
    # per-release JSON that pip-audit reads answers 404, and the pin is not
    # the newest release, whose vulnerabilities are all PyPI lists.
    pypi[f"/simple/{NAME}/"] = _simple(VERSION)
    pypi[f"/pypi/{NAME}/json"] = _project("9.9.9")
    assert gate.main([]) == 0
    out = capsys.readouterr().out
    assert "DEPENDENCY GATE INCOMPLETE" in out
    assert f"known vulnerabilities of {NAME} {VERSION}" in out
    assert "make audit" in out
    assert "no known vulnerability" not in out
    # The weekly run insists on the data.
    assert gate.main(["--require-vulnerability-data"]) == 2


def test_pip_audit_skipping_every_package_is_never_a_pass(pypi, monkeypatch, capsys):
    # pip-audit itself prints "No known vulnerabilities found" when every
    # package was skipped; its JSON says why.
    report = {
        "dependencies": [
            {"name": NAME, "skip_reason": f"Dependency not found on PyPI and could not be audited: {NAME} ({VERSION})"},
        ],
        "fixes": [],
    }
    pypi[f"/simple/{NAME}/"] = _simple(VERSION)
    pypi[f"/pypi/{NAME}/json"] = _project("9.9.9")
    pypi["/pypi/django/5.2/json"] = {"info": {"version": "5.2"}}
    monkeypatch.setattr(gate, "run_pip_audit", lambda: gate.read_pip_audit_report(report))
    assert gate.main(["--require-vulnerability-data"]) == 2
    out = capsys.readouterr().out
    assert "pip-audit audited 0 of 1 installed distributions" in out
    assert "pip-audit skipped it" in out and "NOT CHECKED" in out


def test_a_vulnerability_pip_audit_finds_fails_the_gate(pypi, monkeypatch, capsys):
    report = {
        "dependencies": [
            {"name": NAME, "version": VERSION, "vulns": [{"id": "GHSA-xxxx", "fix_versions": ["1.2.1"]}]},
            {"name": "some-transitive", "version": "1.0", "vulns": [{"id": "PYSEC-1", "fix_versions": []}]},
        ],
        "fixes": [],
    }
    pypi[f"/simple/{NAME}/"] = _simple(VERSION)
    pypi[f"/pypi/{NAME}/json"] = _project("9.9.9")
    pypi["/pypi/django/5.2/json"] = {"info": {"version": "5.2"}}
    monkeypatch.setattr(gate, "run_pip_audit", lambda: gate.read_pip_audit_report(report))
    assert gate.main([]) == 1
    out = capsys.readouterr().out
    assert "known vulnerability GHSA-xxxx (fixed in 1.2.1)" in out
    assert "some-transitive (not pinned): known vulnerability PYSEC-1 (fixed in no fixed release)" in out
