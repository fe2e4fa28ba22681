#include "compliance/Gazetteer.h"

#include <QFile>
#include <QTest>

using namespace clearpost;

// The sorted, tab-separated lookup files behind the name and place gazetteers.
class TestSortedIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsKeysAcrossBuckets()
    {
        SortedIndex index;
        // Sorted by bytes: one-byte keys, shared first letters, multi-word keys, UTF-8.
        QVERIFY(index.load(QByteArrayLiteral("a\t1\n"
                                             "ab\t2\n"
                                             "abc\t3\n"
                                             "b\t4\n"
                                             "new york\tcity\n"
                                             "newton\t5\n"
                                             "zoe\t6\n"
                                             "\xc3\xa9lise\t7\n")));
        QCOMPARE(index.size(), 8);
        QCOMPARE(index.find("a").value(), QByteArrayView("1"));
        QCOMPARE(index.find("ab").value(), QByteArrayView("2"));
        QCOMPARE(index.find("abc").value(), QByteArrayView("3"));
        QCOMPARE(index.find("b").value(), QByteArrayView("4"));
        QCOMPARE(index.find("new york").value(), QByteArrayView("city"));
        QCOMPARE(index.find("zoe").value(), QByteArrayView("6"));
        QCOMPARE(index.find("\xc3\xa9lise").value(), QByteArrayView("7"));
        QVERIFY(!index.find("abd"));
        QVERIFY(!index.find("aa"));
        QVERIFY(!index.find("new"));
        QVERIFY(!index.find("zz"));
        QVERIFY(!index.find(""));
        QVERIFY(index.hasLongerKey("new"));
        QVERIFY(!index.hasLongerKey("newton"));
    }

    void refusesUnsortedOrEmptyData()
    {
        SortedIndex index;
        QVERIFY(!index.load(QByteArrayLiteral("b\t1\na\t2\n")));
        QVERIFY(!index.find("a"));
        QVERIFY(!index.load(QByteArray()));
        QVERIFY(!index.find("a"));
        QVERIFY(!index.hasLongerKey("a"));
    }

    // Loading checks only that the two-byte buckets come in order (the full check would cost
    // milliseconds on every start); the shipped files are checked here, line by line.
    void shippedIndexesAreSortedByBytes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("names") << QStringLiteral(":/names/names.idx");
        QTest::newRow("places") << QStringLiteral(":/places/places.idx");
    }
    void shippedIndexesAreSortedByBytes()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        QByteArray previous;
        int lines = 0;
        for (const QByteArray& line : data.split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            const qsizetype tab = line.indexOf('\t');
            const QByteArray key = tab < 0 ? line : line.first(tab);
            QVERIFY2(lines == 0 || previous < key,
                     qPrintable(QStringLiteral("line %1: %2").arg(lines + 1).arg(QString::fromUtf8(key))));
            previous = key;
            ++lines;
        }
        QVERIFY(lines > 1000);
        SortedIndex index;
        QVERIFY(index.load(data));
        QCOMPARE(index.size(), lines);
    }
};

QTEST_GUILESS_MAIN(TestSortedIndex)
#include "tst_sortedindex.moc"
