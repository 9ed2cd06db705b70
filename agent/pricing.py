"""Estimated cost of LLM usage, from the price table in ``pricing.toml`` (or $TRIAGE_PRICING)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError

PRICING_ENV = "TRIAGE_PRICING"


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    cached_input: float
    output: float


@cache
def load_prices(path: str | None = None) -> dict[str, Price]:
    """The price table: the given file, else $TRIAGE_PRICING, else the shipped one."""
    source = path or os.environ.get(PRICING_ENV)
    try:
        if source:
            text = Path(source).read_text(encoding="utf-8")
        else:
            text = resources.files("triage").joinpath("pricing.toml").read_text(encoding="utf-8")
        table = tomllib.loads(text).get("models", {})
        return {name: Price(input=float(row["input"]), output=float(row["output"]),
                            cached_input=float(row.get("cached_input", row["input"])))
                for name, row in table.items()}
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"price table {source or 'pricing.toml'} is unusable: {exc}") from None


def price_for(model: str, prices: dict[str, Price] | None = None) -> Price | None:
    """The entry with the longest prefix of ``model``; None when the model is not listed."""
    table = load_prices() if prices is None else prices
    matches = [name for name in table if model.startswith(name)]
    return table[max(matches, key=len)] if matches else None


def estimate_cost(model: str, input_tokens: int, cached_tokens: int, output_tokens: int,
                  prices: dict[str, Price] | None = None) -> float | None:
    """Dollars for this usage; cached prompt tokens at the cached rate. None for an unknown model."""
    price = price_for(model, prices)
    if price is None:
        return None
    cached = min(cached_tokens, input_tokens)
    return ((input_tokens - cached) * price.input + cached * price.cached_input
            + output_tokens * price.output) / 1_000_000
