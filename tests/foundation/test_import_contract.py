"""The import contract (pyproject.toml, [tool.importlinter]) holds today, and
breaks the build when someone adds an import the wrong way."""

import shutil
import subprocess  # nosec B404
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The packages the contract covers, as pyproject.toml names them.
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["root_packages"]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(root):
    return subprocess.run(  # nosec B603
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def copy_of_the_code(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc", "static", "templates")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_the_contract():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "module, line",
    [
        ("core/models.py", "from pressroom.models import NewsPage  # the core learning an app's name"),
        ("pressroom/models/topics.py", "import directory.models  # one domain app reaching into another"),
        ("directory/models.py", "from search import views  # an app reaching into the search"),
        ("search/engine.py", "from pressroom.models import NewsPage  # the search naming an app it finds"),
        ("search/views.py", "import directory.models  # the search reading an app's internals"),
        ("pressroom/models/news.py", "import press_events.models  # the press room reaching up into the events"),
        ("settings/base.py", "import core.page_cache  # settings importing app code"),
    ],
)
def test_an_import_the_wrong_way_breaks_the_build(copy_of_the_code, module, line):
    path = copy_of_the_code / module
    path.write_text(path.read_text() + "\n" + line + "\n")
    result = _lint(copy_of_the_code)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def _imported_modules(path):
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield ("." * node.level) + (node.module or "")
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_no_test_imports_another_test_module_or_a_conftest():
    """Helpers live in tests/support/, fixtures in conftest.py files (found
    by pytest, never imported)."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for module in _imported_modules(path):
            last = module.rsplit(".", 1)[-1]
            if last == "conftest" or last.startswith("test_"):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders, offenders
