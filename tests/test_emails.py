"""Real .eml files built with the stdlib email package, read back through the loader."""

from __future__ import annotations

import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from triage import loaders
from triage.emails import html_to_text, parse_email
from triage.errors import TicketError
from triage.loaders import iter_tickets
from triage.tickets import LoadFailure, Ticket

SMTP = policy.default.clone(linesep="\r\n")


def _message(subject: str = "Board question", sender: str = "Ana Ruiz <ana@example.com>") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@teamflow.com"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 26 Nov 2026 09:30:00 +0100"
    msg["Message-ID"] = "<abc123@mail.example.com>"
    return msg


def _write(tmp_path: Path, name: str, data: bytes | EmailMessage) -> Path:
    path = tmp_path / name
    path.write_bytes(data.as_bytes(policy=SMTP) if isinstance(data, EmailMessage) else data)
    return path


def _one(path: Path) -> Ticket | LoadFailure:
    items = list(iter_tickets([str(path)]))
    assert len(items) == 1
    return items[0]


def _ticket(path: Path) -> Ticket:
    item = _one(path)
    assert isinstance(item, Ticket), item
    return item


def _failure(path: Path) -> LoadFailure:
    item = _one(path)
    assert isinstance(item, LoadFailure), item
    return item


def test_headers_become_subject_from_and_received_at(tmp_path: Path) -> None:
    msg = _message(subject="Gantt view: dépendances manquantes")
    msg.set_content("The Gantt view lost its arrows.\n")
    ticket = _ticket(_write(tmp_path, "one.eml", msg))
    assert ticket.subject == "Gantt view: dépendances manquantes"
    assert ticket.from_ == "Ana Ruiz <ana@example.com>"
    assert ticket.received_at is not None
    assert ticket.received_at.isoformat() == "2026-11-26T09:30:00+01:00"
    assert ticket.id == "one.eml"
    assert ticket.model_extra is not None and ticket.model_extra["message_id"] == "<abc123@mail.example.com>"
    assert ticket.body == "The Gantt view lost its arrows.\n"
    assert ticket.load_notes == []


