#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "clearpost.publishing", QtWarningMsg)

namespace clearpost {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

// Turns a finished job's error into a Status. Never includes the secret; the key
// name is not included either, since it contains the account handle.
Status statusOf(const QKeychain::Job& job, const QString& action)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(Tr::tr("No secret is stored in the keychain for this account."), Error::Code::NotFound);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(
            Tr::tr("The keychain refused access while trying to %1. Unlock the keychain and try again.").arg(action),
            Error::Code::Keychain);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(CredentialStore::noKeychainMessage(), Error::Code::NoKeychain);
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service (no daemon on D-Bus) as OtherError.
        qCWarning(lcCredentials) << "keychain error while trying to" << action << ":" << job.errorString();
        return Error(CredentialStore::noKeychainMessage() + QStringLiteral(" (") + job.errorString()
                         + QStringLiteral(")"),
                     Error::Code::NoKeychain);
    case QKeychain::CouldNotDeleteEntry:
        return Error(Tr::tr("The keychain could not delete the secret."), Error::Code::Keychain);
    }
    return Error(Tr::tr("The keychain failed: %1").arg(job.errorString()), Error::Code::Keychain);
}

template<typename Job>
Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QStringLiteral("Clearpost"), parent)
{ }

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString CredentialStore::noKeychainMessage()
{
    return Tr::tr("No keychain available. Clearpost keeps account secrets only in the system keychain "
                  "(GNOME Keyring, KWallet or another Secret Service); start or install one and try again.");
}

void CredentialStore::write(const QString& key, const QString& secret, Done done)
{
    if (key.isEmpty()) {
        done(Error(Tr::tr("The account has no keychain entry name."), Error::Code::InvalidInput));
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        done(statusOf(*finished, Tr::tr("store the secret")));
    });
    job->start();
}

void CredentialStore::read(const QString& key, ReadDone done)
{
    if (key.isEmpty()) {
        done(Error(Tr::tr("The account has no keychain entry name."), Error::Code::InvalidInput));
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        const Status status = statusOf(*finished, Tr::tr("read the secret"));
        if (!status) {
            done(status.error());
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void CredentialStore::remove(const QString& key, Done done)
{
    if (key.isEmpty()) {
        done(Error(Tr::tr("The account has no keychain entry name."), Error::Code::InvalidInput));
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        Status status = statusOf(*finished, Tr::tr("remove the secret"));
        // Removing what is not there leaves the keychain as wanted.
        if (!status && status.error().code == Error::Code::NotFound) {
            status = {};
        }
        done(status);
    });
    job->start();
}

void CredentialStore::probe(Done done)
{
    const QString key = QStringLiteral("clearpost-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    read(key, [done = std::move(done)](const Result<QString>& r) {
        if (r.ok() || r.error().code == Error::Code::NotFound) {
            done({});
        } else {
            done(r.error());
        }
    });
}

} // namespace clearpost
