"""Labelled eval cases (contract: "Labelled eval cases"): reading JSONL files into typed cases.

Only what scoring needs is strict: one JSON object a line, an ``expected.tier`` among the four tiers,
a ``ticket`` and unique ids. Optional labels (``criteria``, ``signals``) are checked leniently: a
value the harness cannot use is reported as a warning and left out of attribution, because a
labelled set written elsewhere may use them differently and must still be scored.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from pydantic_core import from_json

from ..policy import CRITERIA_BY_ID, FIRST_LINE_RULES, ROLE_LEVELS, Signals, Tier

TIERS: tuple[Tier, ...] = (Tier.IMMEDIATE, Tier.PRIORITY, Tier.STANDARD, Tier.NONE)
#: Tier by name; a dict lookup is much cheaper than calling the enum, which matters at 10,000 cases.
TIER_BY_NAME: dict[str, Tier] = {tier.value: tier for tier in TIERS}
FIRST_LINE_RULE_IDS = frozenset(rule for rule, _owner, _text in FIRST_LINE_RULES.values())
_FACT_FIELDS = ("plan", "annual_contract_value_usd", "fortune_500", "unresolved_hours", "failed_attempts",
                "data_exposed", "outage_scope", "injection")
EXPECTED_EVIDENCE = "expected"
_CRITERION_IDS = frozenset(CRITERIA_BY_ID)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch allocates many small acyclic objects.

    With 10,000 cases loaded, each collection walks them all again; pausing halves load times.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class DatasetError(Exception):
    """The labelled set itself is unusable (the harness exits 2): file, line and reason."""


class Expected(NamedTuple):
    """What a case's labels say. Immutable; a named tuple because thousands are built per run."""

    tier: Tier
    owner: str | None = None
    #: Criterion ids that should fire; None when the case does not say.
    criteria: tuple[str, ...] | None = None
    #: Signal fields the case states, already validated (keys are ``Signals`` field names).
    signals: dict[str, Any] | None = None


class Case(NamedTuple):
    """One labelled case (immutable, like ``Expected``)."""

    id: str
    ticket: Any
    expected: Expected
    tags: tuple[str, ...] = ()
    source: str = ""

    @property
    def has_expectations(self) -> bool:
        """True when the case states what the extractor should find (so a miss can be attributed)."""
        return self.expected.criteria is not None or bool(self.expected.signals)


