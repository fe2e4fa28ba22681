#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace clearpost {

class AccountService;
class CredentialStore;
class Settings;

// What the windows work on: the open practice database, the application
// settings, the keychain and the services over them. The UI calls services and
// models from here; it never runs SQL itself.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(Settings& settings, QObject* parent = nullptr);
    ~Session() override;

    Status open(const QString& databasePath);
    bool isOpen() const { return m_db.isOpen(); }

    Database& database() { return m_db; }
    Settings& settings() { return m_settings; }
    CredentialStore& credentials() { return *m_credentials; }
    AccountService& accounts() { return *m_accounts; }

    // The person working, as written to the audit trail.
    QString actor() const;

    // The keychain answered the last probe (checked once after opening).
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainMessage() const { return m_keychainMessage; }
    void probeKeychain();

Q_SIGNALS:
    void practiceChanged();
    void keychainStatusChanged();

private:
    Settings& m_settings;
    Database m_db;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountService> m_accounts;
    bool m_keychainAvailable = false;
    QString m_keychainMessage;
};

} // namespace clearpost
