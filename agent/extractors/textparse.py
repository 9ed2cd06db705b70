"""Low-level text helpers of the offline detectors: folding, sentences, evidence, negation, money.

Detectors match on a *folded* copy of the ticket text (lower case, accents and typographic quotes
flattened) that keeps every character at its offset, so a match found in the folded text is
quoted from the original text at the same offsets: evidence is always the ticket's own words.
Everything here compiles at import time.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from .hypothetical_words import HYPOTHETICAL_WORDS
from .reopt import compile_fast


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update({ord(k): v for k, v in {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "_": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\n": " ", "\r": " ",
        # full-width marks of Japanese and Chinese text read like their ASCII twins (questions, alarms)
        "\uff1f": "?", "\uff01": "!",
        "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o", "\u0111": "d", "\u0110": "d", "\u0131": "i",
    }.items()})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length and offsets.

    Underscores become spaces so error codes ("processor_unavailable") read as words.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    low = low.translate(_FOLD)
    if "\ufffd" in low:  # "aparecem como ��?��": a mark inside garbled text asks nothing
        low = _GARBLED_MARK.sub(_replacement, low)
    if "??" in low or "?!" in low or "!?" in low:
        low = _ALARM.sub(_exclaim, low)
    return low


#: "how is he still in??", "c'est un bug?!": doubled or mixed marks are alarm, not a request for
#: information; read as "!!" they no longer trip the question guards (the words still do).
_ALARM = re.compile(r"[?!]*(?:\?\?|\?!|!\?)[?!]*")


def _exclaim(m: re.Match[str]) -> str:
    return "!" * len(m.group())


_GARBLED_MARK = re.compile("(?<=\ufffd)[?]+|[?]+(?=\ufffd)")


def _replacement(m: re.Match[str]) -> str:
    return "\ufffd" * len(m.group())


# -- sentences ----------------------------------------------------------------------------------

#: A period that ends no sentence: an initial ("Herrn K."), a dotted form ("B.V."), a German/Dutch ordinal,
#: a title or a common abbreviation. Each is what may stand right before the period; the look-behinds
#: are written *after* the period (``\.(?<!\bMr\.)``, the same test) so the regex engine only tries
#: them at periods instead of at every character of the text.
_NOT_BEFORE_PERIOD = (r"\s[A-Za-z]", r"^[A-Za-z]", r"\(\w", r"\bMr", r"\bMrs", r"\bMs", r"\bDr", r"\bNr", r"\bSt",
                      # an initial right after a quote: 'je vois "L. Perrin a exporté ...'
                      r"[\"«„“][A-Za-z]",
                      r"\bca", r"\bbzw", r"\bvs", r"\be\.g", r"\bi\.e", r"\bz\.B", r"\bu\.a",
                      # "Dept. of Labor", Dutch "bv." and "bijv." (for example)
                      r"\bDept", r"\bdept", r"\bDpt", r"\bbv", r"\bbijv", r"\bBv", r"\bBijv",
                      # titles before a name: "il nostro legale, avv. Ferrante", "Dott. Rossi", "Sra. Gómez"
                      r"\bavv", r"\bAvv", r"\bDott", r"\bdott", r"\bSig", r"\bsig", r"\bSigra", r"\bsigra",
                      r"\bSra", r"\bSr", r"\bDra", r"\bMme",
                      r"\bProf", r"\bprof", r"\bIng", r"\bMtra",
                      # dotted company forms and initialisms: "B.V.", "e.V.", "S.A.", "U.S."
                      r"\.[A-Za-z]")
_PERIOD_ENDING = r"\." + "".join(f"(?<!{before}\\.)" for before in _NOT_BEFORE_PERIOD)
_BOUNDARY = re.compile(
    r"[!?](?:[.!?\"')\]]*)(?=\s)\s*"  # end punctuation followed by space (kept in the sentence)
    r"|" + _PERIOD_ENDING + r"(?:[.!?\"')\]]*)(?=\s)\s*"
    r"|[\u3002\uff01\uff1f](?:[\u300d\u300f\uff09)]*)\s*"  # Japanese and Chinese sentence ends need no space
    r"|\n[ \t]*\n\s*"  # blank line
    r"|\n(?=[ \t]*(?:[-*•>#]|\d+[.)]\s))"  # a list item
    r"|\n(?=[ \t]*\[\s*\d{1,2}[:.]\d{2})"  # a time-stamped line of a chat transcript
    r"|(?P<cap>\n)(?=[ \t]*[A-Z¿¡ÀÁÂÄÇÉÈÊËÍÎÏÑÓÔÖÚÙÛÜ])"  # a capital after a short line (not a wrapped one)
    r"|(?P<low>\n)(?=[ \t]*[a-z0-9])"  # phone-typed lines, one thought each, with no punctuation
    r"|:[ \t]*\n\s*"
    r"|:[ \t]+(?=¿)"  # a Spanish question after a colon: "nos pide contestar: ¿Han sufrido ...?"
    r"|(?<=\s)[:;]-?[()DPp](?=\s)\s*"  # a smiley ends a thought: "all our projects are fine :) It's just that"
)
_KEEP = frozenset(".!?:\u3002\uff01\uff1f")
#: A short all-capitals token right before a period ("SG.", "AKIA."): an abbreviation or a key's prefix.
_CAPS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}$")
#: "am 3. März", "op 3 maart" style ordinals: a day number whose period is followed by a month or lower case.
_ORDINAL = re.compile(
    r"(?<=\s\d)\.|(?<=\s\d\d)\.", re.ASCII)
_AFTER_ORDINAL = re.compile(
    r"\s+(?:[a-zäöüß]|[Jj]an|[Ff]eb|[Mm][aä]r|[Aa]pr|[Mm]a[iy]|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo][ck]t|[Nn]ov|[Dd]e[cz]|"
    # "jeden 2. Dienstag im Monat", "im 3. Stock", "das 4. Quartal"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Woche|Monat|Quartal|Stock|Etage|Mal|Klasse|"
    r"Jahr)\b)")


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of the new text, searchable by offset."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def at(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None


def sentences(text: str, segments: tuple[tuple[int, int], ...]) -> Sentences:
    """Cut each segment at sentence ends, blank lines and lines that start a new thought."""
    spans: list[tuple[int, int]] = []
    for seg_start, seg_end in segments:
        start = seg_start
        for m in _BOUNDARY.finditer(text, seg_start, seg_end):
            if m.group("cap") is not None and not _short_line_before(text, m.start(), seg_start):
                continue
            if m.group("low") is not None and not _bare_short_line_before(text, m.start(), seg_start):
                continue
            if _ORDINAL.match(text, m.start()) and _AFTER_ORDINAL.match(text, m.start() + 1):
                continue
            # "(compos mariage, devis...) s'ouvrent": a bracket closed after "..." or "etc." goes on in lower case
            if ")" in m.group() and m.end() < seg_end and text[m.end()].islower():
                continue
            # "zum 30.11. gekundigt": a date's last period, then lower case goes on
            if m.group()[0] == "." and m.start() > seg_start and text[m.start() - 1].isdigit() \
                    and m.end() < seg_end and text[m.end()].islower():
                continue
            # "a string starting with SG. that looks like a key": a capitalised prefix, then lower case goes on
            if m.group()[0] == "." and m.end() < seg_end and text[m.end()].islower() \
                    and _CAPS_BEFORE.search(text, max(seg_start, m.start() - 6), m.start()):
                continue
            cut = m.start()
            while (cut < m.end() and text[cut] in _KEEP) or (cut < m.end() and cut > m.start()
                                                            and text[cut] in "\"')]"):
                cut += 1
            if cut > start:
                spans.append((start, cut))
            start = m.end()
        if seg_end > start:
            spans.append((start, seg_end))
    spans = [(a, b) for a, b in (_trim(text, a, b) for a, b in spans) if b > a]
    return Sentences(tuple(spans), tuple(a for a, _ in spans))


def _short_line_before(text: str, pos: int, floor: int) -> bool:
    """Does the line ending at ``pos`` look like a line of its own (greeting, heading) rather than wrapped prose?"""
    start = max(floor, text.rfind("\n", floor, pos) + 1)
    line = text[start:pos].rstrip()
    return len(line) < 45 or line[-1:] in ".!?:;,)"


def _bare_short_line_before(text: str, pos: int, floor: int) -> bool:
    """Is the line ending at ``pos`` a short unpunctuated message line ("wasnt me im in ohio")?"""
    start = max(floor, text.rfind("\n", floor, pos) + 1)
    line = text[start:pos].rstrip()
    return 0 < len(line) < 60 and line[-1:].isalnum()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    piece = text[a:b]
    inner = piece.strip()  # str.strip drops exactly the characters str.isspace accepts
    if not inner:
        return b, b
    start = a + len(piece) - len(piece.lstrip())
    return start, start + len(inner)


# -- evidence -----------------------------------------------------------------------------------

MAX_EVIDENCE = 160
_CLAUSE_BREAK = re.compile(r"[,;:(]\s|\s[-–—]\s|\s\(")


def evidence(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The sentence around a match, or the clause around it when the sentence is long."""
    a, b = sentence
    if b - a <= MAX_EVIDENCE:
        return text[a:b]
    left = a
    for m in _CLAUSE_BREAK.finditer(text, max(a, start - 110), start):
        left = m.end()
    right = b
    after = _CLAUSE_BREAK.search(text, end, min(b, end + 110))
    if after:
        right = after.start()
    if right - left > MAX_EVIDENCE:
        left = max(left, start - 50)
        right = min(right, max(end, left + MAX_EVIDENCE))
        while left > a and not text[left - 1].isspace() and left < start:
            left += 1
        while right < b and not text[right].isspace() and right > end:
            right -= 1
    left, right = _trim(text, left, right)
    return text[left:right]


