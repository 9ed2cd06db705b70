"""iter_tickets over real files, folders and stdin: ids, order, streaming and every kind of bad input."""

from __future__ import annotations

import io
import json
import re
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from triage import loaders
from triage.loaders import iter_tickets
from triage.tickets import MAX_BODY_CHARS, LoadFailure, Ticket

ROOT = Path(__file__).resolve().parents[1]
BROKEN = Path(__file__).parent / "fixtures" / "broken"
INBOX = ROOT / "examples" / "inbox"
EXPECTED = ROOT / "examples" / "EXPECTED.md"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _load(*paths: Path | str, notices: list[str] | None = None) -> list[Ticket | LoadFailure]:
    sink = notices.append if notices is not None else None
    return list(iter_tickets([str(p) for p in paths], sink))


def _id(item: Ticket | LoadFailure) -> str | None:
    ticket_id: str | None = item.id if isinstance(item, Ticket) else item.ticket_id
    return ticket_id


def _jsonl(*objs: Any) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


# -- text files and folders -------------------------------------------------------------------

def test_text_and_markdown_files_are_whole_bodies_with_relative_ids(tmp_path: Path) -> None:
    _write(tmp_path / "inbox" / "a.txt", "Boards won't load.\nThanks, Mia\n")
    _write(tmp_path / "inbox" / "sub" / "b.md", "# Question\n\nHow do I add a guest?\n")
    items = _load(tmp_path / "inbox")
    assert [(_id(i), type(i)) for i in items] == [("a.txt", Ticket), ("sub/b.md", Ticket)]
    first, second = items
    assert isinstance(first, Ticket) and isinstance(second, Ticket)
    assert first.body == "Boards won't load.\nThanks, Mia\n" and first.subject is None
    assert second.body == "# Question\n\nHow do I add a guest?\n"
    assert second.source == str(tmp_path / "inbox" / "sub" / "b.md")


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("c.txt", "b/z.txt", "b/a.md", "a.txt", "B.txt", "b2.txt", "b/c/d.txt"):
        _write(tmp_path / name, f"ticket {name}")
    assert [_id(i) for i in _load(tmp_path)] == ["B.txt", "a.txt", "b/a.md", "b/c/d.txt", "b/z.txt",
                                                  "b2.txt", "c.txt"]


def test_argument_order_is_kept_and_a_file_given_directly_is_named_by_its_name(tmp_path: Path) -> None:
    _write(tmp_path / "z" / "last.txt", "second folder")
    single = _write(tmp_path / "deep" / "dir" / "only.md", "given directly")
    items = _load(single, tmp_path / "z")
    assert [_id(i) for i in items] == ["only.md", "last.txt"]


def test_a_single_path_string_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.txt", "Hello")
    assert [_id(i) for i in iter_tickets(str(path))] == ["t.txt"]


def test_hidden_entries_are_skipped_silently_and_unknown_types_with_a_notice(tmp_path: Path) -> None:
    _write(tmp_path / ".DS_Store", b"\x00\x00Bud1")
    _write(tmp_path / ".git" / "HEAD.txt", "ref: refs/heads/main")
    _write(tmp_path / "good.txt", "real ticket")
    _write(tmp_path / "scan.pdf", b"%PDF-1.4")
    _write(tmp_path / "Makefile", "all:")
    notices: list[str] = []
    items = _load(tmp_path, notices=notices)
    assert [_id(i) for i in items] == ["good.txt"]
    assert len(notices) == 2
    assert "scan.pdf" in notices[1] and "'.pdf'" in notices[1]
    assert "Makefile" in notices[0]
    assert not any(".DS_Store" in n or ".git" in n for n in notices)


def test_an_explicitly_named_unknown_type_is_a_failure(tmp_path: Path) -> None:
    path = _write(tmp_path / "scan.pdf", b"%PDF-1.4")
    [item] = _load(path)
    assert isinstance(item, LoadFailure) and item.ticket_id == "scan.pdf"
    assert str(path) in item.error and "not a ticket file type" in item.error


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    notices: list[str] = []
    items = _load(tmp_path / "nope.txt", tmp_path / "empty", notices=notices)
    assert len(items) == 1 and isinstance(items[0], LoadFailure)
    assert "no such file or folder" in items[0].error and "nope.txt" in items[0].error
    assert len(notices) == 1 and "no ticket files" in notices[0]


def test_symlink_loop_does_not_recurse_forever(tmp_path: Path) -> None:
    _write(tmp_path / "inbox" / "a.txt", "one")
    (tmp_path / "inbox" / "loop").symlink_to(tmp_path / "inbox", target_is_directory=True)
    notices: list[str] = []
    assert [_id(i) for i in _load(tmp_path / "inbox", notices=notices)] == ["a.txt"]
    assert any("loop" in n for n in notices)


