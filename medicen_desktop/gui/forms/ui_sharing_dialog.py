# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sharing_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/sharing_dialog.ui, sha256 31cd5ac64b7bd54d048adeea1786ab010838fdba9f78f5ddb8c054d7cc8d916e
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SharingDialog(object):
    def setupUi(self, SharingDialog: QDialog) -> None:
        if not SharingDialog.objectName():
            SharingDialog.setObjectName(u"SharingDialog")
        SharingDialog.resize(560, 320)
        self.column = QVBoxLayout(SharingDialog)
        self.column.setObjectName(u"column")
        self.levels_box = QGroupBox(SharingDialog)
        self.levels_box.setObjectName(u"levels_box")
        self.levels_column = QVBoxLayout(self.levels_box)
        self.levels_column.setObjectName(u"levels_column")
        self.level_full = QRadioButton(self.levels_box)
        self.level_full.setObjectName(u"level_full")

        self.levels_column.addWidget(self.level_full)

        self.level_totals = QRadioButton(self.levels_box)
        self.level_totals.setObjectName(u"level_totals")

        self.levels_column.addWidget(self.level_totals)

        self.level_none = QRadioButton(self.levels_box)
        self.level_none.setObjectName(u"level_none")

        self.levels_column.addWidget(self.level_none)

        self.level_help = QLabel(self.levels_box)
        self.level_help.setObjectName(u"level_help")
        self.level_help.setWordWrap(True)

        self.levels_column.addWidget(self.level_help)


        self.column.addWidget(self.levels_box)

        self.received = QLabel(SharingDialog)
        self.received.setObjectName(u"received")
        self.received.setWordWrap(True)

        self.column.addWidget(self.received)

        self.private_budget = QCheckBox(SharingDialog)
        self.private_budget.setObjectName(u"private_budget")

        self.column.addWidget(self.private_budget)

        self.keys = QLabel(SharingDialog)
        self.keys.setObjectName(u"keys")
        self.keys.setWordWrap(True)
        self.keys.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.column.addWidget(self.keys)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.stretch)

        self.buttons = QDialogButtonBox(SharingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.column.addWidget(self.buttons)

        QWidget.setTabOrder(self.level_full, self.level_totals)
        QWidget.setTabOrder(self.level_totals, self.level_none)
        QWidget.setTabOrder(self.level_none, self.private_budget)

        self.retranslateUi(SharingDialog)
        self.buttons.accepted.connect(SharingDialog.accept)
        self.buttons.rejected.connect(SharingDialog.reject)
    # setupUi

    def retranslateUi(self, SharingDialog: QDialog) -> None:
        SharingDialog.setWindowTitle(QCoreApplication.translate("SharingDialog", u"Confidentiality", None))
        self.levels_box.setTitle(QCoreApplication.translate("SharingDialog", u"What partners see of each other in their packages", None))
        self.level_full.setText(QCoreApplication.translate("SharingDialog", u"&Everything", None))
        self.level_totals.setText(QCoreApplication.translate("SharingDialog", u"&Totals only", None))
        self.level_none.setText(QCoreApplication.translate("SharingDialog", u"&Nothing", None))
        self.private_budget.setText(QCoreApplication.translate("SharingDialog", u"&Keep my budget detail (salary rates) private: send totals", None))
    # retranslateUi

