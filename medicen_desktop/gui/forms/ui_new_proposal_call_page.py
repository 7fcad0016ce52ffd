# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_proposal_call_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/new_proposal_call_page.ui, sha256 e90e7580173aa761d9f135a5a6dcc8b98b3f949e9da46102811b66528b6ad958
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget, QWizardPage)

class Ui_NewProposalCallPage(object):
    def setupUi(self, NewProposalCallPage: QWizardPage) -> None:
        if not NewProposalCallPage.objectName():
            NewProposalCallPage.setObjectName(u"NewProposalCallPage")
        self.page_layout = QVBoxLayout(NewProposalCallPage)
        self.page_layout.setObjectName(u"page_layout")
        self.calls = QListWidget(NewProposalCallPage)
        self.calls.setObjectName(u"calls")

        self.page_layout.addWidget(self.calls)

        self.error = QLabel(NewProposalCallPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"fieldError")

        self.page_layout.addWidget(self.error)


        self.retranslateUi(NewProposalCallPage)
    # setupUi

    def retranslateUi(self, NewProposalCallPage: QWizardPage) -> None:
        NewProposalCallPage.setTitle(QCoreApplication.translate("NewProposalCallPage", u"Which call?", None))
        NewProposalCallPage.setSubTitle(QCoreApplication.translate("NewProposalCallPage", u"The call decides the sections, the limits, the budget rules and the checks. You can change it later.", None))
    # retranslateUi

