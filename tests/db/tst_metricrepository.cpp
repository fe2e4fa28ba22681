#include "storage/MetricRepository.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestMetricRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void upsertAndQuery()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        const qint64 postId = *PostRepository(t.db()).insert(test::samplePost({fb}));
        const qint64 targetId = PostRepository(t.db()).get(postId)->targets.first().id;
        MetricRepository repo(t.db());
        const QDate day(2026, 10, 5);
        QList<MetricSample> samples{
            {0, fb, 0, day, QStringLiteral("followers"), 1200, QStringLiteral("import:fb.csv")},
            {0, fb, 0, day.addDays(1), QStringLiteral("followers"), 1203, QStringLiteral("import:fb.csv")},
            {0, fb, targetId, day, QStringLiteral("reach"), 431, QStringLiteral("import:fb.csv")},
        };
        QVERIFY(repo.upsert(samples).ok());
        QCOMPARE(*repo.count(), 3);

        // Importing the same day again replaces, never duplicates.
        QVERIFY(
            repo.upsert({{0, fb, 0, day, QStringLiteral("followers"), 1201, QStringLiteral("import:fb2.csv")}}).ok());
        QCOMPARE(*repo.count(), 3);
        const QList<MetricSample> first = *repo.range(day, day, fb);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).value, 1201.0);
        QCOMPARE(first.at(0).source, QStringLiteral("import:fb2.csv"));
        QCOMPARE(repo.forTarget(targetId)->first().value, 431.0);
        QCOMPARE(repo.range(day, day.addDays(1))->size(), 3);
    }

    void badRowRollsBackTheWholeBatch()
    {
        test::TempDatabase t;
        const qint64 fb = test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        MetricRepository repo(t.db());
        const QList<MetricSample> samples{
            {0, fb, 0, QDate(2026, 1, 1), QStringLiteral("reach"), 10, {}},
            {0, fb, 0, QDate(), QStringLiteral("reach"), 11, {}}, // no day
        };
        QCOMPARE(repo.upsert(samples).error().code, Error::Code::InvalidInput);
        QCOMPARE(*repo.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
