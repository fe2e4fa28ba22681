#include "compliance/WordSet.h"

#include <QTest>

using namespace clearpost;

// WordSet answers "is this folded word in the list?" for nearly every token of a check.
class TestWordSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsExactlyItsWords()
    {
        const WordSet set{QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("straße")};
        QVERIFY(set.contains(QStringLiteral("is")));
        QVERIFY(set.contains(QStringLiteral("was")));
        QVERIFY(set.contains(QStringLiteral("straße")));
        QVERIFY(!set.contains(QStringLiteral("it"))); // same length and first letter: the filter lets it through
        QVERIFY(!set.contains(QStringLiteral("i")));
        QVERIFY(!set.contains(QStringLiteral("iss")));
        QVERIFY(!set.contains(QString()));
        QCOMPARE(set.size(), 3);
        QVERIFY(!set.isEmpty());
        QVERIFY(WordSet().isEmpty());
        QVERIFY(!WordSet().contains(QStringLiteral("is")));
    }

    void viewsNeedNoCopy()
    {
        const WordSet set{QStringLiteral("crown")};
        const QString text = QStringLiteral("your crown feels better");
        QVERIFY(set.contains(QStringView(text).mid(5, 5)));
        QVERIFY(!set.contains(QStringView(text).mid(5, 4)));
        QVERIFY(!set.contains(QStringView(text).mid(0, 4)));
    }

    void longWordsShareOneLengthClass()
    {
        WordSet set;
        set.insert(QStringLiteral("zahnarztpraxis"));    // 14 letters
        set.insert(QStringLiteral("kieferorthopaedie")); // 17 letters
        QVERIFY(set.contains(QStringLiteral("zahnarztpraxis")));
        QVERIFY(set.contains(QStringLiteral("kieferorthopaedie")));
        QVERIFY(!set.contains(QStringLiteral("kieferorthopaedin")));
        QVERIFY(!set.contains(QStringLiteral("kieferorthopaedieXYZ")));
    }

    void iteratesOverItsWords()
    {
        const WordSet set{QStringLiteral("a"), QStringLiteral("b")};
        QStringList words(set.begin(), set.end());
        words.sort();
        QCOMPARE(words, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestWordSet)
#include "tst_wordset.moc"
