#include "common/TestSupport.h"
#include "compliance/PlatformCounter.h"

#include <QTest>

using namespace clearpost;

namespace {

using UrlList = QStringList;

QStringList urlTexts(const QString& text)
{
    QStringList urls;
    for (const auto& range : PlatformCounter::findUrls(text)) {
        urls << text.mid(range.first, range.second - range.first);
    }
    return urls;
}

QString repeated(const QString& unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i) {
        text += unit;
    }
    return text;
}

// Emoji spelled out, so that the invisible joiners and modifiers are visible in review.
const QString kFamily =
    QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");       // 👨‍👩‍👧‍👦
const QString kThumbsMedium = QStringLiteral("\U0001F44D\U0001F3FD");                   // 👍🏽
const QString kFlagGermany = QStringLiteral("\U0001F1E9\U0001F1EA");                    // 🇩🇪
const QString kKeycapOne = QStringLiteral("1\uFE0F\u20E3");                             // 1️⃣
const QString kHealthWorker = QStringLiteral("\U0001F9D1\U0001F3FD\u200D\u2695\uFE0F"); // 🧑🏽‍⚕️
const QString kFlagScotland = QStringLiteral(
    "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"); // 🏴󠁧󠁢󠁳󠁣󠁴󠁿
const QString kSparkles = QStringLiteral("\u2728");                            // ✨

} // namespace

class TestPlatformCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void plainAsciiCountsOnePerCharacterEverywhere()
    {
        const QString text = QStringLiteral("Floss daily!");
        for (Platform p : allPlatforms()) {
            QCOMPARE(PlatformCounter::count(p, text).length, 12);
        }
        const PlatformCount bluesky = PlatformCounter::count(Platform::Bluesky, text);
        QCOMPARE(bluesky.bytes, 12);
        QVERIFY(!bluesky.isOver());
    }

    void emptyTextIsZeroAndUnderEverywhere()
    {
        for (Platform p : allPlatforms()) {
            const PlatformCount c = PlatformCounter::count(p, QString());
            QCOMPARE(c.length, 0);
            QVERIFY(!c.isOver());
        }
        QVERIFY(PlatformCounter::findUrls(QString()).isEmpty());
    }

    void countFillsTheLimitsOfEachNetwork()
    {
        const QString text = QStringLiteral("Hello");
        const PlatformCount x = PlatformCounter::count(Platform::X, text);
        QCOMPARE(x.limit, 280);
        QCOMPARE(x.byteLimit, 0);
        QCOMPARE(x.hashtagLimit, 0);
        QCOMPARE(x.linkLimit, 0);
        const PlatformCount bluesky = PlatformCounter::count(Platform::Bluesky, text);
        QCOMPARE(bluesky.limit, 300);
        QCOMPARE(bluesky.byteLimit, 3000);
        QCOMPARE(PlatformCounter::count(Platform::Mastodon, text).limit, 500);
        const PlatformCount threads = PlatformCounter::count(Platform::Threads, text);
        QCOMPARE(threads.limit, 500);
        QCOMPARE(threads.linkLimit, 5);
        const PlatformCount instagram = PlatformCounter::count(Platform::Instagram, text);
        QCOMPARE(instagram.limit, 2200);
        QCOMPARE(instagram.hashtagLimit, 30);
        QCOMPARE(PlatformCounter::count(Platform::Facebook, text).limit, 63206);
        QCOMPARE(PlatformCounter::count(Platform::LinkedIn, text).limit, 3000);
        QCOMPARE(PlatformCounter::count(Platform::GoogleBusiness, text).limit, 1500);

        PlatformLimits limits;
        limits.mastodonMaxChars = 1000;
        limits.instagramHashtagLimit = 5;
        QCOMPARE(PlatformCounter::count(Platform::Mastodon, text, limits).limit, 1000);
        QCOMPARE(PlatformCounter::count(Platform::Instagram, text, limits).hashtagLimit, 5);
    }

    void xWeighsCjkAndMostSymbolsTwice()
    {
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("你好，世界")), 10);
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("Hi 你好")), 7);
        // Latin, Greek, Cyrillic (up to U+10FF) and the typographic quotes and dashes weigh 1;
        // the ellipsis U+2026 is outside the light ranges.
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("Grüße, Ωμέγα — Привет")), 21);
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("It’s…")), 6);
    }

    void xCountsAnEmojiSequenceOnce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weighted");
        QTest::newRow("ZWJ family") << kFamily << 2;
        QTest::newRow("skin tone") << kThumbsMedium << 2;
        QTest::newRow("flag") << kFlagGermany << 2;
        QTest::newRow("keycap") << kKeycapOne << 2;
        QTest::newRow("ZWJ with tone and VS16") << kHealthWorker << 2;
        QTest::newRow("tag sequence") << kFlagScotland << 2;
        QTest::newRow("text-default with VS16") << QStringLiteral("\u2764\uFE0F") << 2;
        QTest::newRow("single emoji") << kSparkles << 2;
        QTest::newRow("copyright sign alone is Latin-1") << QStringLiteral("\u00A9") << 1;
        QTest::newRow("copyright sign as emoji") << QStringLiteral("\u00A9\uFE0F") << 2;
        QTest::newRow("text presentation is not an emoji") << QStringLiteral("\u2600\uFE0E") << 4;
        QTest::newRow("two families") << kFamily + QStringLiteral(" ") + kFamily << 5;
        QTest::newRow("plain digit") << QStringLiteral("1") << 1;
    }

    void xCountsAnEmojiSequenceOnce()
    {
        QFETCH(QString, text);
        QFETCH(int, weighted);
        QCOMPARE(PlatformCounter::xWeightedLength(text), weighted);
    }

    void xNormalisesToNfcFirst()
    {
        // "e" + combining acute is one precomposed "é" after NFC: 4, not 5.
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("cafe\u0301")), 4);
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("caf\u00E9")), 4);
        // Hangul jamo compose to one syllable, which weighs 2 (not 1 + 1 + 1).
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("\u1100\u1161\u11A8")), 2);
    }

    void urlsCount23OnXAndMastodonButAsWrittenOnBluesky()
    {
        const QString url = QStringLiteral(
            "https://lakeshorefp.com/news/2025/patient-experience-survey-results-full-report-with-methodology");
        const QString text = QStringLiteral("Read ") + url + QStringLiteral(" now");
        QCOMPARE(PlatformCounter::count(Platform::X, text).length, 5 + 23 + 4);
        QCOMPARE(PlatformCounter::count(Platform::Mastodon, text).length, 5 + 23 + 4);
        QCOMPARE(PlatformCounter::count(Platform::Bluesky, text).length, 5 + int(url.size()) + 4);
        QCOMPARE(PlatformCounter::count(Platform::Threads, text).length, int(text.size()));

        // A short URL also counts 23 on X.
        QCOMPARE(PlatformCounter::xWeightedLength(QStringLiteral("x.co")), 23);
    }

    void urlsWithoutSchemeCount23OnXOnly()
    {
        // X shortens every URL it finds; Mastodon links (and shortens) only URLs with a scheme.
        const QString text = QStringLiteral("Walk-ins: lakeshorefp.com/walkin");
        QCOMPARE(text.size(), 32);
        QCOMPARE(PlatformCounter::count(Platform::X, text).length, 10 + 23);
        QCOMPARE(PlatformCounter::count(Platform::Mastodon, text).length, 32);
        QCOMPARE(PlatformCounter::count(Platform::Bluesky, text).length, 32);
    }

    void blueskyCountsGraphemesAndUtf8Bytes()
    {
        PlatformCount c = PlatformCounter::count(Platform::Bluesky, kFamily);
        QCOMPARE(c.length, 1);
        QCOMPARE(c.bytes, 25); // 4 emoji × 4 bytes + 3 joiners × 3 bytes
        c = PlatformCounter::count(Platform::Bluesky, kFlagGermany + QStringLiteral("e\u0301"));
        QCOMPARE(c.length, 2);
        QCOMPARE(c.bytes, 8 + 3);
        QCOMPARE(PlatformCounter::utf8Length(QStringLiteral("Grüße")), 7);
    }

    void blueskyByteLimitCatchesLongClusters()
    {
        // 300 graphemes is exactly the limit, but 300 families are 7,500 bytes.
        const PlatformCount c = PlatformCounter::count(Platform::Bluesky, repeated(kFamily, 300));
        QCOMPARE(c.length, 300);
        QVERIFY(!c.lengthOver());
        QCOMPARE(c.bytes, 7500);
        QVERIFY(c.bytesOver());
        QVERIFY(c.isOver());
        QCOMPARE(c.summary(), QStringLiteral("Bluesky 300/300, 7500/3000 bytes"));

        const PlatformCount ascii = PlatformCounter::count(Platform::Bluesky, repeated(QStringLiteral("a"), 301));
        QVERIFY(ascii.lengthOver());
        QVERIFY(!ascii.bytesOver());
    }

    void threadsCountsEmojiAsUtf8Bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("ascii") << QStringLiteral("Hi ") << 3;
        QTest::newRow("skin tone") << QStringLiteral("Hi ") + kThumbsMedium << 3 + 8;
        QTest::newRow("BMP emoji") << kSparkles << 3;
        QTest::newRow("keycap") << kKeycapOne << 1 + 3 + 3;
        QTest::newRow("flag") << kFlagGermany << 8;
        QTest::newRow("ZWJ family") << kFamily << 25;
        QTest::newRow("accented letter") << QStringLiteral("\u00E9") << 1;
        QTest::newRow("CJK") << QStringLiteral("你好") << 2;
    }

    void threadsCountsEmojiAsUtf8Bytes()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(PlatformCounter::threadsLength(text), length);
        QCOMPARE(PlatformCounter::count(Platform::Threads, text).length, length);
    }

    void threadsAllowsFiveDistinctLinks()
    {
        QString text;
        for (int i = 1; i <= 6; ++i) {
            text += QStringLiteral("Part %1: lakeshorefp.com/guide/%1\n").arg(i);
        }
        PlatformCount c = PlatformCounter::count(Platform::Threads, text);
        QCOMPARE(c.links, 6);
        QCOMPARE(c.linkLimit, 5);
        QVERIFY(!c.lengthOver());
        QVERIFY(c.linksOver());
        QVERIFY(c.isOver());
        QVERIFY(c.summary().endsWith(QStringLiteral(", 6/5 links")));

        // The same URL six times is one link.
        c = PlatformCounter::count(Platform::Threads, repeated(QStringLiteral("https://lakeshorefp.com/walkin "), 6));
        QCOMPARE(c.links, 1);
        QVERIFY(!c.isOver());
    }

    void mastodonCountsRemoteMentionsAsLocal()
    {
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("Thanks @jane@mastodon.social!")), 13);
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("Thanks @jane!")), 13);
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("Thanks @dr.osei@med-mastodon.example.org")), 15);
        // An e-mail address is not a mention.
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("Write to jane@clinic.com")), 24);
        // Mastodon strips the text first.
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("\n Thanks @jane!\n\n")), 13);
        // Graphemes, like Bluesky: an emoji sequence is one character.
        QCOMPARE(PlatformCounter::mastodonLength(QStringLiteral("Hi ") + kFamily), 4);
        // Mentions and URLs together.
        QCOMPARE(PlatformCounter::mastodonLength(
                     QStringLiteral("@jane@mastodon.social see https://example.org/a/very/long/path/indeed")),
                 5 + 5 + 23);
    }

    void mastodonLimitComesFromTheServer()
    {
        PlatformLimits limits;
        limits.mastodonMaxChars = 500;
        const QString text = repeated(QStringLiteral("a"), 501);
        QVERIFY(PlatformCounter::count(Platform::Mastodon, text, limits).isOver());
        limits.mastodonMaxChars = 5000;
        QVERIFY(!PlatformCounter::count(Platform::Mastodon, text, limits).isOver());
    }

    void hashtagsAreCountedLikeTwitterText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hashtags");
        QTest::newRow("two") << QStringLiteral("#smile #dentist") << 2;
        QTest::newRow("after punctuation") << QStringLiteral("(#smile), #floss!") << 2;
        QTest::newRow("not after a word character") << QStringLiteral("C# a#b x_#y") << 0;
        QTest::newRow("not all digits") << QStringLiteral("#1 #2024 #_ #1st") << 1;
        QTest::newRow("unicode letters") << QStringLiteral("#über #zähne #歯医者") << 3;
        QTest::newRow("HTML entity") << QStringLiteral("&#39;") << 0;
        QTest::newRow("keycap emoji") << QStringLiteral("#\uFE0F\u20E3") << 0;
        QTest::newRow("fragment of a URL") << QStringLiteral("see example.com/#faq and #faq") << 1;
        QTest::newRow("fullwidth sign") << QStringLiteral("\uFF03smile") << 1;
    }

    void hashtagsAreCountedLikeTwitterText()
    {
        QFETCH(QString, text);
        QFETCH(int, hashtags);
        QCOMPARE(PlatformCounter::hashtagCount(text), hashtags);
    }

    void instagramHashtagCap()
    {
        QString text = QStringLiteral("Back-to-school vaccine days!\n\n");
        for (int i = 0; i < 35; ++i) {
            text += QStringLiteral("#tag%1 ").arg(QChar(u'a' + i % 26)) + QString::number(i) + QLatin1Char(' ');
        }
        PlatformCount c = PlatformCounter::count(Platform::Instagram, text);
        QCOMPARE(c.hashtags, 35);
        QVERIFY(!c.lengthOver());
        QVERIFY(c.hashtagsOver());
        QCOMPARE(c.summary(), QStringLiteral("Instagram %1/2200, 35/30 hashtags").arg(text.size()));

        PlatformLimits limits;
        limits.instagramHashtagLimit = 5;
        c = PlatformCounter::count(Platform::Instagram, QStringLiteral("#a #b #c #d #e"), limits);
        QCOMPARE(c.hashtags, 5);
        QVERIFY(!c.isOver());
        c = PlatformCounter::count(Platform::Instagram, QStringLiteral("#a #b #c #d #e #f"), limits);
        QVERIFY(c.hashtagsOver());
    }

    void metaLinkedInAndGoogleCountCodePoints()
    {
        // An emoji with a skin tone is two code points (four UTF-16 units).
        const QString text = kThumbsMedium + QStringLiteral(" ok");
        for (Platform p : {Platform::Facebook, Platform::Instagram, Platform::LinkedIn, Platform::GoogleBusiness}) {
            QCOMPARE(PlatformCounter::count(p, text).length, 5);
        }
        QVERIFY(!PlatformCounter::count(Platform::Facebook, repeated(QStringLiteral("a"), 63206)).isOver());
        QVERIFY(PlatformCounter::count(Platform::Facebook, repeated(QStringLiteral("a"), 63207)).isOver());
        QVERIFY(PlatformCounter::count(Platform::GoogleBusiness, repeated(QStringLiteral("a"), 1501)).isOver());
    }

    void graphemeClusters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("graphemes");
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("CR LF") << QStringLiteral("\r\n") << 1;
        QTest::newRow("Hangul jamo") << QStringLiteral("\u1100\u1161\u11A8") << 1;
        QTest::newRow("three regional indicators") << kFlagGermany + QStringLiteral("\U0001F1EB") << 2;
        QTest::newRow("Devanagari conjuncts") << QStringLiteral("नमस्ते") << 3;
        QTest::newRow("joiner after a letter") << QStringLiteral("a\u200D\U0001F600") << 2;
        QTest::newRow("ZWJ family and text") << kFamily + QStringLiteral("ok") << 3;
        QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << 1;
    }

    void graphemeClusters()
    {
        QFETCH(QString, text);
        QFETCH(int, graphemes);
        QCOMPARE(PlatformCounter::graphemeCount(text), graphemes);
    }

    void findUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<UrlList>("urls");
        QTest::newRow("path, trailing dot")
            << QStringLiteral("Book at lakeshorefp.com/walkin.") << UrlList{QStringLiteral("lakeshorefp.com/walkin")};
        QTest::newRow("short links") << QStringLiteral("Shop: amzn.to/3xSpn42 or bit.ly")
                                     << UrlList{QStringLiteral("amzn.to/3xSpn42"), QStringLiteral("bit.ly")};
        QTest::newRow("ccTLD, exclamation")
            << QStringLiteral("Neu: flowroll.de/physiovital!") << UrlList{QStringLiteral("flowroll.de/physiovital")};
        QTest::newRow("closing bracket") << QStringLiteral("(see linkedin.com/in/x)")
                                         << UrlList{QStringLiteral("linkedin.com/in/x")};
        QTest::newRow("www") << QStringLiteral("Visit www.example.com, today")
                             << UrlList{QStringLiteral("www.example.com")};
        QTest::newRow("scheme, question mark")
            << QStringLiteral("Is it http://example.com?") << UrlList{QStringLiteral("http://example.com")};
        QTest::newRow("query, semicolon") << QStringLiteral("https://example.com/path?x=1&y=2; next")
                                          << UrlList{QStringLiteral("https://example.com/path?x=1&y=2")};
        QTest::newRow("balanced parentheses") << QStringLiteral("https://en.wikipedia.org/wiki/Primer_(film), ok")
                                              << UrlList{QStringLiteral("https://en.wikipedia.org/wiki/Primer_(film)")};
        QTest::newRow("health TLDs") << QStringLiteral("clinic.dental and smile.health")
                                     << UrlList{QStringLiteral("clinic.dental"), QStringLiteral("smile.health")};
        QTest::newRow("e-mail addresses")
            << QStringLiteral("Mail info@lakeshorefp.com or jane.doe@clinic.org") << UrlList{};
        QTest::newRow("not domains") << QStringLiteral("e.g. Dr.Smith took 3.5mg, v1.2, file.tar.bz2") << UrlList{};
        QTest::newRow("cashtag, hashtag, mention") << QStringLiteral("$RBS.CA #test.com @test.com") << UrlList{};
        QTest::newRow("hyphenated TLD") << QStringLiteral("http://domain.com-typo") << UrlList{};
        QTest::newRow("CJK around") << QStringLiteral("日本語example.com/pathです")
                                    << UrlList{QStringLiteral("example.com/path")};
        QTest::newRow("line breaks") << QStringLiteral("https://a.example.org\nb.example.org/x\n")
                                     << UrlList{QStringLiteral("https://a.example.org"),
                                                QStringLiteral("b.example.org/x")};
    }

    void findUrls()
    {
        QFETCH(QString, text);
        QFETCH(UrlList, urls);
        QCOMPARE(urlTexts(text), urls);
    }

    void findUrlsReturnsUtf16Ranges()
    {
        // The emoji before the URL takes two UTF-16 units.
        const auto urls = PlatformCounter::findUrls(QStringLiteral("\U0001F449 x.com/a"));
        QCOMPARE(urls.size(), 1);
        QCOMPARE(urls.first().first, qsizetype(3));
        QCOMPARE(urls.first().second, qsizetype(10));
    }

    void summaryNamesTheNetworkAndTheCount()
    {
        const PlatformCount x = PlatformCounter::count(Platform::X, repeated(QStringLiteral("a"), 212));
        QCOMPARE(x.summary(), QStringLiteral("X 212/280"));
        const PlatformCount gbp = PlatformCounter::count(Platform::GoogleBusiness, QStringLiteral("Open today"));
        QCOMPARE(gbp.summary(), QStringLiteral("Google Business Profile 10/1500"));
        PlatformCount unlimited;
        unlimited.platform = Platform::Mastodon;
        unlimited.length = 12;
        QCOMPARE(unlimited.summary(), QStringLiteral("Mastodon 12"));
    }

    void mayExceedNeverHidesAnOverLimit()
    {
        // The cheap bound may say "count to know" for a text that is under; it may never say "under" for a
        // text that is over.
        PlatformLimits limits;
        limits.instagramHashtagLimit = 3;
        const QStringList texts{
            QString(),
            QStringLiteral("#a #b #c"),
            QStringLiteral("#a #b #c #d"),
            QStringLiteral("＃a ＃b #c #d"),
            QString(1500, QLatin1Char('x')),
            QString(1501, QLatin1Char('x')),
            QString(2200, QLatin1Char('x')),
            QString(2201, QLatin1Char('x')),
            QString(3001, QLatin1Char('y')),
            repeated(kThumbsMedium, 1200), // 4,800 UTF-16 units, 2,400 code points
            QString(63207, QLatin1Char('z')),
        };
        for (const QString& text : texts) {
            for (Platform p : allPlatforms()) {
                if (!PlatformCounter::mayExceed(p, text, limits)) {
                    QVERIFY2(!PlatformCounter::count(p, text, limits).isOver(),
                             qPrintable(QStringLiteral("%1, %2 units").arg(platformId(p)).arg(text.size())));
                }
            }
        }
        QVERIFY(!PlatformCounter::mayExceed(Platform::Facebook, QString(63206, QLatin1Char('z'))));
        QVERIFY(PlatformCounter::mayExceed(Platform::Facebook, QString(63207, QLatin1Char('z'))));
        QVERIFY(PlatformCounter::mayExceed(Platform::Instagram, QStringLiteral("＃a ＃b #c #d"), limits));
    }

    void longTextIsCountedCompletely()
    {
        // A Facebook-sized text of 1,344 repetitions of one line (63,168 UTF-16 units, 45 code points
        // a line) with an emoji, a URL without scheme and a hashtag: every count is exact.
        const QString line =
            QStringLiteral("Floss daily ") + kThumbsMedium + QStringLiteral(" lakeshorefp.com/walkin #smile\n");
        QCOMPARE(line.size(), 47);
        const int lines = 1344;
        const QString text = repeated(line, lines);
        QCOMPARE(PlatformCounter::count(Platform::Facebook, text).length, 45 * lines);
        QVERIFY(!PlatformCounter::count(Platform::Facebook, text).isOver());
        QCOMPARE(PlatformCounter::count(Platform::X, text).length, (12 + 2 + 1 + 23 + 7 + 1) * lines);
        QCOMPARE(PlatformCounter::count(Platform::Bluesky, text).length, 44 * lines);
        QCOMPARE(PlatformCounter::count(Platform::Mastodon, text).length, 44 * lines - 1); // final "\n" stripped
        const PlatformCount threads = PlatformCounter::count(Platform::Threads, text);
        QCOMPARE(threads.length, (12 + 8 + 23 + 7 + 1) * lines);
        QCOMPARE(threads.links, 1);
        QCOMPARE(PlatformCounter::count(Platform::Instagram, text).hashtags, lines);
        QCOMPARE(PlatformCounter::findUrls(text).size(), qsizetype(lines));
    }
};

QTEST_GUILESS_MAIN(TestPlatformCounter)
#include "tst_platformcounter.moc"
