#include "common/TestSupport.h"
#include "compliance/IdentifierScanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace clearpost;

namespace {

// Test texts mark each expected finding as ⟦ruleId:text⟧; the markers are removed
// before scanning and give the exact UTF-16 span the scanner must report.
struct Marked
{
    QString text;
    QStringList expected; // "ruleId [start,end) text"
};

QString describe(const QString& ruleId, qsizetype start, qsizetype end, const QString& text)
{
    return QStringLiteral("%1 [%2,%3) %4").arg(ruleId).arg(start).arg(end).arg(text.mid(start, end - start));
}

Marked parseMarked(const QString& marked)
{
    Marked result;
    qsizetype i = 0;
    while (i < marked.size()) {
        const qsizetype open = marked.indexOf(QChar(0x27E6), i);
        if (open < 0) {
            result.text += marked.mid(i);
            break;
        }
        result.text += marked.mid(i, open - i);
        const qsizetype colon = marked.indexOf(QLatin1Char(':'), open);
        const qsizetype close = marked.indexOf(QChar(0x27E7), colon);
        Q_ASSERT(colon > open && close > colon);
        const QString ruleId = marked.mid(open + 1, colon - open - 1);
        const qsizetype start = result.text.size();
        result.text += marked.mid(colon + 1, close - colon - 1);
        result.expected << QStringLiteral("%1 [%2,%3)").arg(ruleId).arg(start).arg(result.text.size());
        i = close + 1;
    }
    for (QString& expected : result.expected) {
        // Append the quoted text, so a failure shows what was meant.
        const qsizetype from = expected.indexOf(QLatin1Char('[')) + 1;
        const qsizetype comma = expected.indexOf(QLatin1Char(','), from);
        const qsizetype to = expected.indexOf(QLatin1Char(')'), comma);
        const qsizetype start = expected.mid(from, comma - from).toLongLong();
        const qsizetype end = expected.mid(comma + 1, to - comma - 1).toLongLong();
        expected += QLatin1Char(' ') + result.text.mid(start, end - start);
    }
    return result;
}

QStringList describeAll(const QString& text, const QList<IdentifierMatch>& matches)
{
    QStringList out;
    for (const IdentifierMatch& match : matches)
        out << describe(match.ruleId, match.start, match.end, text);
    return out;
}

IdentifierScanner::Options regions(const QStringList& list)
{
    IdentifierScanner::Options options;
    options.phoneRegions = list;
    return options;
}

const QStringList kUS{QStringLiteral("US")};
const QStringList kGB{QStringLiteral("GB")};
const QStringList kDE{QStringLiteral("DE")};

// Checks the invariants every result must keep, whatever the input.
void verifyWellFormed(const QString& text, const QList<IdentifierMatch>& matches)
{
    qsizetype previousEnd = 0;
    for (const IdentifierMatch& match : matches) {
        QVERIFY(match.start >= previousEnd);
        QVERIFY(match.start < match.end);
        QVERIFY(match.end <= text.size());
        QVERIFY(!match.ruleId.isEmpty());
        QVERIFY(match.ruleId.startsWith(match.category));
        previousEnd = match.end;
    }
}

} // namespace

class TestIdentifierScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    // ----- validators -----

    void luhn_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa test") << QStringLiteral("4111111111111111") << true;
        QTest::newRow("grouped") << QStringLiteral("4111 1111 1111 1111") << true;
        QTest::newRow("dashes") << QStringLiteral("5555-5555-5555-4444") << true;
        QTest::newRow("amex") << QStringLiteral("378282246310005") << true;
        QTest::newRow("off by one") << QStringLiteral("4111111111111112") << false;
        QTest::newRow("letters") << QStringLiteral("4111a11111111111") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("single digit") << QStringLiteral("0") << false;
    }
    void luhn()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::luhn(input), valid);
    }

    void iban_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("DE grouped") << QStringLiteral("DE89 3704 0044 0532 0130 00") << true;
        QTest::newRow("DE compact") << QStringLiteral("DE89370400440532013000") << true;
        QTest::newRow("GB") << QStringLiteral("GB82WEST12345698765432") << true;
        QTest::newRow("GB lower case") << QStringLiteral("gb82west12345698765432") << true;
        QTest::newRow("NO shortest") << QStringLiteral("NO9386011117947") << true;
        QTest::newRow("wrong check digits") << QStringLiteral("DE88370400440532013000") << false;
        QTest::newRow("wrong length for DE") << QStringLiteral("DE8937040044053201300") << false;
        QTest::newRow("unknown country") << QStringLiteral("QQ89370400440532013000") << false;
        QTest::newRow("punctuation") << QStringLiteral("DE89-3704-0044-0532-0130-00") << false;
    }
    void iban()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::iban(input), valid);
    }

    void medicareMbi_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("CMS example") << QStringLiteral("1EG4-TE5-MK73") << true;
        QTest::newRow("without dashes") << QStringLiteral("1EG4TE5MK73") << true;
        QTest::newRow("dev data") << QStringLiteral("3RK7-WD2-NP48") << true;
        QTest::newRow("starts with 0") << QStringLiteral("0EG4TE5MK73") << false;
        QTest::newRow("letter S") << QStringLiteral("1EG4-TE5-MK7S") << false;
        QTest::newRow("letter O in position 2") << QStringLiteral("1OG4TE5MK73") << false;
        QTest::newRow("digit where a letter belongs") << QStringLiteral("11G4TE5MK73") << false;
        QTest::newRow("digit allowed in position 3") << QStringLiteral("1E14TE5MK73") << true;
        QTest::newRow("too short") << QStringLiteral("1EG4TE5MK7") << false;
        QTest::newRow("one dash") << QStringLiteral("1EG4-TE5MK73") << false;
    }
    void medicareMbi()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::medicareMbi(input), valid);
    }

    void nhsNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NHS example") << QStringLiteral("943 476 5919") << true;
        QTest::newRow("compact") << QStringLiteral("9434765919") << true;
        QTest::newRow("dev data") << QStringLiteral("612 398 4705") << true;
        QTest::newRow("wrong check digit") << QStringLiteral("943 476 5918") << false;
        QTest::newRow("check digit would be 10") << QStringLiteral("1000000010") << false;
        QTest::newRow("all zeros") << QStringLiteral("0000000000") << false;
        QTest::newRow("nine digits") << QStringLiteral("943476591") << false;
    }
    void nhsNumber()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::nhsNumber(input), valid);
    }

    void germanKvnr_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dev data") << QStringLiteral("M205193746") << true;
        QTest::newRow("A") << QStringLiteral("A123456780") << true;
        QTest::newRow("X") << QStringLiteral("X234567891") << true;
        QTest::newRow("wrong check digit") << QStringLiteral("M205193745") << false;
        QTest::newRow("lower-case letter") << QStringLiteral("m205193746") << false;
        QTest::newRow("too short") << QStringLiteral("M20519374") << false;
        QTest::newRow("letter inside") << QStringLiteral("M2051937A6") << false;
    }
    void germanKvnr()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::germanKvnr(input), valid);
    }

    void ukDrivingLicence_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("DVLA example") << QStringLiteral("MORGA753116SM9IJ") << true;
        QTest::newRow("woman, short surname") << QStringLiteral("LEE99862045JA9KL") << true;
        QTest::newRow("one initial") << QStringLiteral("PATEL805143R99KL") << true;
        QTest::newRow("letter after padding") << QStringLiteral("LE9E9862045JA9KL") << false;
        QTest::newRow("month 13") << QStringLiteral("MORGA713116SM9IJ") << false;
        QTest::newRow("day 32") << QStringLiteral("MORGA753326SM9IJ") << false;
        QTest::newRow("digit first") << QStringLiteral("1ORGA753116SM9IJ") << false;
        QTest::newRow("too short") << QStringLiteral("MORGA753116SM9I") << false;
    }
    void ukDrivingLicence()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::ukDrivingLicence(input), valid);
    }

    void vin_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Honda") << QStringLiteral("1HGCM82633A004352") << true;
        QTest::newRow("check digit X") << QStringLiteral("1M8GDM9AXKP042788") << true;
        QTest::newRow("wrong check digit") << QStringLiteral("1HGCM82634A004352") << false;
        QTest::newRow("letter I") << QStringLiteral("1HGCM82633I004352") << false;
        QTest::newRow("16 characters") << QStringLiteral("1HGCM82633A00435") << false;
    }
    void vin()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::vin(input), valid);
    }

    void ssn_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dashes") << QStringLiteral("412-68-3390") << true;
        QTest::newRow("spaces") << QStringLiteral("412 68 3390") << true;
        QTest::newRow("dots") << QStringLiteral("412.68.3390") << true;
        QTest::newRow("bare") << QStringLiteral("412683390") << true;
        QTest::newRow("area 000") << QStringLiteral("000-68-3390") << false;
        QTest::newRow("area 666") << QStringLiteral("666-68-3390") << false;
        QTest::newRow("area 9xx") << QStringLiteral("912-68-3390") << false;
        QTest::newRow("group 00") << QStringLiteral("412-00-3390") << false;
        QTest::newRow("serial 0000") << QStringLiteral("412-68-0000") << false;
        QTest::newRow("mixed delimiters") << QStringLiteral("412-68 3390") << false;
        QTest::newRow("one delimiter") << QStringLiteral("412-683390") << false;
        QTest::newRow("all the same") << QStringLiteral("111-11-1111") << false;
        QTest::newRow("Woolworth wallet") << QStringLiteral("078-05-1120") << false;
        QTest::newRow("123456789") << QStringLiteral("123-45-6789") << false;
    }
    void ssn()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::ssn(input), valid);
    }

    void abaRouting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Federal Reserve Boston") << QStringLiteral("011000015") << true;
        QTest::newRow("Chase") << QStringLiteral("021000021") << true;
        QTest::newRow("with dashes") << QStringLiteral("0110-0001-5") << true;
        QTest::newRow("bad checksum") << QStringLiteral("011000016") << false;
        QTest::newRow("bad prefix") << QStringLiteral("500000005") << false;
        QTest::newRow("eight digits") << QStringLiteral("01100001") << false;
    }
    void abaRouting()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::abaRouting(input), valid);
    }

    void deaNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("AB1234563") << true;
        QTest::newRow("9 as second character") << QStringLiteral("A91234563") << true;
        QTest::newRow("bad check digit") << QStringLiteral("AB1234564") << false;
        QTest::newRow("unknown registrant type") << QStringLiteral("IB1234563") << false;
        QTest::newRow("too short") << QStringLiteral("AB123456") << false;
    }
    void deaNumber()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::deaNumber(input), valid);
    }

    void npi_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("CMS example") << QStringLiteral("1234567893") << true;
        QTest::newRow("bad check digit") << QStringLiteral("1234567890") << false;
        QTest::newRow("starts with 3") << QStringLiteral("3234567893") << false;
        QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
    }
    void npi()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(validate::npi(input), valid);
    }

    // ----- scanner -----

    void finds_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QStringList>("phoneRegions");

        // Telephone numbers
        QTest::newRow("US parentheses") << QStringLiteral("Call ⟦phi.phone:(312) 555-0148⟧ today.") << kUS;
        QTest::newRow("US dots and dashes")
            << QStringLiteral("⟦phi.phone:312.555.0148⟧ or ⟦phi.phone:615-555-0118⟧.") << kUS;
        QTest::newRow("international") << QStringLiteral(
            "Ring ⟦phi.phone:+44 7700 900123⟧ or ⟦phi.phone:+447700677662⟧.")
                                       << kUS;
        QTest::newRow("DE landline") << QStringLiteral("Tel. ⟦phi.phone:0421 3490 770⟧") << kDE;
        QTest::newRow("DE number, US practice") << QStringLiteral("Tel. ⟦phi.phone:0421 3490 770⟧") << kUS;
        QTest::newRow("international prefix 00") << QStringLiteral("Tel. ⟦phi.phone:0049 421 3490770⟧") << kUS;
        QTest::newRow("trunk zero in brackets") << QStringLiteral("Tel. ⟦phi.phone:+49 (0)421 3490770⟧") << kUS;
        QTest::newRow("DE mobile") << QStringLiteral("Handy ⟦phi.phone:0160 9923 4471⟧ bitte") << kDE;
        QTest::newRow("GB landline") << QStringLiteral("Call ⟦phi.phone:01548 960 214⟧ today") << kGB;
        QTest::newRow("UK spelled UK") << QStringLiteral("Call ⟦phi.phone:01548 960 214⟧ today")
                                       << QStringList{QStringLiteral("UK")};
        QTest::newRow("BR number via fallback") << QStringLiteral("Fone ⟦phi.phone:(71) 4233-6306⟧") << kUS;
        QTest::newRow("US local number") << QStringLiteral("Call ⟦phi.phone:467 3395⟧ now") << kUS;
        QTest::newRow("extension") << QStringLiteral("Desk: ⟦phi.phone:345-899-3560x4587⟧ ok") << kUS;
        QTest::newRow("slash") << QStringLiteral("Tel ⟦phi.phone:0421/3490770⟧") << kDE;
        QTest::newRow("non-breaking spaces") << QStringLiteral("Tel. ⟦phi.phone:0421\u00A03490\u00A0770⟧") << kDE;
        QTest::newRow("umlauts and emoji before")
            << QStringLiteral("Grüße 🙂 aus Bremen – Tel. ⟦phi.phone:0421 3490 770⟧!") << kDE;
        QTest::newRow("emoji between") << QStringLiteral(
            "🦷🦷 ⟦phi.phone:(312) 555-0148⟧ 👋 ⟦phi.phone:615-555-0118⟧")
                                       << kUS;
        QTest::newRow("after a postcode") << QStringLiteral("Nicosia 61089 ⟦phi.phone:28-64-66-98⟧ office") << kUS;
        QTest::newRow("unknown region ignored") << QStringLiteral("Call ⟦phi.phone:(312) 555-0148⟧")
                                                << QStringList{QStringLiteral("XX"), QStringLiteral("US")};
        QTest::newRow("no regions, fallback only")
            << QStringLiteral("Call ⟦phi.phone:(312) 555-0148⟧") << QStringList();

        // Fax numbers
        QTest::newRow("fax label before")
            << QStringLiteral("Fax: ⟦phi.fax:(555) 123-4567⟧, phone ⟦phi.phone:(555) 765-4321⟧") << kUS;
        QTest::newRow("labels before, no colons")
            << QStringLiteral("Tel. ⟦phi.phone:0421 123456⟧ Fax ⟦phi.fax:0421 654321⟧") << kDE;
        QTest::newRow("labels after") << QStringLiteral(
            "⟦phi.phone:28-64-66-98⟧ office ⟦phi.fax:930.167.3943⟧ fax ⟦phi.phone:+447700677662⟧ mobile")
                                      << kUS;
        QTest::newRow("faxed to") << QStringLiteral(
            "We faxed your prescription to ⟦phi.fax:(956) 555-0149⟧ this morning.")
                                  << kUS;
        QTest::newRow("office fax") << QStringLiteral("sent to your office fax, ⟦phi.fax:(520) 555-0143⟧.") << kUS;
        QTest::newRow("Faxgerät") << QStringLiteral("an Ihr Faxgerät in Findorff gesendet (⟦phi.fax:0421 6630 1182⟧).")
                                  << kDE;
        QTest::newRow("Telefax") << QStringLiteral("Telefax ⟦phi.fax:0421 123456⟧") << kDE;
        QTest::newRow("fax earlier in the sentence")
            << QStringLiteral("The letter was faxed this morning to the number on your form (⟦phi.fax:01632 960 718⟧).")
            << kGB;
        QTest::newRow("fax in another sentence")
            << QStringLiteral("We faxed the letter. Please call ⟦phi.phone:312-555-0148⟧ if it did not arrive.") << kUS;
        QTest::newRow("call or fax") << QStringLiteral(
            "Call us at ⟦phi.phone:312-555-0148⟧ or fax ⟦phi.fax:312-555-0199⟧.")
                                     << kUS;

        // E-mail addresses
        QTest::newRow("email") << QStringLiteral("Write to ⟦phi.email:john.doe+x@mail.example.co.uk⟧.") << kUS;
        QTest::newRow("email digits are not a phone")
            << QStringLiteral("results to ⟦phi.email:aguilar.r.1968@yahoo.com⟧ 🙂") << kUS;
        QTest::newRow("email after emoji") << QStringLiteral("💌 ⟦phi.email:m.yildiz@posteo.de⟧") << kUS;
        QTest::newRow("handle then phone")
            << QStringLiteral("@brianna.glowup we tried calling you at ⟦phi.phone:702-555-0174⟧") << kUS;

        // URLs
        QTest::newRow("profiles") << QStringLiteral(
            "⟦phi.url.profile:facebook.com/renee.gallagher.kc⟧, "
            "⟦phi.url.profile:https://www.instagram.com/jane_doe/⟧, ⟦phi.url.profile:x.com/jdoe⟧, "
            "⟦phi.url.profile:twitter.com/jdoe⟧")
                                  << kUS;
        QTest::newRow("at profiles") << QStringLiteral(
            "⟦phi.url.profile:tiktok.com/@jd⟧ ⟦phi.url.profile:youtube.com/@WolffsZahnreise⟧! "
            "⟦phi.url.profile:threads.net/@jd⟧")
                                     << kUS;
        QTest::newRow("prefixed profiles")
            << QStringLiteral("⟦phi.url.profile:linkedin.com/in/michael-dunleavy-cpa⟧ and "
                              "⟦phi.url.profile:bsky.app/profile/jd.bsky.social⟧ and "
                              "⟦phi.url.profile:gofundme.com/f/help-jane⟧.")
            << kUS;
        QTest::newRow("practice page is reported too")
            << QStringLiteral("Like us: ⟦phi.url.profile:facebook.com/ourpractice⟧") << kUS;
        QTest::newRow("other url") << QStringLiteral("My website is ⟦phi.url.other:https://OlderSong.se/⟧") << kUS;
        QTest::newRow("www") << QStringLiteral("See ⟦phi.url.other:www.example.org⟧.") << kUS;
        QTest::newRow("bare domain with path")
            << QStringLiteral("Book at ⟦phi.url.other:lakeshorefp.com/walkin⟧!") << kUS;
        QTest::newRow("digits in a url are not a phone")
            << QStringLiteral("see ⟦phi.url.other:https://example.com/patients/3125550148⟧ now") << kUS;

        // IP addresses
        QTest::newRow("IPv4") << QStringLiteral("a device at ⟦phi.ip.v4:198.51.100.201⟧ connected") << kUS;
        QTest::newRow("IPv6 short") << QStringLiteral("from ⟦phi.ip.v6:2001:db8::1⟧.") << kUS;
        QTest::newRow("IPv6 full") << QStringLiteral(
            "address ⟦phi.ip.v6:6e40:4041:c617:e898:c11:40d2:c669:2eb4⟧ blocked")
                                   << kUS;
        QTest::newRow("IPv4 in a log line")
            << QStringLiteral("client_ip = ?%20\\|⟦phi.ip.v4:106.31.73.20⟧|%20/") << kUS;

        // Social security numbers
        QTest::newRow("SSN dashes") << QStringLiteral("Here's my SSN: ⟦phi.id.ssn:412-68-3390⟧") << kUS;
        QTest::newRow("SSN spaces, no keyword") << QStringLiteral("It is ⟦phi.id.ssn:412 68 3390⟧.") << kUS;
        QTest::newRow("SSN dots") << QStringLiteral("It is ⟦phi.id.ssn:412.68.3390⟧.") << kUS;
        QTest::newRow("SSN bare with keyword")
            << QStringLiteral("social security number ⟦phi.id.ssn:412683390⟧") << kUS;
        QTest::newRow("SSN is not a phone") << QStringLiteral("call ⟦phi.id.ssn:853-37-1694⟧") << kUS;

        // Payment cards and IBANs
        QTest::newRow("card groups") << QStringLiteral(
            "⟦phi.id.card:4111 1111 1111 1111⟧ or ⟦phi.id.card:4111-1111-1111-1111⟧")
                                     << kUS;
        QTest::newRow("card compact") << QStringLiteral("paid with ⟦phi.id.card:5555555555554444⟧.") << kUS;
        QTest::newRow("amex 4-6-5") << QStringLiteral("Amex ⟦phi.id.card:3782 822463 10005⟧") << kUS;
        QTest::newRow("maestro 12 digits") << QStringLiteral("Maestro ⟦phi.id.card:630427373398⟧") << kUS;
        QTest::newRow("card without Luhn but with keyword")
            << QStringLiteral("card number ⟦phi.id.card:4111 1111 1111 1112⟧") << kUS;
        QTest::newRow("IBAN grouped") << QStringLiteral("IBAN ⟦phi.id.iban:DE89 3704 0044 0532 0130 00⟧.") << kDE;
        QTest::newRow("IBAN compact and lower case")
            << QStringLiteral("⟦phi.id.iban:GB82WEST12345698765432⟧ / ⟦phi.id.iban:gb82west12345698765432⟧") << kGB;

        // Health plan numbers
        QTest::newRow("MBI dev data") << QStringLiteral(
            "Mrs. Beverly Hutchins, your Medicare number ⟦phi.id.mbi:3RK7-WD2-NP48⟧ is on file")
                                      << kUS;
        QTest::newRow("MBI without dashes") << QStringLiteral("MBI ⟦phi.id.mbi:1EG4TE5MK73⟧") << kUS;
        QTest::newRow("NHS with keyword")
            << QStringLiteral("NHS number ⟦phi.id.nhs:612 398 4705⟧ is registered") << kGB;
        QTest::newRow("NHS compact with keyword") << QStringLiteral("NHS no. ⟦phi.id.nhs:9434765919⟧") << kGB;
        QTest::newRow("NHS-valid without keyword is a phone") << QStringLiteral("Call ⟦phi.phone:943 476 5919⟧") << kUS;
        QTest::newRow("KVNR") << QStringLiteral("(die Versichertennummer ⟦phi.id.kvnr:M205193746⟧ haben wir)") << kDE;
        QTest::newRow("KVNR failing its checksum, with keyword")
            << QStringLiteral("KVNR ⟦phi.id.kvnr:M205193745⟧") << kDE;

        QTest::newRow("Spanish member number")
            << QStringLiteral("su número de miembro (⟦phi.id.mrn:XKH482915733⟧) no coincidía") << kUS;
        QTest::newRow("UK driving licence by its layout")
            << QStringLiteral("is it ⟦phi.id.license:PATEL805143RJ9KL⟧? Pop us a DM") << kGB;

        // Vehicles
        QTest::newRow("VIN") << QStringLiteral("car ⟦phi.id.vin:1HGCM82633A004352⟧") << kUS;
        QTest::newRow("VIN failing its checksum, with keyword")
            << QStringLiteral("VIN ⟦phi.id.vin:JH4KA8260MC000000⟧") << kUS;
        QTest::newRow("German plate") << QStringLiteral("your car (plate ⟦phi.id.plate:N-KS 4821⟧) was left") << kDE;
        QTest::newRow("German plate, Kennzeichen") << QStringLiteral("Kennzeichen ⟦phi.id.plate:B-AB 123⟧") << kDE;
        QTest::newRow("UK plate") << QStringLiteral("reg ⟦phi.id.plate:AB12 CDE⟧") << kGB;
        QTest::newRow("US plate") << QStringLiteral("license plate ⟦phi.id.plate:7ABC123⟧") << kUS;

        // Keyword-announced record, account and licence numbers
        QTest::newRow("MRN") << QStringLiteral("MRN: ⟦phi.id.mrn:00123456⟧, MR# ⟦phi.id.mrn:778899⟧") << kUS;
        QTest::newRow("chart") << QStringLiteral("Hi Dwayne, your chart #⟦phi.id.mrn:LFP-20931⟧ is ready") << kUS;
        QTest::newRow("claim number") << QStringLiteral(
            "submitted to Aetna under claim number ⟦phi.id.mrn:78-2214-0931⟧.")
                                      << kUS;
        QTest::newRow("Medi-Cal") << QStringLiteral(
            "ya agregamos su número de Medi-Cal ⟦phi.id.mrn:95123847A⟧ a su expediente")
                                  << kUS;
        QTest::newRow("member ID") << QStringLiteral("member ID ⟦phi.id.mrn:XJ-4471-22⟧") << kUS;
        QTest::newRow("patient number after") << QStringLiteral("Patienten-Nr. ⟦phi.id.mrn:4471022⟧") << kDE;
        QTest::newRow("number word first") << QStringLiteral("número de paciente ⟦phi.id.mrn:A-778123⟧") << kUS;
        QTest::newRow("driver's license")
            << QStringLiteral("you left your driver's license (⟦phi.id.license:K512-4471-8830-12⟧) at the desk") << kUS;
        QTest::newRow("license number is")
            << QStringLiteral("My driver's license number is ⟦phi.id.license:U62928788557186⟧") << kUS;
        QTest::newRow("license digits") << QStringLiteral("my driver's license number is ⟦phi.id.license:2270-66-1551⟧")
                                        << kUS;
        QTest::newRow("passport") << QStringLiteral("passport number ⟦phi.id.license:533380006⟧") << kUS;

        // Provider and bank IDs: only with their keyword
        QTest::newRow("ABA") << QStringLiteral("routing number ⟦phi.id.aba:011000015⟧") << kUS;
        QTest::newRow("DEA") << QStringLiteral("DEA ⟦phi.id.dea:AB1234563⟧") << kUS;
        QTest::newRow("NPI") << QStringLiteral("NPI ⟦phi.id.npi:1234567893⟧") << kUS;
    }
    void finds()
    {
        QFETCH(QString, marked);
        QFETCH(QStringList, phoneRegions);
        const Marked expected = parseMarked(marked);
        const auto matches = IdentifierScanner::scan(expected.text, regions(phoneRegions));
        verifyWellFormed(expected.text, matches);
        QCOMPARE(describeAll(expected.text, matches), expected.expected);
    }

    void flags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<bool>("validated");
        QTest::addColumn<bool>("byContext");
        QTest::newRow("IBAN checksum") << QStringLiteral("DE89370400440532013000") << QStringLiteral("phi.id.iban")
                                       << true << false;
        QTest::newRow("card Luhn") << QStringLiteral("4111111111111111") << QStringLiteral("phi.id.card") << true
                                   << false;
        QTest::newRow("card keyword only")
            << QStringLiteral("card 4111111111111112") << QStringLiteral("phi.id.card") << false << true;
        QTest::newRow("KVNR checksum") << QStringLiteral("M205193746") << QStringLiteral("phi.id.kvnr") << true
                                       << false;
        QTest::newRow("KVNR keyword only")
            << QStringLiteral("Gesundheitskarte M205193745") << QStringLiteral("phi.id.kvnr") << false << true;
        QTest::newRow("MRN") << QStringLiteral("MRN 00123456") << QStringLiteral("phi.id.mrn") << false << true;
        QTest::newRow("SSN shape") << QStringLiteral("412-68-3390") << QStringLiteral("phi.id.ssn") << true << false;
        QTest::newRow("SSN keyword") << QStringLiteral("SSN 412683390") << QStringLiteral("phi.id.ssn") << true << true;
        QTest::newRow("valid phone") << QStringLiteral("(312) 555-0148") << QStringLiteral("phi.phone") << true
                                     << false;
        QTest::newRow("possible phone") << QStringLiteral("930.167.3943") << QStringLiteral("phi.phone") << false
                                        << false;
        QTest::newRow("plate") << QStringLiteral("plate N-KS 4821") << QStringLiteral("phi.id.plate") << false << true;
        QTest::newRow("IP") << QStringLiteral("10.0.0.1") << QStringLiteral("phi.ip.v4") << true << false;
        QTest::newRow("other url") << QStringLiteral("https://example.com") << QStringLiteral("phi.url.other") << false
                                   << false;
    }
    void flags()
    {
        QFETCH(QString, text);
        QFETCH(QString, ruleId);
        QFETCH(bool, validated);
        QFETCH(bool, byContext);
        const auto matches = IdentifierScanner::scan(text, regions(kUS));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().ruleId, ruleId);
        QCOMPARE(matches.first().validated, validated);
        QCOMPARE(matches.first().byContext, byContext);
    }

    void findsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("phoneRegions");
        QTest::newRow("dates and times") << QStringLiteral(
            "Termin am 06/21/2012 um 8:40, oder 12.11.2025 bzw. 21.10. um 14:30 Uhr")
                                         << kDE;
        QTest::newRow("timestamp") << QStringLiteral("Date: 2020-06-20 14:11:22 Name: X") << kUS;
        QTest::newRow("ISO date") << QStringLiteral("on 2025-11-12 and 12-11-2025 and 11/12/25") << kUS;
        QTest::newRow("year range") << QStringLiteral("From 1999-2024 we grew, since 1998.") << kUS;
        QTest::newRow("opening hours") << QStringLiteral("Open 8:00–18:00, Mon–Fri; Sat 9.30–12.30") << kDE;
        QTest::newRow("prices") << QStringLiteral(
            "Price $1,234,567 or 1.234.567 € or € 2.500.000 or 2500000 EUR or $ 4500000")
                                << kUS;
        QTest::newRow("counts") << QStringLiteral("We have 3 offices, 12 doctors and 2,000 happy patients.") << kUS;
        QTest::newRow("measurements") << QStringLiteral("Temperature 37.5°C, dose 2.5 mg, 0.5 ml, 1234567.89 units")
                                      << kUS;
        QTest::newRow("order numbers") << QStringLiteral(
            "Order #12345678, order number 5551234567, invoice 5551234567, ref 4155550199")
                                       << kUS;
        QTest::newRow("tracking") << QStringLiteral("Tracking 1Z999AA10123456784") << kUS;
        QTest::newRow("version strings") << QStringLiteral(
            "Version 1.2.3.4.5, version 10.0.19045.2965, build 2.3.4.5, v1.2.3.4")
                                         << kUS;
        QTest::newRow("not IPs") << QStringLiteral("256.1.1.1 and 1.2.3.256 and 01.2.3.4 and 00:1A:2B:3C:4D:5E") << kUS;
        QTest::newRow("placeholders") << QStringLiteral("IDs: 12345678, 123456789, 1234567890, 0000000") << kUS;
        QTest::newRow("invalid SSNs") << QStringLiteral("000-12-3456 912-12-3456 412-00-3390 412-68-0000 078-05-1120")
                                      << kUS;
        QTest::newRow("card shape without Luhn") << QStringLiteral("4111 1111 1111 1112") << kUS;
        QTest::newRow("invalid IBAN") << QStringLiteral("DE89370400440532013001") << kDE;
        QTest::newRow("invalid MBI") << QStringLiteral("code 1EG4-TE5-MK7S") << kUS;
        QTest::newRow("KVNR checksum fails, no keyword") << QStringLiteral("Code M205193745") << kDE;
        QTest::newRow("plate without keyword") << QStringLiteral("N-KS 4821 parked") << kDE;
        QTest::newRow("provider IDs without keyword") << QStringLiteral("AB1234563 and A91234563") << kUS;
        QTest::newRow("house numbers") << QStringLiteral(
            "Address: 17151 2450 Crown St; Apt. 117 5720 Skoanveien; 704 1436 Redbud Drive")
                                       << kUS;
        QTest::newRow("postcodes") << QStringLiteral("ZIP: 75534-030, 90210-1234, Quinta 3610-114") << kUS;
        QTest::newRow("German provider number") << QStringLiteral("Dr. Clara Hsu (LANR 123456701)") << kDE;
        QTest::newRow("not e-mail addresses") << QStringLiteral("bob@localhost, a@b.c, @brianna.glowup, x@y") << kUS;
        QTest::newRow("generic social pages") << QStringLiteral(
            "facebook.com and facebook.com/groups/123 and instagram.com/p/abc and youtube.com/watch?v=x")
                                              << kUS;
        QTest::newRow("not URLs") << QStringLiteral(
            "tomorrow.It was fine. see you.at noon. Dr.Smith, e.g. this, file.pdf, U.S. news")
                                  << kUS;
        QTest::newRow("short numbers") << QStringLiteral("Call 112 or 116 117 or 911.") << kUS;
        QTest::newRow("empty") << QString() << kUS;
    }
    void findsNothing()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, phoneRegions);
        const auto matches = IdentifierScanner::scan(text, regions(phoneRegions));
        QCOMPARE(describeAll(text, matches), QStringList());
    }

    void repeatedScansAgree()
    {
        // The phone cache must not change results: same text, same answer, and a
        // different region list gets its own answer.
        const QString text = QStringLiteral("Call 0421 3490 770 or (312) 555-0148 🙂 or 01548 960 214");
        const auto first = IdentifierScanner::scan(text, regions(kUS));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(IdentifierScanner::scan(text, regions(kUS)), first);
        const auto german = IdentifierScanner::scan(text, regions(kDE));
        QCOMPARE(IdentifierScanner::scan(text, regions(kDE)), german);
        QCOMPARE(first.size(), 3);
    }

    void concurrentScans()
    {
        const QString text = QStringLiteral("Fax: (555) 123-4567, MRN 00123456, 4111 1111 1111 1111, a@b.de, "
                                            "linkedin.com/in/someone, 198.51.100.201, 0421 3490 770");
        const auto expected = IdentifierScanner::scan(text, regions(kUS));
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i) {
                    // Vary the digits so that the threads also fill the cache concurrently.
                    QString variant = text;
                    variant.replace(QStringLiteral("3490 770"), QStringLiteral("3490 7%1%2").arg(t).arg(i % 10));
                    IdentifierScanner::scan(variant, regions(kUS));
                    if (IdentifierScanner::scan(text, regions(kUS)) != expected)
                        ++mismatches;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void survivesHostileInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("huge digit run") << QString(100000, QLatin1Char('7'));
        QTest::newRow("digits and dashes") << QStringLiteral("1-").repeated(20000);
        QTest::newRow("digits and spaces") << QStringLiteral("12 ").repeated(20000);
        QTest::newRow("dotted quads") << QStringLiteral("1.2.3.4 ").repeated(5000);
        QTest::newRow("colons") << QStringLiteral("a:").repeated(20000);
        QTest::newRow("at signs") << QStringLiteral("a@b.de@").repeated(5000);
        QTest::newRow("dots") << QStringLiteral("a.b").repeated(20000);
        QTest::newRow("parentheses and plus") << QStringLiteral("+(((1)))+(").repeated(5000);
        QTest::newRow("lone surrogates") << QString(QChar(0xD83D)) + QStringLiteral("1234567") + QChar(0xDE00)
                                                + QChar(0xDC00) + QStringLiteral("@x.de") + QChar(0xD800);
        QTest::newRow("keywords without numbers")
            << QStringLiteral("MRN chart # claim number plate VIN NHS fax ").repeated(2000);
        QTest::newRow("long URL") << QStringLiteral("https://example.com/") + QString(50000, QLatin1Char('a'));
        QTest::newRow("long e-mail local part") << QString(50000, QLatin1Char('a')) + QStringLiteral("@example.com");
        QTest::newRow("long host") << QStringLiteral("a.").repeated(30000) + QStringLiteral("com");
    }
    void survivesHostileInput()
    {
        QFETCH(QString, text);
        const auto matches = IdentifierScanner::scan(text, regions(QStringList{kUS.first(), kDE.first()}));
        verifyWellFormed(text, matches);
    }

    void survivesRandomInput()
    {
        // Characters the scanner cares about, mixed with letters, umlauts and emoji.
        const QString alphabet = QStringLiteral("0123456789 -.()/+@:#xX,;ABCDEFSZmrnäöü🙂\u00A0\u2013");
        QRandomGenerator random(20251122);
        for (int round = 0; round < 300; ++round) {
            QString text;
            const int length = random.bounded(1, 400);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            const auto matches = IdentifierScanner::scan(text, regions(kUS));
            verifyWellFormed(text, matches);
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentifierScanner)
#include "tst_identifierscanner.moc"
