#include "storage/ConsentRepository.h"
#include "storage/MediaRepository.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestPostRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void roundTripWithTargetsMediaAndConsents()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        const qint64 bs = test::addAccount(t.db(), Platform::Bluesky, QStringLiteral("clinic.bsky.social"));
        Media m;
        m.filePath = QStringLiteral("/tmp/a.png");
        const qint64 mediaId = *MediaRepository(t.db()).insert(m);
        Consent c;
        c.subjectName = QStringLiteral("Mr. Gomez");
        c.scopes = ConsentScope::Photo;
        c.signedOn = QDate(2026, 1, 1);
        const qint64 consentId = *ConsentRepository(t.db()).insert(c);

        PostRepository repo(t.db());
        Post p = test::samplePost({fb, bs}, QStringLiteral("Ünïcode 🦷 text\nwith lines"));
        p.kind = PostKind::ReviewReply;
        p.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(15, 30), Qt::UTC);
        p.targets[1].text = QStringLiteral("Short Bluesky variant");
        p.mediaIds = {mediaId};
        p.consentIds = {consentId};
        p.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        p.updatedAt = p.createdAt;
        Result<qint64> id = repo.insert(p);
        QVERIFY(id.ok());

        Result<Post> stored = repo.get(*id);
        QVERIFY(stored.ok());
        p.id = *id;
        for (PostTarget& target : p.targets) {
            target.postId = *id;
        }
        p.targets[0].id = stored->targets[0].id;
        p.targets[1].id = stored->targets[1].id;
        QCOMPARE(*stored, p);
        QCOMPARE(stored->textFor(stored->targets[0]), p.body);
        QCOMPARE(stored->textFor(stored->targets[1]), QStringLiteral("Short Bluesky variant"));
    }

    void updateKeepsPublishingRecordsOfKeptTargets()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        const qint64 ig = test::addAccount(t.db(), Platform::Instagram, QStringLiteral("insta"));
        const qint64 bs = test::addAccount(t.db(), Platform::Bluesky, QStringLiteral("sky"));
        PostRepository repo(t.db());
        const qint64 id = *repo.insert(test::samplePost({fb, ig}));
        Post p = *repo.get(id);
        p.targets[0].remoteId = QStringLiteral("fb-123");
        p.targets[0].state = TargetState::Published;
        QVERIFY(repo.updateTarget(p.targets[0]).ok());

        p = *repo.get(id);
        const qint64 keptTargetId = p.targets[0].id;
        p.targets.removeAt(1); // drop Instagram
        PostTarget sky;
        sky.accountId = bs;
        p.targets.append(sky);
        p.body = QStringLiteral("Edited");
        QVERIFY(repo.update(p).ok());

        const Post after = *repo.get(id);
        QCOMPARE(after.body, QStringLiteral("Edited"));
        QCOMPARE(after.targets.size(), 2);
        QCOMPARE(after.targets[0].id, keptTargetId);
        QCOMPARE(after.targets[0].remoteId, QStringLiteral("fb-123"));
        QCOMPARE(after.targets[1].accountId, bs);
    }

    void sameAccountTwiceIsRefusedAtomically()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        PostRepository repo(t.db());
        QCOMPARE(repo.insert(test::samplePost({fb, fb})).error().code, Error::Code::InvalidInput);
        QVERIFY(repo.list()->isEmpty()); // nothing half-written
    }

    void listFiltersByTimeAndState()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        PostRepository repo(t.db());
        const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i) {
            Post p = test::samplePost({fb});
            p.scheduledAt = base.addDays(i);
            p.state = i % 2 ? PostState::Scheduled : PostState::Draft;
            QVERIFY(repo.insert(p).ok());
        }
        Post unscheduled = test::samplePost({fb});
        QVERIFY(repo.insert(unscheduled).ok());

        QCOMPARE(repo.list()->size(), 6);
        PostFilter f;
        f.from = base.addDays(1);
        f.to = base.addDays(4);
        QCOMPARE(repo.list(f)->size(), 3);
        f.states = {PostState::Scheduled};
        QCOMPARE(repo.list(f)->size(), 2);
        PostFilter onlyScheduled;
        onlyScheduled.onlyScheduled = true;
        QCOMPARE(repo.list(onlyScheduled)->size(), 5);
        QCOMPARE(repo.countByState()->value(PostState::Draft), 4);

        const OutboxSummary outbox = *repo.outbox(base.addDays(2));
        QCOMPARE(outbox.due, 1);
        QCOMPARE(outbox.next, base.addDays(3));
    }

    void removeDeletesChildren()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        PostRepository repo(t.db());
        const qint64 id = *repo.insert(test::samplePost({fb}));
        QVERIFY(repo.remove(id).ok());
        QCOMPARE(repo.get(id).error().code, Error::Code::NotFound);
        QVERIFY(t.db().checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestPostRepository)
#include "tst_postrepository.moc"
