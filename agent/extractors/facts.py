"""Facts the text states besides criteria: instructions aimed at the triage system, account facts,
the refund asked for. Who saw the data and how wide an outage is live in ``exposure.py``.

The extractor reports what the words say; the policy decides what the facts mean (metadata wins
over stated facts, thresholds live in its configuration).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..policy import Money
from ..policy.signals import Plan
from ..text import Span
from .detectors import Found, Scan
from .money import Amount, amounts, bare_number_after, bare_thousands
from .reopt import compile_fast
from .textparse import evidence, negated

# -- instructions aimed at the triage system ----------------------------------------------------

_INJECTION = compile_fast(
    # the same, in the other languages read: orders to the automated system, "ignore your rules", "classify this as"
    r"\b(?:nota|note|notiz|remarque|opmerking|aviso|avis|(?:system)?hinweis|nachricht|mitteilung|anweisung|mensaje|"
    r"mensagem|messaggio|bericht|message|instructions?|instrucciones)\s+(?:para|pour|fur|an|per|voor|for|to|aan|"
    r"ao|a)\s+(?:el\s+|le\s+|die\s+|"
    r"das\s+|den\s+|il\s+|o\s+|het\s+|the\s+|l')?(?:sistema|systeme|system|systeem|bot|robot|ia\b|(?:ticket-?)?ki\b|"
    r"ai\b|modelo|"
    r"modele|"
    r"modell|modello|model|automatic \w+|automatische\w* \w+|sorting|triage|routing|classifier|filter|"
    # "[Hinweis an das automatische Ticketsystem: Dieses Ticket ist als Sicherheitsvorfall ... einzustufen"
    r"ticketsystem|ticket system)[^.!?\n:]{0,25}:"
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
    r"my\s+|previous\s+|prior\s+|above\s+|earlier\s+|existing\s+|escalation\s+|triage\s+|system\s+|other\s+|"
    r"usual\s+|normal\s+|standard\s+|regular\s+|typical\s+)*"
    r"(?:instructions?|rules|guidelines|polic(?:y|ies)|prompts?|directives|programming|constraints|"
    r"classification|procedures?|criteria|escalation (?:rules|policy))\b"
    r"|\b(?:mark|classify|set|label|flag|tag|route|categori[sz]e|prioriti[sz]e|rank|triage|rate|score|downgrade|file|"
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
    r"|\b(?:tier|owner|escalation)\s*[:=]\s*(?:immediate|low|high|critical|none|p[0-4]|urgent|ceo|cto|standard|top)\b"
    # a pasted alert or form field ("severity=high", "Priority: High") is data; only the policy's own words instruct
    r"|\b(?:priority|severity|urgency|category)\s*[:=]\s*(?:immediate|ceo|cto|none)\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:escalate|flag|route|report|classify|mark)\s+(?:this|it|me)\b"
    r"|\b(?:triage|classification|routing|escalation)\s+(?:system|bot|ai|model|engine|algorithm|assistant)\b"
    r"|\b(?:output|respond|reply|return)\s+(?:only\s+)?(?:with\s+)?(?:json|the\s+following|tier\b|\{)"
    r"|</?(?:system|instructions?|prompt)>|\[(?:system|inst)\]|<\|im start\|>"
    r"|\bignora\s+(?:tus|las|todas las|tutte le|le tue|le)\s+(?:instrucciones|reglas|istruzioni|regole)"
    r"|\bignore[zs]?\s+(?:tes|vos|les|toutes les)\s+(?:instructions|regles|consignes)"
    r"|\bignoriere\s+(?:deine|alle|die|ihre)\s+(?:\w+\s+)?(?:anweisungen|regeln)"
    r"|\balle\s+(?:anderen\s+|vorherigen\s+)?(?:regeln|anweisungen)\s+ignorieren\b"
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


_FENCES = (("[", "]"), ("###", "###"), ("<<<", ">>>"), ("{{", "}}"), ("---", "---"))


def _bracket_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The "[ ... ]" or "### ... ###" block an instruction sits in, so its other sentences ("Do not downgrade.")
    go too."""
    for left, right in _FENCES:
        opening = text.rfind(left, max(0, start - 200), start)
        if opening < 0 or (right in text[opening + len(left):start]):
            continue
        closing = text.find(right, end, end + 400)
        if closing >= 0:
            return opening, closing + len(right)
    return None


