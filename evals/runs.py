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
from typing import Any

from pydantic import ValidationError

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


@dataclass
class SavedCase:
    id: str
    ticket_hash: str | None
    verdict: Verdict
    extraction_json: dict[str, Any] | None
    expected_tier: str | None = None
    expected_owner: str | None = None
    policy_version: str | None = None

    def extraction(self) -> Extraction | None:
        """The saved signals as an Extraction (parsed on demand: most runs need only some)."""
        if self.extraction_json is None:
            return None
        try:
            return Extraction.model_validate(self.extraction_json)
        except ValidationError:
            return None


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


def _load_run(source: Path) -> SavedRun:
    try:
        raw = source.read_bytes()
        data = json.loads(gzip.decompress(raw) if source.suffix == ".gz" else raw)
    except FileNotFoundError:
        raise RunFileError(f"saved run {source} does not exist") from None
    except OSError as exc:
        raise RunFileError(f"cannot read saved run {source}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as exc:
        raise RunFileError(f"saved run {source} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != RUN_FORMAT or not isinstance(data.get("cases"),
                                                                                           list):
        raise RunFileError(f"{source} is not a saved eval run (expected format {RUN_FORMAT!r})")
    cases: dict[str, SavedCase] = {}
    try:
        for record in data["cases"]:
            decision = record["decision"]
            verdict = Verdict(tier=TIER_BY_NAME[decision["tier"]] if decision.get("tier") else None,
                              owner=decision.get("owner"), rules=tuple(decision.get("rules") or ()),
                              error=decision.get("error"), needs_review=bool(decision.get("needs_review")))
            expected = record.get("expected") or {}
            cases[str(record["id"])] = SavedCase(
                id=str(record["id"]), ticket_hash=record.get("ticket_hash"), verdict=verdict,
                extraction_json=record.get("extraction"), expected_tier=expected.get("tier"),
                expected_owner=expected.get("owner"), policy_version=record.get("policy_version"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RunFileError(f"saved run {source} has a malformed case: {exc!r}") from None
    info = ExtractorInfo(name=str(data.get("extractor")), model=data.get("model"),
                         prompt_version=data.get("prompt_version"),
                         fingerprint=data.get("extractor_fingerprint"))
    return SavedRun(extractor=info, policy_version=data.get("policy_version"), cases=cases,
                    created_at=data.get("created_at"), path=str(source),
                    datasets=list(data.get("datasets") or []), summary=dict(data.get("summary") or {}))

