"""Tillitverkstad: an offline workshop tool for trust-based governance and leadership."""

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata costs tens of milliseconds: read it only when someone asks.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tillitverkstad")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'tillitverkstad' has no attribute {name!r}")