# -- negation and informational questions --------------------------------------------------------

_NEGATORS = frozenset({
    "not", "no", "never", "without", "nothing", "none", "neither", "nor", "nobody", "isnt", "wasnt", "arent",
    "werent", "hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "ni", "nunca", "sin", "ningun", "ninguna",
    "pas", "jamais", "sans", "aucun", "aucune", "nicht", "kein", "keine", "keinen", "keiner", "keinem", "ohne",
    "nie", "niemals", "nao", "nem", "sem", "nenhum", "nenhuma", "non", "senza", "mai", "nessun", "nessuna",
    "nessuno", "niet", "geen", "zonder", "nooit", "nobodys", "noones", "nothings",
})
#: After "not" these verbs carry the fault itself ("could not connect to the database"), so the
#: negation does not deny the words after them.
_ACTION = frozenset([
    "connect", "connecting", "load", "loading", "reach", "access", "accessing", "open", "opening", "log",
    "logging", "sign", "signing", "work", "working", "get", "getting", "use", "save", "saving", "sync", "syncing",
    "send", "sending", "respond", "responding", "start", "starting", "run", "running", "process", "processing",
    "complete", "upload", "uploading", "download", "downloading", "export", "exporting", "import", "importing",
    "display", "displaying", "show", "showing", "appear", "appearing", "arrive", "arriving", "update", "updating",
    "create", "creating", "authenticate", "resolve", "reach", "reaching", "retrieve", "find", "fixed", "resolved",
    "solved", "sorted", "addressed", "repaired", "restored", "answered", "responded", "corrected", "handled",
])
_NOT_NEGATING = frozenset({("not", "only"), ("not", "just"), ("not", "sure"), ("no", "longer"), ("no", "idea"),
                           ("not", "certain"), ("no", "doubt"), ("not", "even")})
