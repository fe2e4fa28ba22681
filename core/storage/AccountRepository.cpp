#include "AccountRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUrl>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
};

const QString kColumns = QStringLiteral("id, platform, handle, display_name, server_url, external_id, keychain_key, "
                                        "status, max_chars, connected_at, verified_at, rotated_at, token_expires_at, "
                                        "created_at");

Account fromRow(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.platform = platformFromId(q.value(1).toString()).value_or(Platform::Facebook);
    a.handle = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.serverUrl = q.value(4).toString();
    a.externalId = q.value(5).toString();
    a.keychainKey = q.value(6).toString();
    a.status = accountStatusFromId(q.value(7).toString()).value_or(AccountStatus::NotConnected);
    a.maxChars = q.value(8).toInt();
    a.connectedAt = sql::toInstant(q.value(9));
    a.verifiedAt = sql::toInstant(q.value(10));
    a.rotatedAt = sql::toInstant(q.value(11));
    a.tokenExpiresAt = sql::toInstant(q.value(12));
    a.createdAt = sql::toInstant(q.value(13));
    return a;
}
} // namespace

Status AccountRepository::validate(const Account& a) const
{
    if (a.handle.trimmed().isEmpty()) {
        return Error(Tr::tr("The account needs a handle or page name."), Error::Code::InvalidInput);
    }
    if (a.keychainKey.isEmpty()) {
        return Error(Tr::tr("The account has no keychain entry name."), Error::Code::InvalidInput);
    }
    if (platformHasServer(a.platform) && !a.serverUrl.isEmpty()) {
        const QUrl url(a.serverUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            return Error(Tr::tr("The server address must be a web address such as https://mastodon.social."),
                         Error::Code::InvalidInput);
        }
    }
    if (a.maxChars < 0) {
        return Error(Tr::tr("The character limit cannot be negative."), Error::Code::InvalidInput);
    }
    return {};
}

Result<qint64> AccountRepository::insert(const Account& a)
{
    if (Status v = validate(a); !v) {
        return v.error();
    }
    const QDateTime created = a.createdAt.isValid() ? a.createdAt : QDateTime::currentDateTimeUtc();
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO account (platform, handle, display_name, server_url, external_id, "
                                      "keychain_key, status, max_chars, connected_at, verified_at, rotated_at, "
                                      "token_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {platformId(a.platform),
                        a.handle.trimmed(),
                        a.displayName.trimmed(),
                        a.serverUrl.trimmed(),
                        a.externalId.trimmed(),
                        a.keychainKey,
                        accountStatusId(a.status),
                        a.maxChars,
                        sql::instant(a.connectedAt),
                        sql::instant(a.verifiedAt),
                        sql::instant(a.rotatedAt),
                        sql::instant(a.tokenExpiresAt),
                        sql::instant(created)},
                       Tr::tr("add the account"));
    if (!q) {
        if (q.message().contains(QLatin1String("UNIQUE"))) {
            return Error(Tr::tr("This account has already been added."), Error::Code::Conflict);
        }
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status AccountRepository::update(const Account& a)
{
    if (Status v = validate(a); !v) {
        return v;
    }
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE account SET platform = ?, handle = ?, display_name = ?, server_url = ?, "
                                      "external_id = ?, keychain_key = ?, status = ?, max_chars = ?, connected_at = ?, "
                                      "verified_at = ?, rotated_at = ?, token_expires_at = ? WHERE id = ?"),
                       {platformId(a.platform),
                        a.handle.trimmed(),
                        a.displayName.trimmed(),
                        a.serverUrl.trimmed(),
                        a.externalId.trimmed(),
                        a.keychainKey,
                        accountStatusId(a.status),
                        a.maxChars,
                        sql::instant(a.connectedAt),
                        sql::instant(a.verifiedAt),
                        sql::instant(a.rotatedAt),
                        sql::instant(a.tokenExpiresAt),
                        a.id},
                       Tr::tr("save the account"));
    if (!q) {
        if (q.message().contains(QLatin1String("UNIQUE"))) {
            return Error(Tr::tr("Another account with this handle already exists."), Error::Code::Conflict);
        }
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The account no longer exists."), Error::Code::NotFound);
    }
    return {};
}

Status AccountRepository::remove(qint64 id)
{
    auto q = sql::exec(
        m_db.connection(), QStringLiteral("DELETE FROM account WHERE id = ?"), {id}, Tr::tr("remove the account"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The account no longer exists."), Error::Code::NotFound);
    }
    return {};
}

Result<Account> AccountRepository::get(qint64 id) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM account WHERE id = ?").arg(kColumns),
                       {id},
                       Tr::tr("read the account"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(Tr::tr("The account no longer exists."), Error::Code::NotFound);
    }
    return fromRow(*q);
}

Result<QList<Account>> AccountRepository::list() const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM account ORDER BY platform, handle").arg(kColumns),
                       {},
                       Tr::tr("read the accounts"));
    if (!q) {
        return q.error();
    }
    QList<Account> result;
    while (q->next()) {
        result.append(fromRow(*q));
    }
    return result;
}

Result<QPair<int, int>> AccountRepository::usage(qint64 id) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT (SELECT count(*) FROM post_target WHERE account_id = ?), "
                                      "(SELECT count(*) FROM metric_sample WHERE account_id = ?)"),
                       {id, id},
                       Tr::tr("read the account's history"));
    if (!q) {
        return q.error();
    }
    q->next();
    return QPair<int, int>(q->value(0).toInt(), q->value(1).toInt());
}

} // namespace clearpost
