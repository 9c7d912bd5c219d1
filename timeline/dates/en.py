"""Placeholder rules for 'en' (being written)."""

from timeline.dates.core import Language, default_normalize

LANGUAGE = Language("en", "en", [], default_normalize)
