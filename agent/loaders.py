"""Files, folders and stdin in; Tickets (or LoadFailures) out (contract: "Tickets in").

``iter_tickets`` is a generator: it walks folders lazily and reads JSON Lines one line at a time,
so a 100,000-line export runs in constant memory and the first decision can be written while the
rest is still being read. Every input yields exactly one item; a bad file (or a bad JSONL line) is
a ``LoadFailure`` whose message names the file and line, and the run goes on.

Ticket ids: the object's own ``id`` when it has one, else the path relative to the folder given
(the file name for a file given directly), ``<path>:<line>`` for JSON Lines, ``stdin:<line>`` for
``-``. Emails use the path too; their Message-ID is kept as the ``message_id`` field.

Size limits (a body is cut at ``tickets.MAX_BODY_CHARS`` characters anyway, with a review note):

- ``.txt``/``.md``: only the first ``TEXT_READ_BYTES`` (4 bytes per character at most, so always
  enough for a full-length body) are read; a longer file yields a cut body flagged REV-TRUNCATED.
- ``.eml``: only the first ``MAX_FILE_BYTES`` (5 MiB) are read; the body comes first in practice and
  attachments beyond the cap are ignored; the ticket is flagged REV-FILE-TOO-LARGE.
- ``.json``: a file over ``MAX_FILE_BYTES`` is refused (one JSON document cannot be read in part).
- ``.jsonl`` and stdin: a line over ``MAX_FILE_BYTES`` is refused and skipped without being held in
  memory; the other lines go on.

Text must be UTF-8 (a BOM is fine; UTF-16/32 with a BOM are accepted too). Emails are decoded with
their declared charsets. A NUL byte marks a binary file, which is refused.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from .emails import parse_email
from .errors import TicketError
from .tickets import MAX_BODY_CHARS, LoadFailure, Ticket, ticket_from_obj

Item = Ticket | LoadFailure
Notice = Callable[[str], None]

TICKET_SUFFIXES = (".txt", ".md", ".eml", ".json", ".jsonl")
#: Byte cap for an email, a .json ticket and one JSON Lines line.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Enough bytes for MAX_BODY_CHARS characters in any UTF encoding, plus a BOM.
TEXT_READ_BYTES = 4 * MAX_BODY_CHARS + 4
#: How much of a file is checked for NUL bytes before it is streamed.
SNIFF_BYTES = 8192
# Fields of Ticket that the loader sets; a ticket object's own keys of these names are dropped.
_INTERNAL_KEYS = ("source", "load_notes")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class _LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def iter_tickets(paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
                 on_notice: Notice | None = None) -> Iterator[Item]:
    """Yield one Ticket or LoadFailure per input, in order; ``-`` reads JSON Lines from stdin.

    ``on_notice`` receives one-line messages about things skipped on purpose (a file of an
    unknown type inside a folder, an empty folder); hidden files and folders are skipped silently.
    """
    notice: Notice = on_notice or _ignore
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield from _guard(_load_stdin, "stdin", "stdin", "stdin")
            continue
        path = Path(name)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. a parent folder we may not enter
            yield LoadFailure(ticket_id=name, source=name,
                              error=f"{name}: cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            found = False
            for entry in _walk(path, path, notice, set()):
                if isinstance(entry, LoadFailure):
                    yield entry
                    continue
                found = True
                rel = entry.relative_to(path).as_posix()
                yield from _load_file(entry, rel, notice, explicit=False)
            if not found:
                notice(f"{name}: no ticket files found (looked for {', '.join(TICKET_SUFFIXES)})")
        elif exists:
            yield from _load_file(path, path.name, notice, explicit=True)
        else:
            yield LoadFailure(ticket_id=name, error=f"{name}: no such file or folder", source=name)


def _ignore(_message: str) -> None:
    return None


def _walk(folder: Path, root: Path, notice: Notice,
          seen: set[tuple[int, int]]) -> Iterator[Path | LoadFailure]:
    """Files under ``folder``, depth first, names sorted at every level; hidden entries skipped."""
    try:
        stat = folder.stat()
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop
            notice(f"skipped {folder}: already visited (symbolic link loop)")
            return
        seen.add((stat.st_dev, stat.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        rel = folder.relative_to(root).as_posix()
        yield LoadFailure(ticket_id=rel, error=f"{folder}: cannot read the folder: {exc.strerror or exc}",
                          source=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:
            is_dir, is_file = False, False
        if is_dir:
            yield from _walk(path, root, notice, seen)
        elif is_file:
            yield path
        else:
            notice(f"skipped {path}: not a regular file")


def _load_file(path: Path, rel: str, notice: Notice, *, explicit: bool) -> Iterator[Item]:
    suffix = path.suffix.lower()
    where = str(path)
    if suffix not in TICKET_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "a file without extension"
        message = f"{where}: {kind} is not a ticket file type (use {', '.join(TICKET_SUFFIXES)})"
        if explicit:
            yield LoadFailure(ticket_id=rel, error=message, source=where)
        else:
            notice(f"skipped {message}")
        return
    if suffix == ".jsonl":
        yield from _guard(lambda: _load_jsonl_file(path, rel), rel, where, where)
    elif suffix == ".json":
        yield from _guard(lambda: iter([_load_json(path, rel)]), rel, where, where)
    elif suffix == ".eml":
        yield from _guard(lambda: iter([_load_email(path, rel)]), rel, where, where)
    else:
        yield from _guard(lambda: iter([_load_text(path, rel)]), rel, where, where)


def _guard(load: Callable[[], Iterator[Item]], ticket_id: str, where: str, source: str) -> Iterator[Item]:
    """Run a loader; whatever goes wrong becomes one LoadFailure naming the input, never a traceback."""
    try:
        yield from load()
    except TicketError as exc:
        yield LoadFailure(ticket_id=ticket_id, error=f"{where}: {exc}", source=source)
    except OSError as exc:
        yield LoadFailure(ticket_id=ticket_id, error=f"{where}: cannot read: {exc.strerror or exc}",
                          source=source)
    except Exception as exc:  # a loader bug must cost one input, not the run
        yield LoadFailure(ticket_id=ticket_id, error=f"{where}: unexpected error while loading "
                          f"({type(exc).__name__}: {exc})", source=source)


# -- one file per ticket ----------------------------------------------------------------------

def _load_text(path: Path, rel: str) -> Ticket:
    with path.open("rb") as handle:
        data = handle.read(TEXT_READ_BYTES + 1)
        size = os.fstat(handle.fileno()).st_size
    cut = len(data) > TEXT_READ_BYTES
    body = _decode(data[:TEXT_READ_BYTES], final=not cut)
    notes = []
    if cut:
        body = body[:MAX_BODY_CHARS]
        notes.append(f"REV-TRUNCATED: the file is {size:,} bytes; only its first {MAX_BODY_CHARS:,} "
                     "characters were read")
    return ticket_from_obj({"id": rel, "body": body}, source=str(path), notes=notes)


def _load_email(path: Path, rel: str) -> Ticket:
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
        size = os.fstat(handle.fileno()).st_size
    notes = []
    if len(data) > MAX_FILE_BYTES:
        data = data[:MAX_FILE_BYTES]
        notes.append(f"REV-FILE-TOO-LARGE: the email is {size:,} bytes; only the first "
                     f"{MAX_FILE_BYTES:,} were read (later parts and attachments ignored)")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise TicketError("binary file (contains NUL bytes), not an email")
    parsed = parse_email(data)
    obj: dict[str, Any] = {"id": rel, "subject": parsed.subject, "from": parsed.from_,
                           "received_at": parsed.received_at, "body": parsed.body}
    if parsed.message_id:
        obj["message_id"] = parsed.message_id
    return ticket_from_obj(obj, source=str(path), notes=[*notes, *parsed.notes])


def _load_json(path: Path, rel: str) -> Item:
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise TicketError(f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for "
                              "one .json ticket")
        data = handle.read(MAX_FILE_BYTES + 1)
    text = _decode(data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TicketError(_json_error(exc, text, with_line=True)) from None
    hint = " (several tickets go in a .jsonl file, one object per line)" if isinstance(obj, list) else ""
    return _json_item(obj, default_id=rel, where=str(path), source=str(path), hint=hint)


# -- JSON Lines -------------------------------------------------------------------------------

def _load_jsonl_file(path: Path, rel: str) -> Iterator[Item]:
    with path.open("rb") as handle:
        if b"\x00" in handle.read(SNIFF_BYTES):
            raise TicketError("binary file (contains NUL bytes), not UTF-8 JSON Lines")
        handle.seek(0)
        yield from _iter_jsonl(handle, id_prefix=rel, where=str(path))


def _load_stdin() -> Iterator[Item]:
    stream = sys.stdin
    if stream is None:
        raise TicketError("standard input is not available")
    buffer = getattr(stream, "buffer", None)
    reader: _LineReader = buffer if buffer is not None else _EncodedLines(stream)
    yield from _iter_jsonl(reader, id_prefix="stdin", where="stdin")


class _EncodedLines:
    """A text stream (stdin replaced by a StringIO) seen as the byte lines the JSONL reader wants."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def readline(self, size: int = -1, /) -> bytes:
        return self.stream.readline(size).encode("utf-8", "surrogateescape")


