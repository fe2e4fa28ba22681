#include "domain/Practice.h"
#include "domain/Template.h"

#include <QTest>

using namespace clearpost;

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsKnownPlaceholders()
    {
        Practice p;
        p.name = QStringLiteral("Lakeshore Family Dental");
        p.phone = QStringLiteral("(312) 555-0148");
        p.website = QStringLiteral("https://lakeshore.example");
        p.disclaimer = QStringLiteral("Not medical advice.");
        QCOMPARE(fillTemplate(QStringLiteral("{practice}: call {phone} or visit {website}. {disclaimer}"), p),
                 QStringLiteral("Lakeshore Family Dental: call (312) 555-0148 or visit https://lakeshore.example. "
                                "Not medical advice."));
    }

    void leavesUnknownPlaceholdersVisible()
    {
        Practice p;
        p.name = QStringLiteral("X");
        QCOMPARE(fillTemplate(QStringLiteral("Meet {name} at {practice} {"), p), QStringLiteral("Meet {name} at X {"));
    }

    void valuesAreNotExpandedAgain()
    {
        Practice p;
        p.name = QStringLiteral("{phone}");
        p.phone = QStringLiteral("123");
        QCOMPARE(fillTemplate(QStringLiteral("{practice}"), p), QStringLiteral("{phone}"));
    }

    void emptyDisclaimerUsesTheDefaultInThePracticeLanguage()
    {
        Practice p;
        p.language = QStringLiteral("de");
        QCOMPARE(fillTemplate(QStringLiteral("{disclaimer}"), p), defaultDisclaimer(QStringLiteral("de")));
        QVERIFY(defaultDisclaimer(QStringLiteral("de")).contains(QStringLiteral("ärztliche Beratung")));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
