#include "services/PostService.h"
#include "storage/AuditRepository.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestPostService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_account = 0;

    QStringList trail(qint64 postId)
    {
        QStringList out;
        for (const AuditEvent& e : *AuditRepository(m_t->db()).forEntity(QStringLiteral("post"), postId)) {
            out.append(e.actor + QLatin1Char(':') + e.action + QLatin1Char(':') + e.detail);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_account = test::addAccount(m_t->db(), Platform::Facebook, QStringLiteral("page"));
    }

    void fullLifecycleIsAudited()
    {
        PostService service(m_t->db());
        Post draft = test::samplePost({m_account});
        draft.state = PostState::Published; // ignored: new posts are drafts
        const qint64 id = *service.create(draft, QStringLiteral("Dana"));
        QCOMPARE(PostRepository(m_t->db()).get(id)->state, PostState::Draft);

        QVERIFY(service.transition(id, PostState::InReview, QStringLiteral("Dana")).ok());
        QVERIFY(service.approve(id, QStringLiteral("Dr. Patel")).ok());
        const QDateTime when(QDate(2026, 12, 1), QTime(15, 30), Qt::UTC);
        QVERIFY(service.schedule(id, when, QStringLiteral("Dana")).ok());
        QVERIFY(service.transition(id, PostState::Publishing, QStringLiteral("publisher")).ok());
        QVERIFY(service.transition(id, PostState::Published, QStringLiteral("publisher")).ok());

        const Post stored = *PostRepository(m_t->db()).get(id);
        QCOMPARE(stored.state, PostState::Published);
        QCOMPARE(stored.approvedBy, QStringLiteral("Dr. Patel"));
        QCOMPARE(stored.scheduledAt, when);
        QCOMPARE(trail(id),
                 QStringList({QStringLiteral("Dana:post.create:draft"),
                              QStringLiteral("Dana:post.transition:draft -> in_review"),
                              QStringLiteral("Dr. Patel:post.transition:in_review -> approved"),
                              QStringLiteral("Dana:post.transition:approved -> scheduled"),
                              QStringLiteral("publisher:post.transition:scheduled -> publishing"),
                              QStringLiteral("publisher:post.transition:publishing -> published")}));
    }

    void invalidTransitionsAreRefusedAndChangeNothing()
    {
        PostService service(m_t->db());
        const qint64 id = *service.create(test::samplePost({m_account}), QStringLiteral("Dana"));
        const int events = int(trail(id).size());

        Status s = service.approve(id, QStringLiteral("Dr. Patel"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY(s.message().contains(QStringLiteral("in review")));
        s = service.transition(id, PostState::Published, QStringLiteral("Dana"));
        QVERIFY(!s.ok());
        s = service.schedule(id, QDateTime::currentDateTimeUtc(), QStringLiteral("Dana"));
        QVERIFY(s.message().contains(QStringLiteral("approved")));
        QCOMPARE(PostRepository(m_t->db()).get(id)->state, PostState::Draft);
        QVERIFY(!PostRepository(m_t->db()).get(id)->scheduledAt.isValid());
        QCOMPARE(int(trail(id).size()), events);
    }

    void schedulingNeedsATimeAndSubmittingNeedsTargets()
    {
        PostService service(m_t->db());
        Post noTargets = test::samplePost({});
        const qint64 id = *service.create(noTargets, QStringLiteral("Dana"));
        QVERIFY(service.transition(id, PostState::InReview, QStringLiteral("Dana"))
                    .message()
                    .contains(QStringLiteral("account")));
        const qint64 ok = *service.create(test::samplePost({m_account}), QStringLiteral("Dana"));
        QVERIFY(service.transition(ok, PostState::InReview, QStringLiteral("Dana")).ok());
        QVERIFY(service.approve(ok, QStringLiteral("Dr. Patel")).ok());
        QVERIFY(service.transition(ok, PostState::Scheduled, QStringLiteral("Dana"))
                    .message()
                    .contains(QStringLiteral("date and time")));
    }

    void editingAnApprovedPostReturnsItToReview()
    {
        PostService service(m_t->db());
        const qint64 id = *service.create(test::samplePost({m_account}), QStringLiteral("Dana"));
        QVERIFY(service.transition(id, PostState::InReview, QStringLiteral("Dana")).ok());
        QVERIFY(service.approve(id, QStringLiteral("Dr. Patel"), QStringLiteral("Name is our own staff")).ok());
        QCOMPARE(PostRepository(m_t->db()).get(id)->overrideJustification, QStringLiteral("Name is our own staff"));

        // Changing only the title is not a content change.
        Post p = *PostRepository(m_t->db()).get(id);
        p.title = QStringLiteral("Renamed");
        QCOMPARE(service.save(p, QStringLiteral("Dana"))->state, PostState::Approved);

        p = *PostRepository(m_t->db()).get(id);
        p.body = QStringLiteral("Floss daily, it really helps!");
        const Result<Post> saved = service.save(p, QStringLiteral("Dana"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->state, PostState::InReview);
        QVERIFY(saved->approvedBy.isEmpty());
        QVERIFY(saved->overrideJustification.isEmpty());
        QVERIFY(trail(id).contains(QStringLiteral("Dana:post.transition:approved -> in_review (edited)")));
        QVERIFY(trail(id).contains(QStringLiteral("Dr. Patel:post.override:justification recorded")));
    }

    void publishedPostsCannotBeEditedOrDeleted()
    {
        PostService service(m_t->db());
        const qint64 id = *service.create(test::samplePost({m_account}), QStringLiteral("Dana"));
        QVERIFY(service.transition(id, PostState::InReview, QStringLiteral("Dana")).ok());
        QVERIFY(service.approve(id, QStringLiteral("Dr. Patel")).ok());
        QVERIFY(service.schedule(id, QDateTime::currentDateTimeUtc(), QStringLiteral("Dana")).ok());
        QVERIFY(service.transition(id, PostState::Publishing, QStringLiteral("publisher")).ok());
        QVERIFY(service.transition(id, PostState::Published, QStringLiteral("publisher")).ok());
        Post p = *PostRepository(m_t->db()).get(id);
        p.body = QStringLiteral("changed");
        QCOMPARE(service.save(p, QStringLiteral("Dana")).error().code, Error::Code::Conflict);
        QCOMPARE(service.remove(id, QStringLiteral("Dana")).error().code, Error::Code::Conflict);
        QVERIFY(service.transition(id, PostState::Archived, QStringLiteral("Dana")).ok());
    }

    void actorIsRequired()
    {
        PostService service(m_t->db());
        QCOMPARE(service.create(test::samplePost({m_account}), QString()).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestPostService)
#include "tst_postservice.moc"
