"""Fast checks of the packaging files (the PyInstaller build itself is `make dist` + `make
dist-check`, far too slow for the test suite)."""

from __future__ import annotations

import ast
import configparser
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "exercise_builder.spec"
DESKTOP = PACKAGING / "linux" / "exercise-builder.desktop"
METAINFO = PACKAGING / "linux" / "dk.exercisebuilder.ExerciseBuilder.metainfo.xml"
ISS = PACKAGING / "windows" / "exercise_builder.iss"


@pytest.fixture(scope="module")
def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _assigned(tree: ast.Module, name: str) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"the spec assigns no {name}")


def test_spec_parses_and_lists_the_resources(spec_tree):
    source = SPEC.read_text(encoding="utf-8")
    resources = _assigned(spec_tree, "RESOURCES")
    assert "resources" in ast.unparse(resources)
    datas = ast.unparse(_assigned(spec_tree, "datas"))
    assert "(RESOURCES, 'resources')" in datas
    assert 'copy_metadata("exercise-builder")' in source, "the version must be readable in the bundle"
    assert '"exercise_builder", "translations"' in source, "the compiled .qm files"
    assert "qtbase_da.qm" in source


def test_spec_excludes_webengine_and_qml(spec_tree):
    excludes = ast.literal_eval(_assigned(spec_tree, "excludes"))
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "tkinter",
    ):
        assert module in excludes
    kept = ast.literal_eval(_assigned(spec_tree, "QT_PLUGINS_KEPT"))
    assert {"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"} <= kept["platforms"]
    assert {"qsvg", "qjpeg"} <= kept["imageformats"]
    assert "printsupport" in kept and "iconengines" in kept


def test_spec_has_no_system_specific_paths(spec_tree):
    for node in ast.walk(spec_tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not node.value.startswith(("/usr", "/opt", "/home", "/tmp", "/work")), node.value
            assert not re.match(r"^[A-Za-z]:\\", node.value), node.value
    assert "SPECPATH" in SPEC.read_text(encoding="utf-8")


def test_packaging_scripts_are_python():
    for script in PACKAGING.glob("*.py"):
        ast.parse(script.read_text(encoding="utf-8"), filename=str(script))


def test_desktop_file_has_the_required_keys():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[da]"] == "Øvelsesprogram"
    assert entry["Exec"].split()[0] == "exercise-builder"
    assert entry["Icon"] == "exercise-builder"  # the hicolor name prepare_icons.py writes
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Comment"]
    assert entry.get("StartupWMClass") == "exercise-builder"


def test_metainfo_is_complete(version):
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "dk.exercisebuilder.ExerciseBuilder"
    assert METAINFO.name == root.findtext("id") + ".metainfo.xml"
    for tag in ("metadata_license", "project_license", "name", "summary"):
        assert (root.findtext(tag) or "").strip(), tag
    description = root.find("description")
    assert description is not None and description.find("p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases, "no releases"
    assert releases[0].get("version") == version, "the newest release must be pyproject's version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_inno_setup_script_names_the_same_version(version):
    text = ISS.read_text(encoding="utf-8")
    match = re.search(r'#define AppVersion "([^"]+)"', text)
    assert match and match.group(1) == version
    assert "ExerciseBuilder.exe" in text and "dist\\exercise-builder" in text
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", text)


def test_the_windows_executables_match_the_installer():
    spec = SPEC.read_text(encoding="utf-8")
    iss = ISS.read_text(encoding="utf-8")
    assert '_exe("ExerciseBuilder", console=False)' in spec and "ExerciseBuilder.exe" in iss
    assert '_exe("exercise-builder", console=True)' in spec and "exercise-builder.exe" in iss


def test_make_test_does_not_build_the_app():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = re.split(r"\n(?=\S)", makefile)
    test_recipe = next(r for r in recipes if r.startswith("test:"))
    assert "pyinstaller" not in test_recipe and "dist" not in test_recipe.split(":")[1].split("\n")[0]
    assert any(r.startswith("dist:") for r in recipes)
    assert any(r.startswith("dist-check:") for r in recipes)
