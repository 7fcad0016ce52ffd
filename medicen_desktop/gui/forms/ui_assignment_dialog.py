# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/assignment_dialog.ui, sha256 94305a146f08270d62ce707113db000e499ab9de01e5ab8f78a460914eefdcbe
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QWidget)

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog: QDialog) -> None:
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(900, 520)
        self.grid = QGridLayout(AssignmentDialog)
        self.grid.setObjectName(u"grid")
        self.intro = QLabel(AssignmentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.grid.addWidget(self.intro, 0, 0, 1, 3)

        self.partners_heading = QLabel(AssignmentDialog)
        self.partners_heading.setObjectName(u"partners_heading")
        self.partners_heading.setWordWrap(True)
        self.partners_heading.setProperty(u"role", u"panelTitle")

        self.grid.addWidget(self.partners_heading, 1, 0, 1, 1)

        self.sections_heading = QLabel(AssignmentDialog)
        self.sections_heading.setObjectName(u"sections_heading")
        self.sections_heading.setWordWrap(True)
        self.sections_heading.setProperty(u"role", u"panelTitle")

        self.grid.addWidget(self.sections_heading, 1, 1, 1, 1)

        self.work_packages_heading = QLabel(AssignmentDialog)
        self.work_packages_heading.setObjectName(u"work_packages_heading")
        self.work_packages_heading.setWordWrap(True)
        self.work_packages_heading.setProperty(u"role", u"panelTitle")

        self.grid.addWidget(self.work_packages_heading, 1, 2, 1, 1)

        self.partners = QListWidget(AssignmentDialog)
        self.partners.setObjectName(u"partners")

        self.grid.addWidget(self.partners, 2, 0, 1, 1)

        self.sections = QListWidget(AssignmentDialog)
        self.sections.setObjectName(u"sections")

        self.grid.addWidget(self.sections, 2, 1, 1, 1)

        self.work_packages = QListWidget(AssignmentDialog)
        self.work_packages.setObjectName(u"work_packages")

        self.grid.addWidget(self.work_packages, 2, 2, 1, 1)

        self.buttons = QDialogButtonBox(AssignmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.grid.addWidget(self.buttons, 3, 0, 1, 3)

        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 3)
#if QT_CONFIG(shortcut)
        self.partners_heading.setBuddy(self.partners)
        self.sections_heading.setBuddy(self.sections)
        self.work_packages_heading.setBuddy(self.work_packages)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partners, self.sections)
        QWidget.setTabOrder(self.sections, self.work_packages)

        self.retranslateUi(AssignmentDialog)
        self.buttons.accepted.connect(AssignmentDialog.accept)
        self.buttons.rejected.connect(AssignmentDialog.reject)
    # setupUi

    def retranslateUi(self, AssignmentDialog: QDialog) -> None:
        AssignmentDialog.setWindowTitle(QCoreApplication.translate("AssignmentDialog", u"Assign parts to partners", None))
#if QT_CONFIG(tooltip)
        self.intro.setToolTip(QCoreApplication.translate("AssignmentDialog", u"A work package comes with its tasks and deliverables.", None))
#endif // QT_CONFIG(tooltip)
        self.intro.setText(QCoreApplication.translate("AssignmentDialog", u"Check what each partner may write in its package. Its own organisation, team, budget lines and effort are always included.", None))
        self.partners_heading.setText(QCoreApplication.translate("AssignmentDialog", u"&Partner", None))
        self.sections_heading.setText(QCoreApplication.translate("AssignmentDialog", u"&Sections", None))
        self.work_packages_heading.setText(QCoreApplication.translate("AssignmentDialog", u"&Work packages", None))
    # retranslateUi

