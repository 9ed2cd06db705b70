"""The built-in offline extractor: phrase detectors and fact readers, no model, no network.

``RulesExtractor().extract(ticket)`` returns the same typed Signals an LLM would, each hit backed
by an exact quote of the ticket. ``detect_hits(text, tiers)`` runs only the detectors of some
tiers or criteria, so the LLM extractor can use the immediate-tier detectors as a safety floor.
Everything (patterns, the anchor gate) is compiled when the module is imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from ..policy import CRITERIA, Hit, Signals, StatedFact, Tier
from ..text import TextParts, split_ticket
from ..tickets import Ticket
from .base import Extraction
from .detectors import Found, Scan, criteria_of_tiers, find, masked, prepare
from .exposure import data_exposed
from .facts import (
    form_scaffolding,
    injections,
    refund,
    staff_guesses,
    stated_contract_value,
    stated_fortune_500,
    stated_plan,
    words_as_words,
)
from .language import PARTLY_READ_LANGUAGES, READ_LANGUAGES, language
from .lexicon import ARCHIVED_BY_MISTAKE, FALSE_ALARM, FOUND_AGAIN, NOTHING_LOST, RETRACTED
from .outage_scope import outage_scope
from .reopt import compile_fast
from .request_kind import support_request, vague
from .stories_elsewhere import stories_from_elsewhere
from .timing import failed_attempts, unresolved_hours
from .topic import topic

_ORDER = {c.id: i for i, c in enumerate(CRITERIA)}


class RulesExtractor:
    """Offline, deterministic extraction from the ticket's own words."""

    name = "rules"
    prompt_version: str | None = None

    def extract(self, ticket: Ticket) -> Extraction:
        signals, notes = analyze(ticket.subject, ticket.body, ticket.received_at)
        return Extraction(signals=signals, extractor=self.name, review_reasons=notes)


def _scan(parts: TextParts) -> tuple[Scan, str | None]:
    scan = prepare(parts)
    holes, injection = injections(scan)
    return masked(scan, holes + form_scaffolding(scan) + staff_guesses(scan) + words_as_words(scan)
                  + stories_from_elsewhere(scan)), injection


_RETRACTED = compile_fast(RETRACTED)
_NOT_A = compile_fast(r"\b(?:not|no|kein|pas|nao|niet|non)\b")
#: Narrower than RETRACTED: these also take back a fault told as data loss or an outage ("board empty ... false
#: alarm: a filter was on"), where "that's her" or "not a security issue" would not.
_FALSE_ALARM = compile_fast(FALSE_ALARM + "|" + FOUND_AGAIN + "|" + ARCHIVED_BY_MISTAKE + "|" + NOTHING_LOST + "|"
                            r"(?:we'?re )?all good now|\bphew\b|"
                            # "aus Versehen auf 'Archivieren' ... geklickt (glaube ich war's selbst)"
                            r"war'?s selbst")


_NOTHING_LOST = compile_fast(NOTHING_LOST)
#: A fault told as things gone or empty, which "nothing was lost" takes back.
_GONE = compile_fast(r"gone|disappear|vanish|missing|empty|\blost\b|delet|wiped|verschwund|\bweg\b|geloscht|leer\b|"
                     r"fehl|desaparec|disparu|sumi|sparit|verdwen|kwijt|\bvide\b|vaci[oa]|vazi[oa]|vuot[oa]|\bleeg\b|"
                     r"perdu|perdid|\bpers[oie]\b|borrad|supprim|cancellat|apagad|verwijderd|manqu|falta|mancan|"
                     r"ontbre")


#: The writer comes back to the alarm after calming down: "no falta nada ... Pero esto no es normal no? Alguien está
#: intentando entrar". What came before it is not taken back.
_ALARM_RESTATED = compile_fast(r"(?:someone|somebody) (?:is|'s) (?:trying|attempting) to (?:get in|log ?in|sign in|"
                               r"access|"
                               r"break in)|alguien (?:esta|anda) intentando (?:entrar|acceder)|quelqu'un (?:essaie|"
                               r"tente) "
                               r"(?:d'entrer|de se connecter|d'acceder)|jemand versucht,? (?:sich )?(?:einzuloggen|"
                               r"reinzukommen|anzumelden)|alguem (?:esta a tentar|esta tentando) (?:entrar|acessar)|"
                               r"qualcuno sta (?:cercando|provando) (?:di|a) entrare|iemand probeert (?:in te loggen|"
                               r"binnen te komen)|(?:but|pero|mais|aber|mas|ma|maar) (?:this|esto|ca|das|isso|questo|"
                               r"dit) "
                               r"(?:isn'?t|is not|no es|n'est pas|ist nicht|nao e|non e|is niet) normal")


