# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_proposal_project_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/new_proposal_project_page.ui, sha256 74edcf10ef1475edb6f797dd60f300f3c611a416b7ed5fc8bd919a9426cd9298
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_NewProposalProjectPage(object):
    def setupUi(self, NewProposalProjectPage: QWizardPage) -> None:
        if not NewProposalProjectPage.objectName():
            NewProposalProjectPage.setObjectName(u"NewProposalProjectPage")
        self.page_layout = QVBoxLayout(NewProposalProjectPage)
        self.page_layout.setObjectName(u"page_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.acronym_label = QLabel(NewProposalProjectPage)
        self.acronym_label.setObjectName(u"acronym_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acronym_label)

        self.acronym = QLineEdit(NewProposalProjectPage)
        self.acronym.setObjectName(u"acronym")
        self.acronym.setMaxLength(40)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acronym)

        self.title_label = QLabel(NewProposalProjectPage)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewProposalProjectPage)
        self.title_edit.setObjectName(u"title_edit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)


        self.page_layout.addLayout(self.fields)

        self.error = QLabel(NewProposalProjectPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"fieldError")

        self.page_layout.addWidget(self.error)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_space)

#if QT_CONFIG(shortcut)
        self.acronym_label.setBuddy(self.acronym)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewProposalProjectPage)
    # setupUi

    def retranslateUi(self, NewProposalProjectPage: QWizardPage) -> None:
        NewProposalProjectPage.setTitle(QCoreApplication.translate("NewProposalProjectPage", u"The project", None))
        NewProposalProjectPage.setSubTitle(QCoreApplication.translate("NewProposalProjectPage", u"A short acronym and the full title, as they will appear on the cover page.", None))
        self.acronym_label.setText(QCoreApplication.translate("NewProposalProjectPage", u"&Acronym:", None))
        self.acronym.setPlaceholderText(QCoreApplication.translate("NewProposalProjectPage", u"e.g. \u00c9PI-DIAG", None))
        self.title_label.setText(QCoreApplication.translate("NewProposalProjectPage", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("NewProposalProjectPage", u"Full title of the project", None))
    # retranslateUi

