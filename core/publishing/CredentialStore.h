#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace clearpost {

// Account secrets (tokens, app passwords) in the OS keychain through QtKeychain.
// Every request is a fresh asynchronous job; results arrive through the callback
// on the caller's thread, never through a nested event loop. There is no
// plaintext fallback: without a keychain the user is told so.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;
    using ReadDone = std::function<void(Result<QString>)>;

    explicit CredentialStore(QObject* parent = nullptr);
    CredentialStore(const QString& service, QObject* parent);

    QString service() const { return m_service; }

    void write(const QString& key, const QString& secret, Done done);
    void read(const QString& key, ReadDone done);
    void remove(const QString& key, Done done);
    // Succeeds when a keychain answers (reading an entry that does not exist is fine).
    void probe(Done done);

    // The message shown when no Secret Service, KWallet or other keychain answers.
    static QString noKeychainMessage();

private:
    QString m_service;
};

} // namespace clearpost
