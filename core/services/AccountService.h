#pragma once

#include "domain/Account.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace clearpost {

class CredentialStore;
class Database;

// Adds, edits and removes accounts together with their keychain secrets, and
// records each change in the audit trail. Keychain work is asynchronous, so the
// results come through callbacks. The order makes failures safe: a secret is
// stored before the account row, and if the row cannot be written the secret is
// removed again; removing an account deletes the row first, then the secret.
class AccountService : public QObject
{
    Q_OBJECT

public:
    AccountService(Database& db, CredentialStore& credentials, QObject* parent = nullptr);

    // `secret` may be empty: the account is saved as not connected.
    void add(Account account, const QString& secret, const QString& actor, std::function<void(Result<qint64>)> done);
    // A non-empty `secret` replaces the stored one (rotation).
    void update(Account account, const QString& secret, const QString& actor, std::function<void(Status)> done);
    void remove(qint64 accountId, const QString& actor, std::function<void(Status)> done);
    // Checks that the account's secret is in the keychain; marks the account verified.
    void verifySecret(qint64 accountId, const QString& actor, std::function<void(Status)> done);

Q_SIGNALS:
    void accountsChanged();

private:
    Status audit(const QString& actor, const QString& action, qint64 accountId, const QString& detail);
    Database& m_db;
    CredentialStore& m_credentials;
};

} // namespace clearpost
