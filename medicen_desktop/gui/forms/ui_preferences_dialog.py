# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/preferences_dialog.ui, sha256 1dd7759b214f7a67f97a60453cdae760cb3d55837770167677397e08da05333f
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog: QDialog) -> None:
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        self.form = QFormLayout(PreferencesDialog)
        self.form.setObjectName(u"form")
        self.language_label = QLabel(PreferencesDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(PreferencesDialog)
        self.language.addItem("")
        self.language.addItem(u"Fran\u00e7ais")
        self.language.addItem(u"English")
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
        self.buttons.accepted.connect(PreferencesDialog.accept)
        self.buttons.rejected.connect(PreferencesDialog.reject)
    # setupUi

    def retranslateUi(self, PreferencesDialog: QDialog) -> None:
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.language.setItemText(0, QCoreApplication.translate("PreferencesDialog", u"System language", None))

    # retranslateUi