@dataclass
class Dataset:
    cases: list[Case]
    files: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def dataset_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named on the command line; a folder stands for the ``*.jsonl`` files inside it, sorted."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
            if not found:
                raise DatasetError(f"{path}: folder holds no .jsonl files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise DatasetError(f"{path}: no such file or folder")
    if not files:
        raise DatasetError("no dataset given")
    return files


def load_dataset(paths: Sequence[str | Path]) -> Dataset:
    """Read every case of every file; raise DatasetError on the first structural problem."""
    with collector_paused():
        return _load_dataset(paths)


def _load_dataset(paths: Sequence[str | Path]) -> Dataset:
    cases: list[Case] = []
    seen: dict[str, str] = {}
    dataset = Dataset(cases=cases)
    for path in dataset_files(paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DatasetError(f"{path}: cannot read: {exc}") from None
        count = 0
        prefix = f"{path}:"
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{prefix}{number}"
            case = parse_case(line, where, dataset.warnings)
            if case.id in seen:
                raise DatasetError(f"{where}: duplicate case id {case.id!r} (first at {seen[case.id]})")
            seen[case.id] = where
            cases.append(case)
            count += 1
        dataset.files.append((str(path), count))
    if not cases:
        raise DatasetError("the dataset holds no cases")
    return dataset


def parse_case(line: str, where: str, warnings: list[str]) -> Case:
    try:
        # pydantic-core's JSON parser takes half the time of json.loads; anything it refuses is
        # read again by json.loads, which accepts the same documents or says what is wrong.
        obj = from_json(line)
    except ValueError:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise DatasetError(f"{where}: a case must be a JSON object")
    if "ticket" not in obj:
        raise DatasetError(f"{where}: case has no 'ticket'")
    expected = obj.get("expected")
    if not isinstance(expected, dict):
        raise DatasetError(f"{where}: case has no 'expected' object")
    raw_id = obj.get("id")
    case_id = where if raw_id is None else str(raw_id)
    tags = obj.get("tags") or ()
    if not isinstance(tags, list | tuple) or not all(isinstance(t, str) for t in tags):
        warnings.append(f"{where}: 'tags' is not a list of strings; ignored")
        tags = ()
    return Case(case_id, obj["ticket"], _parse_expected(expected, where, warnings), tuple(tags), where)


def _parse_expected(obj: dict[str, Any], where: str, warnings: list[str]) -> Expected:
    tier_text = obj.get("tier")
    tier = TIER_BY_NAME.get(tier_text) if isinstance(tier_text, str) else None
    if tier is None:
        tier = TIER_BY_NAME.get(str(tier_text).strip().lower())
    if tier is None:
        choices = ", ".join(TIERS)
        raise DatasetError(f"{where}: expected.tier must be one of {choices}, not {tier_text!r}")
    owner = obj.get("owner")
    if owner is not None and not isinstance(owner, str):
        raise DatasetError(f"{where}: expected.owner must be a role id or null, not {owner!r}")
    if owner is not None and owner not in ROLE_LEVELS:
        warnings.append(f"{where}: expected.owner {owner!r} is not a known role id")
    signals = obj.get("signals")
    return Expected(tier, owner, _parse_criteria(obj.get("criteria"), where, warnings),
                    None if signals is None else parse_expected_signals(signals, where, warnings))


def _parse_criteria(value: Any, where: str, warnings: list[str]) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        warnings.append(f"{where}: expected.criteria is not a list of ids; ignored")
        return None
    if _CRITERION_IDS.issuperset(value):  # the usual case: every id known
        return tuple(dict.fromkeys(value))
    known = [c for c in value if c in CRITERIA_BY_ID]
    unknown = [c for c in value if c not in CRITERIA_BY_ID and c not in FIRST_LINE_RULE_IDS]
    if unknown:
        warnings.append(f"{where}: unknown criterion ids {unknown}; ignored")
    return tuple(dict.fromkeys(known))


def parse_expected_signals(value: Any, where: str, warnings: list[str]) -> dict[str, Any] | None:
    """Validated ``Signals`` fields from a case's ``expected.signals``.

    Shorthands are accepted so labels stay short: a bare value for a stated fact
    (``"plan": "pro"``), a number for a refund in US dollars, ids for hits. Evidence defaults to
    "expected". Each field is validated on its own so one bad field does not lose the others.
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        warnings.append(f"{where}: expected.signals is not an object; ignored")
        return None
    fields: dict[str, Any] = {}
    for key, raw in value.items():
        if key not in Signals.model_fields:
            warnings.append(f"{where}: expected.signals.{key} is not a signal; ignored")
            continue
        try:
            parsed = Signals.model_validate({key: _expand(key, raw)})
        except (ValidationError, TypeError, ValueError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            warnings.append(f"{where}: expected.signals.{key} is invalid ({first}); ignored")
            continue
        fields[key] = getattr(parsed, key)
    return fields


def _expand(key: str, raw: Any) -> Any:
    if raw is None:
        return None
    if key == "hits":
        if not isinstance(raw, list):
            raise ValueError("hits must be a list")
        return [{"criterion": h, "evidence": EXPECTED_EVIDENCE} if isinstance(h, str)
                else {"evidence": EXPECTED_EVIDENCE, **h} for h in raw]
    if key == "refund":
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return {"amount": raw, "currency": "USD", "evidence": EXPECTED_EVIDENCE}
        return {"evidence": EXPECTED_EVIDENCE, **raw} if isinstance(raw, dict) else raw
    if key in _FACT_FIELDS:
        return {"evidence": EXPECTED_EVIDENCE, **raw} if isinstance(raw, dict) else {
            "value": raw, "evidence": EXPECTED_EVIDENCE}
    return raw