# -- encodings, binary files, size limits -----------------------------------------------------

def test_invalid_utf8_is_a_failure_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "legacy.txt", "Caf\u00e9 board broken".encode("cp1252"))
    [item] = _load(path)
    assert isinstance(item, LoadFailure)
    assert str(path) in item.error and "not UTF-8" in item.error and "0xe9" in item.error


def test_byte_order_marks_are_handled(tmp_path: Path) -> None:
    _write(tmp_path / "bom8.txt", b"\xef\xbb\xbf" + "Zo\u00eb: sync broken".encode())
    _write(tmp_path / "bom16.txt", "Zo\u00eb: sync broken".encode("utf-16"))
    items = _load(tmp_path)
    assert [i.body for i in items if isinstance(i, Ticket)] == ["Zo\u00eb: sync broken"] * 2


@pytest.mark.parametrize("name", ["image.txt", "dump.md", "blob.jsonl", "blob.json"])
def test_binary_files_yield_exactly_one_failure(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" * 50)
    [item] = _load(path)
    assert isinstance(item, LoadFailure) and name in item.error
    assert "binary" in item.error or "invalid JSON" in item.error


def test_overlong_text_body_is_cut_and_flagged(tmp_path: Path) -> None:
    path = _write(tmp_path / "long.txt", "\u00e9" * (MAX_BODY_CHARS + 500))
    [item] = _load(path)
    assert isinstance(item, Ticket)
    assert len(item.body) == MAX_BODY_CHARS
    assert len(item.load_notes) == 1 and item.load_notes[0].startswith("REV-TRUNCATED")


def test_huge_text_file_is_read_only_in_part(tmp_path: Path) -> None:
    path = _write(tmp_path / "huge.txt", b"a" * (12 * 1024 * 1024))
    tracemalloc.start()
    try:
        [item] = _load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(item, Ticket) and len(item.body) == MAX_BODY_CHARS
    assert "12,582,912 bytes" in item.load_notes[0]
    assert peak < 4 * 1024 * 1024  # a 12 MB file, far less than 12 MB read


def test_json_file_over_the_byte_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path / "big.json", json.dumps({"id": "B-1", "body": "x" * 2000}))
    [item] = _load(path)
    assert isinstance(item, LoadFailure) and item.ticket_id == "big.json"
    assert "big.json" in item.error and "limit" in item.error


# -- JSON ------------------------------------------------------------------------------------

def test_json_ticket_keeps_metadata_and_its_own_id(tmp_path: Path) -> None:
    obj = {"id": 1042, "subject": "Refund", "body": "Please refund $2,400.", "from": "a@example.com",
           "received_at": "2026-11-26T09:30:00Z",
           "customer": {"plan": "pro", "annual_contract_value_usd": 64000},
           "history": {"first_contact_at": "2026-11-24T08:00:00Z"}, "crm_ref": "kept"}
    _write(tmp_path / "t.json", json.dumps(obj))
    _write(tmp_path / "noid.json", json.dumps({"body": "no id here"}))
    first, second = _load(tmp_path)
    assert isinstance(first, Ticket) and isinstance(second, Ticket)
    assert second.id == "1042" and second.from_ == "a@example.com" and second.customer is not None
    assert second.customer.annual_contract_value_usd == 64000
    assert second.history is not None and second.history.first_contact_at is not None
    assert second.model_extra is not None and second.model_extra["crm_ref"] == "kept"
    assert first.id == "noid.json"


@pytest.mark.parametrize(("content", "expected"), [
    ('{"body": "unfinished"', "ends before the object is complete"),
    ('{"body": "x",, "id": 1}', "invalid JSON"),
    ('[{"body": "a"}, {"body": "b"}]', "got an array"),
    ("3.14", "got a number"),
    ('"just a string"', "got a string"),
    ("null", "got null"),
    ('{"subject": "no body"}', "no 'body' field"),
    ('{"body": 42}', "'body' must be a string"),
    ('{"body": " \\n\\t "}', "body is empty"),
    ('{"body": "ok", "received_at": "soon"}', "received_at"),
])
def test_bad_json_files_yield_one_clear_failure(tmp_path: Path, content: str, expected: str) -> None:
    path = _write(tmp_path / "bad.json", content)
    [item] = _load(path)
    assert isinstance(item, LoadFailure)
    assert item.error.startswith(str(path)) and expected in item.error


def test_unknown_plan_still_loads_and_is_flagged_by_the_ticket(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.json", json.dumps({"body": "hi", "customer": {"plan": "Platinum"}}))
    [item] = _load(path)
    assert isinstance(item, Ticket)
    customer, notes = item.policy_customer()
    assert customer.plan is None and notes and notes[0].startswith("REV-UNKNOWN-PLAN")


def test_internal_fields_cannot_be_injected_from_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "i.json", json.dumps({"body": "hi", "load_notes": ["REV-FAKE"], "source": 7}))
    [item] = _load(path)
    assert isinstance(item, Ticket)
    assert item.load_notes == [] and item.source == str(path)


