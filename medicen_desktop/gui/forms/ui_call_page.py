# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/call_page.ui, sha256 0b7c0a7bb891ff6f8796fd41277e05fe9290447ff2e6fd4116c8de8663049132
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

from medicen_desktop.gui.field_messages import (FieldError, ReadOnlyNote)

class Ui_CallPage(object):
    def setupUi(self, CallPage: QWidget) -> None:
        if not CallPage.objectName():
            CallPage.setObjectName(u"CallPage")
        self.column = QVBoxLayout(CallPage)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.read_only = ReadOnlyNote(CallPage)
        self.read_only.setObjectName(u"read_only")

        self.column.addWidget(self.read_only)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.template_label = QLabel(CallPage)
        self.template_label.setObjectName(u"template_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template = QComboBox(CallPage)
        self.template.setObjectName(u"template")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template)

        self.language_label = QLabel(CallPage)
        self.language_label.setObjectName(u"language_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(CallPage)
        self.language.addItem(u"Fran\u00e7ais")
        self.language.addItem(u"English")
        self.language.setObjectName(u"language")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language)

        self.funder_label = QLabel(CallPage)
        self.funder_label.setObjectName(u"funder_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funder_label)

        self.funder = QLabel(CallPage)
        self.funder.setObjectName(u"funder")
        self.funder.setWordWrap(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funder)

        self.source_label = QLabel(CallPage)
        self.source_label.setObjectName(u"source_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QLabel(CallPage)
        self.source.setObjectName(u"source")
        self.source.setTextFormat(Qt.TextFormat.MarkdownText)
        self.source.setWordWrap(True)
        self.source.setOpenExternalLinks(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.source)

        self.limits_label = QLabel(CallPage)
        self.limits_label.setObjectName(u"limits_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.limits_label)

        self.limits = QLabel(CallPage)
        self.limits.setObjectName(u"limits")
        self.limits.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.limits)

        self.notes_label = QLabel(CallPage)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLabel(CallPage)
        self.notes.setObjectName(u"notes")
        self.notes.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.column.addLayout(self.fields)

        self.error = FieldError(CallPage)
        self.error.setObjectName(u"error")

        self.column.addWidget(self.error)

        self.pending = QLabel(CallPage)
        self.pending.setObjectName(u"pending")
        self.pending.setWordWrap(True)

        self.column.addWidget(self.pending)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CallPage)
    # setupUi

    def retranslateUi(self, CallPage: QWidget) -> None:
        self.template_label.setText(QCoreApplication.translate("CallPage", u"&Call template:", None))
        self.language_label.setText(QCoreApplication.translate("CallPage", u"Dossier &language:", None))

        self.funder_label.setText(QCoreApplication.translate("CallPage", u"Funder:", None))
        self.source_label.setText(QCoreApplication.translate("CallPage", u"Source:", None))
        self.limits_label.setText(QCoreApplication.translate("CallPage", u"Limits:", None))
        self.notes_label.setText(QCoreApplication.translate("CallPage", u"Notes:", None))
        pass
    # retranslateUi

