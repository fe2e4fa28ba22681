#include "publishing/CredentialStore.h"
#include "services/AccountService.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"

#include "common/TestSupport.h"

#include <QTest>
#include <QUuid>

using namespace clearpost;

// Accounts with their secrets in a real Secret Service (see scripts/with-keyring.sh).
class TestAccountService : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T await(const std::function<void(std::function<void(T)>)>& start)
    {
        std::optional<T> result;
        start([&result](T value) { result = std::move(value); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
            qFatal("no answer from the keychain");
        }
        return *result;
    }

    QString m_service = QStringLiteral("Clearpost-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void addStoresTheSecretOnlyInTheKeychain()
    {
        test::TempDatabase t;
        CredentialStore store(m_service, nullptr);
        AccountService service(t.db(), store);
        Account a;
        a.platform = Platform::Bluesky;
        a.handle = QStringLiteral("clinic.bsky.social");
        a.serverUrl = QStringLiteral("https://bsky.social");
        const QString secret = QStringLiteral("abcd-efgh-ijkl-mnop");
        const Result<qint64> id =
            await<Result<qint64>>([&](auto done) { service.add(a, secret, QStringLiteral("Dana"), done); });
        QVERIFY2(id.ok(), qPrintable(id.message()));

        const Account stored = *AccountRepository(t.db()).get(*id);
        QCOMPARE(stored.status, AccountStatus::Connected);
        QVERIFY(stored.connectedAt.isValid());
        QVERIFY(!stored.keychainKey.isEmpty());
        const Result<QString> inKeychain =
            await<Result<QString>>([&](auto done) { store.read(stored.keychainKey, done); });
        QCOMPARE(inKeychain.value(), secret);

        // The database file never contains the secret.
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        QFile wal(t.path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly)) {
            QVERIFY(!wal.readAll().contains(secret.toUtf8()));
        }

        QCOMPARE(AuditRepository(t.db()).forEntity(QStringLiteral("account"), *id)->first().action,
                 QStringLiteral("account.add"));
    }

    void verifyRotateAndRemove()
    {
        test::TempDatabase t;
        CredentialStore store(m_service, nullptr);
        AccountService service(t.db(), store);
        Account a;
        a.platform = Platform::Mastodon;
        a.handle = QStringLiteral("physio");
        a.serverUrl = QStringLiteral("https://mastodon.example");
        const qint64 id = *await<Result<qint64>>(
            [&](auto done) { service.add(a, QStringLiteral("one"), QStringLiteral("Dana"), done); });

        QVERIFY(await<Status>([&](auto done) { service.verifySecret(id, QStringLiteral("Dana"), done); }).ok());
        QVERIFY(AccountRepository(t.db()).get(id)->verifiedAt.isValid());

        Account edited = *AccountRepository(t.db()).get(id);
        edited.displayName = QStringLiteral("Kingsbridge Physio");
        QVERIFY(await<Status>([&](auto done) {
                    service.update(edited, QStringLiteral("two"), QStringLiteral("Dana"), done);
                }).ok());
        const Account after = *AccountRepository(t.db()).get(id);
        QCOMPARE(after.displayName, QStringLiteral("Kingsbridge Physio"));
        QCOMPARE(await<Result<QString>>([&](auto done) { store.read(after.keychainKey, done); }).value(),
                 QStringLiteral("two"));

        QVERIFY(await<Status>([&](auto done) { service.remove(id, QStringLiteral("Dana"), done); }).ok());
        QCOMPARE(AccountRepository(t.db()).get(id).error().code, Error::Code::NotFound);
        QCOMPARE(await<Result<QString>>([&](auto done) { store.read(after.keychainKey, done); }).error().code,
                 Error::Code::NotFound);
    }

    void missingSecretMarksTheAccount()
    {
        test::TempDatabase t;
        CredentialStore store(m_service, nullptr);
        AccountService service(t.db(), store);
        const qint64 id = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page-without-secret"));
        const Status s = await<Status>([&](auto done) { service.verifySecret(id, QStringLiteral("Dana"), done); });
        QCOMPARE(s.error().code, Error::Code::NotFound);
        QCOMPARE(AccountRepository(t.db()).get(id)->status, AccountStatus::NeedsAttention);
    }

    void failedRowLeavesNoSecretBehind()
    {
        test::TempDatabase t;
        CredentialStore store(m_service, nullptr);
        AccountService service(t.db(), store);
        test::addAccount(t.db(), Platform::Facebook, QStringLiteral("dup"));
        Account dup;
        dup.platform = Platform::Facebook;
        dup.handle = QStringLiteral("dup");
        dup.keychainKey = QStringLiteral("clearpost/test/dup-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const Result<qint64> r = await<Result<qint64>>(
            [&](auto done) { service.add(dup, QStringLiteral("s"), QStringLiteral("Dana"), done); });
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QTRY_COMPARE_WITH_TIMEOUT(
            await<Result<QString>>([&](auto done) { store.read(dup.keychainKey, done); }).error().code,
            Error::Code::NotFound,
            10000);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
