#include "Account.h"

#include <QCoreApplication>
#include <QUuid>

namespace clearpost {

QString accountStatusId(AccountStatus s)
{
    switch (s) {
    case AccountStatus::NotConnected:
        return QStringLiteral("not_connected");
    case AccountStatus::Connected:
        return QStringLiteral("connected");
    case AccountStatus::NeedsAttention:
        return QStringLiteral("needs_attention");
    case AccountStatus::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

std::optional<AccountStatus> accountStatusFromId(const QString& id)
{
    for (auto s : {AccountStatus::NotConnected,
                   AccountStatus::Connected,
                   AccountStatus::NeedsAttention,
                   AccountStatus::Disabled}) {
        if (accountStatusId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString accountStatusName(AccountStatus s)
{
    switch (s) {
    case AccountStatus::NotConnected:
        return QCoreApplication::translate("Account", "Not connected");
    case AccountStatus::Connected:
        return QCoreApplication::translate("Account", "Connected");
    case AccountStatus::NeedsAttention:
        return QCoreApplication::translate("Account", "Needs attention");
    case AccountStatus::Disabled:
        return QCoreApplication::translate("Account", "Disabled");
    }
    return {};
}

QString keychainKeyFor(const Account& account)
{
    // A random suffix keeps two practices' accounts with the same handle apart in one keychain.
    return QStringLiteral("clearpost/%1/%2/%3")
        .arg(platformId(account.platform),
             account.handle.trimmed(),
             QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

} // namespace clearpost
