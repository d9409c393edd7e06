"""Render the app icon from its SVG into every raster format the platforms want.

    python packaging/make_icons.py

Writes, next to ``resources/icons/tillitverkstad.svg``:

- ``hicolor/<N>x<N>/apps/tillitverkstad.png`` for N in 16 … 512 (the freedesktop icon
  theme layout, so a Linux install is a copy of the tree),
- ``tillitverkstad.ico`` (Windows; PNG-compressed entries 16 … 256),
- ``tillitverkstad.icns`` (macOS; PNG entries 16 … 1024).

and the small arrows the window's fields use (``ui/chevron-{up,down}-{tone}.png`` and
``@2x``; tones for a light, a dark and the high-contrast scheme).

Run it after changing the SVG and commit the results: the build does not render icons.
ICO and ICNS are written by hand (both are a small header plus PNG blobs), so no Pillow.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "tillitverkstad.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types that hold a PNG of the given pixel size.
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
}


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "tillitverkstad.png"


def render(size: int) -> bytes:
    """The SVG as a PNG of ``size`` × ``size`` pixels, transparent outside the shape."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS file with PNG entries (what ``iconutil`` writes on macOS)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


# The arrows' colour on each tone of background (see tillitverkstad/ui/theme.py).
ARROW_TONES = {"dark": "#3A414D", "light": "#C9CFD8", "black": "#000000"}
ARROW_SIZE = 10


def arrow(direction: str, color: str, scale: int) -> bytes:
    """A chevron pointing ``direction`` ("up" or "down") as a PNG of 10 × scale pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    side = ARROW_SIZE * scale
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), 1.6 * scale)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    top, bottom = (0.68, 0.32) if direction == "up" else (0.32, 0.68)
    path = QPainterPath(QPointF(side * 0.18, side * top))
    path.lineTo(QPointF(side * 0.5, side * bottom))
    path.lineTo(QPointF(side * 0.82, side * top))
    painter.drawPath(path)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_arrows() -> None:
    folder = ICONS / "ui"
    folder.mkdir(exist_ok=True)
    for tone, color in ARROW_TONES.items():
        for direction in ("up", "down"):
            for scale, suffix in ((1, ""), (2, "@2x")):
                name = f"chevron-{direction}-{tone}{suffix}.png"
                (folder / name).write_bytes(arrow(direction, color, scale))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    rendered = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered[size])
    (ICONS / "tillitverkstad.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (ICONS / "tillitverkstad.icns").write_bytes(
        icns({kind: rendered[size] for kind, size in ICNS_TYPES.items()})
    )
    write_arrows()
    print(f"wrote {len(PNG_SIZES)} PNGs, tillitverkstad.ico and tillitverkstad.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
