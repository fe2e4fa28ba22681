#include "compliance/ComplianceEngine.h"
#include "compliance/PlatformCounter.h"
#include "compliance/RuleBook.h"

#include <QTest>

using namespace clearpost;

// Speed of the checks the composer runs on every keystroke. Run in Release:
//   build/release/tests/bench_complianceengine -median 9
// Budgets (issue #3): a 2,000-character post ≤ 100 µs, a 63,206-character post
// ≤ 10 ms, loading every pack and gazetteer ≤ 50 ms. Figures go to the README;
// nothing here asserts a time.
class BenchComplianceEngine : public QObject
{
    Q_OBJECT

private:
    std::optional<ComplianceEngine> m_engine;

    // A realistic mix: a reply with a name, care words, a phone number, a date,
    // a claim, a hashtag block — repeated and cut to `size` characters.
    static QString post(int size)
    {
        const QString parts[] = {
            QStringLiteral("Hi Maria, so glad your crown feels better after your visit on April 22! "),
            QStringLiteral("Our whitening is gentle and comfortable; results vary from person to person. "),
            QStringLiteral("Questions? Call us at (312) 555-0148 or book online at lakeshorefamilydental.com. "),
            QStringLiteral("Dr. Patel and our hygienists Jenna and Luis look forward to seeing you 🦷✨ "),
            QStringLiteral("Brush twice a day, clean between your teeth and see us twice a year. "),
            QStringLiteral("#OralHealth #Chicago #SmileBright "),
        };
        QString out;
        int i = 0;
        while (out.size() < size) {
            out += parts[i++ % std::size(parts)];
        }
        out.truncate(size);
        return out;
    }

    Findings check(const QString& text) const
    {
        ComplianceDraft d;
        d.text = text;
        d.kind = PostKind::ReviewReply;
        d.platforms = {Platform::Facebook, Platform::Instagram, Platform::X, Platform::Bluesky};
        d.publishDay = QDate(2026, 11, 22);
        ComplianceContext c;
        c.practice.name = QStringLiteral("Lakeshore Family Dental");
        c.practice.phone = QStringLiteral("(312) 555-0148");
        c.practice.website = QStringLiteral("https://lakeshorefamilydental.com");
        c.practice.staff = {{QStringLiteral("Dr. Anika Patel"), QStringLiteral("Dentist"), true}};
        return m_engine->check(d, c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<ComplianceEngine> e = ComplianceEngine::create();
        QVERIFY(e.ok());
        m_engine.emplace(*e);
    }

    void check2000()
    {
        const QString text = post(2000);
        QVERIFY(!check(text).isEmpty());
        QBENCHMARK
        {
            check(text);
        }
    }

    void check63206()
    {
        const QString text = post(63206);
        QVERIFY(!check(text).isEmpty());
        QBENCHMARK
        {
            check(text);
        }
    }

    void countAllNetworks2000()
    {
        const QString text = post(2000);
        QBENCHMARK
        {
            for (Platform p : allPlatforms()) {
                PlatformCounter::count(p, text);
            }
        }
    }

    void loadRuleBook()
    {
        QBENCHMARK
        {
            Result<std::shared_ptr<const RuleBook>> book = RuleBook::load();
            QVERIFY(book.ok());
        }
    }
};

QTEST_GUILESS_MAIN(BenchComplianceEngine)
#include "bench_complianceengine.moc"
