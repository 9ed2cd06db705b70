"""What part of a ticket the customer wrote *now*: quoted history, signatures and disclaimers apart.

The policy checks only the new, unquoted words of a reply against the criteria; earlier messages
count for timing only, and a signature or a legal disclaimer ("if you are not the intended
recipient...") is never a legal threat. Every part is a span of the ticket's own text, so evidence
quoted from it is always an exact substring. Both extractors use this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

Span = tuple[int, int]

_REPLY_HEADER = re.compile(
    r"""^[ \t]*(?:
        (?:on|el|le|am|em|il|op)\s.{4,220}?
        \b(?:wrote|escribi[oó]|a\s[ée]crit|schrieb|escreveu|ha\sscritto|schreef)\b.{0,120}:[ \t]*$
      | -{2,}\s*(?:original\smessage|urspr(?:ü|ue)ngliche\snachricht|message\sd'origine|mensaje\soriginal
                 |mensagem\soriginal|messaggio\soriginale|oorspronkelijk\sbericht)\s*-{2,}[ \t]*$
    )""", re.I | re.X)
_HEADER_START = re.compile(r"^[ \t]*(?:on|el|le|am|em|il|op)\s", re.I)
_HEADER_END = re.compile(r"\b(?:wrote|escribi[oó]|a\s[ée]crit|schrieb|escreveu|ha\sscritto|schreef)\b.{0,120}:[ \t]*$",
                         re.I)
_OUTLOOK_FROM = re.compile(r"^[ \t]*\*?(?:from|von|de|da|van)\s?:\*?\s", re.I)
_OUTLOOK_META = re.compile(r"^[ \t]*\*?(?:sent|date|to|subject|gesendet|datum|an|betreff|enviado(?:\sel)?|fecha|para|"
                           r"asunto|"
                           r"envoy[ée]|objet|[àa]|data|assunto|inviato|oggetto|verzonden|onderwerp|aan)\s?:\*?\s", re.I)
_FORWARD = re.compile(
    r"^[ \t]*(?:-{2,}\s*(?:forwarded\smessage|weitergeleitete\snachricht|mensaje\sreenviado|message\stransf[ée]r[ée]"
    r"|mensagem\sencaminhada|messaggio\sinoltrato|doorgestuurd\sbericht)\s*-{2,}|begin\sforwarded\smessage:)[ \t]*$",
    re.I)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:best|best\swishes|all\sthe\sbest|kind\sregards|warm\sregards|best\sregards|regards|many\sthanks"
    r"|thanks(?:\sagain|\sin\sadvance)?|thank\syou(?:\sin\sadvance)?|cheers|sincerely|yours(?:\struly|\ssincerely)?"
    r"|respectfully|cordially|br|thx|saludos(?:\scordiales)?|un\ssaludo|atentamente|cordialmente|gracias"
    r"|muchas\sgracias|mil\sgracias|muito\sobrigad[oa]|merci\sbeaucoup|vielen\sdank|grazie\smille|hartelijk\sdank"
    r"|dank\sje\swel|quedo\satent[oa]|saludos\scordiales|groetjes"
    r"|cordialement|bien\scordialement|bien\s[àa]\svous|merci(?:\sd'avance)?|salutations"
    r"|mit\sfreundlichen\sgr(?:ü|u|ue)(?:ß|ss)en|viele\sgr(?:ü|u|ue)(?:ß|ss)e|beste\sgr(?:ü|u|ue)(?:ß|ss)e"
    r"|gr(?:ü|u|ue)(?:ß|ss)e|lg|vg|mfg|danke|atenciosamente|abra[çc]os|obrigad[oa]|cordiali\ssaluti"
    r"|distinti\ssaluti|saluti|grazie|met\svriendelijke\sgroet(?:en)?|groeten|groet|bedankt)[ \t]*[,.!]*[ \t]*$"
    r"|^[ \t]*--[ \t]*$|^[ \t]*(?:sent\sfrom\smy|enviado\sdesde\smi|envoy[ée]\sde\smon|von\smeinem"
    r"|enviado\sdo\smeu|inviato\sda|verzonden\svanaf)\b", re.I)
#: A line the sender adds below their own sign-off: "UPDATE 9:41:", "EDIT:", "P.S.", "Nachtrag:".
_AFTERWORD = re.compile(r"^[ \t]*(?:update|edit|p\.?\s?s\.?|nachtrag|actualizaci[oó]n|mise\s[àa]\sjour"
                        r"|atualiza[çc][ãa]o"
                        r"|aggiornamento|naschrift|addendum)\b[^\n]{0,20}?[:\-]", re.I)
_DISCLAIMER_CUE = re.compile(
    r"confidential|privileged|intended\s(?:solely\s)?(?:only\s)?(?:for\s)?(?:the\s)?(?:use\sof\s)?(?:the\s)?"
    r"(?:named\s)?(?:individual|recipient|addressee)|received\sthis\s(?:e-?mail|message|communication)\sin\serror"
    r"|notify\sthe\ssender|unauthori[sz]ed\s(?:use|review|disclosure|dissemination|distribution|copying)"
    r"|(?:strictly\s)?prohibited|environment\sbefore\sprinting|virus(?:es)?[\s-](?:free|checked|scan)"
    r"|vertraulich|irrt(?:ü|u)mlich|confidencial|destinatario|confidentiel|destinataire|riservat|vertrouwelijk"
    r"|geadresseerde|legally\sbinding|does\snot\s(?:constitute|create)|vorgesehenen?r?\sempf(?:ä|a)nger"
    r"|berufsgeheimnis|unzul(?:ä|a)ssig|bedoelde\sontvanger|destinatario\sprevisto|segreto\sprofessionale"
    r"|secret\sprofessionnel|sigilo\sprofissional|secreto\sprofesional", re.I)
# "destinataires : uniquement nos 4 associés" in a customer's own sentence is no disclaimer: the bare word needs the
# disclaimer's turn ("si vous n'êtes pas le destinataire", "destinatario previsto").
_STRONG_DISCLAIMER = re.compile(r"intended\srecipient|in\serror|(?:pas|n'est|n'etes|n'êtes|no\ses|non\s[eè]|"
                                r"n[aã]o\s[eé]|not\sthe)\s+(?:le\s+|el\s+|il\s+|o\s+|l')?destinat\w*|destinat\w*\s+(?:pr[eé]vu|previsto|"
                                r"d[eé]sign[eé]|indicado|indiqu[eé]|vis[eé])|geadresseerde"
                                r"|vorgesehenen?r?\sempf(?:ä|a)nger|bedoelde\sontvanger"
                                r"|irrt(?:ü|u)mlich", re.I)
_RE_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|r|rif|res)\s*(?:\[\d+\])?\s*:", re.I)
_LINE = re.compile(r"[^\n]*\n?")
_FWD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|vs|doorst)\s*:", re.I)
_HEADER_HINT = ("wrote", "escribi", "crit", "schrieb", "escreveu", "scritto", "schreef", "-----")
_FORWARD_HINT = ("forward", "weitergeleitet", "reenviado", "transf", "encaminhada", "inoltrato", "doorgestuurd")
#: A separator line before a footer: "--", "___", "———".
_RULE_LINE = re.compile(r"^\s*(?:-{2,}|_{3,}|—+|={3,})\s*$")
_DISCLAIMER_HINT = ("confiden", "privileg", "intended", "recipient", "in error", "destinat", "vertraulich",
                    "irrt", "riservat", "vertrouwelijk", "geadresseerde", "prohibited", "environment",
                    "virus", "legally binding", "does not constitute", "vorgesehen", "berufsgeheimnis",
                    "bedoelde ontvanger")


@dataclass(frozen=True)
class TextParts:
    """A ticket's text cut into spans (start, end offsets into ``text``)."""

    text: str
    new: tuple[Span, ...]  # what the sender writes now: the criteria are checked here
    quoted: tuple[Span, ...]  # earlier messages of the thread: timing and history only
    signature: tuple[Span, ...]  # sign-off blocks and legal disclaimers: never criteria
    quoted_dates: tuple[tuple[datetime, Span], ...]  # dates of the quoted messages' headers, with the line
    subject: Span | None = None  # the subject line, when it counts as new text

    def new_text(self) -> str:
        """The new part as one string (for prompts and quick checks)."""
        return "\n".join(self.text[a:b].strip("\n") for a, b in self.new).strip()

    def quoted_text(self) -> str:
        return "\n".join(self.text[a:b] for a, b in self.quoted)


