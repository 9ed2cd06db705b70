"""Facts the text states besides criteria: account facts, the refund asked for, who saw the data,
how wide an outage is, and the flags (instructions to the triage system, sales mail, vagueness).

The extractor reports what the words say; the policy decides what the facts mean (metadata wins
over stated facts, thresholds live in its configuration).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..policy import Money
from ..policy.signals import OutageScope, Plan, Topic
from ..text import Span
from .detectors import Found, Scan
from .lexicon import FAULT
from .money import Amount, amounts, bare_number_after
from .reopt import compile_fast
from .textparse import evidence, fold, negated

# -- instructions aimed at the triage system ----------------------------------------------------

_INJECTION = compile_fast(
    r"\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|your\s+|the\s+|these\s+|those\s+|"
    r"my\s+|previous\s+|prior\s+|above\s+|earlier\s+|existing\s+|escalation\s+|triage\s+|system\s+|other\s+)*"
    r"(?:instructions?|rules|guidelines|polic(?:y|ies)|prompts?|directives|programming|constraints|"
    r"classification|procedures?|criteria|escalation (?:rules|policy))\b"
    r"|\b(?:mark|classify|set|label|flag|tag|route|categori[sz]e|prioriti[sz]e|rank|triage|rate|score|downgrade|"
    r"record|log)\s+(?:this|the|my|our|it)\s+(?:\w+\s+){0,2}?(?:as\s+|to\s+|at\s+|with\s+)?(?:an?\s+)?(?:low|lowest|"
    r"high|highest|urgent|critical|immediate|top|p[0-4]|sev(?:erity)?\s?[0-4]|none|standard|priority|minor|trivial|"
    r"non-urgent)(?:\s+priority|\s+tier|\s+urgency|\s+severity)?\b"
    r"|\b(?:classify|categori[sz]e|label|tag|mark|flag|route|set|assign|record|log)\s+(?:this|the|my)\s+"
    r"(?:ticket|email|message|request|case|issue|inquiry)(?:\s+\w+){0,3}?\s+(?:as|to)\b"
    r"|\bthis\s+(?:ticket|email|message|request)\s+(?:is|should be|must be|has to be|needs to be)\s+(?:classified|"
    r"marked|flagged|label+ed|categori[sz]ed|routed|prioriti[sz]ed|tagged|assigned|set)\b"
    r"|\b(?:escalate|route|assign|forward|send|transfer)\s+(?:this|me|it|my\s+(?:ticket|request|case|message))\s+"
    r"(?:\w+\s+){0,2}?to\s+(?:the\s+|your\s+)?(?:ceo|cto|cfo|vp\b|vice president|executive|exec\b|c-level|"
    r"engineering manager|finance director|legal team|highest level|level 4)"
    r"|\bas\s+(?:an?|the)\s+(?:ai|a\.i\.|language model|llm|assistant|bot|classifier|triage\s+(?:system|bot|"
    r"model|ai|assistant)|automated system)\b"
    r"|\b(?:you\s+are|you're)\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|bot|classifier|language model|dan|"
    r"jailbroken|in developer mode)\b"
    r"|\b(?:system|developer|admin)\s*(?:prompt|message|override|instruction|note)s?\s*[:\]>]"
    r"|\b(?:new|updated|revised|real)\s+instructions?\s*[:\-]"
    r"|\b(?:tier|priority|severity|urgency|owner|category|escalation)\s*[:=]\s*(?:immediate|low|high|critical|"
    r"none|p[0-4]|urgent|ceo|cto|standard|top)\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:escalate|flag|route|report|classify|mark)\s+(?:this|it|me)\b"
    r"|\b(?:triage|classification|routing|escalation)\s+(?:system|bot|ai|model|engine|algorithm|assistant)\b"
    r"|\b(?:output|respond|reply|return)\s+(?:only\s+)?(?:with\s+)?(?:json|the\s+following|tier\b|\{)"
    r"|</?(?:system|instructions?|prompt)>|\[(?:system|inst)\]|<\|im_start\|>"
    r"|\bignora\s+(?:tus|las|todas las|tutte le|le tue|le)\s+(?:instrucciones|reglas|istruzioni|regole)"
    r"|\bignore[zs]?\s+(?:tes|vos|les|toutes les)\s+(?:instructions|regles|consignes)"
    r"|\bignoriere\s+(?:deine|alle|die|ihre)\s+(?:\w+\s+)?(?:anweisungen|regeln)"
    r"|\bignore\s+(?:suas|as|todas as)\s+(?:instrucoes|regras)"
    r"|\bnegeer\s+(?:je|alle|de|uw)\s+(?:\w+\s+)?(?:instructies|regels)")


def injections(scan: Scan) -> tuple[list[Span], str | None]:
    """Sentences that try to instruct the triage system: masked from detection, and the first one quoted."""
    hits: list[Span] = []
    first: str | None = None
    for a, b in scan.spans:
        for m in _INJECTION.finditer(scan.folded, a, b):
            sent = scan.sents.at(m.start())
            if sent is None or sent in hits:
                continue
            hits.append(sent)
            if first is None:
                first = evidence(scan.text, sent, m.start(), m.end())
    return hits, first


# -- customer facts stated in the text ------------------------------------------------------------

_SELF = (r"(?:\bwe\b|\bwe'?re\b|\bour\b|\bi\b|\bi'?m\b|\bmy\b|\bus\b|nosotros|nuestr[oa]s?|somos|estamos|\bnous\b|"
         r"notre|\bnos\b|sommes|\bwir\b|unser\w*|\bsind\b|nosso|nossa|\bnoi\b|nostr[oa]|siamo|\bwij\b|\bons\b|onze|"
         r"\bzijn\b|\bje suis\b|\bsoy\b|\bsono\b|\bich\b|\bik\b)")
_NOT_CURRENT = compile_fast(r"consider|interest|upgrad|switch|move|moving|migrat|think|looking|evaluat|\bwant|\bwould|"
                          r"\blike\b|trial|quote|price|cost|compare|difference|\babout\b|\bneed|\bcould|\bif\b|"
                          r"instead|downgrad|from the|\bthan\b|\bto\b|\bvs\b|versus|\bor\b|plan to|planning|"
                          r"cambiar|passer|wechseln|mudar|passare|overstappen|\bfor\b|offer")
_PLAN = compile_fast(
    r"\b(?:enterprise|pro|professional|basic|basico|basique|base)[- ](?:plan|tier|subscription|account|"
    r"customer|client|user|license|licence|package|edition|level|subscriber|member|contract|kunde|klant|"
    r"cliente)s?\b"
    r"|\b(?:plan|tier|forfait|tarif|plano|piano|abonnement|abo|suscripcion|assinatura|offre|paket|licencia|"
    r"licenca|pacchetto|pakket)\s+(?:de\s+|du\s+|d'|di\s+)?(?:enterprise|pro|professional|basic|basico|"
    r"basique|base|empresarial)\b")
_PLAN_ON = compile_fast(r"\b(?:we(?:'re| are)|i(?:'m| am)|we'?ve been|currently) (?:\w+ )?on (?:the |a |an )?"
                        r"(?:enterprise|pro|professional|basic)\b(?! (?:version|app|tier of|mode|level of))")
_PLAN_WORD = re.compile(r"enterprise|empresarial|professional|pro|basico|basique|basic|base")
_PLAN_NAMES: dict[str, Plan] = {"enterprise": "enterprise", "empresarial": "enterprise", "pro": "pro",
                                "professional": "pro", "basic": "basic", "basico": "basic",
                                "basique": "basic", "base": "basic"}
_ANNUAL = compile_fast(r"annual(?:ly)?|per (?:year|annum)|a year|/ ?(?:yr|year)|yearly|each year|every year|\barr\b|"
                     r"\bacv\b|contract (?:value|worth|is worth)|al ano|por ano|par an|pro jahr|jahrlich|"
                     r"all'anno|per jaar|annuel|anual|annuo|jaarlijks")
_MONTHLY = compile_fast(r"(?:a|per|/) ?(?:month|mo)\b|monthly|al mes|par mois|pro monat|por mes|al mese|per maand")
_ACCOUNT = compile_fast(r"contract|subscription|we pay|we spend|spend|account|deal|licen|agreement|we(?:'re| are) "
                      r"paying|our (?:plan|bill|invoice)|worth|contrato|contrat|vertrag|contratto|abonnement")
_F500 = compile_fast(r"fortune[- ]?(?:500|100|50|10|five hundred|global 500)\b")
_F500_SELF = compile_fast(r"(?:we|we're|we are|our (?:company|firm|organi[sz]ation|group|business)|i work for|"
                        r"i represent|on behalf of|as an?|being an?|the company i)")
_F500_OTHER = compile_fast(r"(?:clients?|customers?) (?:include|such as|like|are)|work with|serve|sell to|many of|"
                         r"other|competitors?|partners?")


@lru_cache(maxsize=1)
def _usd_rates() -> dict[str, float]:
    """Default conversion rates of the shipped policy configuration, for a stated contract value."""
    from ..settings import load_policy_config

    try:
        return dict(load_policy_config().currency_usd_rates)
    except Exception:  # a broken config must not stop extraction
        return {"USD": 1.0}


def stated_plan(scan: Scan, spans: tuple[Span, ...]) -> tuple[Plan, str] | None:
    for a, b in spans:
        for m in _PLAN_ON.finditer(scan.folded, a, b):
            word = _PLAN_WORD.search(m.group(), m.group().rfind(" on "))
            if word is not None:
                sent = _sentence_of(scan, spans, m.start())
                return _PLAN_NAMES[word.group()], evidence(scan.text, sent, m.start(), m.end())
    for a, b in spans:
        for m in _PLAN.finditer(scan.folded, a, b):
            sent = _sentence_of(scan, spans, m.start())
            text = scan.folded[sent[0]:m.start()]
            if not re.search(_SELF, scan.folded[sent[0]:sent[1]]) or _NOT_CURRENT.search(text[-45:]):
                continue
            if negated(scan.folded, sent[0], m.start()):
                continue
            word = _PLAN_WORD.search(m.group())
            assert word is not None
            plan = _PLAN_NAMES[word.group()]
            return plan, evidence(scan.text, sent, m.start(), m.end())
    return None


_ACV_HINT = compile_fast(r"annual|year|yearly|/ ?yr|\barr\b|\bacv\b|contract|month|/ ?mo\b|\bano\b|\ban\b|jahr|"
                         r"\banno\b|jaar|mes|mois|monat|mese|maand|annuel|anual|annuo")


def stated_contract_value(scan: Scan, spans: tuple[Span, ...]) -> tuple[float, str] | None:
    rates = None
    if not any(_ACV_HINT.search(scan.folded, a, b) for a, b in spans):
        return None
    for a, b in spans:
        for amt in amounts(scan.folded, a, b):
            sent = _sentence_of(scan, spans, amt.start)
            window = scan.folded[max(sent[0], amt.start - 60):min(sent[1], amt.end + 45)]
            monthly = _MONTHLY.search(scan.folded, amt.end, min(sent[1], amt.end + 20)) is not None
            if not (_ANNUAL.search(window) or monthly) or not _ACCOUNT.search(scan.folded, sent[0], sent[1]):
                continue
            if re.search(r"refund|reembols|rembours|erstatt|rimbors|terugbetal|credit", window):
                continue
            rates = rates or _usd_rates()
            rate = rates.get(amt.currency)
            if rate is None:
                continue
            value = amt.value * rate * (12 if monthly and not _ANNUAL.search(window) else 1)
            return value, evidence(scan.text, sent, amt.start, amt.end)
    return None


def stated_fortune_500(scan: Scan, spans: tuple[Span, ...]) -> tuple[bool, str] | None:
    for a, b in spans:
        for m in _F500.finditer(scan.folded, a, b):
            sent = _sentence_of(scan, spans, m.start())
            before = scan.folded[sent[0]:m.start()]
            ev = evidence(scan.text, sent, m.start(), m.end())
            if re.search(r"\bnot (?:a |an |part of (?:the )?|one of (?:the )?|in (?:the )?)?$|\bnot (?:\w+ )?a $",
                         before[-30:]):
                return False, ev
            if _F500_SELF.search(before[-60:]) and not _F500_OTHER.search(before[-60:]):
                return True, ev
    return None


def _sentence_of(scan: Scan, spans: tuple[Span, ...], pos: int) -> tuple[int, int]:
    sent = scan.sents.at(pos)
    if sent is not None:
        return sent
    for a, b in spans:  # the signature is not in the scan's sentences: use its line
        if a <= pos < b:
            start = scan.text.rfind("\n", a, pos) + 1 or a
            end = scan.text.find("\n", pos, b)
            return max(a, start), end if end != -1 else b
    return pos, pos + 1


# -- the refund asked for ---------------------------------------------------------------------------


def refund(scan: Scan, hit: Found) -> Money:
    """The amount nearest the refund request: same sentence first, then the text around it."""
    near: list[tuple[int, Amount]] = []
    s, e = hit.sentence
    for amt in amounts(scan.folded, s, e):
        after = amt.start >= hit.end
        distance = (amt.start - hit.end) if after else (hit.start - amt.end) + 25
        near.append((distance, amt))
    if not near:
        bare = bare_number_after(scan.folded, hit.end)
        if bare is not None and bare.end <= e and re.match(r"\s*(?:of|for|de|du|von|di|van|:)?\s*$",
                                                           scan.folded[hit.end:bare.start]):
            return Money(amount=bare.value, currency=None, evidence=evidence(scan.text, hit.sentence, hit.start,
                                                                             bare.end))
        for a, b in scan.spans:
            for amt in amounts(scan.folded, max(a, hit.start - 300), min(b, hit.end + 300)):
                near.append((abs(amt.start - hit.start) + 100, amt))
    if not near:
        return Money(amount=None, currency=None, evidence=hit.evidence)
    _, best = min(near, key=lambda item: item[0])
    sent = scan.sents.at(best.start) or hit.sentence
    if sent == hit.sentence:
        ev = evidence(scan.text, sent, min(hit.start, best.start), max(hit.end, best.end))
    else:
        ev = evidence(scan.text, sent, best.start, best.end)
    return Money(amount=best.value, currency=best.currency, evidence=ev)


# -- who saw the data; how wide the outage is ---------------------------------------------------------

_ACTOR = (r"(?:someone|somebody|a stranger|(?:former|ex-|removed|offboarded|terminated) (?:\w+ )?(?:employee|"
          r"contractor|member|user|staff|freelancer|designer|consultant|colleague)|(?:employee|contractor|"
          r"freelancer|designer|consultant|member|user) (?:who|whose) (?:left|was removed|contract ended|was "
          r"terminated)|an outsider|an? intruder|attackers?|hackers?|third[- ]part(?:y|ies)|"
          r"alguien|quelqu'un|jemand|alguem|qualcuno|iemand|un tercero|un tiers|dritte|terceiros|ktos|nagon|"
          r"vendors?|contractors?|another (?:customer|company|client|tenant|organi[sz]ation)|other (?:customers|"
          r"companies|tenants)|(?:a |an )?(?:completely )?different (?:company|customer|tenant|organi[sz]ation)|"
          r"former employee|ex-employee|competitors?|unknown (?:user|person|account|party)|unauthori[sz]ed "
          r"(?:user|person|party|people)|people outside|outsiders|the public|the admin of)")
_DATA_OBJ = (r"(?:our|my|the|all|customer|client|personal|full|entire|complete|whole|nos|notre|nuestr\w*|unser\w*|"
             r"nosso|nossa|nostr\w*|onze|la|le|les|die|den|os|as|it|them|this|that)\b[^.!?]{0,50}?(?:data|list|records|files|information|"
             r"details|contacts|e-?mails|documents?|projects?|tasks?|database|names|numbers|spreadsheet|boards?|"
             r"datos|donnees|daten|dados|dati|gegevens|lista|liste|clientes|clients|kunden|klanten|archivos|"
             r"fichiers|dateien|arquivos|bestanden|projets|proyectos|projekte|projetos|progetti|projecten|dane|"
             r"pliki|uppgifter|kunden\w*|klanten\w*|salar|payroll|roadmap|folder|\bit\b|them\b)")
_EXPOSED = compile_fast(
    _ACTOR + r"[^.!?]{0,150}?(?:viewed|accessed|downloaded|exported|copied|stole|leaked|published|posted|shared|"
    r"received|\bsaw\b|has seen|have seen|read|exfiltrated|dumped|obtained|got (?:hold of|access to)|had access "
    r"to|could see|can see|was able to (?:see|view|download|access|read)|sold|is selling|emailed us|sent us|"
    r"screenshots? of|descargo|descargaron|vio|vieron|copio|copiaron|robo|robaron|exporto|exportaron|telecharge|"
    r"consulte|copie|vole|exporte|heruntergeladen|gesehen|kopiert|gestohlen|exportiert|baixou|baixaram|viu|viram|"
    r"copiou|roubou|exportou|scaricato|visto|copiato|rubato|esportato|gedownload|gezien|gekopieerd|gestolen|"
    r"geexporteerd|pobral|skopiowal|wyeksportowal|laddade ner|kopierade|exporterade)[^.!?]{0,20}?" + _DATA_OBJ +
    r"|(?:data|records|files|information|e-?mails?|details|pii|database|list|contacts|documents?|invoices?|"
    r"projects?|spreadsheet)\b[^.!?]{0,60}?(?:was|were|has been|have been|got|is being|are being|is|are)\s+(?:\w+\s+)?"
    r"(?:leaked|exposed|stolen|exfiltrated|published|posted|dumped|sold|shared with|sent to|e-?mailed to|visible "
    r"to|downloaded by|accessed by|viewed by|copied by|made public|seen by|showing up (?:in|inside)|visible (?:in|"
    r"inside))"
    r"|" + _ACTOR + r"[^.!?]{0,60}?" + _DATA_OBJ + r"[^.!?]{0,60}?(?:exportiert|heruntergeladen|kopiert|gestohlen|"
    r"gesehen|geschickt|weitergegeben|geexporteerd|gedownload|gekopieerd|gestolen|gezien|gestuurd|gedeeld|exporte|"
    r"telecharge|copie|vole|consulte|envoye)"
    r"|(?:people|someone|anyone|users?|guests?|strangers) (?:from )?outside (?:\w+ ){0,3}(?:have |has |had )?(?:opened|"
    r"seen|viewed|read|received|downloaded|accessed)|(?:wrong|unintended|external) (?:person|people|recipients?)"
    r"[^.!?]{0,60}(?:opened|seen|viewed|read|received|downloaded|accessed|got)"
    r"|\bleak(?:ed|s)?\b|stolen data|data (?:was |were )?stolen|exfiltrat|dark ?web|pastebin|for sale|(?:appeared|"
    r"posted|published|circulating|available) (?:publicly |online|on (?:the internet|a forum|twitter|reddit|a public))"
    r"|(?:received|got|can see|seeing|saw|see) (?:\w+ ){0,3}(?:someone else'?s|another (?:customer|company|user|"
    r"organi[sz]ation)'?s?|other (?:customers|companies)'?) (?:\w+ ){0,2}(?:data|invoices?|projects?|tasks?|"
    r"files?|information|details|boards?)"
    r"|(?:sends?|sent|shares?|shared|passes|passed|transmits?|transmitted|forwards?|forwarded|uploads?|uploaded|"
    r"discloses?|disclosed|exposes?|exposed)\b[^.!?]{0,100}?(?:to|with) (?:an? |the )?(?:third[- ]party|external|"
    r"outside|vendor|undisclosed|unknown|unauthori[sz]ed|another|other)|unauthori[sz]ed disclosure"
    r"|fuga de (?:datos|dados)|fuite de donnees|datenleck|vazamento de dados|fuga di dati|datalek|wyciek danych|"
    r"(?:datos|donnees|daten|dados|dati|gegevens) (?:\w+ ){0,3}(?:filtrad|robad|expuest|publicad|vendid|vole|"
    r"divulgu|publie|gestohlen|veroffentlicht|geleakt|abgeflossen|vazad|roubad|expost|rubat|trapelat|pubblicat|"
    r"gestolen|gelekt|gepubliceerd)")
_NOT_EXPOSED = compile_fast(
    r"vulnerab|researcher|proof of concept|\bpoc\b|\bidor\b|responsible disclosure|bug bounty|pentest|penetration|"
    r"enumerat|sequential|could (?:have|potentially)|\bmight\b|may have|possibl|potentially|could be|\bif\b|"
    r"no (?:sign|evidence|indication)|not (?:been )?(?:accessed|viewed|exported|downloaded|leaked|exposed)|"
    r"nothing (?:was|has been)|memory leak|whether|worried|afraid|concern|(?:my|our) own (?:files|accounts|data|"
    r"workspace)|haven'?t seen anyone|no one else")


def data_exposed(scan: Scan) -> tuple[bool, str] | None:
    for sent in scan.sents.spans:
        text = scan.sentence(sent)
        m = _EXPOSED.search(text)
        if m is None or _NOT_EXPOSED.search(text) or negated(scan.folded, sent[0], sent[0] + m.start()):
            continue
        return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    return None


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
    text = scan.doc_text
    for scope, pattern in _SCOPES:
        m = pattern.search(text)
        if m is not None:
            return scope, outage[0].evidence
    return None


# -- flags: not a support request, too vague, language, first-line topic --------------------------------

_SALES = compile_fast(
    r"unsubscribe|opt[- ]out|i'?d love to (?:show|schedule|set up|hop on|chat|connect|share)|book (?:a |your )?"
    r"(?:quick |free |short )?(?:demo|call|meeting)|\b(?:15|20|30)[- ]min(?:ute)? (?:call|chat|demo)|"
    r"we (?:help|helped|enable) (?:companies|teams|businesses|saas|brands|startups)|our (?:agency|firm|team|"
    r"company) (?:specializes|specialises|helps|offers|provides)|would you be (?:open|interested)|partnership "
    r"(?:opportunity|proposal)|guest post|backlinks?|\bseo\b|lead generation|increase your (?:revenue|sales|"
    r"conversions|traffic|leads)|reply (?:stop|no)|limited[- ]time offer|special (?:offer|discount|pricing) for "
    r"you|outsourc|dedicated developers|hire (?:our|dedicated)|press release|sponsor|(?:i'?m|i am) reaching out "
    r"(?:from|on behalf)|quick question for you|decision[- ]maker|free (?:trial|audit|consultation) of our|"
    r"our (?:solution|platform|tool|services?) (?:can|will|helps)|(?:grow|scale) your (?:business|pipeline)|"
    r"webinar|newsletter|this is an automated|do not reply to this|no-?reply|reply to book|start(?:s|ing)? at "
    r"\$|per month|/month|as-a-service|free (?:\w+ ){0,3}(?:scan|audit|trial|assessment|consultation)|register now|"
    r"seats are limited|manage preferences|out of (?:the )?office|automatic reply|auto-?reply|limited access to "
    r"e-?mail|(?:i am|i'm) away|on (?:annual |parental )?leave|could we chat|coverage in|24/7 coverage|"
    r"we(?:'re| are) an? (?:\w+ ){0,3}(?:provider|agency|company|firm|consultancy|vendor|partner)|"
    r"our (?:managed|outsourced) |case stud|roi\b|schedule a (?:call|demo|meeting)|i noticed (?:on|that)")
_ACTIVE_PROBLEM = compile_fast(FAULT + r"|refund|invoice|charged|my account|our account|our workspace|can'?t log")


def support_request(scan: Scan, hits: dict[str, Found]) -> bool:
    """False for a sales pitch or marketing mail: two sales cues and no problem of our own."""
    cues = {m.group() for m in _SALES.finditer(scan.doc_text)}
    if len(cues) < 2:
        return True
    return bool(_ACTIVE_PROBLEM.search(scan.doc_text)) and len(cues) < 3


_GENERIC = frozenset([
    "hi", "hello", "hey", "dear", "team", "support", "teamflow", "i", "i'm", "im", "we", "we're", "were", "am",
    "are", "is", "was", "be", "been", "being", "have", "having", "has", "had", "a", "an", "the", "some", "any",
    "my", "our", "your", "this", "that", "it", "its", "it's", "there", "here", "can", "could", "would", "will",
    "you", "me", "us", "please", "pls", "help", "helping", "assist", "assistance", "need", "needs", "needed",
    "trouble", "troubles", "problem", "problems", "issue", "issues", "something", "anything", "wrong", "working",
    "work", "works", "worked", "not", "doesn't", "doesnt", "dont", "don't", "isn't", "isnt", "cant", "can't",
    "cannot", "thanks", "thank", "regards", "best", "cheers", "urgent", "urgently", "asap", "quickly", "soon",
    "question", "questions", "with", "about", "on", "in", "to", "for", "of", "and", "or", "but", "so", "just",
    "really", "again", "still", "app", "application", "account", "platform", "tool", "product", "service", "site",
    "get", "got", "getting", "experiencing", "facing", "seems", "seem", "right", "now", "today", "anyone",
    "someone", "somebody", "everything", "nothing", "going", "happening", "fix", "fixed", "sort", "out", "look",
    "into", "what", "how", "why", "ok", "okay", "do", "does", "did", "thing", "things", "stuff", "hola", "ayuda",
    "problema", "tengo", "un", "una", "con", "mi", "cuenta", "por", "favor", "bonjour", "aide", "probleme", "j'ai",
    "avec", "mon", "compte", "svp", "hallo", "hilfe", "ich", "habe", "ein", "mit", "meinem", "konto", "bitte",
    "ola", "ajuda", "tenho", "um", "minha", "conta", "ciao", "aiuto", "ho", "il", "mio", "hulp", "ik", "heb",
    "een", "met", "mijn", "no", "yes", "off", "advise", "weird", "strange", "odd", "funny", "souci", "vous",
    "pouvez", "m'aider", "aider", "pourriez", "besoin", "d'aide", "aiuto", "aiutarmi", "potete", "ayudarme",
    "pueden", "podem", "ajudar", "konnen", "helfen", "sie", "mir", "kunnen", "helpen", "jullie", "mij", "seems",
    "something's",
])
_WORD_RE = compile_fast(r"[a-z][a-z']*")
_TROUBLE = compile_fast(r"trouble|problem|issue|help|not working|doesn'?t work|isn'?t working|wrong|broken|stuck|"
                      r"assist|ayuda|probleme|aide|hilfe|ajuda|aiuto|hulp|fix|\boff\b|advise|weird|strange|"
                      r"\bodd\b|something|souci")


def vague(scan: Scan, hits: dict[str, Found]) -> bool:
    """Nothing concrete to act on: every word is a greeting, a plea for help or a generic complaint."""
    if hits or len(scan.doc_text) > 320:
        return False
    words = _WORD_RE.findall(scan.doc_text)
    if not words or len(words) > 40:
        return False
    specific = [w for w in words if w not in _GENERIC]
    return len(specific) <= 1 and (len(words) <= 3 or _TROUBLE.search(scan.doc_text) is not None)


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset([
        "the", "and", "is", "to", "of", "we", "our", "you", "it", "not", "for", "with", "this", "that", "have",
        "can", "my", "are", "on", "be", "please",
    ]),
    "es": frozenset([
        "el", "los", "las", "que", "y", "en", "es", "por", "para", "con", "nuestro", "nuestra", "una", "del", "al",
        "esta", "pero", "hola", "gracias", "podemos", "muy",
    ]),
    "fr": frozenset([
        "le", "les", "des", "et", "est", "pas", "nous", "vous", "pour", "avec", "une", "dans", "sur", "ne",
        "notre", "nos", "bonjour", "merci", "au", "ce",
    ]),
    "de": frozenset([
        "der", "die", "das", "und", "ist", "nicht", "wir", "sie", "mit", "fur", "ein", "eine", "auf", "zu",
        "unser", "unsere", "bitte", "hallo", "den", "dem", "ich", "es", "sich",
    ]),
    "pt": frozenset([
        "o", "os", "as", "que", "e", "em", "nao", "por", "para", "com", "nosso", "nossa", "um", "uma", "do", "da",
        "dos", "voces", "ola", "obrigado", "estamos", "esta",
    ]),
    "it": frozenset([
        "il", "lo", "gli", "di", "che", "e", "non", "per", "con", "un", "una", "del", "della", "nostro", "nostra",
        "siamo", "sono", "ciao", "grazie", "abbiamo",
    ]),
    "nl": frozenset([
        "de", "het", "een", "en", "van", "is", "niet", "wij", "we", "ons", "onze", "met", "voor", "op", "dat",
        "dit", "zijn", "hallo", "bedankt", "kunnen", "graag",
    ]),
}
_SCRIPTS = (("ja", compile_fast(r"[\u3040-\u30ff]")), ("zh", compile_fast(r"[\u4e00-\u9fff]")),
            ("ko", compile_fast(r"[\uac00-\ud7af]")), ("ru", compile_fast(r"[\u0400-\u04ff]")),
            ("ar", compile_fast(r"[\u0600-\u06ff]")), ("he", compile_fast(r"[\u0590-\u05ff]")),
            ("el", compile_fast(r"[\u0370-\u03ff]")), ("hi", compile_fast(r"[\u0900-\u097f]")),
            ("th", compile_fast(r"[\u0e00-\u0e7f]")))
_TOKEN = re.compile(r"[a-z]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u20cf]")
READ_LANGUAGES = frozenset(_STOPWORDS)
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _code)


def language(scan: Scan) -> str | None:
    sample = scan.doc_text[:220]
    if _NON_LATIN.search(sample):
        for code, pattern in _SCRIPTS:
            if len(pattern.findall(sample)) >= 5:
                return code
    counts = dict.fromkeys(_STOPWORDS, 0)
    for token in _TOKEN.findall(sample):
        for code in _LANGS_OF.get(token, ()):
            counts[code] += 1
    code, best = max(counts.items(), key=lambda item: item[1])
    return code if best >= 2 else None


_BILLING = compile_fast(
    r"invoice|billing|billed|\bbill\b|charg|payment|\bpay\b|paid|refund|price|pricing|\bcost|subscription|renew|"
    r"receipt|(?:credit|debit|my|our|company|corporate|payment|bank) cards?\b|cards? (?:was|were|got|is|are) "
    r"(?:declined|rejected|refused)|declined|"
    r"\bvat\b|\btax|discount|quote|upgrad|downgrad|\bseats?\b|licen[cs]e|how much|cheap|expensive|afford|"
    r"cartao|tarjeta|carte bancaire|kreditkarte|carta di credito|creditcard|recusad|rechazad|abgelehnt|"
    r"rifiutat|geweigerd|renovac|renouvel|verlanger|rinnov|verleng|kostar|\bpris\b|faktura|cena|koszt|"
    r"plan (?:cost|price)|factura|cobro|pago|precio|facture|paiement|prix|rechnung|zahlung|preis|fatura|cobranca|"
    r"pagamento|preco|fattura|prezzo|factuur|betaling|prijs|reembolso|remboursement|erstattung|rimborso|"
    r"terugbetaling|abonnement|suscripcion|assinatura|abbonamento")
_PRODUCT = compile_fast(
    r"how (?:do|can|to|does)|feature|is it possible|can i\b|does teamflow|do you (?:support|have|offer)|\bplans?\b|"
    r"documentation|tutorial|where (?:can|do) i|roadmap|what is|difference|compare|gdpr|soc ?2|complian|hipaa|"
    r"policy|\bdpa\b|certif|information|integrat|template|guide|como|comment|wie|come|hoe")
_HOW_TO = compile_fast(r"how (?:do|can|should) (?:i|we)|how to\b|where (?:is|are|can i|do i)|can'?t (?:find|figure)|"
                     r"cannot find|not sure (?:how|where)|don'?t know how|is (?:it|there) (?:possible|a way)|typo|"
                     r"documentation|docs page|code sample|help (?:article|center|centre)|spelling|whether|"
                     r"suitable for")
_TECH_STRONG = compile_fast(r"forgot (?:my |the )?password|locked out|(?:can'?t|cannot|unable to) (?:log|sign|get) "
                            r"(?:in|back)|reset (?:e-?mail|link)|password reset|2fa code|verification code")
_FAULT = compile_fast(FAULT + r"|outage|\bdown\b|\bslow\b|timeout|lost|missing|disappear|hack|breach|security issue|"
                    r"vulnerab|unauthori[sz]ed|\bissues?\b|\bproblems?\b|unresolved|not (?:yet )?(?:been )?"
                    r"(?:fixed|resolved)|looks? (?:\w+ )?(?:off|wrong|weird|strange|broken|odd)|display(?:s|ed)? "
                    r"(?:incorrectly|wrong)|shows? (?:the )?wrong|misaligned|overlap|cut off|flicker|problema|"
                    r"probleme|fehler|erro|errore|storing|without (?:a )?fix|no fix|(?:a|the) fix\b|workaround|"
                    r"unreadable|still the same|same (?:problem|issue|bug)|instead of|souci|problema|awaria|"
                    r"nie dziala|fungerar inte")
_DONE = compile_fast(r"(?:was|were|been|is|are|got|has been) (?:now |finally |all )?(?:resolved|fixed|restored|sorted)|"
                   r"thanks?(?: you)? (?:for|so much for) (?:fixing|restoring|resolving|sorting|the quick)|"
                   r"works? (?:again|now|fine)|back (?:up|to normal|online)|no (?:issues?|problems?)|"
                   r"not (?:a |an )?(?:\w+ )?(?:issue|problem|bug|thing)|nothing'?s? (?:is )?(?:lost|down|"
                   r"suspicious|wrong|broken)|nothing (?:was )?lost|nobody hacked|no data (?:was |has been )?lost|"
                   r"false alarm|working (?:again|fine) (?:on|for)")
_TECH_HITS = frozenset({"SEC1", "SEC2", "SEC3", "SEC4", "OUT1", "OUT2", "OUT3", "OUT4", "OUT5", "TEC3", "TEC4",
                        "TEC5", "ENT4", "ENT5"})


def topic(scan: Scan, hits: dict[str, Found], is_vague: bool, subject: str | None = None) -> Topic:
    """First-line routing: technical first, then billing, then product information.

    The body decides; the subject line only when the body gives no clue.
    """
    if _TECH_HITS & hits.keys():
        return "technical"
    split = scan.subject[1] if scan.subject is not None else -1
    billing = scan.sentences_with(_BILLING)
    if scan.sentences_with(_TECH_STRONG):
        return "technical"  # account-access trouble is troubleshooting even when phrased as a question
    for part in (0, 1):  # the body first, then the subject line
        in_part = [s for s in scan.sents.spans if (s[0] < split) == bool(part)]
        for sent in sorted(scan.sentences_with(_FAULT)):
            if ((sent[0] < split) == bool(part) and sent not in billing and not scan.has(_HOW_TO, sent)
                    and not scan.has(_DONE, sent) and not scan.informational(sent)):
                return "technical"
        if any(s in billing for s in in_part) or hits.keys() & {"FIN1", "FIN2", "FIN3", "FIN4", "FIN5"}:
            return "billing"
        product = scan.sentences_with(_PRODUCT)
        if any(s in product for s in in_part) or any(scan.informational(s) for s in in_part):
            return "product"
    if subject and not is_vague:
        text = fold(subject)
        if _BILLING.search(text):
            return "billing"
        if _FAULT.search(text):
            return "technical"
    return "technical" if is_vague else "product"


def folded_of(text: str) -> str:
    return fold(text)
