#include "domain/Consent.h"

#include <QTest>

using namespace clearpost;

class TestConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversOnlyWhatWasSigned()
    {
        Consent c;
        c.subjectName = QStringLiteral("Mr. Gomez");
        c.scopes = ConsentScope::Testimonial | ConsentScope::Photo;
        c.platforms = {Platform::Facebook, Platform::Instagram};
        c.signedOn = QDate(2026, 10, 1);
        c.expiresOn = QDate(2027, 10, 1);
        const QDate day(2026, 11, 22);
        QVERIFY(c.covers(ConsentScope::Testimonial, Platform::Facebook, day));
        QVERIFY(c.covers(ConsentScope::Photo, Platform::Instagram, day));
        QVERIFY(!c.covers(ConsentScope::Video, Platform::Facebook, day));
        QVERIFY(!c.covers(ConsentScope::Photo, Platform::X, day));
        QVERIFY(!c.covers(ConsentScope::Photo, Platform::Facebook, QDate(2026, 9, 30))); // before signing
        QVERIFY(!c.covers(ConsentScope::Photo, Platform::Facebook, QDate(2027, 10, 2))); // expired
        c.revokedOn = QDate(2026, 11, 1);
        QVERIFY(!c.covers(ConsentScope::Photo, Platform::Facebook, day));
        QVERIFY(c.covers(ConsentScope::Photo, Platform::Facebook, QDate(2026, 10, 31)));
    }

    void unsignedConsentCoversNothing()
    {
        Consent c;
        c.scopes = ConsentScope::Photo;
        c.platforms = {Platform::Facebook};
        QVERIFY(!c.isValidOn(QDate(2026, 11, 22)));
    }

    void scopesRoundTripAsText()
    {
        const ConsentScopes all =
            ConsentScope::Testimonial | ConsentScope::Photo | ConsentScope::Video | ConsentScope::Story;
        QCOMPARE(consentScopesToString(all), QStringLiteral("testimonial,photo,video,story"));
        QCOMPARE(consentScopesFromString(consentScopesToString(all)), all);
        QCOMPARE(consentScopesFromString(QStringLiteral("photo, bogus")), ConsentScopes(ConsentScope::Photo));
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
