"""One exception tree for the product: catch ``TriageError`` to catch them all."""

from __future__ import annotations


class TriageError(Exception):
    """Base of every error the product raises on purpose."""


class TicketError(TriageError, ValueError):
    """A ticket that cannot be triaged; the message says why, for a support engineer."""


class ConfigError(TriageError):
    """A configuration file or option is unusable."""


class ExtractorUnavailable(TriageError):
    """The requested extractor cannot run here (no key, no client, not built)."""


class ExtractionFailed(TriageError):
    """An extractor gave up on a ticket; ``last_error`` is the final attempt's error."""

    def __init__(self, message: str, *, last_error: BaseException | None = None, attempts: int = 0) -> None:
        super().__init__(message)
        self.last_error = last_error
        self.attempts = attempts
