"""The join address as a QR code: a matrix of dark modules the shared screen paints
crisply at any size (a picture would blur when scaled)."""

from __future__ import annotations

import segno


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of modules, True for dark, without the quiet zone (the painter adds
    :data:`~tillitverkstad.core.projection_join.QUIET_ZONE` modules of light around it).
    Error correction M: a projected code stays readable with glare or a head in the way of
    a few modules."""
    code = segno.make_qr(url, error="m", boost_error=True)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix_iter(border=0))
