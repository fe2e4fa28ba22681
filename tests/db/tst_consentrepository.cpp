#include "storage/ConsentRepository.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestConsentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void roundTrip()
    {
        test::TempDatabase t;
        ConsentRepository repo(t.db());
        Consent c;
        c.subjectName = QStringLiteral("Mr. Gomez");
        c.recordRef = QStringLiteral("Form 2024-118");
        c.scopes = ConsentScope::Testimonial | ConsentScope::Photo;
        c.platforms = {Platform::Facebook, Platform::Instagram};
        c.signedOn = QDate(2026, 10, 20);
        c.expiresOn = QDate(2027, 10, 20);
        c.notes = QStringLiteral("Signed at reception");
        c.id = *repo.insert(c);
        QCOMPARE(*repo.get(c.id), c);

        c.revokedOn = QDate(2026, 11, 1);
        QVERIFY(repo.update(c).ok());
        QCOMPARE(*repo.get(c.id), c);
        QCOMPARE(repo.list()->size(), 1);
    }

    void forPost()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        Consent c;
        c.subjectName = QStringLiteral("Aisha Khan");
        c.scopes = ConsentScope::Story;
        c.signedOn = QDate(2026, 1, 1);
        const qint64 id = *ConsentRepository(t.db()).insert(c);
        Post p = test::samplePost({fb});
        p.consentIds = {id};
        const qint64 postId = *PostRepository(t.db()).insert(p);
        QCOMPARE(ConsentRepository(t.db()).forPost(postId)->first().subjectName, QStringLiteral("Aisha Khan"));
    }

    void invalidConsentsAreRefused()
    {
        test::TempDatabase t;
        ConsentRepository repo(t.db());
        Consent c;
        c.subjectName = QStringLiteral("X");
        c.scopes = ConsentScope::Photo;
        QVERIFY(repo.insert(c).message().contains(QStringLiteral("signed"))); // no signing date
        c.signedOn = QDate(2026, 5, 1);
        c.expiresOn = QDate(2026, 4, 1);
        QVERIFY(repo.insert(c).message().contains(QStringLiteral("expire")));
        c.expiresOn = {};
        c.scopes = {};
        QVERIFY(repo.insert(c).message().contains(QStringLiteral("at least one use")));
        QVERIFY(repo.list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsentRepository)
#include "tst_consentrepository.moc"