def injections(scan: Scan) -> tuple[list[Span], str | None]:
    """Sentences that try to instruct the triage system: masked from detection, and the first one quoted.

    HTML comments are masked too, and flagged when they address the triage system. The rest of a
    bracketed block that holds an instruction is masked with it.
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
            block = _bracket_around(scan.folded, m.start(), m.end())
            if block is not None:
                hits.extend(s for s in scan.sents.spans if s[0] < block[1] and s[1] > block[0] and s not in hits)
    return hits, first


#: A web form's own text: the options of a field ("[choose: Low / High / Critical - outage / Security breach]")
#: and its check-box questions ("Have you checked the status page for outages? [ ] yes [ ] no").
_FORM_OPTIONS = re.compile(r"\[[^\]\n]{0,200}?(?:/|\|)[^\]\n]{0,200}?(?:/|\|)[^\]\n]{0,200}\]"
                           r"|\[\s*(?:choose|select|pick|options?|e\.g\.)\b[^\]\n]{0,200}\]")
#: An option the customer did not pick on a web form: "( ) Data breach / security".
_UNTICKED = re.compile(r"\(\s\)\s*[^()\n]{1,60}?(?=\s*\(|\n|$)")
_CHECKBOX = re.compile(r"\[\s?[x ]?\s?\]\s*(?:yes|no|si|sí|oui|non|ja|nein|sim|não|nao|nee)\b", re.I)


def form_scaffolding(scan: Scan) -> list[Span]:
    """The parts of a ticket that a form wrote, not the customer: field options and check-box questions."""
    holes: list[Span] = [m.span() for a, b in scan.spans for m in _UNTICKED.finditer(scan.text, a, b)] \
        if "( )" in scan.text else []
    if "[" not in scan.text:
        return holes
    holes += [m.span() for a, b in scan.spans for m in _FORM_OPTIONS.finditer(scan.text, a, b)]
    for a, b in scan.spans:
        for m in _CHECKBOX.finditer(scan.text, a, b):
            sent = scan.sents.at(m.start())
            if sent is not None and sent not in holes:
                holes.append(sent)
            # the question the boxes answer is the sentence before them
            before = scan.sents.at(max(a, (sent or (m.start(), 0))[0] - 2))
            if before is not None and before not in holes and "?" in scan.text[before[0]:before[1]]:
                holes.append(before)
    return holes


#: A note typed for the customer by a support agent may add the agent's own guess ("Agent: sounds like an
#: outage?"). Only what the customer reported counts, so a labelled guess is not read.
_STAFF_LABEL = compile_fast(r"\W*(?:support |chat |phone |desk )?(?:agent|rep|csr|tech|internal)(?:'s)?"
                            r"(?: (?:note|opinion|view|comment|take|thoughts?|guess|remark))?\s*:")
_GUESS = compile_fast(r"sounds like|looks like|probably|maybe|might|seems|i think|i guess|i suspect|could be|"
                      r"worth (?:flagging|escalating)|should (?:go|be escalated)|to me\b|\bimo\b|not sure|\?")


#: In a pasted chat transcript, the lines of the bot (and, with a time stamp, of the agent) are canned or
#: second-hand: "[10:03] Bot: I can help with billing, refunds and security questions."
_NOT_CUSTOMER_LINE = re.compile(
    r"^[ \t>]*(?:(?:\[\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\]|\(?\d{1,2}[:.]\d{2}\)?)\s*[-\u2013]?\s*"
    r"(?:agent|support|operator|[\w .'-]{1,30}\((?:bot|agent|support)\))\s*:|"
    r"(?:\[\s*\d{1,2}[:.]\d{2}[^\]\n]{0,8}\]\s*)?"
    r"(?:bot|chatbot|virtual assistant|assistant|auto-?reply|automated message|system message)\s*:).*$",
    re.I | re.M)


def staff_guesses(scan: Scan) -> list[Span]:
    """Sentences where whoever typed the ticket up gives their own guess, marked as theirs; a chat's bot lines."""
    if ":" not in scan.text:
        return []
    holes: list[Span] = [m.span() for a, b in scan.spans for m in _NOT_CUSTOMER_LINE.finditer(scan.text, a, b)]
    return holes + [sent for sent in scan.sents.spans
                    if _STAFF_LABEL.match(scan.folded, sent[0], sent[1]) and scan.has(_GUESS, sent)]


