"""timeline: build and check a sourced timeline of events from multilingual news."""

__version__ = "0.1.0"
