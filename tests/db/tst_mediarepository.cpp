#include "storage/ConsentRepository.h"
#include "storage/MediaRepository.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestMediaRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void roundTrip()
    {
        test::TempDatabase t;
        Consent c;
        c.subjectName = QStringLiteral("Linda Park");
        c.scopes = ConsentScope::Photo;
        c.signedOn = QDate(2026, 3, 1);
        const qint64 consentId = *ConsentRepository(t.db()).insert(c);

        MediaRepository repo(t.db());
        Media m;
        m.filePath = QStringLiteral("/photos/smile.png");
        m.sha256 = QStringLiteral("ab12");
        m.mimeType = QStringLiteral("image/png");
        m.altText = QStringLiteral("A smiling person in the waiting room");
        m.showsPatient = true;
        m.consentId = consentId;
        m.createdAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        m.id = *repo.insert(m);
        QCOMPARE(*repo.get(m.id), m);

        m.altText.clear();
        m.consentId = 0;
        QVERIFY(repo.update(m).ok());
        QCOMPARE(*repo.get(m.id), m);
        QCOMPARE(repo.list()->size(), 1);
    }

    void deletingTheConsentUnlinksIt()
    {
        test::TempDatabase t;
        Consent c;
        c.subjectName = QStringLiteral("Tom Reilly");
        c.scopes = ConsentScope::Photo;
        c.signedOn = QDate(2026, 3, 1);
        const qint64 consentId = *ConsentRepository(t.db()).insert(c);
        Media m;
        m.filePath = QStringLiteral("/p.png");
        m.consentId = consentId;
        const qint64 id = *MediaRepository(t.db()).insert(m);
        QVERIFY(ConsentRepository(t.db()).remove(consentId).ok());
        QCOMPARE(MediaRepository(t.db()).get(id)->consentId, 0);
    }

    void forPostKeepsOrder()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        MediaRepository repo(t.db());
        Media a;
        a.filePath = QStringLiteral("/a.png");
        Media b;
        b.filePath = QStringLiteral("/b.png");
        const qint64 ida = *repo.insert(a);
        const qint64 idb = *repo.insert(b);
        Post p = test::samplePost({fb});
        p.mediaIds = {idb, ida};
        const qint64 postId = *PostRepository(t.db()).insert(p);
        const QList<Media> media = *repo.forPost(postId);
        QCOMPARE(media.size(), 2);
        QCOMPARE(media.at(0).id, idb);
        QCOMPARE(media.at(1).id, ida);
    }

    void fileIsRequired()
    {
        test::TempDatabase t;
        QCOMPARE(MediaRepository(t.db()).insert(Media{}).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestMediaRepository)
#include "tst_mediarepository.moc"
