# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_proposal_coordinator_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/new_proposal_coordinator_page.ui, sha256 66d8125b42ed4f5fae6b6603bb07a17158dac60b2e883c15b0ea179e0ee8e142
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_NewProposalCoordinatorPage(object):
    def setupUi(self, NewProposalCoordinatorPage: QWizardPage) -> None:
        if not NewProposalCoordinatorPage.objectName():
            NewProposalCoordinatorPage.setObjectName(u"NewProposalCoordinatorPage")
        self.page_layout = QVBoxLayout(NewProposalCoordinatorPage)
        self.page_layout.setObjectName(u"page_layout")

        self.retranslateUi(NewProposalCoordinatorPage)
    # setupUi

    def retranslateUi(self, NewProposalCoordinatorPage: QWizardPage) -> None:
        NewProposalCoordinatorPage.setTitle(QCoreApplication.translate("NewProposalCoordinatorPage", u"The coordinator", None))
        NewProposalCoordinatorPage.setSubTitle(QCoreApplication.translate("NewProposalCoordinatorPage", u"The organisation that leads the project and submits the dossier. Pick one you already know, or create it.", None))
    # retranslateUi