#: Words named as words: "our boards are full of words like breach, ransomware and exfiltration".
_WORDS_AS_WORDS = compile_fast(r"\b(?:words|terms|phrases|keywords|vocabulary|jargon) (?:like|such as)\b|"
                               r"\bpalabras (?:como|tales como)\b|\bdes mots (?:comme|tels que)\b|\bmots comme\b|"
                               r"\b(?:worter|begriffe|ausdrucke) wie\b|\bpalavras como\b|\bparole come\b|"
                               r"\bwoorden (?:als|zoals)\b|\btermini come\b|\btermes comme\b|\bterminos como\b|"
                               # a class's topic: "un progetto su 'attacchi hacker, furto di dati e virus'"
                               r"\b(?:progetto|proyecto|projet|projekt|projeto|lezione|lesson|lecture|corso|course|"
                               r"clase|curso|cours|unterricht|workshop|referat|werkstuk|spreekbeurt|tesi|thesis|"
                               r"essay|unit|module|modulo) (?:\w+ ){0,3}(?:su|on|about|sobre|sur|uber|zum thema|over|"
                               r"sul|sulla|sugli|sui|sobre)\W{1,3}(?:\w+ ){0,2}(?:\w*attacchi|\w*attacks?|\w*ataques|"
                               r"\w*attaques|\w*angriffe|\w*aanvallen|hacker\w*|hacking|cyber\w*|ciber\w*|sicurezza|"
                               r"security|seguridad|securite|"
                               r"sicherheit|seguranca|beveiliging|phishing|malware|virus)")


def words_as_words(scan: Scan) -> list[Span]:
    """From "words like" to the end of its sentence: a list of vocabulary reports nothing that happened."""
    if not scan.allows(_WORDS_AS_WORDS):
        return []
    holes: list[Span] = []
    for a, b in scan.spans:
        for m in _WORDS_AS_WORDS.finditer(scan.folded, a, b):
            sent = scan.sents.at(m.start())
            if sent is not None:
                holes.append((m.start(), sent[1]))
    return holes




# -- customer facts stated in the text ------------------------------------------------------------

_SELF = (r"(?:\bwe\b|\bwe'?re\b|\bthey'?re\b|\bthey are\b|\b(?:the|this) (?:ministry|council|university|school|"
         r"trust|hospital|college|academy|foundation|agency|department|authority|municipality|charity|company|firm|"
         r"organi[sz]ation) is\b|\bour\b|\bi\b|\bi'?m\b|"
         r"\bmy\b|\bus\b|nosotros|nuestr[oa]s?|somos|estamos|\bnous\b|"
         r"notre|\bnos\b|sommes|\bwir\b|unser\w*|\bsind\b|nosso|nossa|\bnoi\b|nostr[oa]|siamo|\bwij\b|\bons\b|onze|"
         r"\bzijn\b|\bje suis\b|\bsoy\b|\bsono\b|\bich\b|\bik\b)")
_NOT_CURRENT = compile_fast(r"consider|interest|upgrad|switch|move|moving|migrat|think|looking|evaluat|\bwant|\bwould|"
                          r"\blike\b|trial|quote|price|cost|compare|difference|\babout\b|\bneed|\bcould|\bif\b|"
                          r"instead|downgrad|from the|\bthan\b|\bto\b|\bvs\b|versus|\bor\b|plan to|planning|"
                          r"cambiar|passer|wechseln|mudar|passare|overstappen|\bfor\b|offer")
