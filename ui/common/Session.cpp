#include "Session.h"

#include "publishing/CredentialStore.h"
#include "services/AccountService.h"
#include "settings/Settings.h"

namespace clearpost {

Session::Session(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(std::make_unique<CredentialStore>(this))
    , m_accounts(std::make_unique<AccountService>(m_db, *m_credentials, this))
{
    m_keychainMessage = tr("Checking the keychain…");
}

Session::~Session() = default;

Status Session::open(const QString& databasePath)
{
    Status s = m_db.open(databasePath);
    if (s) {
        m_settings.setValue(Settings::Key::LastDatabase, databasePath);
        Q_EMIT practiceChanged();
    }
    return s;
}

QString Session::actor() const
{
    const QString name = m_settings.value(Settings::Key::UserName).toString().trimmed();
    return name.isEmpty() ? tr("Unknown user") : name;
}

void Session::probeKeychain()
{
    m_credentials->probe([this](const Status& s) {
        m_keychainAvailable = s.ok();
        m_keychainMessage = s.ok() ? tr("Keychain ready") : s.message();
        Q_EMIT keychainStatusChanged();
    });
}

} // namespace clearpost
