"""Read one RFC 5322 email (.eml) into the parts a ticket needs.

Helpdesks export mail as it arrived: multipart/alternative, HTML-only newsletters-style bodies,
latin-1 or base64 parts, attachments, files cut short by a full disk. The stdlib ``email`` package
(``policy.default``) does the MIME work; this module picks the body, decodes it honestly (declared
charset, then UTF-8, else a clear error rather than mojibake), turns HTML into readable text and
says when the file looks truncated, so the ticket can still be decided but gets a human look.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import errors as email_errors
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from .errors import TicketError

# Defects the parser records when a file stops before the message does.
_TRUNCATION_DEFECTS: tuple[type[email_errors.MessageDefect], ...] = (
    email_errors.CloseBoundaryNotFoundDefect,
    email_errors.StartBoundaryNotFoundDefect,
    email_errors.InvalidBase64PaddingDefect,
    email_errors.InvalidBase64LengthDefect,
)


@dataclass
class ParsedEmail:
    """What a ticket takes from an email. ``notes`` are load notes (they ask for human review)."""

    body: str
    subject: str | None = None
    from_: str | None = None
    received_at: datetime | None = None
    message_id: str | None = None
    notes: list[str] = field(default_factory=list)


def parse_email(data: bytes) -> ParsedEmail:
    """Parse the raw bytes of an email; raise TicketError when no readable body can be found."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    headers_only = b"\n\n" not in data and b"\r\n\r\n" not in data
    part = _body_part(msg)
    if part is None:
        if headers_only:
            raise TicketError("the email ends inside its headers (truncated file?): no body found")
        raise TicketError("the email has no text/plain or text/html body (attachments only?)")
    html = part.get_content_type() == "text/html"
    # MIME text travels with CRLF line ends; tickets use plain newlines like every other format.
    text = _decode_part(part).replace("\r\n", "\n")
    body = html_to_text(text) if html else text
    notes: list[str] = []
    truncated = sorted({type(d).__name__ for p in msg.walk() for d in p.defects
                        if isinstance(d, _TRUNCATION_DEFECTS)})
    if truncated:
        notes.append("REV-EMAIL-TRUNCATED: the email file looks cut short (" + ", ".join(truncated)
                     + "); the body may be incomplete")
    if not body.strip():
        if headers_only:
            raise TicketError("the email ends inside its headers (truncated file?): no body found")
        raise TicketError("the email body is empty" + (" (truncated file?)" if truncated else ""))
    date_text = _header(msg, "Date")
    received_at = _parse_date(date_text)
    if date_text and received_at is None:
        notes.append(f"REV-EMAIL-DATE: the Date header {date_text!r} is not a valid date; "
                     "received_at is unknown, so deadlines count from the triage run")
    return ParsedEmail(body=body, subject=_header(msg, "Subject"), from_=_header(msg, "From"),
                       received_at=received_at, message_id=_header(msg, "Message-ID"), notes=notes)


def _body_part(msg: EmailMessage) -> Message | None:
    """The text/plain part, else the text/html one; attachments never count as the body."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is not None:
        return part
    # A forwarded message attached as message/rfc822, or an odd structure get_body() refuses.
    fallback: Message | None = None
    for sub in msg.walk():
        if sub.is_multipart() or sub.get_content_disposition() == "attachment":
            continue
        if sub.get_content_type() == "text/plain":
            return sub
        if sub.get_content_type() == "text/html" and fallback is None:
            fallback = sub
    return fallback


def _payload(part: Message) -> tuple[bytes, bool]:
    """The part's decoded bytes, and whether they were cut short."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    if any(isinstance(d, email_errors.InvalidBase64LengthDefect) for d in part.defects):
        # The stdlib hands back the undecoded base64 text here; decode the complete quads instead.
        encoded = "".join(str(part.get_payload()).split())
        try:
            return base64.b64decode(encoded[: len(encoded) - len(encoded) % 4]), True
        except binascii.Error as exc:
            raise TicketError(f"the email body is damaged base64 ({exc})") from None
    return raw, False


def _decode_part(part: Message) -> str:
    """Decode with the declared charset, else UTF-8; never guess silently into mojibake."""
    raw, cut = _payload(part)
    declared = part.get_content_charset()
    tried: list[str] = []
    for charset in (declared, "utf-8"):
        if charset is None or charset in tried:
            continue
        tried.append(charset)
        try:
            # A cut payload may end inside a multi-byte character: leave that fragment out.
            return codecs.getincrementaldecoder(charset)().decode(raw, final=not cut)
        except LookupError:
            continue  # an unknown charset name: fall through to UTF-8
        except UnicodeDecodeError:
            continue
    label = f"declared charset {declared!r}" if declared else "no declared charset"
    raise TicketError(f"the email body cannot be decoded ({label}, and it is not valid UTF-8 either)")


def _header(msg: EmailMessage, name: str) -> str | None:
    """A header as clean text; a malformed header falls back to its raw value instead of failing."""
    try:
        value = msg.get(name)
        text = None if value is None else str(value)
    except Exception:  # the header parser can raise on hostile input; the raw text still helps
        text = next((str(v) for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    if text is None:
        return None
    # 8-bit bytes in headers arrive as surrogate escapes; make them real (or replacement) characters.
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = " ".join(text.split())
    return text or None


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# -- HTML to text -----------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "title", "noscript", "template", "head"}
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "pre", "hr",
                   "blockquote", "figure", "address"}
_LINE_TAGS = {"div", "section", "article", "header", "footer", "main", "nav", "aside", "tr", "dt", "dd",
              "li", "form", "fieldset", "figcaption", "center"}


class _TextExtractor(HTMLParser):
    """Collects visible text, one output line per block, ``> `` before lines inside blockquotes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._quote = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "body":
            self._skip = 0  # a <head> that was never closed must not hide the whole message
        elif tag == "br":
            self._flush(force=True)
        elif tag in ("td", "th"):
            self._buf.append(" ")
        elif tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self._flush(blank=tag in _PARAGRAPH_TAGS)
            if tag == "blockquote":
                self._quote += 1
            elif tag == "pre":
                self._pre += 1
            elif tag == "li":
                self._buf.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self._flush()
            if tag == "blockquote":
                self._quote = max(0, self._quote - 1)
            elif tag == "pre":
                self._pre = max(0, self._pre - 1)
            if tag in _PARAGRAPH_TAGS:
                self._flush(blank=True)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._buf.append(data if self._pre else re.sub(r"\s+", " ", data))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self, *, blank: bool = False, force: bool = False) -> None:
        prefix = "> " * self._quote
        text = "".join(self._buf)
        self._buf = []
        chunks = text.split("\n") if self._pre else [text]
        for chunk in chunks:
            line = chunk.rstrip() if self._pre else chunk.strip()
            if line or force:
                self.lines.append((prefix + line).rstrip())
        if blank and self.lines:
            if self.lines[-1].strip("> ") != "":
                self.lines.append(prefix.rstrip())
            else:  # already a blank line: keep the shallower quote level (leaving a blockquote)
                self.lines[-1] = min(self.lines[-1], prefix.rstrip(), key=len)


def html_to_text(html: str) -> str:
    """Readable text from an HTML body: scripts and styles dropped, blocks on their own lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "\n".join(parser.lines)
    return re.sub(r"\n(?:[> ]*\n){2,}", "\n\n", text).strip()
