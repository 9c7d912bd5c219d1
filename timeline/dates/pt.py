"""Placeholder rules for 'pt' (being written)."""

from timeline.dates.core import Language, default_normalize

LANGUAGE = Language("pt", "pt", [], default_normalize)
