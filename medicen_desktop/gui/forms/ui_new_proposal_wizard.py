# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_proposal_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/new_proposal_wizard.ui, sha256 b861d87e524deb219c45027d442a49708ba64495a4dfe7a1d7b3d7486e2e45db
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QSizePolicy, QWidget, QWizard)

class Ui_NewProposalWizard(object):
    def setupUi(self, NewProposalWizard: QWizard) -> None:
        if not NewProposalWizard.objectName():
            NewProposalWizard.setObjectName(u"NewProposalWizard")
        NewProposalWizard.resize(600, 520)
        NewProposalWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

        self.retranslateUi(NewProposalWizard)
    # setupUi

    def retranslateUi(self, NewProposalWizard: QWizard) -> None:
        NewProposalWizard.setWindowTitle(QCoreApplication.translate("NewProposalWizard", u"New proposal", None))
    # retranslateUi

