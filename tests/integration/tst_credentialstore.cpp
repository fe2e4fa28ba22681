#include "publishing/CredentialStore.h"

#include "common/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace clearpost;

// Runs against a real Secret Service (gnome-keyring in a private D-Bus session,
// see scripts/with-keyring.sh). Without one, these tests fail: they never skip.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    // Waits for an asynchronous callback without blocking the event loop.
    template<typename T>
    static std::optional<T> await(const std::function<void(std::function<void(T)>)>& start)
    {
        std::optional<T> result;
        start([&result](T value) { result = std::move(value); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }

    QString m_service = QStringLiteral("Clearpost-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUserData();
        CredentialStore store(m_service, nullptr);
        const auto probed = await<Status>([&](auto done) { store.probe(done); });
        QVERIFY2(probed.has_value(), "the keychain did not answer");
        QVERIFY2(probed->ok(),
                 qPrintable(QStringLiteral("a Secret Service is required for this test: ") + probed->message()));
    }

    void writeReadRemove()
    {
        CredentialStore store(m_service, nullptr);
        const QString key = QStringLiteral("clearpost/bluesky/clinic.bsky.social/t1");
        const QString secret = QStringLiteral("app-pass-wörd-🦷-1234");

        auto written = await<Status>([&](auto done) { store.write(key, secret, done); });
        QVERIFY(written && written->ok());
        auto read = await<Result<QString>>([&](auto done) { store.read(key, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value(), secret);

        // Rotation replaces the secret.
        written = await<Status>([&](auto done) { store.write(key, QStringLiteral("rotated"), done); });
        QVERIFY(written && written->ok());
        read = await<Result<QString>>([&](auto done) { store.read(key, done); });
        QCOMPARE(read->value(), QStringLiteral("rotated"));

        auto removed = await<Status>([&](auto done) { store.remove(key, done); });
        QVERIFY(removed && removed->ok());
        read = await<Result<QString>>([&](auto done) { store.read(key, done); });
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().code, Error::Code::NotFound);
        // The error never contains the secret or the key.
        QVERIFY(!read->message().contains(QStringLiteral("rotated")));
        QVERIFY(!read->message().contains(key));
    }

    void removingWhatIsNotThereSucceeds()
    {
        CredentialStore store(m_service, nullptr);
        auto removed = await<Status>([&](auto done) { store.remove(QStringLiteral("never-written"), done); });
        QVERIFY(removed && removed->ok());
    }

    void manyRequestsInFlightEachGetTheirAnswer()
    {
        CredentialStore store(m_service, nullptr);
        int finished = 0;
        for (int i = 0; i < 10; ++i) {
            store.write(QStringLiteral("parallel/%1").arg(i), QStringLiteral("s%1").arg(i), [&finished](Status s) {
                QVERIFY(s.ok());
                ++finished;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 10, 20000);
        for (int i = 0; i < 10; ++i) {
            auto read =
                await<Result<QString>>([&](auto done) { store.read(QStringLiteral("parallel/%1").arg(i), done); });
            QCOMPARE(read->value(), QStringLiteral("s%1").arg(i));
            (void)await<Status>([&](auto done) { store.remove(QStringLiteral("parallel/%1").arg(i), done); });
        }
    }

    void emptyKeyIsRefused()
    {
        CredentialStore store(m_service, nullptr);
        auto written = await<Status>([&](auto done) { store.write(QString(), QStringLiteral("x"), done); });
        QCOMPARE(written->error().code, Error::Code::InvalidInput);
    }

    void noKeychainMessageIsClear()
    {
        QVERIFY(CredentialStore::noKeychainMessage().startsWith(QStringLiteral("No keychain available")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
