"""The size of forum_eval/ as issue 12 measures it: lines, and code lines (not blank, not a
comment, not a docstring), in the working tree or at a git revision.

    python benchmarks/code_size.py            # the working tree
    python benchmarks/code_size.py 2de0ed3    # the snapshot commit of issue 12
    python benchmarks/code_size.py HEAD -v    # per file, smallest first
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
SKIP.add(tokenize.ENDMARKER)


def code_lines(source: str) -> int:
    """Lines holding a token other than a comment, outside the docstrings."""
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in SKIP:
            lines.update(range(token.start[0], token.end[0] + 1))
    return len(lines - docstrings)


def sources(revision: str | None) -> dict[str, str]:
    """Each .py file of forum_eval/ and its text, now or at ``revision``."""
    if revision is None:
        return {
            str(p.relative_to(ROOT)): p.read_text() for p in (ROOT / "forum_eval").rglob("*.py")
        }
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", revision, "forum_eval"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    return {
        name: subprocess.run(
            ["git", "show", f"{revision}:{name}"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        for name in names
        if name.endswith(".py")
    }


def main(argv: list[str]) -> None:
    revision = next((a for a in argv if not a.startswith("-")), None)
    sizes = {name: (text.count("\n"), code_lines(text)) for name, text in sources(revision).items()}
    if "-v" in argv:
        for name, (lines, code) in sorted(sizes.items(), key=lambda kv: kv[1][1]):
            print(f"{code:6d} {lines:6d} {name}")
    total = sum(lines for lines, _ in sizes.values())
    code = sum(code for _, code in sizes.values())
    print(f"{revision or 'working tree'}: {len(sizes)} files, {total} lines, {code} code lines")


if __name__ == "__main__":
    main(sys.argv[1:])
