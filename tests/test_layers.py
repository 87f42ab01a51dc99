"""Dependencies point one way: ui → handout, library, store → domain; only ui imports Qt."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "exercise_builder"
LEAVES = {"atomic_write", "paths"}  # top-level helpers with no imports of ours
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store", "atomic_write"},
    "library": {"domain", "library", "atomic_write"},
    "figures": {"figures"},
    "handout": {"domain", "handout"},
}


def imports_of(path: Path) -> list[tuple[str, int]]:
    """(first part of each exercise_builder module imported, line), and 'PySide6' for Qt."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = path.relative_to(PACKAGE).parts[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("PySide6"):
                    found.append(("PySide6", node.lineno))
                elif alias.name.startswith("exercise_builder."):
                    found.append((alias.name.split(".")[1], node.lineno))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module.startswith("PySide6"):
                found.append(("PySide6", node.lineno))
            elif node.level:
                base = list(package_parts)[: len(package_parts) - (node.level - 1)]
                target = [*base, *module.split(".")] if module else base
                if target:
                    found.append((target[0], node.lineno))
                else:  # "from .. import x" at the package root
                    found += [(alias.name, node.lineno) for alias in node.names]
            elif module.startswith("exercise_builder."):
                found.append((module.split(".")[1], node.lineno))
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_below_itself(layer):
    wrong = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for target, line in imports_of(path):
            if target == "PySide6" or (target not in ALLOWED[layer] and target != "__version__"):
                wrong.append(f"{path.relative_to(PACKAGE)}:{line} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_leaves_import_nothing_of_ours():
    for name in LEAVES:
        assert [t for t, _ in imports_of(PACKAGE / f"{name}.py") if t != "PySide6"] == [], name
