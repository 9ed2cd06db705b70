"""triage: explained escalation decisions for support tickets.

    from triage import Triager
    decision = Triager().triage({"body": "Our whole team is locked out since 9am"})
"""

from .decision import Decision, Usage
from .errors import ConfigError, ExtractionFailed, ExtractorUnavailable, TicketError, TriageError
from .tickets import LoadFailure, Ticket
from .triager import Triager

__version__ = "0.1.0"
__all__ = [
    "ConfigError",
    "Decision",
    "ExtractionFailed",
    "ExtractorUnavailable",
    "LoadFailure",
    "Ticket",
    "TicketError",
    "TriageError",
    "Triager",
    "Usage",
]
