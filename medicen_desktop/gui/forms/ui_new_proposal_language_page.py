# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_proposal_language_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/new_proposal_language_page.ui, sha256 824f508032645e5c4ba18ec02b6b5c38c0754be184314d68444dedbe1f704acf
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QButtonGroup, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_NewProposalLanguagePage(object):
    def setupUi(self, NewProposalLanguagePage: QWizardPage) -> None:
        if not NewProposalLanguagePage.objectName():
            NewProposalLanguagePage.setObjectName(u"NewProposalLanguagePage")
        self.page_layout = QVBoxLayout(NewProposalLanguagePage)
        self.page_layout.setObjectName(u"page_layout")
        self.french = QRadioButton(NewProposalLanguagePage)
        self.group = QButtonGroup(NewProposalLanguagePage)
        self.group.setObjectName(u"group")
        self.group.addButton(self.french)
        self.french.setObjectName(u"french")
        self.french.setText(u"&Fran\u00e7ais")
        self.french.setChecked(True)

        self.page_layout.addWidget(self.french)

        self.english = QRadioButton(NewProposalLanguagePage)
        self.group.addButton(self.english)
        self.english.setObjectName(u"english")
        self.english.setText(u"&English")

        self.page_layout.addWidget(self.english)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_space)


        self.retranslateUi(NewProposalLanguagePage)
    # setupUi

    def retranslateUi(self, NewProposalLanguagePage: QWizardPage) -> None:
        NewProposalLanguagePage.setTitle(QCoreApplication.translate("NewProposalLanguagePage", u"The dossier's language", None))
        NewProposalLanguagePage.setSubTitle(QCoreApplication.translate("NewProposalLanguagePage", u"The language the dossier is written and exported in; the section titles follow it.", None))
    # retranslateUi