# -- JSON Lines -------------------------------------------------------------------------------

def test_jsonl_errors_keep_their_position_and_ids(tmp_path: Path) -> None:
    content = _jsonl({"id": "A", "body": "first"}, '{"id": "B", "body": ', "", {"body": "no id"},
                     [1, 2], {"id": "F"}, "   ", {"id": 7, "body": "last"})
    path = _write(tmp_path / "export.jsonl", content)
    items = _load(path)
    assert [(_id(i), type(i).__name__) for i in items] == [
        ("A", "Ticket"), ("export.jsonl:2", "LoadFailure"), ("export.jsonl:4", "Ticket"),
        ("export.jsonl:5", "LoadFailure"), ("F", "LoadFailure"), ("7", "Ticket")]
    failures = [i for i in items if isinstance(i, LoadFailure)]
    assert [f.error.split(":")[0] for f in failures] == [f"{path}, line {n}" for n in (2, 5, 6)]
    assert failures[0].source == f"{path}:2"
    ticket = items[2]
    assert isinstance(ticket, Ticket) and ticket.source == f"{path}:4"


def test_jsonl_in_a_folder_uses_the_relative_path_in_ids(tmp_path: Path) -> None:
    _write(tmp_path / "exports" / "nov.jsonl", _jsonl({"body": "one"}, {"body": "two"}))
    assert [_id(i) for i in _load(tmp_path)] == ["exports/nov.jsonl:1", "exports/nov.jsonl:2"]


def test_jsonl_with_bom_crlf_and_a_bad_byte_line(tmp_path: Path) -> None:
    data = (b'\xef\xbb\xbf{"body": "first"}\r\n' + b'{"body": "caf\xe9"}\r\n' + b'{"body": "third"}')
    items = _load(_write(tmp_path / "w.jsonl", data))
    assert [type(i).__name__ for i in items] == ["Ticket", "LoadFailure", "Ticket"]
    failure = items[1]
    assert isinstance(failure, LoadFailure) and "line 2" in failure.error and "not UTF-8" in failure.error


def test_jsonl_line_over_the_cap_is_skipped_without_losing_the_next(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 500)
    content = _jsonl({"body": "short"}, {"body": "y" * 5000}, {"body": "after"})
    items = _load(_write(tmp_path / "caps.jsonl", content))
    assert [(_id(i), type(i).__name__) for i in items] == [
        ("caps.jsonl:1", "Ticket"), ("caps.jsonl:2", "LoadFailure"), ("caps.jsonl:3", "Ticket")]


def test_jsonl_body_over_the_limit_is_truncated_and_still_decided(tmp_path: Path) -> None:
    items = _load(_write(tmp_path / "l.jsonl", _jsonl({"body": "z" * (MAX_BODY_CHARS + 1)})))
    [item] = items
    assert isinstance(item, Ticket) and len(item.body) == MAX_BODY_CHARS
    assert item.load_notes[0].startswith("REV-TRUNCATED")


