"""Placeholder rules for 'bg' (being written)."""

from timeline.dates.core import Language, default_normalize

LANGUAGE = Language("bg", "bg", [], default_normalize)