def test_multipart_alternative_prefers_the_plain_part(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content("PLAIN: our Kanban board will not load.\n")
    msg.add_alternative("<p>HTML: our <b>Kanban</b> board will not load.</p>", subtype="html")
    ticket = _ticket(_write(tmp_path, "alt.eml", msg))
    assert ticket.body.startswith("PLAIN: our Kanban board")
    assert "HTML:" not in ticket.body


def test_html_only_body_becomes_readable_text(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content(
        "<html><head><title>ignored title</title><style>p { color: red }</style></head><body>"
        "<p>Hello&nbsp;support,</p><p>Since Monday:<br>the timeline is empty</p>"
        "<ul><li>project Alpha</li><li>project Beta &amp; Gamma</li></ul>"
        "<script>track('open')</script><div>Thanks,<br>Lea</div></body></html>",
        subtype="html")
    body = _ticket(_write(tmp_path, "html.eml", msg)).body
    assert body.splitlines() == ["Hello support,", "", "Since Monday:", "the timeline is empty", "",
                                 "- project Alpha", "- project Beta & Gamma", "", "Thanks,", "Lea"]
    assert "track(" not in body and "color" not in body and "ignored title" not in body


def test_declared_latin1_charset_is_respected(tmp_path: Path) -> None:
    raw = ("From: Ren\u00e9e <renee@example.fr>\r\nSubject: =?iso-8859-1?q?T=E2ches_perdues?=\r\n"
           "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Les t\u00e2ches de l'\u00e9quipe ont disparu du tableau.\r\n").encode("latin-1")
    assert b"\xe2" in raw  # really latin-1 bytes, invalid as UTF-8
    ticket = _ticket(_write(tmp_path, "latin1.eml", raw))
    assert ticket.body == "Les t\u00e2ches de l'\u00e9quipe ont disparu du tableau.\n"
    assert ticket.subject == "T\u00e2ches perdues"
    # The raw 8-bit From header must not leak surrogate escapes into the JSON output.
    assert ticket.from_ is not None and "renee@example.fr" in ticket.from_
    ticket.from_.encode("utf-8")


@pytest.mark.parametrize("cte", ["base64", "quoted-printable"])
def test_transfer_encodings_are_decoded(tmp_path: Path, cte: str) -> None:
    text = "Sync with Google Calendar duplicates every event \u2013 " + "long line " * 20 + "\n"
    msg = _message()
    msg.set_content(text, cte=cte)
    raw = msg.as_bytes(policy=SMTP)
    assert text.encode() not in raw  # the file really is encoded
    assert _ticket(_write(tmp_path, f"{cte}.eml", raw)).body == text


def test_attachments_are_not_the_body(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content("See the attached log, the Jira sync fails.\n")
    msg.add_attachment("ATTACHED NOTES: not the body\n", filename="notes.txt")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="log.pdf")
    ticket = _ticket(_write(tmp_path, "attach.eml", msg))
    assert ticket.body == "See the attached log, the Jira sync fails.\n"


def test_attachment_only_email_is_a_clear_failure(tmp_path: Path) -> None:
    msg = _message()
    msg.make_mixed()
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="scan.pdf")
    failure = _failure(_write(tmp_path, "scan.eml", msg))
    assert failure.ticket_id == "scan.eml"
    assert "scan.eml" in failure.error and "no text/plain or text/html body" in failure.error


def test_email_cut_before_its_closing_boundary_still_yields_a_flagged_ticket(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content("Export to CSV fails every time.\n")
    msg.add_attachment(b"x" * 3000, maintype="application", subtype="octet-stream", filename="dump.bin")
    raw = msg.as_bytes(policy=SMTP)
    ticket = _ticket(_write(tmp_path, "cut.eml", raw[: len(raw) // 2]))
    assert ticket.body == "Export to CSV fails every time.\n"
    assert len(ticket.load_notes) == 1 and ticket.load_notes[0].startswith("REV-EMAIL-TRUNCATED")


def test_email_cut_inside_a_base64_body_is_flagged(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content("The Slack integration posts every update twice. " * 8 + "\n", cte="base64")
    raw = msg.as_bytes(policy=SMTP).rstrip()
    ticket = _ticket(_write(tmp_path, "b64cut.eml", raw[:-7]))
    assert ticket.body.startswith("The Slack integration posts every update twice.")
    assert any(n.startswith("REV-EMAIL-TRUNCATED") for n in ticket.load_notes)


def test_email_cut_inside_its_headers_is_a_clear_failure(tmp_path: Path) -> None:
    msg = _message()
    msg.set_content("body that never made it to disk\n")
    raw = msg.as_bytes(policy=SMTP)
    failure = _failure(_write(tmp_path, "headers.eml", raw[: raw.index(b"Message-ID")]))
    assert "headers.eml" in failure.error and "ends inside its headers" in failure.error


def test_undecodable_body_names_the_file(tmp_path: Path) -> None:
    raw = (b"From: x@example.com\r\nSubject: hi\r\nContent-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\nCaf\xe9 au lait \xff\xfe\r\n")
    failure = _failure(_write(tmp_path, "bad-charset.eml", raw))
    assert "bad-charset.eml" in failure.error and "cannot be decoded" in failure.error


def test_unknown_or_wrong_charset_falls_back_to_utf8(tmp_path: Path) -> None:
    for charset in ("x-no-such-charset", "us-ascii"):
        raw = (f"From: x@example.com\r\nSubject: hi\r\nContent-Type: text/plain; charset={charset}\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\nZo\u00eb can't open the board\r\n").encode()
        assert _ticket(_write(tmp_path, f"{charset}.eml", raw)).body == "Zo\u00eb can't open the board\n"


def test_bad_date_header_is_flagged_not_fatal(tmp_path: Path) -> None:
    raw = b"From: x@example.com\r\nDate: sometime last week\r\nSubject: hi\r\n\r\nThe board is slow.\r\n"
    ticket = _ticket(_write(tmp_path, "date.eml", raw))
    assert ticket.received_at is None
    assert any(n.startswith("REV-EMAIL-DATE") for n in ticket.load_notes)


def test_forwarded_message_attachment_supplies_the_body() -> None:
    inner = _message(subject="Original")
    inner.set_content("Nobody in our org can log in since 9:00.\n")
    outer = EmailMessage()
    outer["Subject"] = "Fwd: Original"
    outer["From"] = "boss@example.com"
    outer.make_mixed()
    outer.attach(_rfc822(inner))
    parsed = parse_email(outer.as_bytes(policy=SMTP))
    assert parsed.body == "Nobody in our org can log in since 9:00.\n"
    assert parsed.subject == "Fwd: Original"


def _rfc822(inner: EmailMessage) -> EmailMessage:
    part = EmailMessage()
    part.set_content(inner)
    return part


def test_quoted_reply_is_kept_whole_for_the_extractor(tmp_path: Path) -> None:
    msg = _message(subject="Re: outage")
    msg.set_content("Thanks, works again. How do I export a board?\n\n"
                    "On Tue, Ravi wrote:\n> The outage is over.\n")
    body = _ticket(_write(tmp_path, "reply.eml", msg)).body
    assert body.endswith("> The outage is over.\n")


def test_binary_file_named_eml_is_refused(tmp_path: Path) -> None:
    failure = _failure(_write(tmp_path, "photo.eml", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 10))
    assert "photo.eml" in failure.error and "binary" in failure.error


def test_email_over_the_byte_cap_is_read_in_part_and_flagged(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 4000)
    msg = _message()
    msg.set_content("Attached is the export that fails to import.\n")
    msg.add_attachment(b"\x01" * 20000, maintype="application", subtype="zip", filename="export.zip")
    ticket = _ticket(_write(tmp_path, "huge.eml", msg))
    assert ticket.body == "Attached is the export that fails to import.\n"
    assert any(n.startswith("REV-FILE-TOO-LARGE") and "4,000" in n for n in ticket.load_notes)


def test_email_ticket_serialises_to_json(tmp_path: Path) -> None:
    raw = (b"From: =?utf-8?q?Jos=C3=A9?= <jose@example.com>\r\nSubject: caf\xc3\xa9 \xff\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nhola\r\n")
    ticket = _ticket(_write(tmp_path, "hdr.eml", raw))
    dumped = json.dumps(ticket.model_dump(mode="json", by_alias=True))
    assert "Jos\\u00e9" in dumped and "caf\\u00e9" in dumped


def test_parse_email_raises_ticket_error_without_body() -> None:
    with pytest.raises(TicketError):
        parse_email(b"Subject: only headers\r\nFrom: a@example.com\r\n")


def test_html_to_text_marks_quoted_blocks_and_keeps_preformatted_text() -> None:
    text = html_to_text("<div>Works now, thanks!</div><div>On Monday Ravi wrote:<blockquote>"
                        "<p>Outage resolved.</p><blockquote>Is it down?</blockquote></blockquote></div>"
                        "<pre>  line 1\n    line 2</pre><table><tr><td>a</td><td>b</td></tr></table>")
    assert text.splitlines() == ["Works now, thanks!", "On Monday Ravi wrote:", "", "> Outage resolved.",
                                 ">", "> > Is it down?", "", "  line 1", "    line 2", "", "a b"]


def test_html_to_text_survives_an_unclosed_head() -> None:
    assert html_to_text("<html><head><title>x<body><p>The board is empty</p>") == "The board is empty"
