# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/error_dialog.ui, sha256 9924387897e1e9a264433e0cf444b93d264f5723d5b9b9365a31845cec9dcc71
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog: QDialog) -> None:
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        self.column = QVBoxLayout(ErrorDialog)
        self.column.setObjectName(u"column")
        self.message = QLabel(ErrorDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.details_text = QPlainTextEdit(ErrorDialog)
        self.details_text.setObjectName(u"details_text")
        self.details_text.setMinimumSize(QSize(520, 180))
        self.details_text.setReadOnly(True)

        self.column.addWidget(self.details_text)

        self.buttons = QDialogButtonBox(ErrorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.column.addWidget(self.buttons)


        self.retranslateUi(ErrorDialog)
        self.buttons.rejected.connect(ErrorDialog.reject)
    # setupUi

    def retranslateUi(self, ErrorDialog: QDialog) -> None:
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Unexpected error", None))
    # retranslateUi

