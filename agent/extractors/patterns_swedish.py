"""Phrase rules for tickets written in Swedish: the immediate criteria and a few common standard ones.

Swedish puts "inte" after the verb ("kommer inte in"), and "ingen" is often the report itself ("ingen kan logga
in"), so these rules never use the negation guard; each one lists the questions, drills and denials that take it
back in ``unless``. Anchors are written folded (å, ä and ö read as a and o).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: A question, a plan or a denial: "Hur gör vi ...?", "om det skulle hända", "övning", "inget intrång".
_NOT_NOW = (r"\?|\bhur (?:gor|kan|ska)\b|\bom (?:det|ni|vi) (?:skulle|blir)\b|\bovning\b|\bscenario\b|"
            r"\binget (?:intrang|fel|problem)\b|\binte (?:ett|nagot) (?:intrang|fel)\b|\bfalskt alarm\b|"
            r"\bloste sig\b|\bfungerar igen\b")
#: Everyone, not one user: "ingen av våra 300 användare", "hela företaget", "alla kontor".
_EVERYONE = (r"\bingen\b|\bhela\b|\balla\b|\bsamtliga\b|\boverallt\b|\bkontoren\b|\d{2,} (?:anvandare|medarbetare|"
             r"anstallda)")

SWEDISH: tuple[Rule, ...] = (
    rule("OUT1", words("kommer inte in|kan inte logga in|utelast|utelasta|gar inte att na|gar inte att oppna|ar nere|"
                       "ligger nere"),
         need=_EVERYONE, unless=_NOT_NOW, negatable=False, guard="none", name="OUT1-sv-everyone-locked-out"),
    # "Ingen av våra ca 300 användare kommer in i TeamFlow"
    rule("OUT1", words("kommer in|kan logga in"), need=r"\bingen\b", unless=_NOT_NOW, negatable=False, guard="none",
         name="OUT1-sv-nobody-gets-in"),
    rule("SEC1", words("intrang|dataintrang|obehorig|obehoriga|nagon okand|okand person|okand anvandare|"
                       "datalacka|lackt ut|lackta|kapat|kapats|kapad"),
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC1-sv-intrusion"),
    rule("SEC1", words("loggat in|laddat ner|exporterat"),
         need=r"\bnagon\b|\bokand\w*|\bfore detta\b|\bf\.d\.|\bslutat\b|\bsom ingen\b",
         unless=_NOT_NOW + r"|\b(?:jag|vi) (?:har )?(?:loggat|laddat|exporterat)\b", negatable=False, guard="none",
         name="SEC1-sv-someone-got-in"),
    rule("SEC4", words("forsvunnit|forsvann|ar borta|raderats|raderades|korrupt|skadade filer|gar inte att aterstalla"),
         need=r"uppgift|projekt|fil|data|kommentar|bilag|tavla|tavlan|lista|kort",
         unless=_NOT_NOW + r"|\bfilter\b|\b(?:jag|vi) (?:har )?raderade\b|papperskorgen", negatable=False, guard="none",
         name="SEC4-sv-data-gone"),
    rule("SEC5", words("bryter mot gdpr|brott mot gdpr|strider mot gdpr|bryter mot dataskydds|brott mot dataskydds"),
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC5-sv-violation"),
    rule("LEG1", words("advokat|advokaten|stamma er|stammer er|stamning|rattsliga atgarder|domstol|tingsratten"),
         unless=_NOT_NOW + r"|\badvokatbyra\b[^.!?]{0,40}\b(?:anvander|arbetar)\b", negatable=False, guard="none",
         name="LEG1-sv-legal-action"),
    rule("LEG2", words("integritetsskyddsmyndigheten|datainspektionen|tillsynsmyndighet"),
         need=r"begar|begart|krav|fraga|fragor|utredning|granskning|tillsyn|svar", unless=r"\bhur\b|\bom\b",
         negatable=False, guard="none", name="LEG2-sv-regulator"),
    rule("FIN3", words("aterbetalning|pengarna tillbaka|betala tillbaka"), unless=r"\bhur\b|\bpolicy\b",
         negatable=False, guard="none", name="FIN3-sv-refund"),
    rule("TEC5", words("langsam|langsamt|langsamma|seg|segt|tar evigheter"),
         need=r"sida|sidor|tavla|tavlan|laddar|ladda|oppna|projekt|appen",
         unless=_NOT_NOW + r"|\bsvar\b|\bsupport\b", negatable=False, guard="none", name="TEC5-sv-slow"),
    rule("SAT2", words("prata med en chef|tala med en chef|prata med er chef|tala med er chef|prata med chefen|"
                       "prata med ansvarig"),
         unless=r"\binte\b", negatable=False, guard="none", name="SAT2-sv-manager"),
)
