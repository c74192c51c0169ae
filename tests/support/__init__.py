"""Helpers shared by the tests (no tests, no fixtures: those are in the conftest.py files)."""
