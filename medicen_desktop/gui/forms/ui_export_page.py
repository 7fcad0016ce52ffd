# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/export_page.ui, sha256 cae16e19db75fdf8e44dd2a6e06f42bb54fbe3923f1b2bd9f1cc17439f7e5eef
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

from medicen_desktop.gui.field_messages import FieldError

class Ui_ExportPage(object):
    def setupUi(self, ExportPage: QWidget) -> None:
        if not ExportPage.objectName():
            ExportPage.setObjectName(u"ExportPage")
        self.column = QVBoxLayout(ExportPage)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.formats_row = QHBoxLayout()
        self.formats_row.setObjectName(u"formats_row")
        self.formats_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formats_row.addItem(self.formats_space)


        self.column.addLayout(self.formats_row)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_label = QLabel(ExportPage)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_row.addWidget(self.folder_label)

        self.folder = QLineEdit(ExportPage)
        self.folder.setObjectName(u"folder")

        self.folder_row.addWidget(self.folder)

        self.choose_button = QPushButton(ExportPage)
        self.choose_button.setObjectName(u"choose_button")

        self.folder_row.addWidget(self.choose_button)

        self.folder_row.setStretch(1, 1)

        self.column.addLayout(self.folder_row)

        self.run_row = QHBoxLayout()
        self.run_row.setObjectName(u"run_row")
        self.export_button = QPushButton(ExportPage)
        self.export_button.setObjectName(u"export_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.export_button.sizePolicy().hasHeightForWidth())
        self.export_button.setSizePolicy(sizePolicy)

        self.run_row.addWidget(self.export_button)

        self.progress = QProgressBar(ExportPage)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(True)

        self.run_row.addWidget(self.progress)

        self.cancel_button = QPushButton(ExportPage)
        self.cancel_button.setObjectName(u"cancel_button")

        self.run_row.addWidget(self.cancel_button)

        self.run_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.run_row.addItem(self.run_space)

        self.run_row.setStretch(1, 1)

        self.column.addLayout(self.run_row)

        self.status = QLabel(ExportPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.column.addWidget(self.status)

        self.error = FieldError(ExportPage)
        self.error.setObjectName(u"error")

        self.column.addWidget(self.error)

        self.splitter = QSplitter(ExportPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.files_panel = QWidget(self.splitter)
        self.files_panel.setObjectName(u"files_panel")
        self.files_column = QVBoxLayout(self.files_panel)
        self.files_column.setObjectName(u"files_column")
        self.files_column.setContentsMargins(0, 0, 0, 0)
        self.files_title = QLabel(self.files_panel)
        self.files_title.setObjectName(u"files_title")
        self.files_title.setProperty(u"role", u"panelTitle")

        self.files_column.addWidget(self.files_title)

        self.files = QListWidget(self.files_panel)
        self.files.setObjectName(u"files")

        self.files_column.addWidget(self.files)

        self.open_row = QHBoxLayout()
        self.open_row.setObjectName(u"open_row")
        self.open_button = QPushButton(self.files_panel)
        self.open_button.setObjectName(u"open_button")

        self.open_row.addWidget(self.open_button)

        self.folder_button = QPushButton(self.files_panel)
        self.folder_button.setObjectName(u"folder_button")

        self.open_row.addWidget(self.folder_button)


        self.files_column.addLayout(self.open_row)

        self.preflight_title = QLabel(self.files_panel)
        self.preflight_title.setObjectName(u"preflight_title")
        self.preflight_title.setProperty(u"role", u"panelTitle")

        self.files_column.addWidget(self.preflight_title)

        self.preflight = QListWidget(self.files_panel)
        self.preflight.setObjectName(u"preflight")
        self.preflight.setWordWrap(True)

        self.files_column.addWidget(self.preflight)

        self.files_column.setStretch(1, 1)
        self.files_column.setStretch(4, 1)
        self.splitter.addWidget(self.files_panel)

        self.column.addWidget(self.splitter)

        self.column.setStretch(5, 1)

        self.retranslateUi(ExportPage)

        self.export_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportPage: QWidget) -> None:
        self.folder_label.setText(QCoreApplication.translate("ExportPage", u"Folder:", None))
        self.choose_button.setText(QCoreApplication.translate("ExportPage", u"C&hoose\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ExportPage", u"E&xport", None))
        self.cancel_button.setText(QCoreApplication.translate("ExportPage", u"Cancel", None))
        self.status.setText(QCoreApplication.translate("ExportPage", u"Choose the formats and press Export. The page-limit check runs with the PDF.", None))
        self.files_title.setText(QCoreApplication.translate("ExportPage", u"Exported files", None))
        self.open_button.setText(QCoreApplication.translate("ExportPage", u"&Open", None))
        self.folder_button.setText(QCoreApplication.translate("ExportPage", u"Open &folder", None))
        self.preflight_title.setText(QCoreApplication.translate("ExportPage", u"Page-limit check", None))
        pass
    # retranslateUi

