#include "SettingsPage.h"

#include "common/Icons.h"
#include "common/PageHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "domain/AuditEvent.h"
#include "models/StaffTableModel.h"
#include "settings/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/PracticeRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace clearpost {

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setContentsMargins(0, 12, 0, 4);
    return label;
}

void fillLanguages(QComboBox* box)
{
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
    box->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    box->addItem(QStringLiteral("Español"), QStringLiteral("es"));
}

} // namespace

SettingsPage::SettingsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_staff(new StaffTableModel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    auto* header = new PageHeader(tr("Settings"),
                                  tr("Your practice's profile is used in templates and tells the "
                                     "checker which rules apply and which details are your own."),
                                  this);
    m_revert = new QPushButton(Icons::get(QStringLiteral("arrow-back-up")), tr("Re&vert"), this);
    m_save = new QPushButton(Icons::get(QStringLiteral("device-floppy")), tr("&Save"), this);
    m_save->setDefault(true);
    m_save->setToolTip(
        tr("Save the settings (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    header->addAction(m_revert);
    header->addAction(m_save);
    outer->addWidget(header);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setSpacing(0);

    // Left column: the practice.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(sectionLabel(tr("Practice"), content));
    auto* practiceForm = new QFormLayout;
    m_name = addLine(tr("e.g. Lakeshore Family Dental"));
    practiceForm->addRow(tr("&Name:"), m_name);
    m_specialty = new QComboBox(content);
    for (Specialty s : allSpecialties()) {
        m_specialty->addItem(specialtyName(s), specialtyId(s));
    }
    practiceForm->addRow(tr("S&pecialty:"), m_specialty);
    m_jurisdiction = new QComboBox(content);
    for (Jurisdiction j : {Jurisdiction::US, Jurisdiction::UK, Jurisdiction::DE}) {
        m_jurisdiction->addItem(jurisdictionName(j), jurisdictionId(j));
    }
    m_jurisdiction->setToolTip(tr("Which privacy and advertising rules the checker applies"));
    practiceForm->addRow(tr("&Rules:"), m_jurisdiction);
    m_timeZone = new QComboBox(content);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    practiceForm->addRow(tr("&Time zone:"), m_timeZone);
    m_language = new QComboBox(content);
    fillLanguages(m_language);
    m_language->setToolTip(tr("The language the practice posts in; the checker reads posts in this language"));
    practiceForm->addRow(tr("Post &language:"), m_language);
    left->addLayout(practiceForm);

    left->addWidget(sectionLabel(tr("Contact details"), content));
    auto* contactForm = new QFormLayout;
    m_address = addLine(tr("Street, city, postcode"));
    contactForm->addRow(tr("A&ddress:"), m_address);
    m_phone = addLine(tr("e.g. (312) 555-0148"));
    contactForm->addRow(tr("P&hone:"), m_phone);
    m_email = addLine(tr("e.g. hello@practice.example"));
    contactForm->addRow(tr("E&mail:"), m_email);
    m_website = addLine(tr("e.g. https://practice.example"));
    contactForm->addRow(tr("&Website:"), m_website);
    auto* contactNote = new QLabel(tr("The practice's own details are public: the checker never flags them."), content);
    contactNote->setWordWrap(true);
    Theme::makeMuted(contactNote);
    contactForm->addRow(QString(), contactNote);
    left->addLayout(contactForm);

    left->addWidget(sectionLabel(tr("Disclaimer"), content));
    m_disclaimer = new QPlainTextEdit(content);
    m_disclaimer->setTabChangesFocus(true);
    m_disclaimer->setMaximumHeight(80);
    left->addWidget(m_disclaimer);
    auto* suggest = new QPushButton(tr("Use the suggested text"), content);
    left->addWidget(suggest, 0, Qt::AlignLeft);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->setAlignment(left, Qt::AlignTop);

    columns->addSpacing(32);

    // Right column: people and words.
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(sectionLabel(tr("Staff roster"), content));
    auto* staffNote =
        new QLabel(tr("Staff names are never flagged as patient names. Approvers may approve posts."), content);
    staffNote->setWordWrap(true);
    Theme::makeMuted(staffNote);
    right->addWidget(staffNote);
    m_staffView = new QTableView(content);
    m_staffView->setModel(m_staff);
    m_staffView->verticalHeader()->hide();
    m_staffView->horizontalHeader()->setStretchLastSection(false);
    m_staffView->horizontalHeader()->setSectionResizeMode(StaffTableModel::NameColumn, QHeaderView::Stretch);
    m_staffView->horizontalHeader()->setSectionResizeMode(StaffTableModel::RoleColumn, QHeaderView::Stretch);
    m_staffView->horizontalHeader()->setSectionResizeMode(StaffTableModel::ApproverColumn,
                                                          QHeaderView::ResizeToContents);
    m_staffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staffView->setMinimumHeight(224);
    right->addWidget(m_staffView);
    auto* staffButtons = new QHBoxLayout;
    auto* addStaff = new QPushButton(Icons::get(QStringLiteral("user-plus")), tr("Add &person"), content);
    auto* removeStaff = new QPushButton(Icons::get(QStringLiteral("trash")), tr("Remove"), content);
    staffButtons->addWidget(addStaff);
    staffButtons->addWidget(removeStaff);
    staffButtons->addStretch();
    right->addLayout(staffButtons);

    right->addWidget(sectionLabel(tr("Your own words to check"), content));
    auto* termsNote = new QLabel(tr("One per line. The checker flags these in every post, e.g. a promotion you no "
                                    "longer offer."),
                                 content);
    termsNote->setWordWrap(true);
    Theme::makeMuted(termsNote);
    right->addWidget(termsNote);
    m_terms = new QPlainTextEdit(content);
    m_terms->setTabChangesFocus(true);
    m_terms->setMaximumHeight(90);
    right->addWidget(m_terms);

    right->addWidget(sectionLabel(tr("This computer"), content));
    auto* localForm = new QFormLayout;
    m_userName = addLine(tr("Your name, as shown in the audit trail"));
    localForm->addRow(tr("&Your name:"), m_userName);
    m_uiLanguage = new QComboBox(content);
    m_uiLanguage->addItem(tr("Same as the system"), QString());
    fillLanguages(m_uiLanguage);
    m_uiLanguage->setToolTip(tr("Takes effect the next time Clearpost starts"));
    localForm->addRow(tr("&Interface language:"), m_uiLanguage);
    right->addLayout(localForm);
    right->addStretch(1);
    columns->addLayout(right, 1);
    columns->setAlignment(right, Qt::AlignTop);

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    outer->addWidget(m_feedback);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SettingsPage::save);
    connect(suggest, &QPushButton::clicked, this, [this] {
        m_disclaimer->setPlainText(defaultDisclaimer(m_language->currentData().toString()));
    });
    connect(addStaff, &QPushButton::clicked, this, [this] {
        const int row = m_staff->rowCount();
        m_staff->insertRows(row, 1);
        m_staffView->setCurrentIndex(m_staff->index(row, StaffTableModel::NameColumn));
        m_staffView->edit(m_staff->index(row, StaffTableModel::NameColumn));
        markChanged();
    });
    connect(removeStaff, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_staffView->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_staff->removeRows(rows.first().row(), 1);
            markChanged();
        }
    });
    for (QLineEdit* line : findChildren<QLineEdit*>()) {
        connect(line, &QLineEdit::textChanged, this, &SettingsPage::markChanged);
    }
    for (QComboBox* box : {m_specialty, m_jurisdiction, m_timeZone, m_language, m_uiLanguage}) {
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsPage::markChanged);
    }
    for (QPlainTextEdit* edit : {m_disclaimer, m_terms}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &SettingsPage::markChanged);
    }
    connect(m_staff, &StaffTableModel::dataChanged, this, &SettingsPage::markChanged);
    connect(&m_session, &Session::practiceChanged, this, &SettingsPage::load);
    load();
}

