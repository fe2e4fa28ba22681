#include "domain/PostLifecycle.h"

#include <QTest>

using namespace clearpost;

class TestPostLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedPath_data()
    {
        QTest::addColumn<PostState>("from");
        QTest::addColumn<PostState>("to");
        QTest::newRow("submit") << PostState::Draft << PostState::InReview;
        QTest::newRow("approve") << PostState::InReview << PostState::Approved;
        QTest::newRow("request changes") << PostState::InReview << PostState::Draft;
        QTest::newRow("schedule") << PostState::Approved << PostState::Scheduled;
        QTest::newRow("publish") << PostState::Scheduled << PostState::Publishing;
        QTest::newRow("unschedule") << PostState::Scheduled << PostState::Approved;
        QTest::newRow("published") << PostState::Publishing << PostState::Published;
        QTest::newRow("failed") << PostState::Publishing << PostState::Failed;
        QTest::newRow("retry") << PostState::Failed << PostState::Publishing;
        QTest::newRow("reschedule") << PostState::Failed << PostState::Scheduled;
        QTest::newRow("archive draft") << PostState::Draft << PostState::Archived;
        QTest::newRow("archive published") << PostState::Published << PostState::Archived;
        QTest::newRow("restore") << PostState::Archived << PostState::Draft;
    }
    void allowedPath()
    {
        QFETCH(PostState, from);
        QFETCH(PostState, to);
        QVERIFY(PostLifecycle::canTransition(from, to));
        QVERIFY(PostLifecycle::refusal(from, to).isEmpty());
        QVERIFY(PostLifecycle::nextStates(from).contains(to));
    }

    void refused_data()
    {
        QTest::addColumn<PostState>("from");
        QTest::addColumn<PostState>("to");
        QTest::addColumn<QString>("why");
        QTest::newRow("skip review") << PostState::Draft << PostState::Approved << "Only a post in review";
        QTest::newRow("schedule draft") << PostState::Draft << PostState::Scheduled << "Only an approved post";
        QTest::newRow("publish draft") << PostState::Draft << PostState::Publishing << "scheduled or failed";
        QTest::newRow("unpublish") << PostState::Published << PostState::Draft << "can only be archived";
        QTest::newRow("archive mid-publish") << PostState::Publishing << PostState::Archived << "being published";
        QTest::newRow("same state") << PostState::Draft << PostState::Draft << "already";
        QTest::newRow("fake success") << PostState::Scheduled << PostState::Published << "being published can end";
    }
    void refused()
    {
        QFETCH(PostState, from);
        QFETCH(PostState, to);
        QFETCH(QString, why);
        QVERIFY(!PostLifecycle::canTransition(from, to));
        QVERIFY2(PostLifecycle::refusal(from, to).contains(why), qPrintable(PostLifecycle::refusal(from, to)));
    }

    void everyRefusalHasAMessage()
    {
        for (PostState from : allPostStates()) {
            for (PostState to : allPostStates()) {
                QCOMPARE(PostLifecycle::refusal(from, to).isEmpty(), PostLifecycle::canTransition(from, to));
            }
        }
    }

    void editingRules()
    {
        QVERIFY(PostLifecycle::editReturnsToReview(PostState::Approved));
        QVERIFY(PostLifecycle::editReturnsToReview(PostState::Scheduled));
        QVERIFY(!PostLifecycle::editReturnsToReview(PostState::Draft));
        QVERIFY(!PostLifecycle::editReturnsToReview(PostState::InReview));
        QVERIFY(!PostLifecycle::isEditable(PostState::Published));
        QVERIFY(!PostLifecycle::isEditable(PostState::Publishing));
        QVERIFY(PostLifecycle::isEditable(PostState::Draft));
    }

    void idsRoundTrip()
    {
        for (PostState s : allPostStates()) {
            QCOMPARE(postStateFromId(postStateId(s)), std::optional<PostState>(s));
        }
        QCOMPARE(postStateFromId(QStringLiteral("nonsense")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPostLifecycle)
#include "tst_postlifecycle.moc"
