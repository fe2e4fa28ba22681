#pragma once

#include "Platform.h"

#include <QDateTime>
#include <QString>

namespace clearpost {

enum class AccountStatus {
    NotConnected,   // added, no secret stored yet
    Connected,      // secret stored in the keychain
    NeedsAttention, // a token expired or was refused
    Disabled,       // kept for history, never published to
};

QString accountStatusId(AccountStatus s);
std::optional<AccountStatus> accountStatusFromId(const QString& id);
QString accountStatusName(AccountStatus s);

// A social media account of the practice. The secret itself lives only in the
// OS keychain under `keychainKey`; the database never sees it.
struct Account
{
    qint64 id = 0;
    Platform platform = Platform::Facebook;
    QString handle;
    QString displayName;
    QString serverUrl;  // Mastodon instance or Bluesky PDS; empty elsewhere
    QString externalId; // the network's own id for the account or page
    QString keychainKey;
    AccountStatus status = AccountStatus::NotConnected;
    int maxChars = 0; // per-account text limit override (Mastodon instances); 0 = network default
    QDateTime connectedAt;
    QDateTime verifiedAt;
    QDateTime rotatedAt; // when the secret was last replaced
    QDateTime tokenExpiresAt;
    QDateTime createdAt;

    bool operator==(const Account&) const = default;
};

// A stable keychain entry name for an account ("clearpost/bluesky/@dental.example").
QString keychainKeyFor(const Account& account);

} // namespace clearpost