_PLAN = compile_fast(
    r"\b(?:enterprise|pro|professional|basic|basico|basique|base)[- ](?:plan|tier|subscription|account|"
    r"customer|client|user|license|licence|package|edition|level|subscriber|member|contract|kunde|klant|"
    r"cliente|tarif|tarifa|paket|pacchetto|pakket|plano|piano|forfait|abonnement|abo)s?\b"
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
_ACCOUNT = compile_fast(r"contract|subscription|we pay|we spend|spend|account|deal|licen|agreement|costing|cost(?:s)? "
                      r"(?:us|the firm|the company|me)\b|we(?:'re| are) "
                      r"paying|our (?:plan|bill|invoice)|worth|contrato|contrat|vertrag|contratto|abonnement|"
                      r"(?:wij|we) betalen|pagamos|nous payons|wir zahlen|paghiamo|pagamos|gastamos|nous depensons|"
                      r"wir bezahlen|spendiamo|uitgeven")
_F500 = compile_fast(r"fortune[- ]?(?:500|100|50|10|five hundred|global 500)\b")
_F500_SELF = compile_fast(r"(?:we|we're|we are|our (?:company|firm|organi[sz]ation|group|business)|i work for|"
                        r"i represent|on behalf of|as an?|being an?|the company i|(?:company|firm|organi[sz]ation|"
                        r"customer|account|empresa|entreprise|firma|azienda|bedrijf)\s*:[^!?\n]{0,80}\(\s*$|"
                        r"\b(?:i|we|i'm|we're)\b[^.!?]*\b(?:at|for|with|in|of) (?:a|an|one)\s*$|"
                        # "I lead the PMO ... at Castellan Foods, a Fortune 500 food manufacturer"
                        r"\b(?:i|we|i'm|we're)\b[^.!?]*\b(?:at|for|with|of) [\w&.' -]{2,40}, (?:a|an|one)\s*$|"
                        r"\bfrom (?:the )?(?:\w+ ){0,2}(?:pmo|office|team|department|it|procurement|legal|finance|desk|"
                        r"group) (?:of|at) (?:a|an)\s*$|"
                        # "Como división de un grupo asegurador que figura en la lista Fortune 500"
                        r"\b(?:division|subsidiary|divisione|divisao|filiale?|tochter\w*|dochter\w*) (?:de|of|du|di|do|"
                        r"van|von|der) [^.!?]{0,80}$)")
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
        for amt in amounts(scan.folded, a, b) or bare_thousands(scan.folded, a, b):
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
            if _F500_SELF.search(before[-140:]) and not _F500_OTHER.search(before[-140:]):
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


_REFUND_WORD = compile_fast(r"refund|reimburs|money back|reembols|rembours|erstatt|estorno|rimbors|terugbeta|restitu|"
                            r"reintegr|back on (?:my|our) (?:card|account)|"
                            r"devolv|devuelv|zuruck|recover|give (?:us )?back|pay (?:us )?back|geld terug|"
                            # "het geld voor de resterende 10 maanden terug willen, dat is € 900"
                            r"geld (?:\w+ ){1,6}terug|"
                            # "Graag ontvang ik de € 1.200 terug op dezelfde kaart"
                            r"(?:ontvang|krijg|krijgen|ontvangen) (?:ik |we |wij )?(?:\S+ ){0,5}terug\b|"
                            r"返金|払い戻し|退款|환불")


_UNIT_PRICE = compile_fast(r"\s?(?:/ ?(?:seat|user|month|mo|yr|year|license|licence)|per (?:seat|user|month|"
                          r"license|licence|head)|each\b|a (?:seat|user|month|head))")


_TOTAL_BEFORE = re.compile(r"(?:=|\btotal(?: of)?:?|\bin total:?|\bsumme:?|\btotal de)\s*(?:[$€£]|usd|eur|gbp)?\s*$")


#: A bare number that counts things, not money: "Remboursement de 25 licences non utilisées".
_COUNTED = compile_fast(r"\s*(?:licen[cs]\w*|lizenz\w*|seats?|users?|utilisateurs?|usuarios?|utilizadores?|utenti|"
                        r"gebruikers|nutzer\w*|plazas|postes|places|sieges|asientos|assentos|posti|plaatsen|tasks?|"
                        r"projects?|months?|mois|meses|monate\w*|mesi|maanden|days?|jours|dias|tage\w*|giorni|dagen|"
                        r"years?|ans|anos|jahre\w*|anni|jaar|people|personnes|personas|pessoas|persone|personen|"
                        r"members?|"
                        r"membres|miembros|membros|mitglieder\w*|membri|leden)\b")


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
                                                           scan.folded[hit.end:bare.start]) \
                and not _COUNTED.match(scan.folded, bare.end):
            return Money(amount=bare.value, currency=None, evidence=evidence(scan.text, hit.sentence, hit.start,
                                                                             bare.end))
        # the amount may sit next to another mention of the refund (a subject line names it, the body prices it)
        words = scan.spans if scan.allows(_REFUND_WORD) else ()
        anchors = [hit.start, *(m.start() for a, b in words for m in _REFUND_WORD.finditer(scan.folded, a, b))]
        for a, b in scan.spans:
            for anchor in anchors:
                # "het geld ... terug, dat is € 450": an amount in the refund word's own sentence comes first
                own = scan.sents.at(anchor) if anchor != hit.start else None
                for amt in amounts(scan.folded, max(a, anchor - 300), min(b, anchor + 300)):
                    same = own is not None and own[0] <= amt.start < own[1]
                    near.append((abs(amt.start - anchor) + (0 if same else 100), amt))
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
