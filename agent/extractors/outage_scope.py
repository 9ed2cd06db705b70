"""How wide an outage is (the OUT criteria's scope): the whole platform, one organisation, several users or one.

The first scope whose words appear anywhere in the new text wins, widest first.
"""

from __future__ import annotations

import re

from ..policy.signals import OutageScope
from .detectors import Found, Scan
from .reopt import compile_fast

_SCOPES: tuple[tuple[OutageScope, re.Pattern[str]], ...] = (
    ("platform", compile_fast(r"everyone|every ?body|all (?:your |of your )?customers|platform[- ]wide|status page|"
                            r"worldwide|globally|entire (?:platform|service)|whole platform|other (?:customers|"
                            r"companies)|anyone else|across all (?:regions|customers)|is teamflow down|"
                            r"tout le monde|todo el mundo|alle kunden|todos os clientes|tutti i clienti")),
    ("organisation", compile_fast(r"(?:our|my) (?:whole |entire )?(?:team|company|org\w*|workspace|office|staff|"
                                r"account|employees)|nobody (?:in|on|at) our|no ?one (?:in|on|at) our|none of (?:us|"
                                r"our)|"
                                r"all (?:of )?our|whole (?:team|company|office)|entire (?:team|company|office)|"
                                r"nobody|no ?one|nadie|personne|niemand|ninguem|nessuno")),
    ("multiple_users", compile_fast(r"several|multiple|many|some (?:of )?(?:our )?users|colleagues|"
                                    r"\d+ (?:users|people)|"
                                  r"other users|two|three|offices|locations")),
    ("single_user", compile_fast(r"\bi (?:can'?t|cannot|am unable)|only me|just me|my account|for me\b")),
)


def outage_scope(scan: Scan, hits: dict[str, Found]) -> tuple[OutageScope, str] | None:
    outage = [f for cid, f in hits.items() if cid.startswith("OUT")]
    if not outage:
        return None
    for scope, pattern in _SCOPES:
        if scan.doc(pattern):
            return scope, outage[0].evidence
    return None
