"""Where configuration comes from: files, environment variables and their defaults."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from .errors import ConfigError
from .policy import PolicyConfig

POLICY_CONFIG_ENV = "TRIAGE_POLICY_CONFIG"


def load_policy_config(source: str | Path | PolicyConfig | None = None) -> PolicyConfig:
    """The policy configuration: the given file, else $TRIAGE_POLICY_CONFIG, else the shipped one."""
    if isinstance(source, PolicyConfig):
        return source
    path = source or os.environ.get(POLICY_CONFIG_ENV)
    try:
        if path:
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = resources.files("triage.policy").joinpath("policy.toml").read_text(encoding="utf-8")
        return PolicyConfig.model_validate(tomllib.loads(text))
    except OSError as exc:
        raise ConfigError(f"cannot read policy configuration {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"policy configuration {path or 'policy.toml'} is not valid TOML: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(f"policy configuration {path or 'policy.toml'} is invalid: {exc}") from None


def llm_configured() -> bool:
    """True when the environment points at an OpenAI-compatible endpoint."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"))