#: The body says what the ticket really is: "en vrai c'est juste pour savoir comment on change le logo".
_REALLY_JUST = compile_fast(r"\b(?:en vrai|actually|really|in reality|en realidad|eigentlich|na verdade|in realta|"
                            r"eigenlijk),? "
                            r"(?:c'est |it'?s |this is |es |ist es |e |is het )?(?:juste|just|only|solo|nur|so|"
                            r"alleen)\b")
#: Calm words about the data only: nothing is missing.
_NOTHING_MISSING = compile_fast(NOTHING_LOST + r"|es fehlt nichts|nichts fehlt|no falta nada|nao falta nada|"
                                r"rien ne manque|non manca (?:niente|nulla)|er ontbreekt niets|nothing(?:'s|"
                                r" is) missing")
_POINTS_AT_NOTE = compile_fast(r"instructions?|read the note|see (?:the )?(?:note )?below|as instructed|per the note|"
                               r"read (?:this |me )?first")


def _backed_by_body(scan: Scan, found: dict[str, Found]) -> dict[str, Found]:
    """Beside an instruction aimed at the triage system, a subject line that points at it ("URGENT SECURITY BREACH -
    read the instructions") raises nothing the body does not report itself."""
    subject = scan.subject
    if subject is None or not (_POINTS_AT_NOTE.search(scan.folded, *subject) or scan.doc(_REALLY_JUST)) \
            or not any(f.start < subject[1] for f in found.values()):
        return found
    body = find(masked(scan, [s for s in scan.sents.spans if s[0] < subject[1]]))
    return {cid: f for cid, f in found.items() if f.start >= subject[1] or cid in body}


def _not_taken_back(scan: Scan, found: dict[str, Found]) -> dict[str, Found]:
    """Drop the alarms the writer takes back further down ("... from Madrid!! ... oh it's my boss. false alarm")."""
    if not scan.allows(_RETRACTED):
        return found
    taken_back = [m for a, b in scan.spans for m in _RETRACTED.finditer(scan.folded, a, b)]
    last = max((m.end() for m in taken_back), default=-1)
    # "es fehlt nichts" calms a fear for the data, not a sign-in nobody made ("Anmeldungen aus Jakarta ... es fehlt
    # nichts"): only the other calm words take back an access alarm
    last_access = max((m.end() for m in taken_back if not _NOTHING_MISSING.fullmatch(m.group())), default=-1)
    if last >= 0 and scan.allows(_ALARM_RESTATED) and any(
            m.start() > last for a, b in scan.spans for m in _ALARM_RESTATED.finditer(scan.folded, a, b)):
        last = last_access = -1  # the alarm is raised again after the calm words
    # a plain "false alarm" takes back the fault too ("board empty ... false alarm: a filter was on")
    alarms = [m for a, b in scan.spans for m in _FALSE_ALARM.finditer(scan.folded, a, b)]
    alarm = max((m.end() for m in alarms), default=-1)
    # "rien n'a été perdu" calms a fault told as things gone, not a card that jumps back to its column
    calm = max((m.end() for m in alarms if not _NOTHING_LOST.fullmatch(m.group())), default=-1)
    # "All our tasks had gone!!! (false alarm)" in the subject line takes back the whole story below it
    if scan.subject is not None and any(not _NOT_A.search(scan.folded, max(0, m.start() - 8), m.start())
                                        for m in _FALSE_ALARM.finditer(scan.folded, *scan.subject)):
        last = last_access = alarm = calm = len(scan.folded)
    kept = {cid: f for cid, f in found.items()
            if not (f.start < (last_access if cid in ("SEC1", "SEC2", "SEC3") else last) and cid[:3] in ("SEC", "OUT"))
            and not (cid in ("TEC3", "TEC5") and f.start < (
                alarm if _GONE.search(scan.folded, *f.sentence) else calm))}
    faults: set[str] = {cid for cid in ("TEC3", "TEC5") if cid in found and cid not in kept}
    if faults:
        # the fault told again after the calm words stays: "non si è perso niente, è solo lo spostamento che non resta
        # salvato"
        after = find(masked(scan, [s for s in scan.sents.spans if s[1] <= alarm]), allowed=faults)
        kept.update({cid: f for cid, f in after.items() if f.start >= alarm})
    return kept


#: "It came back by itself around 9:30 and everything has worked fine since": the outage told is over ...
_OVER = compile_fast(r"(?:everything|it|all|things|the service|the platform|teamflow) (?:has|have) (?:worked|"
                     r"been working|been running(?: fine| smoothly| normally)?|"
                     r"behaved|been fine|been stable|"
                     r"been ok|been okay)(?: \w+)? (?:ever )?since|came back (?:by itself|on its own)|"
                     r"(?:everything'?s|everything is|it'?s|all) (?:been )?(?:fine|back to normal|working) (?:again|"
                     r"since)|(?:the service|teamflow) is working (?:today|now|again|fine)|not a live problem")
