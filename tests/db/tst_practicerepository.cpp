#include "storage/PracticeRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestPracticeRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void emptyDatabaseHasNoPractice()
    {
        test::TempDatabase t;
        PracticeRepository repo(t.db());
        QVERIFY(!repo.exists());
        QCOMPARE(repo.load().error().code, Error::Code::NotFound);
    }

    void roundTrip()
    {
        test::TempDatabase t;
        PracticeRepository repo(t.db());
        const Practice p = test::samplePractice();
        QVERIFY(repo.save(p).ok());
        QCOMPARE(*repo.load(), p);

        Practice changed = p;
        changed.name = QStringLiteral("Kingsbridge Physio & Sports");
        changed.jurisdiction = Jurisdiction::DE;
        changed.staff.removeFirst();
        changed.staff.append({QStringLiteral("Dr. Jonas Weber"), QStringLiteral("Arzt"), true});
        changed.customTerms.clear();
        QVERIFY(repo.save(changed).ok());
        QCOMPARE(*repo.load(), changed);
    }

    void nameIsRequired()
    {
        test::TempDatabase t;
        Practice p = test::samplePractice();
        p.name = QStringLiteral("  ");
        const Status s = PracticeRepository(t.db()).save(p);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(!PracticeRepository(t.db()).exists());
    }
};

QTEST_GUILESS_MAIN(TestPracticeRepository)
#include "tst_practicerepository.moc"
