"""Saved runs (``--save-run`` / ``--baseline``): every case's signals and decision, with versions.

A saved run is what a policy change is compared against. It keeps the extracted signals so that
a later run with a different policy can re-decide every case without extracting again, and the
versions (extractor, model, prompt, extractor code, policy) so that a stale run is recognised
instead of silently compared. The file is JSON with one case per line, so it diffs well in git;
a name ending in ``.gz`` is gzip-compressed.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from ..extractors import Extraction
from .cases import TIER_BY_NAME, collector_paused
from .results import CaseResult, Verdict

RUN_FORMAT = "triage-eval-run/1"
SUMMARY_KEYS = ("n", "tier_accuracy", "owner_accuracy", "critical_misses", "under_escalations",
                "over_escalations", "errors")


class RunFileError(Exception):
    """A saved run that cannot be read (the harness exits 2)."""


@dataclass(frozen=True)
class ExtractorInfo:
    """What produced the signals: enough to tell whether saved signals can be reused."""

    name: str
    model: str | None = None
    prompt_version: str | None = None
    #: Hash of the extractor's source code: for offline extractors, whose output changes with code.
    fingerprint: str | None = None

    @property
    def offline(self) -> bool:
        """LLM extractors are named ``kind:model``; anything else is computed locally."""
        return ":" not in self.name


@dataclass(slots=True)
class SavedCase:
    id: str
    ticket_hash: str | None
    verdict: Verdict
    #: The saved extraction as read, when it was not already validated while the file was parsed.
    extraction_json: Any
    expected_tier: str | None = None
    expected_owner: str | None = None
    policy_version: str | None = None
    #: The saved extraction, validated (at load, or on the first call of ``extraction()``).
    parsed: Extraction | None = None

    def extraction(self) -> Extraction | None:
        """The saved signals as an Extraction; None when the run holds none or they are not valid."""
        if self.parsed is None and self.extraction_json is not None:
            try:
                self.parsed = Extraction.model_validate(self.extraction_json)
            except ValidationError:
                self.extraction_json = None  # invalid: do not try again
        return self.parsed


@dataclass
class SavedRun:
    extractor: ExtractorInfo
    policy_version: str | None
    cases: dict[str, SavedCase]
    created_at: str | None = None
    path: str | None = None
    datasets: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


def save_run(path: str | Path, results: Sequence[CaseResult], *, extractor: ExtractorInfo,
             policy_version: str, datasets: Sequence[str], summary: dict[str, Any]) -> None:
    header = {
        "format": RUN_FORMAT,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor": extractor.name, "model": extractor.model, "prompt_version": extractor.prompt_version,
        "extractor_fingerprint": extractor.fingerprint, "policy_version": policy_version,
        "datasets": list(datasets),
        "summary": {key: summary.get(key) for key in SUMMARY_KEYS},
    }
    lines = [json.dumps(_case_record(r, extractor, policy_version), ensure_ascii=False, separators=(",", ":"))
             for r in results]
    body = json.dumps(header, ensure_ascii=False, indent=1)[:-2]
    text = body + ',\n "cases": [\n' + ",\n".join(lines) + "\n ]\n}\n"
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        target.write_bytes(gzip.compress(data) if target.suffix == ".gz" else data)
    except OSError as exc:
        raise RunFileError(f"cannot write saved run {target}: {exc.strerror or exc}") from None


def _case_record(r: CaseResult, extractor: ExtractorInfo, policy_version: str) -> dict[str, Any]:
    v = r.verdict
    return {
        "id": r.case.id, "ticket_hash": r.ticket_hash,
        "expected": {"tier": r.case.expected.tier.value, "owner": r.case.expected.owner},
        "decision": {"tier": v.tier.value if v.tier else None, "owner": v.owner, "rules": list(v.rules),
                     "error": v.error, "needs_review": v.needs_review},
        "extractor": r.extraction.extractor if r.extraction else extractor.name,
        "model": (r.extraction.usage.model if r.extraction and r.extraction.usage else None)
        or extractor.model,
        "prompt_version": r.extraction.prompt_version if r.extraction else extractor.prompt_version,
        "policy_version": policy_version,
        "extraction": r.extraction.model_dump(mode="json", exclude={"cached"}, exclude_none=True)
        if r.extraction else None,
    }


def load_run(path: str | Path) -> SavedRun:
    with collector_paused():
        return _load_run(Path(path))


class _Record(TypedDict, total=False):
    """One case of a saved run as the fast reader sees it: only the extraction is typed here."""

    id: Any
    ticket_hash: Any
    expected: Any
    decision: Any
    policy_version: Any
    # An extraction that does not validate stays a raw value (and ``SavedCase.extraction`` says None).
    extraction: Annotated[Extraction | Any, Field(union_mode="left_to_right")]


class _RunFile(TypedDict, total=False):
    format: Any
    created_at: Any
    extractor: Any
    model: Any
    prompt_version: Any
    extractor_fingerprint: Any
    policy_version: Any
    datasets: Any
    summary: Any
    cases: list[_Record]


#: Parses the file and validates every saved extraction in one pass (the slow part of reading a run).
_RUN_FILE = TypeAdapter(_RunFile)


def _load_run(source: Path) -> SavedRun:
    try:
        raw = source.read_bytes()
        text = gzip.decompress(raw) if source.suffix == ".gz" else raw
    except FileNotFoundError:
        raise RunFileError(f"saved run {source} does not exist") from None
    except OSError as exc:
        raise RunFileError(f"cannot read saved run {source}: {exc.strerror or exc}") from None
    except (EOFError, gzip.BadGzipFile) as exc:
        raise RunFileError(f"saved run {source} is not valid JSON: {exc}") from None
    data: Any
    try:
        data = _RUN_FILE.validate_json(text)
    except ValidationError:
        # Not the shape the fast reader expects (or JSON it reads differently): read it the plain
        # way, which accepts what it can and names what it cannot.
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RunFileError(f"saved run {source} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != RUN_FORMAT or not isinstance(data.get("cases"),
                                                                                           list):
        raise RunFileError(f"{source} is not a saved eval run (expected format {RUN_FORMAT!r})")
    cases: dict[str, SavedCase] = {}
    tiers = TIER_BY_NAME
    try:
        for record in data["cases"]:
            decision = record["decision"]
            tier = decision.get("tier")
            verdict = Verdict(tiers[tier] if tier else None, decision.get("owner"),
                              tuple(decision.get("rules") or ()), decision.get("error"),
                              bool(decision.get("needs_review")))
            expected = record.get("expected") or {}
            extraction = record.get("extraction")
            parsed = extraction if isinstance(extraction, Extraction) else None
            case_id = str(record["id"])
            cases[case_id] = SavedCase(case_id, record.get("ticket_hash"), verdict,
                                       None if parsed is not None else extraction, expected.get("tier"),
                                       expected.get("owner"), record.get("policy_version"), parsed)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RunFileError(f"saved run {source} has a malformed case: {exc!r}") from None
    info = ExtractorInfo(name=str(data.get("extractor")), model=data.get("model"),
                         prompt_version=data.get("prompt_version"),
                         fingerprint=data.get("extractor_fingerprint"))
    return SavedRun(extractor=info, policy_version=data.get("policy_version"), cases=cases,
                    created_at=data.get("created_at"), path=str(source),
                    datasets=list(data.get("datasets") or []), summary=dict(data.get("summary") or {}))

