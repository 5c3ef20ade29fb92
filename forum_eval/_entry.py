"""The ``forum-eval`` console script.

``forum-eval --version`` is answered here, before the command line (typer and every
command's options) is even imported; everything else goes to :func:`forum_eval.cli.main`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from forum_eval import __version__

        sys.stdout.write(f"forum-eval {__version__}\n")
        return
    from forum_eval.cli import main as cli_main

    cli_main()