_FAULT_NOUNS = frozenset({"erro", "erros", "falha", "falhas", "problema", "problemas", "defeito", "bug",
                          # "uma reclamação no Procon", "entrar com uma ação no Juizado": "no" is "in the"
                          "reclamacao", "queixa", "denuncia", "acao", "processo", "registro", "cadastro",
                          # "dei entrada no Juizado", "entrei no sistema", "tudo no quadro"
                          "entrada", "dei", "demos", "entrei", "entramos", "dados", "arquivo", "arquivos",
                          "ficheiro", "ficheiros", "quadro", "projeto", "sistema", "acesso", "anexada", "anexado"})
_WORD = re.compile(r"[a-z']+")
_CLAUSE_START = re.compile(r"[,;:]|\bbut\b|\bpero\b|\bmais\b|\baber\b|\bmas\b|\bma\b|\bmaar\b|"
                           # "to check she wasnt crazy and got another company's board": a new event begins
                           r"\band (?:then )?(?:got|saw|found|landed on|ended up)\b|\by (?:me )?(?:salio|aparecio)\b|"
                           r"\bet (?:je suis tombee?|on est tombe)\b|\bund (?:bekam|sah)\b|\ben (?:kreeg|zag)\b")


#: "er is geen sprake van een incident of van onbevoegde toegang": a denial that reaches further than four words.
_DENIAL = re.compile(r"geen sprake (?:is )?van|no se trata de|il ne s'agit (?:pas|nullement|aucunement) d|"
                     r"es handelt sich nicht um|nao se trata de|non si tratta di|(?:there|this) is no question of|"
                     r"(?:this|it) is not (?:a case of|about)|"
                     # "non è niente di strano né un problema di sicurezza"
                     r"non e (?:niente|nulla) di \w+ ne\b|no es nada \w+ ni\b|ce n'est rien d'\w+ ni\b|"
                     r"nao e nada de \w+ nem\b|it'?s nothing (?:\w+ )?(?:strange|weird|odd) or\b|"
                     # "I don't think it's actually a security problem"
                     r"(?:i|we) (?:don'?t|do not) (?:really )?think (?:it'?s|it is|this is|that'?s)\b|"
                     r"no creo que (?:sea|esto sea)|je ne (?:pense|crois) pas que ce soit|"
                     r"ich glaube nicht,? dass (?:es|das)|"
                     r"nao acho que (?:seja|isto seja)|non credo che (?:sia|questo sia)|ik denk niet dat (?:het|dit)|"
                     # "Je ne vais pas en faire une histoire ni porter plainte": the "ni" carries the denial on
                     r"\bne (?:vais|veux|compte|souhaite|vait) pas\b[^.!?,]{0,40}\bni\b|\bno (?:voy a|quiero|pienso)\b"
                     r"[^.!?,]{0,40}\bni\b|\bnao (?:vou|quero|pretendo)\b[^.!?,]{0,40}\bnem\b|"
                     r"\bnon (?:ho intenzione di|"
                     r"voglio|intendo)\b[^.!?,]{0,40}\bne\b|\bich (?:werde|will|mochte) (?:\w+ )?weder\b")


