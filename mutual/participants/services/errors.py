"""The one error type of joining: a message a person can act on."""

from __future__ import annotations


class JoiningError(ValueError):
    """A step cannot be taken as asked; the message is shown to the person.

    ``field`` names the form field the problem belongs to (empty for the whole form).
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
