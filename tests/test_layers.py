"""The import direction of the package: each layer imports only from itself and the layers
below it (docs/architecture.md). Every import counts, those inside functions and under
``TYPE_CHECKING`` too. Run by the test suite and by ``nox -s lint``
(``python tests/test_layers.py``)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "forum_eval"
#: bottom to top; "base" is the modules at the package root (errors, textnorm, progress …)
LAYERS = ("base", "config", "read", "analyse", "present", "report", "cli")
#: the console script and ``python -m forum_eval``: the command line's entry points
ENTRY_POINTS = frozenset({"forum_eval._entry", "forum_eval.__main__"})


def layer_of(module: str) -> str | None:
    """The layer of a module of the package (``forum_eval.read.grid`` → ``read``)."""
    parts = module.split(".")
    if parts[0] != "forum_eval":
        return None
    if len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    if module in ENTRY_POINTS:
        return "cli"
    return "base"


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every ``forum_eval`` import in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from forum_eval import progress` names a module of the package root
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return [(line, name) for line, name in found if name.startswith("forum_eval")]


def back_edges(package: Path = PACKAGE) -> list[str]:
    """Every import that points up, as ``file:line: layer → layer (module)``."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        here = layer_of(".".join(("forum_eval", *path.relative_to(package).with_suffix("").parts)))
        assert here is not None
        for line, module in imports(path):
            there = layer_of(module)
            if there is not None and LAYERS.index(there) > LAYERS.index(here):
                problems.append(
                    f"{path.relative_to(package.parent)}:{line}: {here} → {there} ({module})"
                )
    return problems


def test_imports_only_point_down() -> None:
    assert back_edges() == []


def test_the_check_catches_a_back_edge(tmp_path: Path) -> None:
    package = tmp_path / "forum_eval"
    (package / "read").mkdir(parents=True)
    (package / "read" / "x.py").write_text(
        "def f():\n    from forum_eval.present.fmt import pct\n", encoding="utf-8"
    )
    (package / "errors.py").write_text("from forum_eval import cli\n", encoding="utf-8")
    assert back_edges(package) == [
        "forum_eval/errors.py:1: base → cli (forum_eval.cli)",
        "forum_eval/read/x.py:2: read → present (forum_eval.present.fmt.pct)",
    ]


if __name__ == "__main__":
    found = back_edges()
    print("\n".join(found) or "imports point down: no back-edge")
    sys.exit(1 if found else 0)
