"""The ``forum-eval`` console script.

``forum-eval --version`` is answered here, before the command line (typer and every
command's options) is even imported; ``forum-eval report`` starts its chart workers' fork
server here; everything goes to :func:`forum_eval.cli.main`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from forum_eval import __version__

        sys.stdout.write(f"forum-eval {__version__}\n")
        return
    if sys.argv[1:2] == ["report"]:
        # its chart workers' fork server starts loading matplotlib now, while typer and the
        # command line are imported and parsed (forum_eval/render/drawing.py)
        from forum_eval.report.pool import start_early

        start_early(sys.argv[1:])
    # a big response file named on the command line is parsed in a thread meanwhile
    from forum_eval import _early_read

    _early_read.start(sys.argv[1:])
    from forum_eval.cli import main as cli_main

    try:
        cli_main()
    finally:
        _early_read.finish()
        # Every file is written and closed by now; what is left is the interpreter's teardown,
        # whose last garbage collection walks every object pandas and pyarrow made (~80 ms,
        # benchmarks/RESULTS.md). Frozen objects are left out of it: the process ends sooner.
        import gc

        gc.freeze()