QLineEdit* SettingsPage::addLine(const QString& placeholder)
{
    auto* line = new QLineEdit(this);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    return line;
}

void SettingsPage::activate()
{
    if (!isDirty()) {
        load();
    }
}

void SettingsPage::load()
{
    m_loading = true;
    Result<Practice> practice = PracticeRepository(m_session.database()).load();
    m_loaded = practice ? *practice : Practice{};
    if (!practice && practice.error().code != Error::Code::NotFound) {
        m_feedback->setText(practice.message());
    }
    const Practice& p = m_loaded;
    m_name->setText(p.name);
    m_specialty->setCurrentIndex(m_specialty->findData(specialtyId(p.specialty)));
    m_jurisdiction->setCurrentIndex(m_jurisdiction->findData(jurisdictionId(p.jurisdiction)));
    m_timeZone->setCurrentText(QString::fromUtf8(p.timeZone));
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_address->setText(p.address);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_website->setText(p.website);
    m_disclaimer->setPlainText(p.disclaimer);
    m_staff->setStaff(p.staff);
    m_terms->setPlainText(p.customTerms.join(QLatin1Char('\n')));
    const Settings& settings = m_session.settings();
    m_userName->setText(settings.value(Settings::Key::UserName).toString());
    m_uiLanguage->setCurrentIndex(
        std::max(0, m_uiLanguage->findData(settings.value(Settings::Key::Language).toString())));
    m_loading = false;
    markChanged();
}

