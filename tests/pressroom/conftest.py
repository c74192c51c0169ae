"""The press room's tests use the shared fixtures of tests/conftest.py."""