def _iter_jsonl(reader: _LineReader, *, id_prefix: str, where: str) -> Iterator[Item]:
    """One item per non-blank line, read one line at a time (constant memory)."""
    number = 0
    while True:
        raw = reader.readline(MAX_FILE_BYTES + 1)
        if not raw:
            return
        number += 1
        line_id, label = f"{id_prefix}:{number}", f"{where}, line {number}"
        if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            _skip_line(reader)
            yield LoadFailure(ticket_id=line_id, source=f"{where}:{number}",
                              error=f"{label}: the line is over {MAX_FILE_BYTES:,} bytes; skipped")
            continue
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8").strip()
            obj = json.loads(text)
        except UnicodeDecodeError as exc:
            yield LoadFailure(ticket_id=line_id, source=f"{where}:{number}",
                              error=f"{label}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                              f"{exc.start + 1})")
            continue
        except json.JSONDecodeError as exc:
            yield LoadFailure(ticket_id=line_id, source=f"{where}:{number}",
                              error=f"{label}: {_json_error(exc, text, with_line=False)}")
            continue
        yield _json_item(obj, default_id=line_id, where=label, source=f"{where}:{number}")


def _skip_line(reader: _LineReader) -> None:
    while True:
        chunk = reader.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return


# -- shared -----------------------------------------------------------------------------------