def test_stdin_is_read_as_jsonl(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _jsonl({"body": "from a pipe"}, "not json", {"id": "S-3", "body": "third"}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    file = _write(tmp_path / "f.txt", "a file after stdin")
    items = _load("-", file)
    assert [(_id(i), type(i).__name__) for i in items] == [
        ("stdin:1", "Ticket"), ("stdin:2", "LoadFailure"), ("S-3", "Ticket"), ("f.txt", "Ticket")]
    failure = items[1]
    assert isinstance(failure, LoadFailure) and failure.error.startswith("stdin, line 2: invalid JSON")


def test_stdin_without_a_byte_buffer_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(_jsonl({"body": "caf\u00e9"})))
    [item] = _load("-")
    assert isinstance(item, Ticket) and item.body == "caf\u00e9" and item.id == "stdin:1"


# -- streaming ---------------------------------------------------------------------------------

class _CountingReader(io.RawIOBase):
    """A byte source that records how much of it has been read."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.consumed += len(chunk)
        return len(chunk)


def _big_jsonl(lines: int) -> bytes:
    return "".join(json.dumps({"id": f"T-{n}", "body": f"Ticket number {n}: the board view is slow."}) + "\n"
                   for n in range(lines)).encode()


def test_the_first_ticket_arrives_before_the_input_is_consumed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _big_jsonl(100_000)
    raw = _CountingReader(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8"))
    stream = iter_tickets(["-"])
    first = next(stream)
    assert isinstance(first, Ticket) and first.id == "T-0"
    assert raw.consumed < 64 * 1024 < len(data) // 50


def test_a_100k_line_jsonl_file_streams_in_constant_memory(tmp_path: Path) -> None:
    """Traced at the start (an up-front read of the 7 MB file would show) and at the end (anything
    kept per ticket would pile up); the untraced middle keeps the test fast."""
    path = tmp_path / "big.jsonl"
    path.write_bytes(_big_jsonl(100_000))
    size = path.stat().st_size
    stream = iter_tickets([str(path)])
    tracemalloc.start()
    try:
        head = [_id(next(stream)) for _ in range(1_000)]
        _, start_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        middle = sum(1 for _ in zip(range(89_000), stream, strict=False))
        tracemalloc.start()
        tail, last = 0, None
        for item in stream:
            tail, last = tail + 1, item
        end_current, end_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(head) + middle + tail == 100_000
    assert head[0] == "T-0" and last is not None and _id(last) == "T-99999"
    assert size > 6_000_000
    assert start_peak < 500_000, f"peak {start_peak:,} bytes reading the start of a {size:,}-byte file"
    # Anything the loader kept per ticket would pile up over these 10,000 lines.
    assert end_peak < 300_000, f"peak {end_peak:,} bytes over the last 10,000 lines"
    assert end_current < 100_000


# -- robustness ---------------------------------------------------------------------------------

def test_an_unexpected_loader_error_costs_one_input_not_the_run(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(loaders, "parse_email", explode)
    _write(tmp_path / "a.eml", b"Subject: x\r\n\r\nbody\r\n")
    _write(tmp_path / "b.txt", "still loaded")
    first, second = _load(tmp_path)
    assert isinstance(first, LoadFailure) and "parser bug" in first.error and "a.eml" in first.error
    assert isinstance(second, Ticket)


# The broken fixture folder: what each input must become (T = ticket, F = failure).
BROKEN_EXPECTED = {
    "attachment-only.eml": "F", "cut-before-closing-boundary.eml": "T", "cut-inside-headers.eml": "F",
    "empty.txt": "F", "good.txt": "T", "html-only.eml": "T", "just-a-number.json": "F",
    "latin1-not-utf8.txt": "F", "list-of-tickets.json": "F",
    "L-1": "T", "mixed.jsonl:2": "F", "mixed.jsonl:3": "F", "mixed.jsonl:5": "T", "mixed.jsonl:6": "F",
    "L-7": "F", "L-8": "F", "L-9": "F", "L-10": "T",
    "nested/deeper/good.md": "T", "J-2": "F", "screenshot-renamed.txt": "F", "truncated-object.json": "F",
    "J-3": "T", "utf8-bom.txt": "T", "whitespace-only.md": "F",
}


def test_the_broken_folder_yields_one_item_per_input() -> None:
    notices: list[str] = []
    items = _load(BROKEN, notices=notices)
    got = {_id(i): "T" if isinstance(i, Ticket) else "F" for i in items}
    assert len(got) == len(items)  # ids are unique: nothing yielded twice
    assert got == BROKEN_EXPECTED
    assert list(got) == list(BROKEN_EXPECTED)  # in walk order
    assert len(notices) == 2 and {"README", "attachment.pdf"} == {
        Path(n.split(":")[0].removeprefix("skipped ")).name for n in notices}
    for item in items:
        if isinstance(item, LoadFailure):
            assert item.error.startswith(str(BROKEN)), item.error
            assert "Traceback" not in item.error
    truncated = next(i for i in items if _id(i) == "cut-before-closing-boundary.eml")
    assert isinstance(truncated, Ticket) and truncated.load_notes


# -- the bundled example inbox ------------------------------------------------------------------

def _expected_rows() -> dict[str, tuple[str, str]]:
    rows = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([^`]+)` \| [^|]+ \| (\w+) \| `(\w+)` \|", line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


def test_example_inbox_loads_cleanly_and_matches_expected_md() -> None:
    notices: list[str] = []
    items = _load(INBOX, notices=notices)
    assert notices == []
    assert all(isinstance(i, Ticket) and not i.load_notes for i in items)
    ids = [_id(i) for i in items]
    assert len(ids) >= 18 and len(set(ids)) == len(ids)
    rows = _expected_rows()
    assert set(rows) == set(ids)
    assert {tier for tier, _ in rows.values()} == {"immediate", "priority", "standard", "none"}
    from triage.policy.catalog import ROLE_LEVELS
    assert {owner for _, owner in rows.values()} == set(ROLE_LEVELS)
    suffixes = {Path(i.source or "").suffix.split(":")[0] for i in items if isinstance(i, Ticket)}
    assert suffixes == {".txt", ".md", ".eml", ".json", ".jsonl"}