#: ... unless it is back, or still going ("down again", "still failing", "right now").
_NOT_OVER = compile_fast(r"\bagain\b(?! since)(?<!working again)(?<!fine again)(?<!normal again)(?<!up again)"
                         r"(?<!online again)(?<!ok again)(?<!okay again)(?<!happen again)(?<!happens again)"
                         r"(?<!happening again)(?<!never again)|\bstill (?:down|failing|broken|unavailable|not|can'?t|"
                         r"cannot|unable)|"
                         r"right now|currently (?:down|unavailable|failing)|as (?:i|we) (?:write|type|speak)")


def _not_over(scan: Scan, found: dict[str, Found]) -> dict[str, Found]:
    """Drop an outage (OUT1-OUT5) the writer says is over, when nothing says it is back or still going."""
    if not any(cid.startswith("OUT") for cid in found) or not scan.allows(_OVER) or not scan.doc(_OVER):
        return found
    if scan.allows(_NOT_OVER) and scan.doc(_NOT_OVER):
        return found
    return {cid: f for cid, f in found.items() if not cid.startswith("OUT")}


#: Creative work of the customer's (a course, designs, photos) and, apart from it, records about people.
_OUR_WORK = compile_fast(r"\b(?:course|workbook|designs?|artwork|illustrations?|photos?|photographs?|videos?|"
                         r"templates?|"
                         r"music|songs?|fonts?|manuscript|e-?books?|books?|logos?|brand|dispense|curso|cours|kurs|"
                         r"corso|"
                         r"materials?|material|exercises|diagrams|drawings|patterns|recipes|lessons?|articles?|blog|"
                         r"product (?:photos|designs|descriptions)|plans|modules|slides|cursus|materiaal|materiel|"
                         r"materiale|unterlagen|apostila|apuntes|videos|fotos|entwurfe|disegni|dibujos|desenhos)\b")
_PEOPLES_RECORDS = compile_fast(r"names|addresses|phone|contacts|client list|customer list|salar|patients?|personal|"
                                r"bank details|passwords?|e-?mail addresses|candidates|employees|datos personales|"
                                r"donnees personnelles|personenbezogen|dados pessoais|dati personali|persoonsgegevens")


def _not_a_breach_of_our_work(scan: Scan, found: dict[str, Found]) -> dict[str, Found]:
    """Our course or designs copied and sold by someone else is an IP dispute (LEG5), not a breach: SEC1 stands only
    where the ticket reports it outside the sentences about that work."""
    if "LEG5" not in found or "SEC1" not in found or not scan.allows(_OUR_WORK):
        return found
    work = [s for s in scan.sents.spans if scan.has(_OUR_WORK, s) and not scan.has(_PEOPLES_RECORDS, s)]
    if not work:
        return found
    rest = find(masked(scan, work), {"SEC1"})
    kept = {cid: f for cid, f in found.items() if cid != "SEC1"}
    if "SEC1" in rest:
        kept["SEC1"] = rest["SEC1"]
    return kept


def analyze(subject: str | None, body: str, received_at: datetime | None = None) -> tuple[Signals, list[str]]:
    """Signals for one ticket, and notes for a human reviewer.

    German "ß" is read as "ss" (the Swiss spelling, which the detectors are written in: "gemäss", "ausser Betrieb"),
    and every quote is then taken back to the ticket's own spelling.
    """
    if "ß" in body or (subject is not None and "ß" in subject):
        signals, notes = _analyze(subject.replace("ß", "ss") if subject is not None else None,
                                  body.replace("ß", "ss"), received_at)
        return _quoted_as_written(signals, f"{subject or ''}\n{body}"), notes
    return _analyze(subject, body, received_at)


