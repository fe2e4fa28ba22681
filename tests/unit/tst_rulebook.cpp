#include "compliance/RuleBook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

class TestRuleBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheBundledPacks()
    {
        const auto book = RuleBook::shared();
        QVERIFY(book);
        QVERIFY(book->phrases().phraseCount() > 1500);
        QVERIFY(book->names().size() > 100000);
        QVERIFY(book->places().size() > 50000);
        QVERIFY(book->inList(Lex::Honorific, QStringLiteral("mrs")));
        QVERIFY(book->inList(Lex::Honorific, QStringLiteral("frau"), PackLanguage::De));
        QVERIFY(!book->inList(Lex::Honorific, QStringLiteral("frau"), PackLanguage::En));
        QVERIFY(book->inList(Lex::Drug, QStringLiteral("ibuprofeno")));
    }

    void gazetteersAnswer()
    {
        const auto book = RuleBook::shared();
        const auto maria = book->names().find(u"maria");
        QVERIFY(maria && maria->given > 500);
        const auto gomez = book->names().find(u"gomez");
        QVERIFY(gomez && gomez->surname > 0);
        const auto hope = book->names().find(u"hope");
        QVERIFY(hope && hope->wordEn); // a name and an ordinary word
        QVERIFY(!book->names().find(u"zzqxv"));
        const auto chicago = book->places().find(u"chicago");
        QVERIFY(chicago && chicago->smallerThanState());
        const auto france = book->places().find(u"france");
        QVERIFY(france && !france->smallerThanState());
        QVERIFY(book->places().continues(u"san"));
        QVERIFY(book->streets().isSuffix(QStringLiteral("street")));
        QVERIFY(book->streets().hasGluedSuffix(QStringLiteral("kaiserstrasse")));
    }

    void jurisdictionsDiffer()
    {
        const auto book = RuleBook::shared();
        QVERIFY(!book->jurisdiction(Jurisdiction::US).setting(QStringLiteral("claim.misleading.pom")).enabled);
        const RuleSetting uk = book->jurisdiction(Jurisdiction::UK).setting(QStringLiteral("claim.misleading.pom"));
        QVERIFY(uk.enabled);
        QCOMPARE(uk.severity, std::optional<Severity>(Severity::Blocker));
        const RuleSetting de =
            book->jurisdiction(Jurisdiction::DE).setting(QStringLiteral("claim.misleading.beforeafter"));
        QCOMPARE(de.requires_, QStringLiteral("cosmetic"));
        // Sources fall back from the rule to its category.
        QVERIFY(book->jurisdiction(Jurisdiction::US)
                    .setting(QStringLiteral("phi.id.ssn"))
                    .source.contains(QStringLiteral("Safe Harbor")));
        QCOMPARE(book->jurisdiction(Jurisdiction::DE).phoneRegions.first(), QStringLiteral("DE"));
    }

    void brokenDataIsReportedWithItsFile()
    {
        QTemporaryDir dir;
        for (const char* name : {"lang-en.json",
                                 "lang-de.json",
                                 "lang-es.json",
                                 "jurisdiction-us.json",
                                 "jurisdiction-uk.json",
                                 "jurisdiction-de.json"}) {
            QVERIFY(QFile::copy(QStringLiteral(":/rules/") + QLatin1String(name), dir.filePath(QLatin1String(name))));
            QFile::setPermissions(dir.filePath(QLatin1String(name)), QFile::ReadOwner | QFile::WriteOwner);
        }
        {
            QFile f(dir.filePath(QStringLiteral("lang-de.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{ \"lists\": { \"honorific\": [\"herr\" ");
        }
        auto broken = RuleBook::load(dir.path(), QStringLiteral(":/names"), QStringLiteral(":/places"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.message().contains(QStringLiteral("lang-de.json")), qPrintable(broken.message()));
        {
            QFile f(dir.filePath(QStringLiteral("lang-de.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{ \"lists\": { \"honorifics\": [\"herr\"] } }");
        }
        broken = RuleBook::load(dir.path(), QStringLiteral(":/names"), QStringLiteral(":/places"));
        QVERIFY(broken.message().contains(QStringLiteral("honorifics")));
        // A placeholder the phrase matcher does not know, or a phrase that starts with any word.
        for (const char* phrase : {"thanks to <someone>", "<word> package"}) {
            QFile f(dir.filePath(QStringLiteral("lang-de.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("{ \"lists\": { \"sponsorSignal\": [\"") + phrase + "\"] } }");
            f.close();
            broken = RuleBook::load(dir.path(), QStringLiteral(":/names"), QStringLiteral(":/places"));
            QVERIFY(!broken.ok());
            QVERIFY2(broken.message().contains(QLatin1String(phrase)), qPrintable(broken.message()));
        }
        QVERIFY(!RuleBook::load(QStringLiteral("/nonexistent")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rulebook.moc"
