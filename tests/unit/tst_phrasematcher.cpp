#include "compliance/PhraseMatcher.h"

#include <QTest>

using namespace clearpost;

// The phrase matcher finds every list phrase in one pass over a text's tokens.
class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private:
    // "tag:first-last" for every hit, in the matcher's order.
    static QStringList hits(const PhraseMatcher& m, const QString& text)
    {
        const TextAnalysis a(text);
        QStringList out;
        for (const PhraseMatcher::Hit& h : m.match(a)) {
            out.append(QStringLiteral("%1:%2-%3").arg(h.tag).arg(h.first).arg(h.last));
        }
        return out;
    }

private Q_SLOTS:
    void wordsMatchFoldedAndWhole()
    {
        PhraseMatcher m;
        m.add(QStringLiteral("before and after"), 1);
        m.add(QStringLiteral("pain-free"), 2);
        QCOMPARE(hits(m, QStringLiteral("Our BEFORE and After gallery: pain-free care")),
                 QStringList({QStringLiteral("1:1-3"), QStringLiteral("2:5-6")}));
        QCOMPARE(hits(m, QStringLiteral("before and afterwards")), QStringList());
    }

    void specialPartsMatchTheirKindOfToken()
    {
        PhraseMatcher m;
        m.add(QStringLiteral("every <num> hours"), 1);
        m.add(QStringLiteral("thanks to <mention>"), 2);
        m.add(QStringLiteral("code <code>"), 3);
        m.add(QStringLiteral("guarant*"), 4);
        QCOMPARE(hits(m, QStringLiteral("Take it every 6 hours. Thanks to @brightbean for code SMILE20, guaranteed!")),
                 QStringList({QStringLiteral("1:2-4"),
                              QStringLiteral("2:5-7"),
                              QStringLiteral("3:9-10"),
                              QStringLiteral("4:11-11")}));
        // A code needs letters and digits, mostly capitals.
        QCOMPARE(hits(m, QStringLiteral("code red")), QStringList());
    }

    void anyWordFillsOneSlot()
    {
        PhraseMatcher m;
        m.add(QStringLiteral("thanks for the <word> package"), 1);
        QCOMPARE(hits(m, QStringLiteral("Thanks for the huge package!")), QStringList({QStringLiteral("1:0-4")}));
        QCOMPARE(hits(m, QStringLiteral("Thanks for the package!")), QStringList());
        QCOMPARE(hits(m, QStringLiteral("Thanks for the 2 package!")), QStringList()); // a number is no word
        // A phrase may not start with any word: it would be tried at every token.
        PhraseMatcher refused;
        refused.add(QStringLiteral("<word> package"), 1);
        QCOMPARE(refused.phraseCount(), 0);
    }

    void numbersGlueToWhatFollows()
    {
        PhraseMatcher m;
        m.add(QStringLiteral("<num>% of patients"), 1);
        QCOMPARE(hits(m, QStringLiteral("90% of patients")), QStringList({QStringLiteral("1:0-3")}));
        QVERIFY(PhraseMatcher::isValidPhrase(QStringLiteral("<num>% of patients")));
        QVERIFY(!PhraseMatcher::isValidPhrase(QStringLiteral("thanks to <someone>")));
        QVERIFY(!PhraseMatcher::isValidPhrase(QString()));
    }

    void phrasesStayInsideASentence()
    {
        PhraseMatcher m;
        m.add(QStringLiteral("before and after"), 1);
        QCOMPARE(hits(m, QStringLiteral("Come before. And after that, relax.")), QStringList());
    }

    void phrasesSharingAStartAllMatch()
    {
        // The phrases form a trie; every phrase along a path and on every branch is a hit,
        // grouped by their first part (words, numbers, mentions, codes, prefixes) and then in
        // the order they were added.
        PhraseMatcher m;
        m.add(QStringLiteral("before and after"), 1);
        m.add(QStringLiteral("before"), 2);
        m.add(QStringLiteral("before and after"), 3); // the same phrase from another list
        m.add(QStringLiteral("before <num> pm"), 4);
        m.add(QStringLiteral("befor*"), 5);
        m.add(QStringLiteral("<num> pm"), 6);
        m.add(QStringLiteral("before <word> after"), 7);
        QCOMPARE(hits(m, QStringLiteral("Before and after, before 5 pm")),
                 QStringList({QStringLiteral("1:0-2"),
                              QStringLiteral("2:0-0"),
                              QStringLiteral("3:0-2"),
                              QStringLiteral("7:0-2"),
                              QStringLiteral("5:0-0"),
                              QStringLiteral("2:3-3"),
                              QStringLiteral("4:3-5"),
                              QStringLiteral("5:3-3"),
                              QStringLiteral("6:4-5")}));
        QCOMPARE(m.phraseCount(), 7);
    }
};

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
