"""Where a configuration comes from: the one module that reads the environment and config files.

Precedence, highest first: explicit overrides (command-line flags, keyword arguments), the
environment variables ``WIRECODER_<NAME>``, a TOML file (``--config FILE`` or
``WIRECODER_CONFIG=FILE``; keys are the setting names), and the defaults of ``config.Config``.
An unknown ``WIRECODER_`` variable or file key is an error, not silently ignored: a typo must not
quietly mean the default. Only the faces (CLI, API, the top-level ``wirecoder.extract``) call this.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .config import Config
from .errors import ConfigError

ENV_PREFIX = "WIRECODER_"
CONFIG_FILE_VARIABLE = ENV_PREFIX + "CONFIG"


class _FromEnvironment(BaseSettings, Config):
    """Config's fields read from WIRECODER_* variables; only the ones set there are kept."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)


def env_name(setting: str) -> str:
    return ENV_PREFIX + setting.upper()


def _check_names(names: set[str], where: str, spelled) -> None:
    unknown = sorted(names - set(Config.model_fields))
    if unknown:
        known = ", ".join(spelled(n) for n in Config.model_fields)
        raise ConfigError(f"{where}: unknown setting {', '.join(spelled(n) for n in unknown)}; known: {known}")


def _read_file(path: str | Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            values = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"config file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path}: not valid TOML: {exc}") from None
    _check_names(set(values), f"config file {path}", str)
    return values


def _explain(exc: ValidationError, where: str, spelled) -> ConfigError:
    problems = "; ".join(f"{spelled(str(e['loc'][0]))}: {e['msg']}" for e in exc.errors())
    return ConfigError(f"{where}: {problems}")


def load_config(file: str | Path | None = None, **overrides: Any) -> Config:
    """The configuration in force: overrides (None means not given), the environment, a file."""
    environ = {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIX) and k != CONFIG_FILE_VARIABLE}
    _check_names({k[len(ENV_PREFIX):].lower() for k in environ}, "environment", env_name)
    file = file or os.environ.get(CONFIG_FILE_VARIABLE) or None
    values = _read_file(file) if file else {}
    try:
        from_env = _FromEnvironment().model_dump(exclude_unset=True)
    except ValidationError as exc:
        raise _explain(exc, "environment", env_name) from None
    values |= from_env
    values |= {k: v for k, v in overrides.items() if v is not None}
    try:
        return Config.model_validate(values)
    except ValidationError as exc:
        raise _explain(exc, f"configuration{f' (file {file})' if file else ''}", str) from None


def describe(config: Config) -> list[tuple[str, str, str, str]]:
    """(name, value, help, environment variable) for each setting, secrets masked."""
    rows = []
    for name, field in Config.model_fields.items():
        value = getattr(config, name)
        shown = ("(set)" if value.get_secret_value() else "(empty)") if isinstance(value, SecretStr) else repr(value)
        rows.append((name, shown, field.description or "", env_name(name)))
    return rows
