"""wirecoder's one exception tree. Every error a user can cause says what and where in one line."""

from __future__ import annotations


class WirecoderError(Exception):
    """Base of every error wirecoder raises on purpose."""


class InputError(WirecoderError):
    """A record that cannot be read as an article; the caller may skip it and go on."""


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLargeError(InputError):
    pass


class UnsupportedLanguageError(InputError):
    """An article in a language wirecoder does not code (it reads English)."""


class ConfigError(WirecoderError):
    """A setting, option or argument with a value wirecoder cannot use."""


class ResourceMissingError(WirecoderError):
    """A model or data file wirecoder needs is not installed."""


class StoreError(WirecoderError):
    """The incident store could not be opened, migrated or written."""


class ExportError(WirecoderError):
    """Records could not be written in the requested format."""


class EvaluationError(WirecoderError):
    """An evaluation data set is missing or malformed."""
