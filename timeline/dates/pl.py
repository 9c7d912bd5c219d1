"""Placeholder rules for 'pl' (being written)."""

from timeline.dates.core import Language, default_normalize

LANGUAGE = Language("pl", "pl", [], default_normalize)
