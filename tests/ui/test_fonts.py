from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from tillitverkstad.ui.fonts import FALLBACK_FAMILY, UI_FAMILY, register_fonts


def test_shipped_ui_font_is_registered_and_used_when_asked_for(qapp):
    families = register_fonts()
    assert UI_FAMILY in families and FALLBACK_FAMILY in families
    assert UI_FAMILY in QFontDatabase.families()
    assert QFontInfo(QFont(UI_FAMILY)).family() == UI_FAMILY
    bold = QFont(UI_FAMILY)
    bold.setBold(True)
    assert QFontInfo(bold).bold()
