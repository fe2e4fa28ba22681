#include "storage/AccountRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void roundTrip()
    {
        test::TempDatabase t;
        AccountRepository repo(t.db());
        Account a;
        a.platform = Platform::Mastodon;
        a.handle = QStringLiteral("kingsbridgephysio");
        a.displayName = QStringLiteral("Kingsbridge Physio");
        a.serverUrl = QStringLiteral("https://mastodon.example");
        a.externalId = QStringLiteral("10987");
        a.keychainKey = QStringLiteral("clearpost/mastodon/kingsbridgephysio/abcd");
        a.status = AccountStatus::Connected;
        a.maxChars = 1000;
        a.connectedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.verifiedAt = QDateTime(QDate(2026, 2, 2), QTime(3, 4, 5), Qt::UTC);
        a.rotatedAt = a.connectedAt;
        a.tokenExpiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        a.createdAt = a.connectedAt;
        Result<qint64> id = repo.insert(a);
        QVERIFY(id.ok());
        a.id = *id;
        QCOMPARE(*repo.get(a.id), a);

        a.status = AccountStatus::NeedsAttention;
        a.displayName = QStringLiteral("Kingsbridge");
        QVERIFY(repo.update(a).ok());
        QCOMPARE(*repo.get(a.id), a);
        QCOMPARE(repo.list()->size(), 1);

        QVERIFY(repo.remove(a.id).ok());
        QCOMPARE(repo.get(a.id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(a.id).error().code, Error::Code::NotFound);
    }

    void duplicatesAreRefusedClearly()
    {
        test::TempDatabase t;
        test::addAccount(t.db(), Platform::Bluesky, QStringLiteral("clinic.bsky.social"));
        Account again;
        again.platform = Platform::Bluesky;
        again.handle = QStringLiteral("clinic.bsky.social");
        again.serverUrl = platformDefaultServer(Platform::Bluesky);
        again.keychainKey = QStringLiteral("other");
        const Result<qint64> r = AccountRepository(t.db()).insert(again);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.message().contains(QStringLiteral("already been added")));
    }

    void invalidInputIsRefused()
    {
        test::TempDatabase t;
        Account a;
        a.platform = Platform::Mastodon;
        a.keychainKey = QStringLiteral("k");
        QCOMPARE(AccountRepository(t.db()).insert(a).error().code, Error::Code::InvalidInput); // no handle
        a.handle = QStringLiteral("x");
        a.serverUrl = QStringLiteral("not a url");
        QCOMPARE(AccountRepository(t.db()).insert(a).error().code, Error::Code::InvalidInput);
        QVERIFY(AccountRepository(t.db()).list()->isEmpty());
    }

    void usageCountsHistory()
    {
        test::TempDatabase t;
        const qint64 id = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        QCOMPARE(AccountRepository(t.db()).usage(id)->first, 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