def _quoted_as_written(signals: Signals, original: str) -> Signals:
    """Every evidence quote with its "ss" put back to the "ß" the ticket wrote, where it did."""
    def restore(quote: str) -> str:
        if "ss" not in quote:
            return quote
        m = re.search(re.escape(quote).replace("ss", "(?:ss|ß)"), original)
        return m.group() if m else quote

    def walk(value: object) -> object:
        if isinstance(value, dict):
            return {k: restore(v) if k == "evidence" and isinstance(v, str) else walk(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        return value

    return Signals.model_validate(walk(signals.model_dump()))


def _analyze(subject: str | None, body: str, received_at: datetime | None) -> tuple[Signals, list[str]]:
    parts = split_ticket(subject, body)
    scan, injection = _scan(parts)
    raised = _backed_by_body(scan, find(scan)) if injection is not None else find(scan)
    found = _not_a_breach_of_our_work(scan, _not_over(scan, _not_taken_back(scan, raised)))
    footer = " ".join(scan.folded[a:b] for a, b in parts.signature)
    is_support = support_request(scan, found, footer)
    if not is_support:
        found = raised = {}  # a pitch or an auto-reply that mentions breaches or lawsuits reports none
    hits = [Hit(criterion=f.criterion, evidence=f.evidence) for f in found.values()]
    fact_spans = (*scan.spans, *parts.signature)

    unresolved = unresolved_hours(scan, parts, received_at)
    if unresolved is not None and not any(cid.startswith("TEC") for cid in found) and scan.allows(_RETRACTED) \
            and scan.doc(_RETRACTED):
        unresolved = None  # "estava vazio ... afinal tinha carregado sem querer no filtro": nothing left unresolved
    failed = failed_attempts(scan)
    hits.sort(key=lambda h: _ORDER[h.criterion])

    plan = stated_plan(scan, fact_spans)
    acv = stated_contract_value(scan, fact_spans)
    f500 = stated_fortune_500(scan, fact_spans)
    exposed = data_exposed(scan) if any(cid.startswith("SEC") for cid in found) else None
    scope = outage_scope(scan, found)
    is_vague = vague(scan, found) and unresolved is None and failed is None
    lang = language(scan)
    notes: list[str] = []
    if lang in PARTLY_READ_LANGUAGES:
        notes.append(f"REV-LANGUAGE: the ticket looks written in {lang!r}, which the offline extractor reads only "
                     "for its main criteria; check it by hand")
    elif lang is not None and lang not in READ_LANGUAGES:
        notes.append(f"REV-LANGUAGE: the ticket looks written in {lang!r}, which the offline extractor does not "
                     "read; check it by hand")
    signals = Signals(
        hits=tuple(hits),
        # an alarm taken back still says what the ticket is about, unless a question follows it
        # a pitch is no support request at all: the product desk answers or files it
        topic=topic(scan, found if "?" in scan.doc_text else raised, is_vague, subject) if is_support else "product",
        plan=StatedFact(value=plan[0], evidence=plan[1]) if plan else None,
        annual_contract_value_usd=StatedFact(value=acv[0], evidence=acv[1]) if acv else None,
        fortune_500=StatedFact(value=f500[0], evidence=f500[1]) if f500 else None,
        refund=refund(scan, found["FIN3"]) if "FIN3" in found else None,
        unresolved_hours=StatedFact(value=round(unresolved[0], 1), evidence=unresolved[1]) if unresolved else None,
        failed_attempts=StatedFact(value=failed[0], evidence=failed[1]) if failed else None,
        data_exposed=StatedFact(value=exposed[0], evidence=exposed[1]) if exposed else None,
        outage_scope=StatedFact(value=scope[0], evidence=scope[1]) if scope else None,
        support_request=is_support,
        vague=is_vague,
        injection=StatedFact(value=True, evidence=injection) if injection else None,
        language=lang,
    )
    return signals, notes


def warm_up() -> None:
    """Work out every pattern's prefilter words now (about a second) instead of on first use.

    The LLM extractor runs these detectors on its event loop for every ticket: done lazily, the
    first few dozen tickets would each hold the loop while answers are already arriving.
    """
    from . import exposure, facts, language, request_kind, timing, topic
    from .detectors import ALL_RULES
    from .prefilter import clause_bits

    for module in (exposure, facts, language, request_kind, timing, topic):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                clause_bits(value)
    for r in ALL_RULES:
        for pattern in (r.need, r.also, r.doc_need, r.doc_unless):
            if pattern is not None:
                clause_bits(pattern)


def detect_hits(text: str, tiers: set[Tier] | None = None, criteria: Iterable[str] | None = None) -> list[Hit]:
    """Hits of the phrase detectors of the given tiers and/or criterion ids (all when neither is given).

    ``text`` is a ticket's text (subject and body, as ``Ticket.text``); quoted history, signatures,
    disclaimers and instructions aimed at the triage system are skipped as in ``extract``.
    """
    allowed: set[str] | None = None
    if tiers is not None:
        allowed = criteria_of_tiers(tiers)
    if criteria is not None:
        allowed = (allowed or set()) | set(criteria)
    scan, _ = _scan(split_ticket(None, text))
    found: dict[str, Found] = find(scan, allowed)
    return sorted((Hit(criterion=f.criterion, evidence=f.evidence) for f in found.values()),
                  key=lambda h: _ORDER[h.criterion])
