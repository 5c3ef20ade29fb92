"""The project's error types. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ForumEvalError(Exception):
    """An expected failure the user can fix: ``message`` says what and where, ``hint`` how."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class InputError(ForumEvalError):
    """The input file cannot be read or understood (data error, exit 1)."""


class ConfigError(ForumEvalError):
    """The surveys registry, questionnaire or a codebook is malformed (exit 1)."""


class UsageError(ForumEvalError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2
