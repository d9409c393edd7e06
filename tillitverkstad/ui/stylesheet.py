"""The application stylesheet, generated from a colour scheme and the spacing scale.

Sizes of text are not set here: fonts come from the application font and
``theme.scale_font`` so the text-size setting scales everything alike. What is styled is
marked by a widget's class or by its ``role`` / ``card`` / ``tone`` property."""

from __future__ import annotations

from functools import cache

from tillitverkstad.paths import resource_dir
from tillitverkstad.ui.theme import ALERT_COLOR, RADIUS, Colors, color_names

TEMPLATE = """
QMainWindow, QDialog, QStatusBar, QMenuBar {{ background: {window}; color: {text}; }}
QStatusBar {{ color: {muted}; }}
QToolTip {{ background: {surface}; color: {text}; border: 1px solid {field}; padding: 4px; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="keycap"] {{
    color: {muted}; background: {surface_alt}; border: 1px solid {border};
    border-radius: 4px; padding: 0px 5px;
}}
QLabel[role="figure"] {{ color: {text}; }}

QFrame[card="true"] {{
    background: {surface}; border: {bw}px solid {border}; border-radius: {radius}px;
}}
QFrame[card="true"][tone="accent"] {{
    background: {accent_soft}; border: {bw}px solid {accent}; border-left: 5px solid {accent};
}}
QFrame[card="true"][tone="private"] {{ border: 2px dashed {field}; }}
QLabel[tone="warning"] {{ color: {warning_text}; }}
QLabel[tone="muted"] {{ color: {muted}; }}
QFrame#presentingBar {{ background: transparent; }}
QLabel[role="live"] {{
    color: #000000; background: {alert}; border-radius: 4px; padding: 0px 6px;
}}

QPushButton {{
    background: {surface}; color: {text}; border: {bw}px solid {field};
    border-radius: 6px; padding: 5px 14px;
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:pressed, QPushButton:checked {{
    background: {accent_soft}; border: 2px solid {accent}; padding: 4px 13px;
}}
QPushButton:focus {{ border: 2px solid {accent}; padding: 4px 13px; }}
QPushButton:checked:focus {{ border: 3px solid {text}; padding: 3px 12px; }}
QPushButton:disabled {{ color: {muted}; border-color: {border}; background: {surface_alt}; }}
QPushButton[role="primary"], QPushButton:default {{
    background: {accent}; color: {accent_text}; border: 2px solid {accent}; padding: 4px 13px;
}}
QPushButton[role="primary"]:focus, QPushButton:default:focus {{ border: 2px solid {text}; }}
QPushButton[role="primary"]:disabled, QPushButton:default:disabled {{
    background: {surface_alt}; color: {muted}; border: {bw}px solid {border};
}}
QPushButton[role="presenting"] {{ padding: 0px; }}
QPushButton[role="presenting"]:checked {{ padding: 0px; }}
QPushButton[role="presenting"]:focus {{ padding: 0px; }}
QPushButton[role="presenting"]:checked:focus {{ padding: 0px; border: 3px solid {text}; }}
QToolButton {{ border: none; padding: 4px; border-radius: 6px; color: {text}; }}
QToolButton:hover {{ background: {hover}; }}
QToolButton:focus {{ border: 2px solid {accent}; padding: 2px; }}

QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox {{
    background: {surface}; color: {text}; border: {bw}px solid {field};
    border-radius: 6px; padding: 4px 6px;
    selection-background-color: {accent}; selection-color: {accent_text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QComboBox:focus {{ border: 2px solid {accent}; padding: 3px 5px; }}
QSpinBox > QLineEdit, QSpinBox > QLineEdit:focus,
QComboBox > QLineEdit, QComboBox > QLineEdit:focus {{
    border: none; padding: 0px; background: transparent;
}}
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{
    color: {muted}; background: {surface_alt}; border-color: {border};
}}
QSpinBox {{ padding: 4px 2px 4px 0px; }}
QSpinBox:focus {{ padding: 3px 1px 3px 0px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: padding; width: 18px; border: none; border-left: 1px solid {border};
    background: transparent;
}}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{
    background: {hover};
}}
QSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url("{down}"); width: 10px; height: 10px; }}
/* The list drops down under the field and shows every choice; Fusion's menu-like list
   over the current choice cuts its last choice behind a scroll arrow. */
QComboBox {{ padding-right: 26px; combobox-popup: 0; }}
QComboBox:focus {{ padding-right: 25px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none;
}}
QComboBox::down-arrow {{ image: url("{down}"); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{
    background: {surface}; color: {text}; border: 1px solid {field};
    selection-background-color: {accent_soft}; selection-color: {text}; outline: none;
}}

QListView, QListWidget, QTableView, QTableWidget, QTreeView {{
    background: {surface}; color: {text}; border: {bw}px solid {border};
    border-radius: {radius}px; alternate-background-color: {surface_alt};
    selection-background-color: {accent_soft}; selection-color: {text};
}}
QListView:focus, QTableView:focus, QTreeView:focus {{ border: 2px solid {accent}; }}
QHeaderView::section {{
    background: {surface_alt}; color: {muted}; border: none;
    border-bottom: 1px solid {border}; padding: 6px 8px;
}}
QTableView QLineEdit, QListView QLineEdit {{ border-radius: 0px; padding: 1px 3px; }}
/* A cell's list editor keeps one box, focused or not: the width it asks for is the
   width it needs (the arrow's room included) in either state. */
QTableView QComboBox, QTableView QComboBox:focus {{
    border-radius: 0px; border-width: 2px; padding: 0px 25px 0px 2px;
}}
QFrame#stepTimer {{
    background: {surface}; border: {bw}px solid {border}; border-radius: {radius}px;
}}
QFrame#stepTimer[timeUp="true"] {{ border: 3px solid {alert}; }}

QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollArea {{ border: none; }}
ScrollColumn {{ border: 2px solid transparent; border-radius: 4px; }}
ScrollColumn:focus {{ border-color: {accent}; }}
QSplitter::handle {{ background: transparent; }}
QSplitter::handle:hover {{ background: {border}; }}
QMenu {{ background: {surface}; color: {text}; border: 1px solid {border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 12px; border-radius: 4px; }}
QMenu::item:selected {{ background: {accent_soft}; color: {text}; }}
QMenu::separator {{ height: 1px; background: {border}; margin: 4px 8px; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {hover}; border-radius: 4px; }}
"""


def arrow(direction: str, tone: str) -> str:
    """The drawn arrow image for fields (``packaging/make_icons.py`` renders them)."""
    return (resource_dir() / "icons" / "ui" / f"chevron-{direction}-{tone}.png").as_posix()


@cache
def stylesheet(colors: Colors) -> str:
    return TEMPLATE.format(
        **color_names(colors),
        bw=colors.border_width,
        radius=RADIUS,
        alert=ALERT_COLOR,
        up=arrow("up", colors.arrows),
        down=arrow("down", colors.arrows),
    )
