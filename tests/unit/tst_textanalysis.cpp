#include "compliance/TextAnalysis.h"

#include <QTest>

using namespace clearpost;

class TestTextAnalysis : public QObject
{
    Q_OBJECT

private:
    static QStringList norms(const TextAnalysis& a)
    {
        QStringList out;
        for (const Token& t : a.tokens()) {
            out.append(t.norm);
        }
        return out;
    }

private Q_SLOTS:
    void foldsCaseAndAccents()
    {
        QCOMPARE(TextAnalysis::fold(u"Müller"), QStringLiteral("muller"));
        QCOMPARE(TextAnalysis::fold(u"Straße"), QStringLiteral("strasse"));
        QCOMPARE(TextAnalysis::fold(u"García"), QStringLiteral("garcia"));
        QCOMPARE(TextAnalysis::fold(u"Łódź"), QStringLiteral("lodz"));
        QCOMPARE(TextAnalysis::fold(u"can’t"), QStringLiteral("can't"));
    }

    void tokensCarryWhatDetectorsNeed()
    {
        const TextAnalysis a(
            QStringLiteral("Zara's asthma, a pain-free visit for #BracesOff with @jane_doe: 600mg, 90% done."));
        QCOMPARE(norms(a),
                 QStringList({QStringLiteral("zara"),
                              QStringLiteral("asthma"),
                              QStringLiteral("a"),
                              QStringLiteral("pain"),
                              QStringLiteral("free"),
                              QStringLiteral("visit"),
                              QStringLiteral("for"),
                              QStringLiteral("bracesoff"),
                              QStringLiteral("with"),
                              QStringLiteral("jane_doe"),
                              QStringLiteral("600"),
                              QStringLiteral("mg"),
                              QStringLiteral("90"),
                              QStringLiteral("%"),
                              QStringLiteral("done")}));
        const QList<Token>& t = a.tokens();
        QVERIFY(t[0].possessive);
        QVERIFY(t[0].capitalized);
        QCOMPARE(a.tokenText(0), QStringView(u"Zara"));
        QVERIFY(t[3].hyphenNext);
        QCOMPARE(t[7].kind, Token::Kind::Hashtag);
        QCOMPARE(t[9].kind, Token::Kind::Mention);
        QCOMPARE(t[10].kind, Token::Kind::Number);
        QVERIFY(t[1].commaAfter);
    }

    void contractionsStayWhole()
    {
        const TextAnalysis a(QStringLiteral("It's fine, we can't and you're right"));
        QCOMPARE(norms(a).mid(0, 1), QStringList{QStringLiteral("it's")});
        QVERIFY(norms(a).contains(QStringLiteral("can't")));
        QVERIFY(norms(a).contains(QStringLiteral("you're")));
        QVERIFY(!a.tokens()[0].possessive);
    }

    void sentencesAndClauses()
    {
        const TextAnalysis a(QStringLiteral(
            "Dear Mr. Gomez, thanks! See flowroll.de/physio for No.1 tips. Am 17.11. um 9 Uhr, ok?\nNew line"));
        QCOMPARE(a.sentences().size(), 4);
        // "Mr." and "17.11." and the dots inside a link do not end sentences.
        QCOMPARE(a.tokens()[1].norm, QStringLiteral("mr"));
        QCOMPARE(a.tokens()[1].sentence, a.tokens()[2].sentence);
        const int link = a.tokenFrom(a.text().indexOf(QLatin1String("de/physio")));
        QCOMPARE(a.tokens()[link].sentence, 1);
        const int um = a.tokenFrom(a.text().indexOf(QLatin1String("um")));
        QCOMPARE(a.tokens()[um].sentence, 2);
        QVERIFY(a.tokens()[2].clause != a.tokens()[3].clause); // comma
        QCOMPARE(a.tokens().last().sentence, 3);               // line break
    }

    void arrowsJoinAndEmojiSeparate()
    {
        // An arrow (with its emoji variation selector) joins the words it points between; a stray mark is no word;
        // other emoji end a sentence.
        const TextAnalysis a(QStringLiteral("Before ➡️ after: lip filler 💋 No duck lips"));
        QCOMPARE(norms(a).mid(0, 2), (QStringList{QStringLiteral("before"), QStringLiteral("after")}));
        QCOMPARE(a.tokens()[0].sentence, a.tokens()[1].sentence);
        QVERIFY(a.tokens()[4].sentence != a.tokens()[3].sentence);
    }

    void doctoratesDoNotEndSentences()
    {
        // "Dr. med. dent." is one title; a sentence that ends with "vet." still ends.
        const TextAnalysis title(
            QStringLiteral("Dr. med. dent. Jan Roth ist da. Take your dog to the vet. Then rest."));
        QCOMPARE(title.sentences().size(), 3);
        QCOMPARE(title.tokens()[4].norm, QStringLiteral("roth"));
        QCOMPARE(title.tokens()[4].sentence, 0);
    }

    void emojiEndSentences()
    {
        const TextAnalysis a(QStringLiteral("Turned 3 this week 🦖 Happy birthday"));
        QCOMPARE(a.sentences().size(), 2);
    }

    void positions()
    {
        const TextAnalysis a(QStringLiteral("ab cd  ef"));
        QCOMPARE(a.tokenFrom(0), 0);
        QCOMPARE(a.tokenFrom(3), 1);
        QCOMPARE(a.tokenFrom(99), 3);
        QCOMPARE(a.tokenBefore(5), 1);
        QCOMPARE(a.tokenBefore(0), -1);
    }

    void survivesOddInput()
    {
        for (const QString& s : {QString(),
                                 QStringLiteral("'"),
                                 QStringLiteral("#"),
                                 QStringLiteral("@@@"),
                                 QStringLiteral("....!!!???"),
                                 QString(QChar(0xD83D)),
                                 QStringLiteral("a-"),
                                 QStringLiteral("1.2.3.4.5.6"),
                                 QStringLiteral("🏳️‍🌈🏳️‍🌈")}) {
            const TextAnalysis a(s);
            for (const Token& t : a.tokens()) {
                QVERIFY(t.start >= 0 && t.start < t.end && t.end <= s.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextAnalysis)
#include "tst_textanalysis.moc"
