"""Placeholder rules for 'ro' (being written)."""

from timeline.dates.core import Language, default_normalize

LANGUAGE = Language("ro", "ro", [], default_normalize)
