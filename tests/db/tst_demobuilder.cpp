#include "demo/DemoBuilder.h"
#include "storage/AccountRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/MetricRepository.h"
#include "storage/PlanRepository.h"
#include "storage/PostRepository.h"
#include "storage/PracticeRepository.h"
#include "storage/TemplateRepository.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace clearpost;

class TestDemoBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void realisticPractice()
    {
        test::TempDatabase t;
        DemoOptions options;
        options.anchor = QDate(2026, 11, 22);
        options.mediaFolder = QDir(t.dir()).filePath(QStringLiteral("media"));
        QVERIFY(DemoBuilder::build(t.db(), options).ok());

        const Practice p = *PracticeRepository(t.db()).load();
        QCOMPARE(p.jurisdiction, Jurisdiction::US);
        QCOMPARE(p.timeZone, QByteArray("America/Chicago"));
        QVERIFY(p.staff.size() >= 5);

        const QList<Account> accounts = *AccountRepository(t.db()).list();
        QCOMPARE(accounts.size(), 4);
        QSet<Platform> platforms;
        for (const Account& a : accounts) {
            platforms.insert(a.platform);
        }
        QCOMPARE(platforms.size(), 4);

        const QMap<PostState, int> states = *PostRepository(t.db()).countByState();
        for (PostState s : allPostStates()) {
            QVERIFY2(states.value(s) > 0, qPrintable(postStateId(s)));
        }
        QVERIFY(TemplateRepository(t.db()).list()->size() >= 5);
        QCOMPARE(PlanRepository(t.db()).listPlans()->size(), 1);
        QVERIFY(PlanRepository(t.db()).listCampaigns()->size() >= 2);
        QVERIFY(ConsentRepository(t.db()).list()->size() >= 3);

        // Six months of posts around the anchor, and metrics for every past day.
        const QList<Post> posts = *PostRepository(t.db()).list();
        QVERIFY(posts.size() >= 60);
        QDate first = options.anchor;
        QDate last = options.anchor;
        for (const Post& post : posts) {
            if (post.scheduledAt.isValid()) {
                first = std::min(first, post.scheduledAt.date());
                last = std::max(last, post.scheduledAt.date());
            }
        }
        QVERIFY(first.daysTo(last) > 150);
        const QList<MetricSample> daily = *MetricRepository(t.db()).range(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(daily.size() >= 31 * 4 * 4);
        QVERIFY(t.db().checkIntegrity().ok());
        QVERIFY(QFileInfo::exists(QDir(options.mediaFolder).filePath(QStringLiteral("team-photo.png"))));
    }

    void sameSeedSameDatabase()
    {
        DemoOptions options;
        options.anchor = QDate(2026, 6, 15);
        options.seed = 42;
        test::TempDatabase a;
        test::TempDatabase b;
        QVERIFY(DemoBuilder::build(a.db(), options).ok());
        QVERIFY(DemoBuilder::build(b.db(), options).ok());
        QCOMPARE(test::dumpTables(a.db()), test::dumpTables(b.db()));

        test::TempDatabase c;
        options.seed = 43;
        QVERIFY(DemoBuilder::build(c.db(), options).ok());
        QVERIFY(test::dumpTables(a.db()) != test::dumpTables(c.db()));
    }

    void refusesAPracticeThatExists()
    {
        test::TempDatabase t;
        QVERIFY(PracticeRepository(t.db()).save(test::samplePractice()).ok());
        QCOMPARE(DemoBuilder::build(t.db(), {}).error().code, Error::Code::Conflict);
        QCOMPARE(PracticeRepository(t.db()).load()->name, test::samplePractice().name);
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_demobuilder.moc"
