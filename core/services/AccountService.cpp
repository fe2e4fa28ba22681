#include "AccountService.h"

#include "domain/AuditEvent.h"
#include "publishing/CredentialStore.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace clearpost {

AccountService::AccountService(Database& db, CredentialStore& credentials, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_credentials(credentials)
{ }

Status AccountService::audit(const QString& actor, const QString& action, qint64 accountId, const QString& detail)
{
    AuditEvent e;
    e.actor = actor.isEmpty() ? QStringLiteral("unknown") : actor;
    e.action = action;
    e.entityType = QStringLiteral("account");
    e.entityId = accountId;
    e.detail = detail;
    return AuditRepository(m_db).append(e).status();
}

void AccountService::add(Account account,
                         const QString& secret,
                         const QString& actor,
                         std::function<void(Result<qint64>)> done)
{
    if (account.keychainKey.isEmpty()) {
        account.keychainKey = keychainKeyFor(account);
    }
    auto insertRow = [this, actor](Account a) -> Result<qint64> {
        Transaction tx(m_db);
        Result<qint64> id = AccountRepository(m_db).insert(a);
        if (!id) {
            return id;
        }
        if (Status s = audit(actor, QStringLiteral("account.add"), *id, platformId(a.platform)); !s) {
            return s.error();
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
        return id;
    };

    if (secret.isEmpty()) {
        account.status = AccountStatus::NotConnected;
        Result<qint64> id = insertRow(account);
        if (id) {
            Q_EMIT accountsChanged();
        }
        done(id);
        return;
    }
    m_credentials.write(
        account.keychainKey, secret, [this, account, insertRow, done = std::move(done)](const Status& stored) mutable {
            if (!stored) {
                done(Error(tr("The account was not added: %1").arg(stored.message()), stored.error().code));
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            account.status = AccountStatus::Connected;
            account.connectedAt = now;
            account.rotatedAt = now;
            Result<qint64> id = insertRow(account);
            if (!id) {
                // Do not leave an orphaned secret behind.
                m_credentials.remove(account.keychainKey, [](const Status&) {});
                done(id);
                return;
            }
            Q_EMIT accountsChanged();
            done(id);
        });
}

void AccountService::update(Account account,
                            const QString& secret,
                            const QString& actor,
                            std::function<void(Status)> done)
{
    Result<Account> stored = AccountRepository(m_db).get(account.id);
    if (!stored) {
        done(stored.status());
        return;
    }
    account.keychainKey = stored->keychainKey;
    account.createdAt = stored->createdAt;
    auto saveRow = [this, actor](const Account& a, const QString& detail) -> Status {
        Transaction tx(m_db);
        if (Status s = AccountRepository(m_db).update(a); !s) {
            return s;
        }
        if (Status s = audit(actor, QStringLiteral("account.edit"), a.id, detail); !s) {
            return s;
        }
        return tx.commit();
    };
    if (secret.isEmpty()) {
        Status s = saveRow(account, {});
        if (s) {
            Q_EMIT accountsChanged();
        }
        done(s);
        return;
    }
    m_credentials.write(
        account.keychainKey, secret, [this, account, saveRow, done = std::move(done)](const Status& written) mutable {
            if (!written) {
                done(Error(tr("The account was not changed: %1").arg(written.message()), written.error().code));
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!account.connectedAt.isValid()) {
                account.connectedAt = now;
            }
            account.rotatedAt = now;
            account.status = AccountStatus::Connected;
            Status s = saveRow(account, QStringLiteral("secret rotated"));
            if (s) {
                Q_EMIT accountsChanged();
            }
            done(s);
        });
}

void AccountService::remove(qint64 accountId, const QString& actor, std::function<void(Status)> done)
{
    Result<Account> stored = AccountRepository(m_db).get(accountId);
    if (!stored) {
        done(stored.status());
        return;
    }
    {
        Transaction tx(m_db);
        if (Status s = AccountRepository(m_db).remove(accountId); !s) {
            done(s);
            return;
        }
        if (Status s = audit(actor, QStringLiteral("account.remove"), accountId, platformId(stored->platform)); !s) {
            done(s);
            return;
        }
        if (Status s = tx.commit(); !s) {
            done(s);
            return;
        }
    }
    Q_EMIT accountsChanged();
    m_credentials.remove(stored->keychainKey, [done = std::move(done)](const Status& removed) {
        if (!removed) {
            done(Error(tr("The account was removed, but its secret could not be deleted from the keychain: %1")
                           .arg(removed.message()),
                       removed.error().code));
            return;
        }
        done({});
    });
}

void AccountService::verifySecret(qint64 accountId, const QString& actor, std::function<void(Status)> done)
{
    Result<Account> stored = AccountRepository(m_db).get(accountId);
    if (!stored) {
        done(stored.status());
        return;
    }
    m_credentials.read(stored->keychainKey,
                       [this, account = *stored, actor, done = std::move(done)](const Result<QString>& secret) mutable {
                           if (!secret) {
                               if (secret.error().code == Error::Code::NotFound) {
                                   account.status = AccountStatus::NeedsAttention;
                                   (void)AccountRepository(m_db).update(account);
                                   Q_EMIT accountsChanged();
                               }
                               done(secret.status());
                               return;
                           }
                           account.verifiedAt = QDateTime::currentDateTimeUtc();
                           if (account.status != AccountStatus::Disabled) {
                               account.status = AccountStatus::Connected;
                           }
                           Transaction tx(m_db);
                           Status s = AccountRepository(m_db).update(account);
                           if (s) {
                               s = audit(actor, QStringLiteral("account.verify"), account.id, {});
                           }
                           if (s) {
                               s = tx.commit();
                           }
                           if (s) {
                               Q_EMIT accountsChanged();
                           }
                           done(s);
                       });
}

} // namespace clearpost
