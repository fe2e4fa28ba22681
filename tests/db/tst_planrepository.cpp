#include "storage/PlanRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void planRoundTrip()
    {
        test::TempDatabase t;
        PlanRepository repo(t.db());
        ContentPlan plan;
        plan.name = QStringLiteral("Spring");
        plan.goals = QStringLiteral("Fill the new evening hours");
        plan.startDate = QDate(2026, 3, 1);
        plan.endDate = QDate(2026, 5, 31);
        plan.cadence = {{Platform::Facebook, 3}, {Platform::Instagram, 2}};
        plan.pillars = {{QStringLiteral("Education"), 50}, {QStringLiteral("Team"), 30}};
        plan.id = *repo.insertPlan(plan);
        QCOMPARE(*repo.getPlan(plan.id), plan);

        plan.cadence = {{Platform::Bluesky, 1}};
        plan.pillars.removeLast();
        QVERIFY(repo.updatePlan(plan).ok());
        QCOMPARE(*repo.getPlan(plan.id), plan);
    }

    void campaignRoundTripAndPlanRemoval()
    {
        test::TempDatabase t;
        PlanRepository repo(t.db());
        ContentPlan plan;
        plan.name = QStringLiteral("Year");
        const qint64 planId = *repo.insertPlan(plan);
        Campaign c;
        c.planId = planId;
        c.name = QStringLiteral("Children's Dental Health Month");
        c.pillar = QStringLiteral("Education");
        c.startDate = QDate(2027, 2, 1);
        c.endDate = QDate(2027, 2, 28);
        c.notes = QStringLiteral("Partner with the school");
        c.id = *repo.insertCampaign(c);
        QCOMPARE(*repo.getCampaign(c.id), c);
        QCOMPARE(repo.listCampaigns(planId)->size(), 1);

        QVERIFY(repo.removePlan(planId).ok());
        c.planId = 0; // the campaign stays, without its plan
        QCOMPARE(*repo.getCampaign(c.id), c);
    }

    void invalidPlansAreRefused()
    {
        test::TempDatabase t;
        PlanRepository repo(t.db());
        ContentPlan plan;
        plan.name = QStringLiteral("Bad");
        plan.pillars = {{QStringLiteral("A"), 70}, {QStringLiteral("B"), 40}};
        QVERIFY(repo.insertPlan(plan).message().contains(QStringLiteral("more than 100")));
        plan.pillars = {{QStringLiteral("A"), 10}};
        plan.startDate = QDate(2026, 5, 1);
        plan.endDate = QDate(2026, 4, 1);
        QCOMPARE(repo.insertPlan(plan).error().code, Error::Code::InvalidInput);
        QVERIFY(repo.listPlans()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
