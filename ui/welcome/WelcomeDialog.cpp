#include "WelcomeDialog.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace clearpost {

WelcomeDialog::WelcomeDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(suggestedPath)
{
    setWindowTitle(tr("Welcome to Clearpost"));
    setWindowIcon(Icons::appIcon());
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);

    auto* logoRow = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::appIcon().pixmap(48, 48));
    logoRow->addWidget(logo);
    auto* title = new QLabel(tr("Welcome to Clearpost"), this);
    Theme::makeTitle(title);
    logoRow->addWidget(title, 1);
    layout->addLayout(logoRow);
    auto* intro = new QLabel(tr("Plan, check and publish your practice's social media, with privacy and advertising "
                                "rules checked while you type. Everything stays on this computer."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);
    layout->addWidget(intro);

    m_stack = new QStackedWidget(this);
    // Page 0: the three ways to start.
    auto* choices = new QWidget(m_stack);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 12, 0, 0);
    auto* create = new QCommandLinkButton(
        tr("Create your practice"), tr("Start with your practice's name and the rules that apply to it."), choices);
    auto* demo = new QCommandLinkButton(tr("Open the demo practice"),
                                        tr("Explore Clearpost with Lakeshore Family Dental, a sample practice with "
                                           "six months of posts."),
                                        choices);
    auto* open = new QCommandLinkButton(tr("Open a practice file…"),
                                        tr("Use a practice file that already exists, e.g. restored from a backup."),
                                        choices);
    choicesLayout->addWidget(create);
    choicesLayout->addWidget(demo);
    choicesLayout->addWidget(open);
    choicesLayout->addStretch();
    m_stack->addWidget(choices);

    // Page 1: the new practice.
    auto* form = new QWidget(m_stack);
    auto* formLayout = new QFormLayout(form);
    formLayout->setContentsMargins(0, 12, 0, 0);
    m_name = new QLineEdit(form);
    m_name->setPlaceholderText(tr("e.g. Lakeshore Family Dental"));
    formLayout->addRow(tr("Practice &name:"), m_name);
    m_specialty = new QComboBox(form);
    for (Specialty s : allSpecialties()) {
        m_specialty->addItem(specialtyName(s), specialtyId(s));
    }
    formLayout->addRow(tr("&Specialty:"), m_specialty);
    m_jurisdiction = new QComboBox(form);
    for (Jurisdiction j : {Jurisdiction::US, Jurisdiction::UK, Jurisdiction::DE}) {
        m_jurisdiction->addItem(jurisdictionName(j), jurisdictionId(j));
    }
    formLayout->addRow(tr("&Rules:"), m_jurisdiction);
    m_timeZone = new QComboBox(form);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    formLayout->addRow(tr("&Time zone:"), m_timeZone);
    m_language = new QComboBox(form);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    formLayout->addRow(tr("Post &language:"), m_language);
    auto* where = new QLabel(tr("Saved in %1").arg(QDir::toNativeSeparators(m_path)), form);
    where->setWordWrap(true);
    Theme::makeMuted(where);
    formLayout->addRow(QString(), where);
    auto* buttons = new QDialogButtonBox(form);
    auto* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    auto* done = buttons->addButton(tr("Create practice"), QDialogButtonBox::AcceptRole);
    done->setDefault(true);
    formLayout->addRow(buttons);
    m_stack->addWidget(form);
    layout->addWidget(m_stack);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, Theme::blocker());
    m_problem->setPalette(p);
    m_problem->hide();
    layout->addWidget(m_problem);

    connect(create, &QPushButton::clicked, this, &WelcomeDialog::chooseCreate);
    connect(demo, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(open, &QPushButton::clicked, this, &WelcomeDialog::chooseOpen);
    connect(back, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(0); });
    connect(done, &QPushButton::clicked, this, &WelcomeDialog::finishCreate);
}

void WelcomeDialog::chooseCreate()
{
    m_stack->setCurrentIndex(1);
    m_name->setFocus();
}

void WelcomeDialog::chooseDemo()
{
    m_choice = Choice::Demo;
    accept();
}

void WelcomeDialog::chooseOpen()
{
    const QString file =
        QFileDialog::getOpenFileName(this,
                                     tr("Open a practice file"),
                                     QFileInfo(m_path).absolutePath(),
                                     tr("Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    m_choice = Choice::Open;
    m_path = file;
    accept();
}

void WelcomeDialog::finishCreate()
{
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("Enter your practice's name."));
        return;
    }
    if (!QTimeZone(m_timeZone->currentText().toUtf8()).isValid()) {
        showError(tr("Pick a time zone from the list, e.g. America/Chicago."));
        return;
    }
    m_choice = Choice::Create;
    accept();
}

Practice WelcomeDialog::practice() const
{
    Practice p;
    p.name = m_name->text().trimmed();
    p.specialty = specialtyFromId(m_specialty->currentData().toString()).value_or(Specialty::Other);
    p.jurisdiction = jurisdictionFromId(m_jurisdiction->currentData().toString()).value_or(Jurisdiction::US);
    p.timeZone = m_timeZone->currentText().trimmed().toUtf8();
    p.language = m_language->currentData().toString();
    p.disclaimer = defaultDisclaimer(p.language);
    return p;
}

void WelcomeDialog::showError(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace clearpost