def negated(folded: str, sentence_start: int, pos: int, window: int = 4) -> bool:
    """Is the word at ``pos`` denied by a negation a few words before it, in the same clause?"""
    far = max(sentence_start, pos - 100)
    denial = _DENIAL.search(folded, far, pos)
    if denial is not None and _CLAUSE_START.search(folded, denial.end(), pos) is None:
        return True
    lo = max(sentence_start, pos - 48)
    chunk = folded[lo:pos]
    clause = 0
    for m in _CLAUSE_START.finditer(chunk):
        clause = m.end()
    words = [w.replace("'", "") for w in _WORD.findall(chunk[clause:])][-window:]
    for i, word in enumerate(words):
        if word in ("cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt"):
            continue
        if word in _NEGATORS or (word.endswith("nt") and word[:-2] + "n't" in _NT):
            if word == "no" and i > 0 and words[i - 1] in _FAULT_NOUNS:
                continue  # Portuguese "erro no processador": "no" is "in the", not a denial
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if word == "no" and nxt in _PT_PLACES:
                continue  # Portuguese "uma mensagem no WhatsApp": "in the", not a denial
            if word == "nem" and i > 0 and words[i - 1] in ("so", "von", "mit", "bei", "zu", "an", "in", "auf", "aus"):
                continue  # spoken German "von so nem Typen" ("einem"), not Portuguese "nem" (nor)
            if nxt in ("be", "been") and i + 2 < len(words) and words[i + 2].endswith("ed"):
                continue  # "could not be processed": a failure report, the words after it stand
            if (word, nxt) not in _NOT_NEGATING and nxt not in _ACTION:
                return True
    return False


#: Places and times the Portuguese "no" ("in the") comes before: "no WhatsApp", "no dia 6", "no escritório".
#: (Only words English does not put after "no": "no email" and "no site" stay denials.)
_PT_PLACES = frozenset({"whatsapp", "telefone", "telemovel", "celular", "grupo", "escritorio", "dia", "mes", "ano",
                        "fim", "inicio", "quadro", "projeto", "sistema", "aplicativo", "computador", "portatil",
                        "navegador", "sabado", "domingo", "trabalho", "historico", "registo", "registro",
                        "relatorio", "ecra", "perfil", "painel", "calendario"})

_NT = frozenset({"isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't"})

