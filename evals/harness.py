"""Run labelled cases through the product and keep what scoring, diffs and saved runs need.

Fresh cases go through ``Triager.stream``, the very path ``triage run`` takes, so the scores are
those of the product and not of a re-implementation. The extractor is wrapped to record each
extraction. With a baseline run, cases whose saved signals are still valid (same ticket, same
extractor, model and prompt version, and for offline extractors the same extractor code) are only
re-decided by the policy: a policy change is evaluated without extracting anything again.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from ..decision import Decision
from ..errors import TicketError
from ..extractors import Extraction, Extractor, aextract
from ..tickets import Ticket, content_id, ticket_from_obj
from ..triager import Triager
from .attribution import attribute
from .cases import Case, collector_paused
from .results import CaseResult, PolicyInputs, Verdict, decide_verdict
from .runs import ExtractorInfo, SavedRun

Progress = Callable[[int, int], None]


@dataclass
class Evaluation:
    results: list[CaseResult]
    extractor: ExtractorInfo
    policy_version: str
    elapsed_seconds: float = 0.0
    #: Why saved signals could not be reused at all (other extractor, model, prompt); empty if they could.
    reuse_blocked: list[str] = field(default_factory=list)
    #: True when an offline extractor's code differs from the baseline's, so its signals were recomputed.
    code_changed: bool = False
    #: Case ids whose signals were recomputed although the baseline had them, and came out different.
    signals_changed: list[str] = field(default_factory=list)


def ticket_hash(raw: Any) -> str:
    """Content hash of a case's ticket object, its id left out (renaming a case changes no signal)."""
    if isinstance(raw, dict) and "id" in raw:
        raw = raw.copy()  # keys are sorted when encoded, so dropping one keeps the rest in place
        del raw["id"]
    return hashlib.blake2b(_canonical(raw).encode("utf-8"), digest_size=10).hexdigest()


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
#: The same encoding without JSONEncoder's per-call set-up: the C encoder, built once. It skips the
#: circular-reference check, which tickets read from JSON never need.
_C_CANONICAL = (None if c_make_encoder is None else
                c_make_encoder(None, str, encode_basestring, None, ":", ",", True, False, True))


def _canonical(raw: Any) -> str:
    if _C_CANONICAL is None or isinstance(raw, str):
        return _CANONICAL.encode(raw)
    return "".join(_C_CANONICAL(raw, 0))


def _ticket_key(ticket: Ticket) -> str:
    """How the recorder finds the extraction of a ticket the Triager built from a case."""
    key: str = ticket.model_dump_json(exclude={"id"})
    return key


def extractor_info(extractor: Extractor) -> ExtractorInfo:
    model = getattr(extractor, "model", None)
    return ExtractorInfo(name=extractor.name, model=model if isinstance(model, str) else None,
                         prompt_version=extractor.prompt_version, fingerprint=code_fingerprint(extractor))


def code_fingerprint(extractor: Extractor) -> str | None:
    """Hash of the Python files beside the extractor's class, and of how tickets become text.

    Computed once per class and process, so files edited while a long process runs do not make
    its own saved runs look stale.
    """
    cls = type(extractor)
    if cls not in _FINGERPRINTS:
        _FINGERPRINTS[cls] = _fingerprint_of(cls)
    return _FINGERPRINTS[cls]


_FINGERPRINTS: dict[type, str | None] = {}


def _fingerprint_of(cls: type) -> str | None:
    try:
        module_file = inspect.getfile(cls)
    except (TypeError, OSError):
        return None
    folder = Path(module_file).resolve().parent
    files = [*sorted(folder.glob("*.py")), Path(inspect.getfile(Ticket)).resolve()]
    digest = hashlib.sha256()
    for path in files:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def reuse_blockers(saved: ExtractorInfo, current: ExtractorInfo) -> list[str]:
    """Reasons the saved signals are not what this extractor would produce; empty when reusable."""
    reasons = []
    if saved.name != current.name:
        reasons.append(f"the baseline's signals come from extractor {saved.name!r}, "
                       f"this run uses {current.name!r}")
    if saved.model != current.model and not (saved.model is None and current.offline):
        reasons.append(f"the baseline used model {saved.model!r}, this run uses {current.model!r}")
    if saved.prompt_version != current.prompt_version:
        reasons.append(f"the baseline used prompt version {saved.prompt_version!r}, "
                       f"this run uses {current.prompt_version!r}")
    return reasons


