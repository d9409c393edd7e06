"""Tillitverkstad: an offline workshop tool for trust-based governance and leadership."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tillitverkstad")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