def ticket_text(subject: str | None, body: str) -> str:
    """The layout every extractor sees: subject, blank line, body (as ``Ticket.text``)."""
    return f"{subject}\n\n{body}" if subject else body


def split_ticket(subject: str | None, body: str) -> TextParts:
    """Split ``ticket_text(subject, body)``: a reply's subject ("Re: ...") belongs to the thread."""
    text = ticket_text(subject, body)
    offset = len(subject) + 2 if subject else 0
    parts = split_message(text, offset)
    if subject:
        subject_span = (0, len(subject))
        if parts.quoted and _RE_SUBJECT.match(subject):
            return TextParts(text, parts.new, (subject_span, *parts.quoted), parts.signature, parts.quoted_dates)
        if parts.quoted and _FWD_SUBJECT.match(subject):
            # a forward passes the quoted message on for us to act on: it is the report, not old history
            new = tuple(sorted((subject_span, *parts.new, *parts.quoted)))
            return TextParts(text, new, (), parts.signature, parts.quoted_dates, subject_span)
        return TextParts(text, (subject_span, *parts.new), parts.quoted, parts.signature, parts.quoted_dates,
                         subject_span)
    return parts


def split_message(text: str, start: int = 0) -> TextParts:
    """Classify every line of ``text[start:]`` as new, quoted, or signature/disclaimer."""
    lines: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        lines.append((m.start(), m.end(), m.group().rstrip("\r\n")))
    kinds = _classify(lines)
    dates = tuple((d, (a, a + len(line))) for (a, _, line), kind in zip(lines, kinds, strict=True)
                  if kind == "header" and (d := parse_header_date(line)) is not None)
    kinds = ["quoted" if k == "header" else k for k in kinds]
    _mark_signatures(lines, kinds)
    _mark_disclaimers(lines, kinds)
    return TextParts(text, _spans(lines, kinds, "new"), _spans(lines, kinds, "quoted"),
                     _spans(lines, kinds, "signature"), dates)