class _Recorder:
    """Wraps the triager's extractor to keep every extraction, keyed by ticket content."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.name = inner.name
        self.prompt_version = inner.prompt_version
        self.records: dict[str, Extraction] = {}
        if getattr(inner, "aextract", None) is not None:
            self.aextract = self._aextract

    def extract(self, ticket: Ticket) -> Extraction:
        extraction = self.inner.extract(ticket)
        self.records[_ticket_key(ticket)] = extraction
        return extraction

    async def _aextract(self, ticket: Ticket) -> Extraction:
        extraction = await aextract(self.inner, ticket)  # the inner extractor's own aextract
        self.records[_ticket_key(ticket)] = extraction
        return extraction


def prepare(raw: Any) -> Ticket | str:
    """The ticket as the Triager would build it, or the reason it cannot be triaged."""
    try:
        ticket = ticket_from_obj(raw)
    except TicketError as exc:
        return str(exc)
    if ticket.id is None:
        ticket = ticket.model_copy(update={"id": content_id(ticket.text)})
    return ticket


def evaluate(cases: Sequence[Case], triager: Triager, *, baseline: SavedRun | None = None,
             progress: Progress | None = None) -> Evaluation:
    """Decide every case (reusing valid saved signals) and attribute every miss."""
    with collector_paused():
        return _evaluate(cases, triager, baseline, progress)


def _evaluate(cases: Sequence[Case], triager: Triager, baseline: SavedRun | None,
              progress: Progress | None) -> Evaluation:
    started = time.perf_counter()
    info = extractor_info(triager.extractor)
    evaluation = Evaluation(results=[], extractor=info, policy_version=triager.policy.version)
    blockers = reuse_blockers(baseline.extractor, info) if baseline else []
    evaluation.reuse_blocked = blockers
    evaluation.code_changed = bool(baseline and info.offline
                                   and baseline.extractor.fingerprint != info.fingerprint)
    reusable = baseline is not None and not blockers and not evaluation.code_changed
    tickets = [prepare(case.ticket) for case in cases]
    digests = [ticket_hash(case.ticket) if isinstance(ticket, Ticket) else None
               for case, ticket in zip(cases, tickets, strict=True)]
    results: list[CaseResult | None] = [None] * len(cases)
    #: Per case, what the policy reads from the ticket, when the reused path worked it out already.
    inputs: list[PolicyInputs | None] = [None] * len(cases)
    fresh: list[int] = []
    total, done = len(cases), 0
    saved_cases = baseline.cases if baseline is not None and reusable else {}
    for index, (case, ticket, digest) in enumerate(zip(cases, tickets, digests, strict=True)):
        saved = saved_cases.get(case.id)
        extraction = saved.extraction() if saved is not None and saved.ticket_hash == digest else None
        if isinstance(ticket, Ticket) and extraction is not None:
            verdict, inputs[index] = _decide(triager, ticket, extraction)
            results[index] = CaseResult(case, verdict, extraction, digest, True)  # reused
            done += 1
            if progress:
                progress(done, total)
        else:
            fresh.append(index)
    for index, decision, extraction in _stream(triager, cases, tickets, fresh):
        results[index] = CaseResult(case=cases[index], verdict=Verdict.of(decision), extraction=extraction,
                                    ticket_hash=digests[index])
        done += 1
        if progress:
            progress(done, total)
    final = [r for r in results if r is not None]
    for result, ticket, known in zip(final, tickets, inputs, strict=True):
        attribute(result, ticket if isinstance(ticket, Ticket) else None, triager.policy, known)
    if baseline is not None:
        evaluation.signals_changed = _changed_signals(final, baseline)
    evaluation.results = final
    evaluation.elapsed_seconds = time.perf_counter() - started
    return evaluation


def _decide(triager: Triager, ticket: Ticket, extraction: Extraction) -> tuple[Verdict, PolicyInputs | None]:
    """The verdict on saved signals, and the ticket's policy inputs for attribution to reuse."""
    try:
        inputs = PolicyInputs.of(ticket)
        return decide_verdict(triager.policy, extraction.signals, inputs, bool(extraction.review_reasons)), inputs
    except Exception as exc:  # as in Triager.stream: a bug costs one case, never the run
        message = f"internal error while triaging: {type(exc).__name__}: {exc}"
        return Verdict.of(Decision.failed(ticket.id, message)), None


def _stream(triager: Triager, cases: Sequence[Case], tickets: Sequence[Ticket | str],
            indices: list[int]) -> Iterator[tuple[int, Decision, Extraction | None]]:
    if not indices:
        return
    inner = triager.extractor
    recorder = _Recorder(inner)
    triager.extractor = recorder
    try:
        decisions = triager.stream(cases[i].ticket for i in indices)
        for index, decision in zip(indices, decisions, strict=True):
            ticket = tickets[index]
            extraction = recorder.records.get(_ticket_key(ticket)) if isinstance(ticket, Ticket) else None
            yield index, decision, extraction
    finally:
        triager.extractor = inner


def _changed_signals(results: Sequence[CaseResult], baseline: SavedRun) -> list[str]:
    changed = []
    for r in results:
        saved = baseline.cases.get(r.case.id)
        if r.reused or saved is None or r.extraction is None or saved.ticket_hash != r.ticket_hash:
            continue
        old = saved.extraction()
        if old is None or old.signals != r.extraction.signals:
            changed.append(r.case.id)
    return changed
