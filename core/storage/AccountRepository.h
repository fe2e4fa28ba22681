#pragma once

#include "domain/Account.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// The practice's social media accounts. Secrets are not here: see CredentialStore.
class AccountRepository
{
public:
    explicit AccountRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insert(const Account& account);
    Status update(const Account& account);
    Status remove(qint64 id);
    Result<Account> get(qint64 id) const;
    Result<QList<Account>> list() const;
    // How many post targets and metric samples would go with the account.
    Result<QPair<int, int>> usage(qint64 id) const;

private:
    Status validate(const Account& account) const;
    Database& m_db;
};

} // namespace clearpost