def _classify(lines: list[tuple[int, int, str]]) -> list[str]:
    kinds: list[str] = []
    mode = "new"  # new | history (everything quoted) | gt (only ">" lines quoted)
    forward_header_left = 0
    i = 0
    while i < len(lines):
        line = lines[i][2]
        stripped = line.lstrip()
        low = stripped[:80].lower()
        i += 1
        if any(h in low for h in _FORWARD_HINT) and _FORWARD.match(line):
            kinds.append("signature")  # the marker line itself carries no words of the sender
            mode, forward_header_left = "new", 6
            continue
        if forward_header_left:
            forward_header_left -= 1
        if stripped.startswith(">"):
            inner = stripped.lstrip("> ")
            kinds.append("header" if inner.rstrip().endswith(":") and _REPLY_HEADER.match(inner) else "quoted")
            continue
        size = 0 if forward_header_left else _reply_header_size(lines, i - 1)
        if size:
            kinds.extend(["header"] * size)
            i += size - 1
            mode = "gt" if _next_is_gt(lines, i) else "history"
            continue
        kinds.append("quoted" if mode == "history" else "new")
    return kinds


def _reply_header_size(lines: list[tuple[int, int, str]], i: int) -> int:
    """How many lines the reply header starting at line ``i`` takes (0: not a header)."""
    line = lines[i][2]
    tail = line.rstrip()
    if not tail:
        return 0
    low = tail.lower()
    if (tail.endswith(":") or "-----" in tail) and any(h in low for h in _HEADER_HINT) and _REPLY_HEADER.match(line):
        # "-----Original Message-----" is often followed by the From:/Sent:/To:/Subject: lines of the message
        size = 1
        while "-----" in tail and i + size < len(lines) and (_OUTLOOK_FROM.match(lines[i + size][2])
                                                              or _OUTLOOK_META.match(lines[i + size][2])):
            size += 1
        return size
    if i + 1 < len(lines) and len(line) < 200 and lines[i + 1][2].rstrip().endswith(":") \
            and _HEADER_START.match(line) and _HEADER_END.search(lines[i + 1][2]):
        return 2
    if ":" in low[:12] and _OUTLOOK_FROM.match(line):
        size = 1
        while i + size < len(lines) and _OUTLOOK_META.match(lines[i + size][2]):
            size += 1
        return size if size >= 3 else 0
    if low.startswith("__________") and i + 1 < len(lines) and _OUTLOOK_FROM.match(lines[i + 1][2]):
        return 1
    return 0