def _json_item(obj: Any, *, default_id: str, where: str, source: str, hint: str = "") -> Item:
    """A ticket from a parsed JSON value, or a LoadFailure that keeps the object's id when it has one."""
    if not isinstance(obj, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(obj), "a number")
        return LoadFailure(ticket_id=default_id, source=source,
                           error=f"{where}: expected a ticket object, got {kind}{hint}")
    obj = {k: v for k, v in obj.items() if k not in _INTERNAL_KEYS}
    own = obj.pop("id", None)
    ticket_id = default_id
    if isinstance(own, str | int | float) and not isinstance(own, bool) and str(own).strip():
        ticket_id = obj["id"] = str(own)  # an empty or structured id falls back to the position
    try:
        return ticket_from_obj(obj, default_id=default_id, source=source)
    except TicketError as exc:
        return LoadFailure(ticket_id=ticket_id, error=f"{where}: {exc}", source=source)


def _json_error(exc: json.JSONDecodeError, text: str, *, with_line: bool) -> str:
    if exc.pos >= len(text.rstrip()):
        return "invalid JSON: it ends before the object is complete (truncated?)"
    where = f"line {exc.lineno}, column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"invalid JSON: {exc.msg} at {where}"


def _decode(data: bytes, *, final: bool = True) -> str:
    """UTF-8 (BOM or not), or UTF-16/32 with a BOM; anything else is a clear error, not mojibake."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data:
        raise TicketError("binary file (contains NUL bytes), not text")
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(data, final=final)
    except UnicodeDecodeError as exc:
        raise TicketError(f"not {'UTF-8' if encoding.startswith('utf-8') else encoding.upper()} text: "
                          f"byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded "
                          "(save the file as UTF-8)") from None