Practice SettingsPage::formPractice() const
{
    Practice p = m_loaded;
    p.name = m_name->text().trimmed();
    p.specialty = specialtyFromId(m_specialty->currentData().toString()).value_or(Specialty::Other);
    p.jurisdiction = jurisdictionFromId(m_jurisdiction->currentData().toString()).value_or(Jurisdiction::US);
    p.timeZone = m_timeZone->currentText().trimmed().toUtf8();
    p.language = m_language->currentData().toString();
    p.address = m_address->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.website = m_website->text().trimmed();
    p.disclaimer = m_disclaimer->toPlainText().trimmed();
    p.staff = m_staff->staff();
    p.customTerms.clear();
    const QStringList lines = m_terms->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            p.customTerms.append(line.trimmed());
        }
    }
    return p;
}

bool SettingsPage::isDirty() const
{
    const Settings& settings = m_session.settings();
    return formPractice() != m_loaded
           || m_userName->text().trimmed() != settings.value(Settings::Key::UserName).toString()
           || m_uiLanguage->currentData().toString() != settings.value(Settings::Key::Language).toString();
}

void SettingsPage::markChanged()
{
    if (m_loading) {
        return;
    }
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty) {
        m_feedback->setText(tr("You have unsaved changes."));
    } else if (m_feedback->text() == tr("You have unsaved changes.")) {
        m_feedback->clear();
    }
}

QString SettingsPage::validationProblem() const
{
    const Practice p = formPractice();
    if (p.name.isEmpty()) {
        return tr("Enter the practice's name.");
    }
    if (!QTimeZone(p.timeZone).isValid()) {
        return tr("“%1” is not a time zone Clearpost knows; pick one from the list, e.g. America/Chicago.")
            .arg(QString::fromUtf8(p.timeZone));
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch()) {
        return tr("The e-mail address does not look right; it should be like hello@practice.example.");
    }
    if (!p.website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(p.website);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.'))) {
            return tr("The website does not look right; it should be like https://practice.example.");
        }
    }
    if (m_userName->text().trimmed().isEmpty()) {
        return tr("Enter your name; the audit trail records who did what.");
    }
    return {};
}

bool SettingsPage::save()
{
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_feedback->setText(problem);
        return false;
    }
    Database& db = m_session.database();
    const Practice p = formPractice();
    if (p != m_loaded) {
        Transaction tx(db);
        Status s = PracticeRepository(db).save(p);
        if (s) {
            AuditEvent e;
            e.actor = m_userName->text().trimmed();
            e.action = QStringLiteral("practice.edit");
            e.entityType = QStringLiteral("practice");
            e.entityId = 1;
            s = AuditRepository(db).append(e).status();
        }
        if (s) {
            s = tx.commit();
        }
        if (!s) {
            m_feedback->setText(tr("Nothing was saved: %1").arg(s.message()));
            return false;
        }
    }
    Settings& settings = m_session.settings();
    const bool languageChanged =
        m_uiLanguage->currentData().toString() != settings.value(Settings::Key::Language).toString();
    settings.setValue(Settings::Key::UserName, m_userName->text().trimmed());
    settings.setValue(Settings::Key::Language, m_uiLanguage->currentData().toString());
    settings.sync();
    m_loaded = p;
    markChanged();
    m_feedback->setText(languageChanged ? tr("Saved. The new interface language applies when Clearpost next starts.")
                                        : tr("Saved."));
    Q_EMIT m_session.practiceChanged();
    return true;
}

void SettingsPage::revert()
{
    load();
    m_feedback->setText(tr("Changes discarded."));
}

bool SettingsPage::canLeave()
{
    if (!isDirty()) {
        return true;
    }
    const auto answer = QMessageBox::question(this,
                                              tr("Unsaved settings"),
                                              tr("Save the changes to the settings before leaving?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        load();
        return true;
    }
    return false;
}

} // namespace clearpost
