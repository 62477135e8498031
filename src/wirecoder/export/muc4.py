"""The ``muc4`` export format: MUC-4 response templates, written by ``wirecoder.muc4.writer``."""

from __future__ import annotations

from ..muc4.writer import render

__all__ = ["render"]
