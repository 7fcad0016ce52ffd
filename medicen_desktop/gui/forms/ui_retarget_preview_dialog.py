# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retarget_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/retarget_preview_dialog.ui, sha256 8f8d1e2b2484a0d1700682c71ef313b3980156e03fb20c059221c417566e51f5
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RetargetPreviewDialog(object):
    def setupUi(self, RetargetPreviewDialog: QDialog) -> None:
        if not RetargetPreviewDialog.objectName():
            RetargetPreviewDialog.setObjectName(u"RetargetPreviewDialog")
        RetargetPreviewDialog.resize(680, 400)
        self.column = QVBoxLayout(RetargetPreviewDialog)
        self.column.setObjectName(u"column")
        self.question = QLabel(RetargetPreviewDialog)
        self.question.setObjectName(u"question")
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setWordWrap(True)

        self.column.addWidget(self.question)

        self.scroll_area = QScrollArea(RetargetPreviewDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setWidgetResizable(True)
        self.text = QLabel()
        self.text.setObjectName(u"text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.text.setWordWrap(True)
        self.text.setMargin(6)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll_area.setWidget(self.text)

        self.column.addWidget(self.scroll_area)

        self.buttons = QDialogButtonBox(RetargetPreviewDialog)
        self.buttons.setObjectName(u"buttons")

        self.column.addWidget(self.buttons)

        self.column.setStretch(1, 1)

        self.retranslateUi(RetargetPreviewDialog)
        self.buttons.accepted.connect(RetargetPreviewDialog.accept)
        self.buttons.rejected.connect(RetargetPreviewDialog.reject)
    # setupUi

    def retranslateUi(self, RetargetPreviewDialog: QDialog) -> None:
        RetargetPreviewDialog.setWindowTitle(QCoreApplication.translate("RetargetPreviewDialog", u"Switch to another call", None))
    # retranslateUi