def _next_is_gt(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Does the quoted part after a header use ">" lines (so unprefixed lines are new replies)?"""
    for _, _, line in lines[i:]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


def _mark_signatures(lines: list[tuple[int, int, str]], kinds: list[str]) -> None:
    """A sign-off line near the end of a block of new text starts a signature."""
    i = 0
    while i < len(lines):
        if kinds[i] != "new":
            i += 1
            continue
        j = i
        while j < len(lines) and kinds[j] == "new":
            j += 1
        block = range(i, j)
        for k in block:
            if len(lines[k][2]) <= 48 and _SIGNOFF.match(lines[k][2]):
                rest = [n for n in range(k + 1, j) if lines[n][2].strip()]
                if len(rest) <= 12:
                    for n in range(k, j):
                        if n > k and _AFTERWORD.match(lines[n][2]):
                            break  # "UPDATE 9:41: please ignore" after the name is the sender writing again
                        kinds[n] = "signature"
                    break
        i = j


def _mark_disclaimers(lines: list[tuple[int, int, str]], kinds: list[str]) -> None:
    """A paragraph with the usual confidentiality boilerplate is not the sender's message."""
    i = 0
    while i < len(lines):
        if not lines[i][2].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j][2].strip():
            j += 1
        paragraph = " ".join(line for _, _, line in lines[i:j])
        low = paragraph.lower()
        if not any(h in low for h in _DISCLAIMER_HINT):
            i = j
            continue
        cues = len(_DISCLAIMER_CUE.findall(paragraph))
        if cues >= 2 or (cues and _STRONG_DISCLAIMER.search(paragraph)):
            # a message written without blank lines runs into its footer: the boilerplate starts at the
            # first line that reads like it, or at a "--" rule before it
            start = next(n for n in range(i, j) if any(h in lines[n][2].lower() for h in _DISCLAIMER_HINT)
                         or _DISCLAIMER_CUE.search(lines[n][2]))
            start = max((n for n in range(i, start) if _RULE_LINE.match(lines[n][2])), default=start)
            for n in range(start, j):
                if kinds[n] == "new":
                    kinds[n] = "signature"
        i = j


def _spans(lines: list[tuple[int, int, str]], kinds: list[str], kind: str) -> tuple[Span, ...]:
    spans: list[list[int]] = []
    for (a, b, text), k in zip(lines, kinds, strict=True):
        if k != kind:
            continue
        blank = not text.strip()
        if spans and spans[-1][1] == a:
            spans[-1][1] = b
            spans[-1][2] |= not blank
        else:
            spans.append([a, b, int(not blank)])
    return tuple((a, b) for a, b, filled in spans if filled)


# -- dates of quoted messages -------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "janv": 1, "fevr": 2, "fev": 2, "mars": 3,
    "avr": 4, "mai": 5, "juin": 6, "juil": 7, "aout": 8, "sept": 9, "okt": 10, "dez": 12, "mrz": 3, "marz": 3,
    "maerz": 3, "fevereiro": 2, "out": 10, "set": 9, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    "mei": 5, "mrt": 3, "okt.": 10,
}
_MONTH = r"(?P<mon>[a-zéû]{3,9})\.?"
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ t,]+(?P<h>\d{1,2}):(?P<mi>\d{2}))?"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s(?:de\s)?" + _MONTH + r",?\s(?:de\s)?(?P<y>\d{4})"
               r"(?:,?\s(?:at\s|um\s|à\s|a\sles\s|às\s|alle\s|om\s)?(?P<h>\d{1,2})[:h](?P<mi>\d{2})\s?(?P<ap>am|"
               r"pm)?)?", re.I),
    re.compile(_MONTH + r"\s(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<y>\d{4})"
               r"(?:,?\s(?:at\s)?(?P<h>\d{1,2}):(?P<mi>\d{2})\s?(?P<ap>am|pm)?)?", re.I),
)


def parse_header_date(line: str) -> datetime | None:
    """The date in a reply header ("On Mon, 3 Nov 2025 at 09:14, Ana wrote:"), UTC when no zone."""
    meta = re.match(r"^[ >\t]*\*?(?:date|sent|datum|gesendet|fecha|enviado|envoy[ée]|data|inviato|"
                    r"verzonden)\s?:\*?\s*(.+)$",
                    line, re.I)
    if meta:
        try:
            parsed = parsedate_to_datetime(meta.group(1).strip())
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError):
            pass
    for form in _DATE_FORMS:
        m = form.search(line)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mon") is not None:
            key = groups["mon"].lower().replace("é", "e").replace("û", "u")
            month = _MONTHS.get(key) or _MONTHS.get(key[:4]) or _MONTHS.get(key[:3])
            if month is None:
                continue
        else:
            month = int(groups["m"])
        hour = int(groups.get("h") or 0)
        if (groups.get("ap") or "").lower() == "pm" and hour < 12:
            hour += 12
        try:
            return datetime(int(groups["y"]), month, int(groups["d"]), hour, int(groups.get("mi") or 0), tzinfo=UTC)
        except ValueError:
            continue
    return None
