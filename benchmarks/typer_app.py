"""Baseline of issue 7: a minimal three-command typer app (``python benchmarks/typer_app.py --help``).

``forum-eval --help`` is timed against this app's ``--help``: same library, same help
rendering, nothing of forum-eval.
"""

from pathlib import Path

import typer

app = typer.Typer(help="A minimal three-command app.", add_completion=False)


@app.command()
def summarize(source: str, lang: str = "en", out: Path | None = None) -> None:
    """Summarise a file."""
    typer.echo(f"summarize {source} {lang} {out}")


@app.command()
def compare(first: str, second: str, lang: str = "en") -> None:
    """Compare two files."""
    typer.echo(f"compare {first} {second} {lang}")


@app.command()
def report(source: str, lang: str = "both", out: Path | None = None) -> None:
    """Write a report."""
    typer.echo(f"report {source} {lang} {out}")


if __name__ == "__main__":
    app()
