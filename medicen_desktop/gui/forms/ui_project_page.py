# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/project_page.ui, sha256 6def94abb37be2337b8c9bc855ae5d19a3ec60cb0b2e6d3481fa3410b12a3aa3
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from medicen_desktop.gui.date_field import DateField
from medicen_desktop.gui.field_messages import (FieldError, ReadOnlyNote)

class Ui_ProjectPage(object):
    def setupUi(self, ProjectPage: QWidget) -> None:
        if not ProjectPage.objectName():
            ProjectPage.setObjectName(u"ProjectPage")
        self.column = QVBoxLayout(ProjectPage)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.read_only = ReadOnlyNote(ProjectPage)
        self.read_only.setObjectName(u"read_only")

        self.column.addWidget(self.read_only)

        self.scroll_area = QScrollArea(ProjectPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setObjectName(u"inner")
        self.fields = QFormLayout(self.inner)
        self.fields.setObjectName(u"fields")
        self.acronym_label = QLabel(self.inner)
        self.acronym_label.setObjectName(u"acronym_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acronym_label)

        self.acronym_column = QVBoxLayout()
        self.acronym_column.setSpacing(2)
        self.acronym_column.setObjectName(u"acronym_column")
        self.acronym = QLineEdit(self.inner)
        self.acronym.setObjectName(u"acronym")
        self.acronym.setMaxLength(40)

        self.acronym_column.addWidget(self.acronym)

        self.acronym_error = FieldError(self.inner)
        self.acronym_error.setObjectName(u"acronym_error")

        self.acronym_column.addWidget(self.acronym_error)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.acronym_column)

        self.title_label = QLabel(self.inner)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_column = QVBoxLayout()
        self.title_column.setSpacing(2)
        self.title_column.setObjectName(u"title_column")
        self.full_title = QLineEdit(self.inner)
        self.full_title.setObjectName(u"full_title")

        self.title_column.addWidget(self.full_title)

        self.full_title_error = FieldError(self.inner)
        self.full_title_error.setObjectName(u"full_title_error")

        self.title_column.addWidget(self.full_title_error)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.title_column)

        self.start_label = QLabel(self.inner)
        self.start_label.setObjectName(u"start_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_column = QVBoxLayout()
        self.start_column.setSpacing(2)
        self.start_column.setObjectName(u"start_column")
        self.start = DateField(self.inner)
        self.start.setObjectName(u"start")
        self.start.setMaximumSize(QSize(260, 16777215))

        self.start_column.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)

        self.start_error = FieldError(self.inner)
        self.start_error.setObjectName(u"start_error")

        self.start_column.addWidget(self.start_error)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.start_column)

        self.duration_label = QLabel(self.inner)
        self.duration_label.setObjectName(u"duration_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration_column = QVBoxLayout()
        self.duration_column.setSpacing(2)
        self.duration_column.setObjectName(u"duration_column")
        self.duration = QSpinBox(self.inner)
        self.duration.setObjectName(u"duration")
        self.duration.setMaximumSize(QSize(180, 16777215))
        self.duration.setMinimum(1)
        self.duration.setMaximum(240)

        self.duration_column.addWidget(self.duration)

        self.duration_error = FieldError(self.inner)
        self.duration_error.setObjectName(u"duration_error")

        self.duration_column.addWidget(self.duration_error)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.duration_column)

        self.domains_label = QLabel(self.inner)
        self.domains_label.setObjectName(u"domains_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.domains_label)

        self.domains_box_column = QVBoxLayout()
        self.domains_box_column.setSpacing(2)
        self.domains_box_column.setObjectName(u"domains_box_column")
        self.domains_box = QWidget(self.inner)
        self.domains_box.setObjectName(u"domains_box")
        self.domains_grid = QGridLayout(self.domains_box)
        self.domains_grid.setObjectName(u"domains_grid")
        self.domains_grid.setContentsMargins(0, 0, 0, 0)
        self.domains_grid.setColumnStretch(3, 1)

        self.domains_box_column.addWidget(self.domains_box)

        self.domains_error = FieldError(self.inner)
        self.domains_error.setObjectName(u"domains_error")

        self.domains_box_column.addWidget(self.domains_error)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.domains_box_column)

        self.aims_label = QLabel(self.inner)
        self.aims_label.setObjectName(u"aims_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aims_label)

        self.aims_box_column = QVBoxLayout()
        self.aims_box_column.setSpacing(2)
        self.aims_box_column.setObjectName(u"aims_box_column")
        self.aims_box = QWidget(self.inner)
        self.aims_box.setObjectName(u"aims_box")
        self.aims_grid = QGridLayout(self.aims_box)
        self.aims_grid.setObjectName(u"aims_grid")
        self.aims_grid.setContentsMargins(0, 0, 0, 0)
        self.aims_grid.setColumnStretch(3, 1)

        self.aims_box_column.addWidget(self.aims_box)

        self.aims_error = FieldError(self.inner)
        self.aims_error.setObjectName(u"aims_error")

        self.aims_box_column.addWidget(self.aims_error)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.aims_box_column)

        self.trl_label = QLabel(self.inner)
        self.trl_label.setObjectName(u"trl_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.trl_label)

        self.trl_column = QVBoxLayout()
        self.trl_column.setSpacing(2)
        self.trl_column.setObjectName(u"trl_column")
        self.trl_row = QHBoxLayout()
        self.trl_row.setSpacing(6)
        self.trl_row.setObjectName(u"trl_row")
        self.trl_from = QLabel(self.inner)
        self.trl_from.setObjectName(u"trl_from")

        self.trl_row.addWidget(self.trl_from)

        self.trl_start = QSpinBox(self.inner)
        self.trl_start.setObjectName(u"trl_start")
        self.trl_start.setMaximum(9)

        self.trl_row.addWidget(self.trl_start)

        self.trl_to = QLabel(self.inner)
        self.trl_to.setObjectName(u"trl_to")

        self.trl_row.addWidget(self.trl_to)

        self.trl_end = QSpinBox(self.inner)
        self.trl_end.setObjectName(u"trl_end")
        self.trl_end.setMaximum(9)

        self.trl_row.addWidget(self.trl_end)

        self.trl_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trl_row.addItem(self.trl_space)


        self.trl_column.addLayout(self.trl_row)

        self.trl_error = FieldError(self.inner)
        self.trl_error.setObjectName(u"trl_error")

        self.trl_column.addWidget(self.trl_error)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.trl_column)

        self.keywords_label = QLabel(self.inner)
        self.keywords_label.setObjectName(u"keywords_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.keywords_label)

        self.keywords_column = QVBoxLayout()
        self.keywords_column.setSpacing(2)
        self.keywords_column.setObjectName(u"keywords_column")
        self.keywords = QLineEdit(self.inner)
        self.keywords.setObjectName(u"keywords")

        self.keywords_column.addWidget(self.keywords)

        self.keywords_error = FieldError(self.inner)
        self.keywords_error.setObjectName(u"keywords_error")

        self.keywords_column.addWidget(self.keywords_error)


        self.fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.keywords_column)

        self.summary_label = QLabel(self.inner)
        self.summary_label.setObjectName(u"summary_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_column = QVBoxLayout()
        self.summary_column.setSpacing(2)
        self.summary_column.setObjectName(u"summary_column")
        self.summary = QPlainTextEdit(self.inner)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(0, 140))

        self.summary_column.addWidget(self.summary)

        self.summary_error = FieldError(self.inner)
        self.summary_error.setObjectName(u"summary_error")

        self.summary_column.addWidget(self.summary_error)


        self.fields.setLayout(8, QFormLayout.ItemRole.FieldRole, self.summary_column)

        self.counter = QLabel(self.inner)
        self.counter.setObjectName(u"counter")
        self.counter.setProperty(u"role", u"counter")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.counter)

        self.scroll_area.setWidget(self.inner)

        self.column.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.acronym_label.setBuddy(self.acronym)
        self.title_label.setBuddy(self.full_title)
        self.start_label.setBuddy(self.start)
        self.duration_label.setBuddy(self.duration)
        self.trl_label.setBuddy(self.trl_start)
        self.keywords_label.setBuddy(self.keywords)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectPage)
    # setupUi

    def retranslateUi(self, ProjectPage: QWidget) -> None:
        self.acronym_label.setText(QCoreApplication.translate("ProjectPage", u"&Acronym:", None))
        self.title_label.setText(QCoreApplication.translate("ProjectPage", u"&Title:", None))
        self.start_label.setText(QCoreApplication.translate("ProjectPage", u"&Start date:", None))
        self.duration_label.setText(QCoreApplication.translate("ProjectPage", u"&Duration:", None))
        self.duration.setSuffix(QCoreApplication.translate("ProjectPage", u" months", None))
        self.domains_label.setText(QCoreApplication.translate("ProjectPage", u"Domains:", None))
        self.aims_label.setText(QCoreApplication.translate("ProjectPage", u"Clinical aim:", None))
        self.trl_label.setText(QCoreApplication.translate("ProjectPage", u"&TRL:", None))
        self.trl_from.setText(QCoreApplication.translate("ProjectPage", u"from", None))
        self.trl_start.setSpecialValueText(QCoreApplication.translate("ProjectPage", u"\u2014", None))
        self.trl_to.setText(QCoreApplication.translate("ProjectPage", u"to", None))
        self.trl_end.setSpecialValueText(QCoreApplication.translate("ProjectPage", u"\u2014", None))
        self.keywords_label.setText(QCoreApplication.translate("ProjectPage", u"&Keywords:", None))
        self.keywords.setPlaceholderText(QCoreApplication.translate("ProjectPage", u"separated by semicolons", None))
        self.summary_label.setText(QCoreApplication.translate("ProjectPage", u"Su&mmary:", None))
        pass
    # retranslateUi