INFO_QUESTION = compile_fast(
    r"^[\W_]*(?:q?\d{1,2}[.):]\W*)?(?:(?:hi|hello|hey|also|and|so|but|just|quick question|one more thing|question|"
    r"bonjour|hola|hallo|"
    r"guten tag|ola|bom dia|ciao|buongiorno|goedendag|dag|buenos dias)\W+)*"
    r"(?:(?:do|does|did) (?:you|teamflow|your)\b"
    r"|(?:are|is) (?:you|teamflow|your (?:company|platform|product|service|app|system|organi[sz]ation))\b"
    r"(?! (?:aware|seeing|experiencing|having|down|investigating|looking|still|currently|even))"
    r"|(?:have|has) (?:you|teamflow) (?:ever|been|got|had|suffered|obtained|completed|passed|undergone|achieved|signed)"
    # a questionnaire about the vendor: "Q4. Has the vendor experienced a data breach in the last 24 months?"
    r"|(?:has|have|did|does|is) the (?:vendor|supplier|provider|processor|service provider)\b[^.!]*\?"
    r"|(?:what|which|where|how|who|when)(?: \w+){0,3} (?:is|are|does|do|would|will|should|can i find|owns|happens)"
    r" (?:your|the|teamflow|you|if|when|to|in case)\b"
    r"|what'?s your (?:\w+ ){0,3}(?:policy|process|target|time|sla|timeline|approach|procedure|roadmap|pricing)\b"
    r"|(?:can|could|would) you (?:please )?(?:send|share|provide|tell|confirm|explain|describe|clarify|forward|"
    r"point me)\b(?! (?:me |us )?(?:back|immediately|right away))(?![^.!?]{0,40}\bback (?:to|on|onto|into)\b)"
    r"|is (?:it|there) (?:possible|a way|an option|any)\b"
    # "Can TeamFlow remind the fee earner seven days before?": what the product can do
    r"|(?:can|could|will) (?:teamflow|the app|the system|it) (?:also |automatically )?(?:remind|send|notify|show|"
    r"handle|create|repeat|export|import|sync|assign|track|schedule|support|be set)\b[^.!]*\?"
    r"|is (?:this|that|it) (?:\w+ )?(?:written|documented|stated|described|covered|included|specified|mentioned|"
    r"available|published|defined)\b"
    r"|(?:i|we)(?:'d| would) like to (?:know|understand|learn|ask|find out)"
    r"|(?:i|we) (?:was|were|am|are) (?:wondering|curious)"
    r"|(?:i|we) (?:have|had) a (?:quick |general )?question"
    # the same questions about the company in the other languages read: only as a question
    r"|(?:avez-vous|etes-vous|proposez-vous|offrez-vous|disposez-vous|est-ce que vous|est-ce que teamflow|"
    r"tienen|ofrecen|disponen|estan ustedes|haben sie|bieten sie|sind sie|verfugen sie|gibt es|voces tem|"
    r"voces oferecem|voces possuem|avete|offrite|siete|disponete|hebben jullie|bieden jullie|heeft u|biedt u|"
    r"zijn jullie|"
    # "¿Han sufrido alguna brecha de seguridad en los últimos 3 años?" (a questionnaire's question)
    r"han sufrido|han tenido|habeis sufrido|habeis tenido|avez-vous deja|avez-vous (?:subi|eu)|"
    r"hatten sie (?:jemals|schon)|haben sie (?:jemals|schon einmal)|(?:ja )?sofreram|tiveram algum|avete mai|"
    r"avete subito|hebben jullie ooit)\b[^.!]*\?)",
)
HYPOTHETICAL = compile_fast(HYPOTHETICAL_WORDS)


def informational(sentence_folded: str) -> bool:
    """A question about the company or a hypothetical: not a report of an incident."""
    return bool(INFO_QUESTION.search(sentence_folded) or HYPOTHETICAL.search(sentence_folded))


def hypothetical(sentence_folded: str) -> bool:
    return bool(HYPOTHETICAL.search(sentence_folded))


# -- numbers ------------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3, "multiple": 3,
    "many": 4, "numerous": 4, "some": 2, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "diez": 10, "varios": 3, "varias": 3, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "sept": 7, "dix": 10, "plusieurs": 3, "ein": 1, "eine": 1, "einen": 1, "zwei": 2,
    "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "zehn": 10, "mehrere": 3, "um": 1, "uma": 1,
    "duas": 2, "quatro": 4, "sete": 7, "dez": 10, "varias ": 3, "due": 2, "tre": 3, "quattro": 4,
    "sette": 7, "dieci": 10, "diversi": 3, "diverse": 3, "alcuni": 3, "een": 1, "twee": 2, "drie": 3,
    "vijf": 5, "zeven": 7, "tien": 10, "meerdere": 3, "enkele": 3,
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "tenth": 10, "segundo": 2, "segunda": 2,
    "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
    "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "vierte": 4, "vierten": 4, "terceiro": 3,
    "terceira": 3, "quarto": 4, "quarta": 4, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
    "tweede": 2, "derde": 3, "vierde": 4,
}
NUMBER = (r"(?:\d+(?:[.,]\d+)?|a couple of|a couple|couple of|a few|several|multiple|many|numerous|"
          + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w and not w.endswith(" ")), key=len, reverse=True))
          + ")")


def number_value(word: str) -> float | None:
    word = word.strip()
    if word[:1].isdigit():
        return float(word.replace(",", "."))
    return NUMBER_WORDS.get(word)
