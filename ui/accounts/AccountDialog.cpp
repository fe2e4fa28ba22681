#include "AccountDialog.h"

#include "common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace clearpost {

AccountDialog::AccountDialog(const Account* existing, QWidget* parent)
    : QDialog(parent)
    , m_editing(existing != nullptr)
{
    if (existing) {
        m_account = *existing;
    }
    setWindowTitle(m_editing ? tr("Edit account") : tr("Add account"));
    setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_platform = new QComboBox(this);
    for (Platform p : allPlatforms()) {
        m_platform->addItem(platformName(p), platformId(p));
    }
    m_platform->setCurrentIndex(m_platform->findData(platformId(m_account.platform)));
    m_platform->setEnabled(!m_editing); // a different network is a different account
    form->addRow(tr("&Network:"), m_platform);

    m_handle = new QLineEdit(m_account.handle, this);
    m_handle->setPlaceholderText(tr("e.g. lakeshoredental"));
    form->addRow(tr("&Handle or page:"), m_handle);

    m_displayName = new QLineEdit(m_account.displayName, this);
    m_displayName->setPlaceholderText(tr("How the account is shown in Clearpost"));
    form->addRow(tr("&Display name:"), m_displayName);

    m_serverLabel = new QLabel(tr("&Server:"), this);
    m_server = new QLineEdit(m_account.serverUrl, this);
    m_serverLabel->setBuddy(m_server);
    form->addRow(m_serverLabel, m_server);

    m_limitLabel = new QLabel(tr("Characters per post:"), this);
    m_limit = new QSpinBox(this);
    m_limit->setRange(0, 100000);
    m_limit->setSpecialValueText(tr("Server default"));
    m_limit->setValue(m_account.maxChars);
    m_limit->setToolTip(tr("Some Mastodon servers allow longer posts than 500 characters."));
    m_limitLabel->setBuddy(m_limit);
    form->addRow(m_limitLabel, m_limit);

    m_externalId = new QLineEdit(m_account.externalId, this);
    m_externalId->setPlaceholderText(tr("Optional: the network's page or account id"));
    form->addRow(tr("Account &id:"), m_externalId);

    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(m_editing ? tr("Leave empty to keep the stored secret")
                                           : tr("App password or access token"));
    form->addRow(tr("&Secret:"), m_secret);
    m_secretHint = new QLabel(tr("Stored only in this computer's keychain, never in the practice file or its "
                                 "backups."),
                              this);
    m_secretHint->setWordWrap(true);
    Theme::makeMuted(m_secretHint);
    form->addRow(QString(), m_secretHint);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, Theme::blocker());
    m_problem->setPalette(p);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add account"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = validationProblem();
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountDialog::updateForPlatform);
    connect(m_handle, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_server, &QLineEdit::textChanged, this, &AccountDialog::validate);
    updateForPlatform();
}

void AccountDialog::updateForPlatform()
{
    const Platform platform = platformFromId(m_platform->currentData().toString()).value_or(Platform::Facebook);
    const bool hasServer = platformHasServer(platform);
    m_serverLabel->setVisible(hasServer);
    m_server->setVisible(hasServer);
    if (hasServer) {
        m_server->setPlaceholderText(platformDefaultServer(platform));
    }
    const bool hasLimit = platform == Platform::Mastodon;
    m_limitLabel->setVisible(hasLimit);
    m_limit->setVisible(hasLimit);
    validate();
}

QString AccountDialog::validationProblem() const
{
    if (m_handle->text().trimmed().isEmpty()) {
        return tr("Enter the account's handle or page name.");
    }
    const Platform platform = platformFromId(m_platform->currentData().toString()).value_or(Platform::Facebook);
    if (platformHasServer(platform) && !m_server->text().trimmed().isEmpty()) {
        const QUrl url(m_server->text().trimmed());
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return tr("The server must be a web address such as %1.").arg(platformDefaultServer(platform));
        }
    }
    return {};
}

void AccountDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_handle->text().trimmed().isEmpty());
    m_problem->hide();
}

Account AccountDialog::account() const
{
    Account a = m_account;
    a.platform = platformFromId(m_platform->currentData().toString()).value_or(Platform::Facebook);
    a.handle = m_handle->text().trimmed();
    if (a.handle.startsWith(QLatin1Char('@'))) {
        a.handle.remove(0, 1);
    }
    a.displayName = m_displayName->text().trimmed();
    if (platformHasServer(a.platform)) {
        a.serverUrl = m_server->text().trimmed();
        if (a.serverUrl.isEmpty()) {
            a.serverUrl = platformDefaultServer(a.platform);
        }
    } else {
        a.serverUrl.clear();
    }
    a.maxChars = a.platform == Platform::Mastodon ? m_limit->value() : 0;
    a.externalId = m_externalId->text().trimmed();
    return a;
}

QString AccountDialog::secret() const
{
    return m_secret->text();
}

void AccountDialog::showError(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void AccountDialog::setBusy(bool busy)
{
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_problem) {
            w->setEnabled(!busy);
        }
    }
    m_platform->setEnabled(!busy && !m_editing);
    if (busy) {
        m_problem->hide();
    }
}

} // namespace clearpost
