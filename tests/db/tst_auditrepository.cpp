#include "storage/AuditRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestAuditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void appendAndRead()
    {
        test::TempDatabase t;
        AuditRepository repo(t.db());
        AuditEvent a;
        a.at = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        a.actor = QStringLiteral("Dana Whitfield");
        a.action = QStringLiteral("post.transition");
        a.entityType = QStringLiteral("post");
        a.entityId = 7;
        a.detail = QStringLiteral("draft -> in_review");
        a.id = *repo.append(a);
        AuditEvent b = a;
        b.at = a.at.addSecs(3600);
        b.actor = QStringLiteral("Dr. Anika Patel");
        b.detail = QStringLiteral("in_review -> approved");
        b.id = *repo.append(b);
        AuditEvent other = a;
        other.entityId = 8;
        other.id = *repo.append(other);

        const QList<AuditEvent> trail = *repo.forEntity(QStringLiteral("post"), 7);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0), a);
        QCOMPARE(trail.at(1), b);
        QCOMPARE(repo.recent(1)->first(), b);
    }

    void actorAndActionAreRequired()
    {
        test::TempDatabase t;
        QCOMPARE(AuditRepository(t.db()).append(AuditEvent{}).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
