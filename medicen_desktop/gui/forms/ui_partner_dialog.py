# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
## Compiled by scripts/compile_forms.py from ui/partner_dialog.ui, sha256 85eab5c1082afefe96d81074f6096dc4ec1512f1f54b6ad1436bec9d1ef09b5e
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PartnerDialog(object):
    def setupUi(self, PartnerDialog: QDialog) -> None:
        if not PartnerDialog.objectName():
            PartnerDialog.setObjectName(u"PartnerDialog")
        self.column = QVBoxLayout(PartnerDialog)
        self.column.setObjectName(u"column")
        self.intro = QLabel(PartnerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.column.addWidget(self.intro)

        self.identity_scroll = QScrollArea(PartnerDialog)
        self.identity_scroll.setObjectName(u"identity_scroll")
        self.identity_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.identity_scroll.setWidgetResizable(True)
        self.scroll_content = QWidget()
        self.scroll_content.setObjectName(u"scroll_content")
        self.groups = QGridLayout(self.scroll_content)
        self.groups.setObjectName(u"groups")
        self.organisation_group = QGroupBox(self.scroll_content)
        self.organisation_group.setObjectName(u"organisation_group")
        self.organisation_form = QFormLayout(self.organisation_group)
        self.organisation_form.setObjectName(u"organisation_form")
        self.organisation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_name_label = QLabel(self.organisation_group)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name = QLineEdit(self.organisation_group)
        self.legal_name.setObjectName(u"legal_name")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name)

        self.legal_name_error = QLabel(self.organisation_group)
        self.legal_name_error.setObjectName(u"legal_name_error")
        self.legal_name_error.setWordWrap(True)
        self.legal_name_error.setProperty(u"role", u"fieldError")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_name_error)

        self.short_name_label = QLabel(self.organisation_group)
        self.short_name_label.setObjectName(u"short_name_label")

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name = QLineEdit(self.organisation_group)
        self.short_name.setObjectName(u"short_name")
        self.short_name.setMaxLength(40)

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.kind_label = QLabel(self.organisation_group)
        self.kind_label.setObjectName(u"kind_label")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.organisation_group)
        self.kind.setObjectName(u"kind")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind)


        self.groups.addWidget(self.organisation_group, 0, 0, 1, 1)

        self.location_group = QGroupBox(self.scroll_content)
        self.location_group.setObjectName(u"location_group")
        self.location_form = QFormLayout(self.location_group)
        self.location_form.setObjectName(u"location_form")
        self.location_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.country_label = QLabel(self.location_group)
        self.country_label.setObjectName(u"country_label")

        self.location_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QComboBox(self.location_group)
        self.country.setObjectName(u"country")
        self.country.setEditable(True)

        self.location_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country)

        self.country_error = QLabel(self.location_group)
        self.country_error.setObjectName(u"country_error")
        self.country_error.setWordWrap(True)
        self.country_error.setProperty(u"role", u"fieldError")

        self.location_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country_error)

        self.region_label = QLabel(self.location_group)
        self.region_label.setObjectName(u"region_label")

        self.location_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QComboBox(self.location_group)
        self.region.setObjectName(u"region")
        self.region.setEditable(True)

        self.location_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.region)

        self.region_error = QLabel(self.location_group)
        self.region_error.setObjectName(u"region_error")
        self.region_error.setWordWrap(True)
        self.region_error.setProperty(u"role", u"fieldError")

        self.location_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.region_error)

        self.city_label = QLabel(self.location_group)
        self.city_label.setObjectName(u"city_label")

        self.location_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(self.location_group)
        self.city.setObjectName(u"city")

        self.location_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city)


        self.groups.addWidget(self.location_group, 1, 0, 1, 1)

        self.identifiers_group = QGroupBox(self.scroll_content)
        self.identifiers_group.setObjectName(u"identifiers_group")
        self.identifiers_form = QFormLayout(self.identifiers_group)
        self.identifiers_form.setObjectName(u"identifiers_form")
        self.identifiers_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pic_label = QLabel(self.identifiers_group)
        self.pic_label.setObjectName(u"pic_label")

        self.identifiers_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pic_label)

        self.pic = QLineEdit(self.identifiers_group)
        self.pic.setObjectName(u"pic")

        self.identifiers_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pic)

        self.pic_error = QLabel(self.identifiers_group)
        self.pic_error.setObjectName(u"pic_error")
        self.pic_error.setWordWrap(True)
        self.pic_error.setProperty(u"role", u"fieldError")

        self.identifiers_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pic_error)

        self.siret_label = QLabel(self.identifiers_group)
        self.siret_label.setObjectName(u"siret_label")

        self.identifiers_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siret_label)

        self.siret = QLineEdit(self.identifiers_group)
        self.siret.setObjectName(u"siret")

        self.identifiers_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siret)

        self.siret_error = QLabel(self.identifiers_group)
        self.siret_error.setObjectName(u"siret_error")
        self.siret_error.setWordWrap(True)
        self.siret_error.setProperty(u"role", u"fieldError")

        self.identifiers_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siret_error)

        self.vat_label = QLabel(self.identifiers_group)
        self.vat_label.setObjectName(u"vat_label")

        self.identifiers_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vat_label)

        self.vat = QLineEdit(self.identifiers_group)
        self.vat.setObjectName(u"vat")

        self.identifiers_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vat)

        self.vat_error = QLabel(self.identifiers_group)
        self.vat_error.setObjectName(u"vat_error")
        self.vat_error.setWordWrap(True)
        self.vat_error.setProperty(u"role", u"fieldError")

        self.identifiers_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vat_error)


        self.groups.addWidget(self.identifiers_group, 2, 0, 1, 1)

        self.contact_group = QGroupBox(self.scroll_content)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_form = QFormLayout(self.contact_group)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_name_label = QLabel(self.contact_group)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name = QLineEdit(self.contact_group)
        self.contact_name.setObjectName(u"contact_name")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.contact_email_label = QLabel(self.contact_group)
        self.contact_email_label.setObjectName(u"contact_email_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_email_label)

        self.contact_email = QLineEdit(self.contact_group)
        self.contact_email.setObjectName(u"contact_email")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_email)

        self.contact_email_error = QLabel(self.contact_group)
        self.contact_email_error.setObjectName(u"contact_email_error")
        self.contact_email_error.setWordWrap(True)
        self.contact_email_error.setProperty(u"role", u"fieldError")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_email_error)

        self.contact_phone_label = QLabel(self.contact_group)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone = QLineEdit(self.contact_group)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_phone)

        self.website_label = QLabel(self.contact_group)
        self.website_label.setObjectName(u"website_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.contact_group)
        self.website.setObjectName(u"website")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.website)

        self.website_error = QLabel(self.contact_group)
        self.website_error.setObjectName(u"website_error")
        self.website_error.setWordWrap(True)
        self.website_error.setProperty(u"role", u"fieldError")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.website_error)


        self.groups.addWidget(self.contact_group, 0, 1, 1, 1)

        self.status_group = QGroupBox(self.scroll_content)
        self.status_group.setObjectName(u"status_group")
        self.status_column = QVBoxLayout(self.status_group)
        self.status_column.setObjectName(u"status_column")
        self.is_public_body = QCheckBox(self.status_group)
        self.is_public_body.setObjectName(u"is_public_body")

        self.status_column.addWidget(self.is_public_body)

        self.is_non_profit = QCheckBox(self.status_group)
        self.is_non_profit.setObjectName(u"is_non_profit")

        self.status_column.addWidget(self.is_non_profit)

        self.is_research_organisation = QCheckBox(self.status_group)
        self.is_research_organisation.setObjectName(u"is_research_organisation")

        self.status_column.addWidget(self.is_research_organisation)

        self.is_higher_education = QCheckBox(self.status_group)
        self.is_higher_education.setObjectName(u"is_higher_education")

        self.status_column.addWidget(self.is_higher_education)


        self.groups.addWidget(self.status_group, 1, 1, 1, 1)

        self.size_group = QGroupBox(self.scroll_content)
        self.size_group.setObjectName(u"size_group")
        self.size_form = QFormLayout(self.size_group)
        self.size_form.setObjectName(u"size_form")
        self.size_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headcount_label = QLabel(self.size_group)
        self.headcount_label.setObjectName(u"headcount_label")

        self.size_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headcount_label)

        self.headcount = QLineEdit(self.size_group)
        self.headcount.setObjectName(u"headcount")

        self.size_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headcount)

        self.turnover_label = QLabel(self.size_group)
        self.turnover_label.setObjectName(u"turnover_label")

        self.size_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.turnover_label)

        self.turnover = QLineEdit(self.size_group)
        self.turnover.setObjectName(u"turnover")

        self.size_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.turnover)

        self.balance_sheet_label = QLabel(self.size_group)
        self.balance_sheet_label.setObjectName(u"balance_sheet_label")

        self.size_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.balance_sheet_label)

        self.balance_sheet = QLineEdit(self.size_group)
        self.balance_sheet.setObjectName(u"balance_sheet")

        self.size_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.balance_sheet)

        self.size_note = QLabel(self.size_group)
        self.size_note.setObjectName(u"size_note")
        self.size_note.setWordWrap(True)

        self.size_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.size_note)


        self.groups.addWidget(self.size_group, 2, 1, 1, 1)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groups.addItem(self.bottom_space, 3, 0, 1, 1)

        self.identity_scroll.setWidget(self.scroll_content)

        self.column.addWidget(self.identity_scroll)

        self.buttons = QDialogButtonBox(PartnerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.column.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.legal_name_label.setBuddy(self.legal_name)
        self.short_name_label.setBuddy(self.short_name)
        self.kind_label.setBuddy(self.kind)
        self.country_label.setBuddy(self.country)
        self.region_label.setBuddy(self.region)
        self.city_label.setBuddy(self.city)
        self.pic_label.setBuddy(self.pic)
        self.siret_label.setBuddy(self.siret)
        self.vat_label.setBuddy(self.vat)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_email_label.setBuddy(self.contact_email)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.website_label.setBuddy(self.website)
        self.headcount_label.setBuddy(self.headcount)
        self.turnover_label.setBuddy(self.turnover)
        self.balance_sheet_label.setBuddy(self.balance_sheet)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.legal_name, self.short_name)
        QWidget.setTabOrder(self.short_name, self.kind)
        QWidget.setTabOrder(self.kind, self.country)
        QWidget.setTabOrder(self.country, self.region)
        QWidget.setTabOrder(self.region, self.city)
        QWidget.setTabOrder(self.city, self.pic)
        QWidget.setTabOrder(self.pic, self.siret)
        QWidget.setTabOrder(self.siret, self.vat)
        QWidget.setTabOrder(self.vat, self.contact_name)
        QWidget.setTabOrder(self.contact_name, self.contact_email)
        QWidget.setTabOrder(self.contact_email, self.contact_phone)
        QWidget.setTabOrder(self.contact_phone, self.website)
        QWidget.setTabOrder(self.website, self.is_public_body)
        QWidget.setTabOrder(self.is_public_body, self.is_non_profit)
        QWidget.setTabOrder(self.is_non_profit, self.is_research_organisation)
        QWidget.setTabOrder(self.is_research_organisation, self.is_higher_education)
        QWidget.setTabOrder(self.is_higher_education, self.headcount)
        QWidget.setTabOrder(self.headcount, self.turnover)
        QWidget.setTabOrder(self.turnover, self.balance_sheet)

        self.retranslateUi(PartnerDialog)
        self.buttons.rejected.connect(PartnerDialog.reject)
    # setupUi

    def retranslateUi(self, PartnerDialog: QDialog) -> None:
        PartnerDialog.setWindowTitle(QCoreApplication.translate("PartnerDialog", u"Partner identity", None))
        self.intro.setText(QCoreApplication.translate("PartnerDialog", u"The identity funders check: each value is checked as you type; a value in red can still be saved and is listed among the findings until it is fixed.", None))
        self.organisation_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Organisation", None))
        self.legal_name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Legal name:", None))
        self.short_name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Short name:", None))
        self.short_name.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"As partners call it, e.g. NVI", None))
        self.kind_label.setText(QCoreApplication.translate("PartnerDialog", u"&Kind:", None))
        self.location_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Location", None))
        self.country_label.setText(QCoreApplication.translate("PartnerDialog", u"&Country:", None))
        self.region_label.setText(QCoreApplication.translate("PartnerDialog", u"&Region:", None))
        self.city_label.setText(QCoreApplication.translate("PartnerDialog", u"Cit&y:", None))
        self.identifiers_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Identifiers", None))
        self.pic_label.setText(QCoreApplication.translate("PartnerDialog", u"&PIC:", None))
        self.pic.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"9 digits (EU Participant Register)", None))
        self.siret_label.setText(QCoreApplication.translate("PartnerDialog", u"S&IRET / SIREN:", None))
        self.siret.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"14 or 9 digits", None))
        self.vat_label.setText(QCoreApplication.translate("PartnerDialog", u"&VAT number:", None))
        self.vat.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"e.g. FR40303265045", None))
        self.contact_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Contact", None))
        self.contact_name_label.setText(QCoreApplication.translate("PartnerDialog", u"Contact &name:", None))
        self.contact_email_label.setText(QCoreApplication.translate("PartnerDialog", u"&E-mail:", None))
        self.contact_email.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"name@organisation.org", None))
        self.contact_phone_label.setText(QCoreApplication.translate("PartnerDialog", u"P&hone:", None))
        self.website_label.setText(QCoreApplication.translate("PartnerDialog", u"&Website:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"www.organisation.org", None))
        self.status_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Legal status", None))
        self.is_public_body.setText(QCoreApplication.translate("PartnerDialog", u"Pu&blic body", None))
#if QT_CONFIG(tooltip)
        self.is_public_body.setToolTip(QCoreApplication.translate("PartnerDialog", u"A public body under national law (a State body, a local authority, a public establishment)", None))
#endif // QT_CONFIG(tooltip)
        self.is_non_profit.setText(QCoreApplication.translate("PartnerDialog", u"Non-pro&fit", None))
#if QT_CONFIG(tooltip)
        self.is_non_profit.setToolTip(QCoreApplication.translate("PartnerDialog", u"Its statutes exclude distributing profits: decides the funding rate of EU innovation actions (100 % instead of 70 %)", None))
#endif // QT_CONFIG(tooltip)
        self.is_research_organisation.setText(QCoreApplication.translate("PartnerDialog", u"Research or&ganisation", None))
#if QT_CONFIG(tooltip)
        self.is_research_organisation.setToolTip(QCoreApplication.translate("PartnerDialog", u"Its main aim is research or technological development (EU definition)", None))
#endif // QT_CONFIG(tooltip)
        self.is_higher_education.setText(QCoreApplication.translate("PartnerDialog", u"Higher e&ducation", None))
#if QT_CONFIG(tooltip)
        self.is_higher_education.setToolTip(QCoreApplication.translate("PartnerDialog", u"A university or other higher-education establishment", None))
#endif // QT_CONFIG(tooltip)
        self.size_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Size (EU SME definition)", None))
        self.headcount_label.setText(QCoreApplication.translate("PartnerDialog", u"Headco&unt:", None))
        self.headcount.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"Annual work units, linked enterprises included", None))
        self.turnover_label.setText(QCoreApplication.translate("PartnerDialog", u"&Turnover (\u20ac):", None))
        self.balance_sheet_label.setText(QCoreApplication.translate("PartnerDialog", u"B&alance sheet (\u20ac):", None))
    # retranslateUi

