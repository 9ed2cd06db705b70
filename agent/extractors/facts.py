"""Facts the text states besides criteria: instructions aimed at the triage system, account facts,
the refund asked for, who saw the data and how wide an outage is.

The extractor reports what the words say; the policy decides what the facts mean (metadata wins
over stated facts, thresholds live in its configuration).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..policy import Money
from ..policy.signals import OutageScope, Plan
from ..text import Span
from .detectors import Found, Scan
from .money import Amount, amounts, bare_number_after
from .patterns_concepts import REVOKED
from .reopt import compile_fast
from .textparse import evidence, negated

# -- instructions aimed at the triage system ----------------------------------------------------

_INJECTION = compile_fast(
    # the same, in the other languages read: orders to the automated system, "ignore your rules", "classify this as"
    r"\b(?:nota|note|notiz|remarque|opmerking|aviso|avis|hinweis)\s+(?:para|pour|fur|an|per|voor|for|to|aan|ao|"
    r"a)\s+(?:el\s+|le\s+|"
    r"das\s+|den\s+|il\s+|o\s+|het\s+|the\s+|l')?(?:sistema|systeme|system|systeem|bot|robot|ia\b|ki\b|ai\b|modelo|"
    r"modele|"
    r"modell|modello|model|automatic \w+|sorting|triage|routing|classifier|filter)[^.!?\n:]{0,25}:"
    r"|\b(?:this is|it'?s|it is)\s+(?:a\s+)?(?:routine|low[- ]priority|minor|non-urgent)\b[^.!?]{0,60}(?:no need to|"
    r"do not|don'?t|please don'?t)\s+escalat"
    r"|\b(?:clasifica|classe|classifie[zr]?|klassifiziere|klassifizieren\s+sie|classifique|classifica|classificeer|"
    r"marca|marque[zr]?|markiere|markeer|etiqueta)\s+(?:este|esta|ce|cette|diese[ns]?|este|esta|questo|questa|dit|"
    r"deze)\s+"
    r"(?:mensaje|ticket|message|nachricht|mensagem|messaggio|bericht|correo|e-?mail|caso|cas|fall|demande|solicitud)\b"
    r"|\b(?:ignora|ignore[zr]?|ignoriere|ignorieren\s+sie|ignorar|negeer)\s+(?:\w+\s+){0,2}(?:reglas|instrucciones|"
    r"regles|"
    r"consignes|instructions|regeln|anweisungen|regras|instrucoes|regole|istruzioni|regels|instructies)\b"
    r"|\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|your\s+|the\s+|these\s+|those\s+|"
    r"my\s+|previous\s+|prior\s+|above\s+|earlier\s+|existing\s+|escalation\s+|triage\s+|system\s+|other\s+)*"
    r"(?:instructions?|rules|guidelines|polic(?:y|ies)|prompts?|directives|programming|constraints|"
    r"classification|procedures?|criteria|escalation (?:rules|policy))\b"
    r"|\b(?:mark|classify|set|label|flag|tag|route|categori[sz]e|prioriti[sz]e|rank|triage|rate|score|downgrade|"
    r"record|log)\s+(?:this|the|my|our|it)\s+(?:\w+\s+){0,2}?(?:as\s+|to\s+|at\s+|with\s+)?(?:an?\s+)?(?:low|lowest|"
    r"high|highest|urgent|critical|immediate|top|p[0-4]|sev(?:erity)?\s?[0-4]|none|standard|priority|minor|trivial|"
    r"non-urgent)(?:\s+priority|\s+tier|\s+urgency|\s+severity)?\b"
    r"|\b(?:classify|categori[sz]e|label|tag|mark|flag|route|set|assign|record|log)\s+(?:this|the|my)\s+"
    r"(?:ticket|email|message|request|case|issue|inquiry)(?:\s+\w+){0,3}?\s+(?:as|to)\b(?!\s+(?:an?\s+)?(?:formal\s+|"
    r"official\s+)?complaint)"
    r"|\bthis\s+(?:ticket|email|message|request)\s+(?:is|should be|must be|has to be|needs to be)\s+(?:classified|"
    r"marked|flagged|label+ed|categori[sz]ed|routed|prioriti[sz]ed|tagged|assigned|set)\b"
    r"|\b(?:escalate|route|assign|forward|send|transfer)\s+(?:this|me|it|my\s+(?:ticket|request|case|message))\s+"
    r"(?:\w+\s+){0,2}?to\s+(?:the\s+|your\s+)?(?:ceo|cto|cfo|vp\b|vice president|executive|exec\b|c-level|"
    r"engineering manager|finance director|legal team|highest level|level 4)"
    r"|\b(?:ai|assistant|bot|llm|model|system|triage)\s+(?:\w+\s+)?reading\s+this\b"
    r"|\bthis\s+(?:ticket|email|e-mail|message|request|case)\s+is\s+(?:an?\s+)?(?:p[0-4]|sev\s?[0-4]|critical|"
    r"immediate|top[- ]priority|priority|urgent|low|standard)\b"
    r"|\b(?:escalate|route|forward|send|transfer|assign)\s+(?:(?:this|it|me)\s+)?(?:directly|straight|"
    r"immediately|right away)?\s*to\s+(?:the\s+|your\s+)?(?:ceo|cto|cfo|c-level|highest level|level 4)\b"
    r"|\b(?:mark|flag|treat|classify|tag)\s+(?:this|it)\s+as\s+(?:an?\s+)?(?:\w+\s+){0,4}?(?:emergency|p0|p1|"
    r"sev ?[01]|critical incident)\b"
    r"|\bas\s+(?:an?|the)\s+(?:ai|a\.i\.|language model|llm|assistant|bot|classifier|triage\s+(?:system|bot|"
    r"model|ai|assistant)|automated system)\b"
    r"|\b(?:you\s+are|you're)\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|bot|classifier|language model|dan|"
    r"jailbroken|in developer mode)\b"
    r"|\b(?:system|developer|admin)\s*(?:prompt|message|override|instruction|note)s?\s*[:\]>]"
    r"|\b(?:new|updated|revised|real)\s+instructions?\s*[:\-]"
    r"|\btier\s+(?:immediate|none|standard|priority|low|high|critical)\b"
    r"|\b(?:tier|priority|severity|urgency|owner|category|escalation)\s*[:=]\s*(?:immediate|low|high|critical|"
    r"none|p[0-4]|urgent|ceo|cto|standard|top)\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:escalate|flag|route|report|classify|mark)\s+(?:this|it|me)\b"
    r"|\b(?:triage|classification|routing|escalation)\s+(?:system|bot|ai|model|engine|algorithm|assistant)\b"
    r"|\b(?:output|respond|reply|return)\s+(?:only\s+)?(?:with\s+)?(?:json|the\s+following|tier\b|\{)"
    r"|</?(?:system|instructions?|prompt)>|\[(?:system|inst)\]|<\|im start\|>"
    r"|\bignora\s+(?:tus|las|todas las|tutte le|le tue|le)\s+(?:instrucciones|reglas|istruzioni|regole)"
    r"|\bignore[zs]?\s+(?:tes|vos|les|toutes les)\s+(?:instructions|regles|consignes)"
    r"|\bignoriere\s+(?:deine|alle|die|ihre)\s+(?:\w+\s+)?(?:anweisungen|regeln)"
    r"|\bignore\s+(?:suas|as|todas as)\s+(?:instrucoes|regras)"
    r"|\bnegeer\s+(?:je|alle|de|uw)\s+(?:\w+\s+)?(?:instructies|regels)")


_HIDDEN = re.compile(r"<!--.*?(?:-->|$)", re.S)
_ORDERS = compile_fast(r"triage|escalat|\btier\b|priority|urgen|severity|\bowner\b|\bceo\b|\bcto\b|\bvip\b|classif|"
                       r"\broute\b|\bmark\b|\bflag\b|ignore|instruction|\bassistant\b|\bai\b|\bbot\b|model")


def _hidden(scan: Scan) -> tuple[list[Span], str | None]:
    """Sentences inside HTML comments: the reader of the mail never sees them, so they never count."""
    holes: list[Span] = []
    first: str | None = None
    if "<!--" not in scan.text:
        return holes, first
    for a, b in scan.spans:
        for m in _HIDDEN.finditer(scan.text, a, b):
            for sent in scan.sents.spans:
                if sent[0] < m.end() and sent[1] > m.start() and sent not in holes:
                    holes.append(sent)
            if first is None and _ORDERS.search(scan.folded, m.start(), m.end()):
                first = scan.text[m.start():m.end()].strip()[:160]
    return holes, first


def injections(scan: Scan) -> tuple[list[Span], str | None]:
    """Sentences that try to instruct the triage system: masked from detection, and the first one quoted.

    HTML comments are masked too, and flagged when they address the triage system.
    """
    hits, first = _hidden(scan)
    for a, b in scan.spans if scan.allows(_INJECTION) else ():
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
                      r"paying|our (?:plan|bill|invoice)|worth|contrato|contrat|vertrag|contratto|abonnement|"
                      r"(?:wij|we) betalen|pagamos|nous payons|wir zahlen|paghiamo|pagamos|gastamos|nous depensons|"
                      r"wir bezahlen|spendiamo|uitgeven")
_F500 = compile_fast(r"fortune[- ]?(?:500|100|50|10|five hundred|global 500)\b")
_F500_SELF = compile_fast(r"(?:we|we're|we are|our (?:company|firm|organi[sz]ation|group|business)|i work for|"
                        r"i represent|on behalf of|as an?|being an?|the company i|(?:company|firm|organi[sz]ation|"
                        r"customer|account|empresa|entreprise|firma|azienda|bedrijf)\s*:[^!?\n]{0,80}\(\s*$|"
                        r"\b(?:i|we|i'm|we're)\b[^.!?]*\b(?:at|for|with|in|of) (?:a|an|one)\s*$)")
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
    for a, b in spans if scan.allows(_PLAN_ON) else ():
        for m in _PLAN_ON.finditer(scan.folded, a, b):
            word = _PLAN_WORD.search(m.group(), m.group().rfind(" on "))
            if word is not None:
                sent = _sentence_of(scan, spans, m.start())
                return _PLAN_NAMES[word.group()], evidence(scan.text, sent, m.start(), m.end())
    for a, b in spans if scan.allows(_PLAN) else ():
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
    if not scan.allows(_ACV_HINT) or not any(_ACV_HINT.search(scan.folded, a, b) for a, b in spans):
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
    for a, b in spans if scan.allows(_F500) else ():
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


_REFUND_WORD = compile_fast(r"refund|reimburs|money back|reembols|rembours|erstatt|estorno|rimbors|terugbetal|"
                            r"返金|払い戻し|退款|환불")


_UNIT_PRICE = compile_fast(r"\s?(?:/ ?(?:seat|user|month|mo|yr|year|license|licence)|per (?:seat|user|month|"
                          r"license|licence|head)|each\b|a (?:seat|user|month|head))")


_TOTAL_BEFORE = re.compile(r"(?:=|\btotal(?: of)?:?|\bin total:?|\bsumme:?|\btotal de)\s*(?:[$€£]|usd|eur|gbp)?\s*$")


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
        # the amount may sit next to another mention of the refund (a subject line names it, the body prices it)
        words = scan.spans if scan.allows(_REFUND_WORD) else ()
        anchors = [hit.start, *(m.start() for a, b in words for m in _REFUND_WORD.finditer(scan.folded, a, b))]
        for a, b in scan.spans:
            for anchor in anchors:
                for amt in amounts(scan.folded, max(a, anchor - 300), min(b, anchor + 300)):
                    near.append((abs(amt.start - anchor) + 100, amt))
    # a unit price ("$12/seat/month", "EUR 9 per user") is what the refund is computed from, not its amount
    priced = [item for item in near if not _UNIT_PRICE.match(scan.folded, item[1].end)]
    near = priced or near
    # "14 x $168 = $2,352": the computed total is the amount asked for, not its factors
    totals = [item for item in near if _TOTAL_BEFORE.search(scan.folded, max(0, item[1].start - 12), item[1].start)]
    near = totals or near
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

_ACTOR = (r"(?:someone|somebody|a stranger|"
          r"an? (?:man|woman|person|guy|company|sender) (?:none of us|nobody here|no one here) knows?|a (?:person|"
          r"company|man|woman) we (?:have )?never (?:dealt|worked|"
          r"done business) with|(?:someone|somebody|a person|people) outside (?:our|the) (?:company|organi[sz]ation)|"
          r"your support (?:person|people|staff|team member)|unbekannte[rsn]? (?:benutzer|konto|nutzer|person)|"
          r"ein benutzer|"
          r"(?:un|una) (?:usuario|cuenta|persona) desconocid[oa]|un (?:utilisateur|compte) inconnu|"
          r"(?:um|uma) (?:usuario|conta|pessoa) desconhecid[oa]|un (?:utente|account) sconosciuto|"
          r"een onbekende (?:gebruiker|account|persoon)|your (?:contractor|support engineer|engineer|employee|staff|"
          r"technician|"
          r"developer|admin|support agent|consultant)s?|one of your (?:employees|engineers|staff|agents|contractors)|"
          r"(?:former|ex-|removed|offboarded|terminated) (?:\w+ )?(?:employee|"
          r"contractor|member|user|staff|freelancer|designer|consultant|colleague)|(?:employee|contractor|"
          r"freelancer|designer|consultant|member|user) (?:who|whose) (?:left|was removed|contract ended|was "
          r"terminated)|an outsider|an? intruder|attackers?|hackers?|third[- ]part(?:y|ies)|"
          r"alguien|quelqu'un|jemand|alguem|qualcuno|iemand|un tercero|un tiers|dritte|terceiros|ktos|nagon|"
          r"vendors?|contractors?|another (?:customer|company|client|tenant|organi[sz]ation)|other (?:customers|"
          r"companies|tenants)|(?:a |an )?(?:completely )?different (?:company|customer|tenant|organi[sz]ation)|"
          r"former employee|ex-employee|competitors?|unknown (?:user|person|account|party)|unauthori[sz]ed "
          r"(?:user|person|party|people)|people outside|outsiders|the public|the admin of|personnes exterieures|"
          r"personnes externes|des tiers|personas externas|externe personen|pessoas externas|persone esterne|"
          r"(?:our|my|the|an?) (?:external |outside )?auditors?|guests?|non-members?|(?:an? |the )?(?:external|"
          r"outside) (?:consultant|person|company|contractor|party|user|firm)|an? (?:journalist|reporter|competitor|"
          r"blogger)|(?:su |sus |leur |ihr |seu |suo |hun )?(?:competidor|concurrent|konkurrent|concorrente)\w*|"
          r"(?:un|una|une|ein|eine|um|uma|een) (?:periodista|journaliste|journalist|journalistin|jornalista|"
          r"giornalista|verslaggever|reporter)|(?:one|two|several) outsiders?|(?:a |one )?"
          r"(?:person|man|woman|guy|someone) (?:from|at) (?:one of )?(?:our|a|an|another) (?:suppliers?|clients?|"
          r"customers?|partners?|vendors?|compan\w+)|(?:un|una) (?:senor|senora|persona|hombre|mujer|empresa) que no "
          r"conoc\w*|(?:un|une) (?:monsieur|dame|personne|homme|femme|entreprise) que (?:nous ne|je ne) conn\w*|"
          r"(?:um|uma) (?:senhor|senhora|pessoa) que nao conhec\w*|(?:un|una) (?:signore|signora|persona) che non "
          r"conosc\w*|een (?:meneer|man|vrouw|persoon) die (?:we|ik) niet ken\w*)")
_DATA_OBJ = (r"(?:our|my|the|all|customer|client|personal|full|entire|complete|whole|nos|notre|nuestr\w*|unser\w*|"
             r"nosso|nossa|nostr\w*|onze|ons|la|le|les|die|den|os|as|it|them|this|that)\b[^.!?]{0,50}?(?:data|list|"
             r"records|files|information|"
             r"details|contacts|e-?mails|documents?|projects?|tasks?|database|names|numbers|spreadsheet|boards?|bord|"
             r"tablero|tableau|quadro|bacheca|"
             r"datos|donnees|daten|dados|dati|gegevens|lista|liste|clientes|clients|kunden|klanten|archivos|"
             r"fichiers|dateien|arquivos|bestanden|projets|proyectos|projekte|projetos|progetti|projecten|dane|"
             r"pliki|uppgifter|kunden\w*|klanten\w*|salar|payroll|roadmap|folder|\bit\b|them\b)")
_EXPOSED = compile_fast(
    _ACTOR + r"[^.!?]{0,150}?(?:viewed|opened|accessed|downloaded|exported|copied|stole|leaked|published|posted|shared|"
    r"received|\bsaw\b|has seen|have seen|read|exfiltrated|dumped|obtained|got (?:hold of|access to)|had access "
    r"to|could see|can see|was able to (?:see|view|download|access|read)|sold|is selling|emailed|e-mailed|mailed|"
    r"sent us|send (?:me|us)|picture of|photo of|captura|capture d'ecran|foto (?:de|von|di|van)|schermafbeelding|"
    r"bildschirmfoto|screenshot|mailde ons|nos envio|nous a envoye|schickte uns|nos enviou|ci ha inviato|"
    r"pudo (?:abrir|ver|entrar|acceder)|pode (?:abrir|ver)|a pu (?:ouvrir|voir)|konnte (?:\w+ )?(?:offnen|sehen)|"
    r"ha potuto (?:aprire|vedere)|kon (?:\w+ )?(?:openen|zien)|"
    r"screenshots? of|(?:ont|a) pu (?:consulter|voir|acceder|telecharger)|consulter|descargo|descargaron|vio|vieron|"
    r"copio|copiaron|robo|robaron|exporto|exportaron|telecharge|"
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
    r"|(?:people|someone|anyone|users?|guests?|strangers|who) (?:from )?outside (?:\w+ ){0,3}(?:have |has |"
    r"had )?(?:opened|"
    r"seen|viewed|read|received|downloaded|accessed)|(?:wrong|unintended|external) (?:person|people|recipients?)"
    r"[^.!?]{0,60}(?:opened|seen|viewed|read|received|downloaded|accessed|got)"
    r"|\b(?:er|sie|he|she|they|il|elle|ils|el|ella|ele|ela|lui|lei|hij|zij)\s+(?:hat|has|have|had|ha|a|heeft|hatte|"
    r"ont)\s+(?:\w+\s+){0,4}?(?:files|dateien|fichiers|archivos|arquivos|bestanden|documents|dokumente)\b[^.!?]{0,60}?"
    r"(?:heruntergeladen|exportiert|kopiert|downloaded|exported|copied|telecharge|descargado|baixado|scaricato|"
    r"gedownload)"
    r"|" + _ACTOR + r"\s+(?:hat|has|have|had|ha|a|heeft|hatte)\s+(?:\w+\s+){0,3}?(?:files|dateien|fichiers|archivos|"
    r"arquivos|bestanden|data|daten|donnees|datos|dados|dati|gegevens|documents|dokumente)\s+(?:heruntergeladen|"
    r"exportiert|kopiert|downloaded|exported|copied|telecharge|descargado|baixado|scaricato|gedownload)"
    r"|(?:outsiders?|journalists?|reporters?|strangers?|competitors?) (?:\w+ ){0,4}(?:has|have|had) (?:\w+ )?(?:read|"
    r"seen|viewed|opened|accessed) (?:it|them|this|that|the|our)\b"
    # a file of ours that reached a wrong recipient
    r"|(?:received|got|recebeu|receberam|recibio|recibieron|a recu|ont recu|erhalten|bekommen|ricevuto|ontvangen)\b"
    r"[^.!?]{0,30}(?:by mistake|in error|por engano|por error|por equivocacion|par erreur|versehentlich|"
    r"irrtumlich|per errore|per sbaglio|per ongeluk|per abuis)"
    # "she could open it and read the salaries": a third person reading the records
    r"|\b(?:she|he|they)\s+(?:could|was able to|were able to|managed to)\s+(?:\w+\s+){0,3}?(?:open|read|see|view|"
    r"download)\b[^.!?]{0,60}(?:salar|names|data|files|clients?|customers?|records|details|candidates|information)"
    r"|(?:data|records|information|files|datos|donnees|daten|dados|dati|gegevens) (?:\w+ ){0,2}(?:goes|went|going|was "
    r"sent|were sent|is sent|are sent|is going) to (?:another|a third|an? (?:other|outside|external|unknown))"
    r"|(?:pudo|pudieron|a pu|ont pu|konnte|konnten|pode|puderam|ha potuto|hanno potuto|kon|konden) (?:\w+ ){0,2}"
    r"(?:abrir|ver|ouvrir|voir|offnen|sehen|aprire|vedere|openen|zien)\b[^.!?]{0,80}(?:nomina|sueldo|salar|datos|"
    r"donnees|daten|dados|dati|gegevens|client|carpeta|dossier|ordner|pasta|cartella|map\b)"
    r"|(?:got|received|been sent|was sent)\b[^.!?]{0,60}(?:listing|with|containing|showing|including)\b[^.!?]{0,60}"
    r"(?:private|internal|confidential|salar|payroll|personal|(?:all )?(?:my|our) clients|customers|names|phone "
    r"numbers|addresses|notes)"
    r"|(?:le llego|recibio|recibieron|a recu|ont recu|erhielt|erhalten|recebeu|ha ricevuto|kreeg|ontving)\b[^.!?]{0,60}"
    r"\b(?:con|avec|mit|com|met)\b[^.!?]{0,40}(?:notas internas|notes internes|interne notizen|note interne|"
    r"interne notities|datos|donnees|daten|dados|dati|gegevens|nombres|noms|namen|nomes|nomi)"
    r"|(?:looking at|seeing|can see|could see|now see) (?:\w+ ){0,4}(?:from|of|belonging to) (?:a|another) (?:\w+ )?"
    r"(?:company|customer|client|organi[sz]ation)"
    r"|(?:quot\w+|citeerde|citeert|cito|citou|citait|a cite|zitierte|zitiert|citava|ha citato)\b[^.!?]{0,40}(?:word "
    r"for word|verbatim|woord voor woord|mot pour mot|palabra por palabra|wort fur wort|palavra por palavra|"
    r"parola per parola)"
    r"|\bexports?\b(?:\w+ ){0,6}?[^.!?]{0,40}\bunder (?:the|her|his|their) (?:account|login|credentials)"
    r"|\b(?:someone|somebody|an? (?:attacker|intruder|stranger))\b[^.!?]{0,40}\b(?:ran|run|started|triggered) "
    r"(?:\w+ ){0,4}exports?|export\.downloaded|(?:left|leaving) the building"
    r"|(?:data|information|details|records|names|titles) (?:\w+ ){0,3}(?:has|have) been (?:going|sent|shared|passed)\b"
    r"[^.!?]{0,80}\bto (?:a|an|another|some) (?:\w+ )?(?:company|vendor|third|service|firm)"
    r"|(?<!\bi )(?<!\bwe )(?:posted|published|attached|uploaded)\b[^.!?]{0,60}(?:public (?:thread|forum|post)|"
    r"community (?:forum|thread)|"
    r"community\.)|(?:public (?:thread|forum|post)|community (?:forum|thread))[^.!?]{0,60}(?:posted|published|"
    r"attached|uploaded)"
    r"|(?:riceve|ricevuto|recibe|recibimos|recoit|recevons|empfangt|erhalten|recebe|recebemos|ontvangt|ontvangen|"
    r"receives?|received)\b[^.!?]{0,60}(?:di un altro tenant|di un'altra azienda|de otra empresa|d'une autre "
    r"entreprise|einer anderen firma|de outra empresa|van een ander bedrijf|another (?:company|tenant|customer)|of "
    r"another (?:company|tenant|customer))"
    r"|(?:competitor|concurrent|competidor|konkurrent|concorrente|rival)\w*\b[^.!?]{0,80}(?:our|nuestr\w*|notre|"
    r"unser\w*|nosso|nostr\w*|onze) (?:own )?(?:\w+ )?(?:numbers|rates|prices|quote|proposal|budget|data|notes|"
    r"cronograma|planilha)"
    r"|export\w*\b[^.!?\n]{0,60}(?:@(?:gmx|gmail|hotmail|yahoo|outlook|proton)|extern\w*)"
    r"|exactly the columns|exactement les colonnes|exactamente las columnas|genau die spalten|exatamente as colunas|"
    r"esattamente le colonne|precies de kolommen"
    r"|\b(?:il|elle|he|she|they|el|ella|er|sie|ele|ela|lui|lei|hij|zij) (?:\w+ )?(?:a tout ouvert|opened everything|"
    r"lo abrio todo|hat alles geoffnet|abriu tudo|ha aperto tutto|heeft alles geopend)"
    r"|screenshots? of your\b|(?:found|saw|see|seeing|could see|can see) (?:another|a different|other) (?:company|"
    r"customer|client|tenant)(?:'s|s')"
    r"|\bleak(?:ed|s)?\b|stolen data|data (?:was |were )?stolen|exfiltrat|dark ?web|pastebin|for sale|"
    r"found (?:it|them|this|our \w+) online|public paste|paste site|keep quiet|blackmail|extort|ransom|chantaje|"
    r"chantage|erpress|ricatto|"
    r"chantagem|afpers|(?:appeared|"
    r"posted|published|circulating|available) (?:publicly |online|on (?:the internet|a forum|twitter|reddit|a public))"
    r"|(?:guests?|non-members?|(?:never|not) (?:been )?invited)[^.!?]{0,120}?(?:received|got|sees|saw|seen|"
    r"can see|could see|opened)"
    r"|(?:received|got|can see|seeing|saw|see|seen|viewed|contains?|containing|shows?|showing) (?:\w+ ){0,3}"
    r"(?:someone else'?s|another (?:customer|company|user|"
    r"organi[sz]ation)'?s?|other (?:customers|companies)'?) (?:\w+ ){0,2}(?:data|invoices?|projects?|tasks?|"
    r"files?|information|details|boards?)"
    r"|(?:sends?|sent|sending|shares?|shared|sharing|passes|passed|transmits?|transmitted|forwards?|forwarded|"
    r"uploads?|uploaded|discloses?|disclosed|exposes?|exposed|emails|emailing|e-mailing|leaks?|leaking)\b"
    r"[^.!?]{0,100}?(?:to|with) (?:an? |the )?(?:third[- ]party|external|outside|vendor|undisclosed|unknown|ad[- ]?"
    r"tracking|ad[- ]tech|ad network|data broker|"
    r"unauthori[sz]ed|another|other|tracking|analytics|advertis|marketing|unapproved|\w+ (?:domain|server|"
    r"company|provider) (?:we|i) never (?:approved|authori[sz]ed|agreed))|unauthori[sz]ed disclosure"
    r"|fuga de (?:datos|dados)|fuite de donnees|datenleck|vazamento de dados|fuga di dati|datalek|wyciek danych|"
    r"(?:datos|donnees|daten|dados|dati|gegevens) (?:\w+ ){0,3}(?:filtrad|robad|expuest|publicad|vendid|vole|"
    r"divulgu|publie|gestohlen|veroffentlicht|geleakt|abgeflossen|vazad|roubad|expost|rubat|trapelat|pubblicat|"
    r"gestolen|gelekt|gepubliceerd)"
    # another company's records seen in this workspace, said in the other languages read
    r"|(?:vi|veo|vemos|vimos|aparecen|aparecieron|vois|voyons|ai vu|avons vu|apparaissent|sehe|sehen|sah|sahen|"
    r"erscheinen|vejo|vemos|vimos|aparecem|vedo|vediamo|ho visto|abbiamo visto|compaiono|zie|zien|zag|zagen|"
    r"verschijnen)\b[^.!?]{0,80}(?:otra empresa|otro cliente|une autre (?:entreprise|societe)|un autre client|"
    r"(?:einer |eines )?anderen (?:firma|kunden|unternehmens)|outra empresa|outro cliente|un'altra azienda|"
    r"un altro cliente|een ander bedrijf|een andere klant)"
    # reading the records of an organisation one does not belong to
    r"|(?:podia|podiamos|could|pouvais|pouvions|konnte|konnten|potevo|potevamo|kon|konden) (?:\w+ )?(?:leer|read|"
    r"lire|lesen|ler|leggere|lezen|ver|voir|sehen|vedere|zien|open|abrir|ouvrir|aprire|openen)\b[^.!?]{0,20}"
    r"(?:sus|their|leurs|ihre|seus|suoi|loro|hun)\b")
#: A person whose access was taken away ("removed", "Rechte entzogen") ...
_REVOKED = compile_fast("|".join(re.escape(w) for w in REVOKED)
                        + r"|\b(?:zugang|zugriff|konto|rechte|toegang|account)\b[^.!?]{0,120}\b(?:entfernt|entzogen|"
                          r"gesperrt|deaktiviert|verwijderd|ingetrokken|gedeactiveerd)\b")
#: ... who then took or looked at the data (not merely signed in).
_TOOK = compile_fast(
    r"download(?:ed|ing|s)|export(?:ed|ing|s)|copied|viewed|opened (?:the|our|all)|\bsaw\b|still see|screenshot|"
    r"baixad|descargad|scaricat|gedownload|"
    r"capture d'ecran|captura de pantalla|bildschirmfoto|captura de tela|schermafbeelding|"
    r"(?:still )?able to (?:see|open|view|access)|"
    r"heruntergeladen|exportiert|kopiert|angesehen|eingesehen|telecharge|exporte|copie|consulte|descargo|"
    r"descargaron|exporto|copio|consulto|baixou|baixaram|exportou|copiou|scaricato|esportato|copiato|"
    r"vede ancora|voit toujours|ve todavia|sieht immer noch|ve ainda|ziet nog|gedownload|geexporteerd|"
    r"gekopieerd|bekeken|printed|saved (?:the|our|a|all)|gespeichert|gedruckt|imprime|enregistre|imprimio|guardo|"
    r"imprimiu|salvou|stampato|salvato|afgedrukt|opgeslagen")
_NOT_EXPOSED = compile_fast(
    r"vulnerab|researcher|proof of concept|\bpoc\b|\bidor\b|responsible disclosure|bug bounty|pentest|penetration|"
    r"enumerat|sequential|could (?:have|potentially)|\bmight\b|may have|possibl|potentially|could be|\bif\b|"
    r"no (?:sign|evidence|indication)|not (?:been )?(?:accessed|viewed|exported|downloaded|leaked|exposed)|"
    r"nothing (?:was|has been)|memory leak|whether|worried|afraid|concern|(?:my|our) own (?:files|accounts|data|"
    r"workspace)|haven'?t seen anyone|no one else|deletion request|requested deletion|still in (?:the |our )?"
    r"exports?|retention|\bdpa\b|leaked password|password list|leaked credentials|credential "
    r"stuffing|combo list|(?:invitations?|invites?|phishing|spam)\b[^.!?]{0,40}(?:sent|"
    r"going out)|sent (?:\w+ ){0,3}(?:invitations?|invites?|phishing|spam)\b")


def data_exposed(scan: Scan) -> tuple[bool, str] | None:
    for sent in scan.sents.spans if scan.allows(_EXPOSED) else ():
        text = scan.sentence(sent)
        m = _EXPOSED.search(text)
        if m is None or scan.has(_NOT_EXPOSED, sent) or negated(scan.folded, sent[0], sent[0] + m.start()):
            continue
        return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    if scan.doc(_REVOKED) and scan.allows(_TOOK):
        for sent in scan.sents.spans:
            text = scan.sentence(sent)
            m = _TOOK.search(text)
            if m is not None and not scan.has(_NOT_EXPOSED, sent) and not negated(scan.folded, sent[0],
                                                                                  sent[0] + m.start()):
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
    for scope, pattern in _SCOPES:
        if scan.doc(pattern):
            return scope, outage[0].evidence
    return None
