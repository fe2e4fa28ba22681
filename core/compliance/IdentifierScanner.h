#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clearpost {

// One identifier found in a text. Whether it belongs to a patient (and how
// serious it is) is decided by the compliance engine from the context; the
// scanner only finds and validates.
struct IdentifierMatch
{
    qsizetype start = 0; // UTF-16 offsets into the scanned text, end exclusive
    qsizetype end = 0;
    QString ruleId;         // e.g. "phi.phone", "phi.fax", "phi.email", "phi.url.profile", "phi.ip.v4", "phi.id.ssn"
    QString category;       // "phi.phone", "phi.fax", "phi.email", "phi.url", "phi.ip", "phi.id"
    bool validated = false; // a checksum or a strict format confirmed it (Luhn, mod-97, MBI layout…)
    bool byContext = false; // found only because a keyword announced it ("MRN", "chart #", "plate")
    bool service = false;   // a phone number no person owns: toll-free or premium rate

    bool operator==(const IdentifierMatch&) const = default;
};

// Finds the Safe Harbor identifiers that can be recognised by their shape:
// telephone and fax numbers (libphonenumber's PhoneNumberMatcher for the given
// regions), e-mail addresses, person-specific URLs (social profiles, personal
// pages), IP addresses, and ID numbers (SSN, payment cards, IBAN, Medicare MBI,
// NHS number, German KVNR, VIN, licence plates with context, medical record,
// chart, claim, member and licence numbers announced by a keyword).
// Pure and thread-safe; fast enough to run on every keystroke.
class IdentifierScanner
{
public:
    struct Options
    {
        // ISO 3166 regions for phone numbers, the practice's first ("US", "GB", "DE").
        QStringList phoneRegions{QStringLiteral("US")};
    };

    static QList<IdentifierMatch> scan(const QString& text, const Options& options);
};

// Checksums and formats, exposed for tests and for other detectors.
namespace validate {
bool luhn(const QString& digits);
bool iban(const QString& text);             // mod-97 and country length
bool medicareMbi(const QString& text);      // with or without dashes
bool nhsNumber(const QString& digits);      // mod-11
bool germanKvnr(const QString& text);       // letter + 9 digits, check digit (§ 290 SGB V)
bool ukDrivingLicence(const QString& text); // DVLA layout: surname, birth date, initials (16 characters)
bool vin(const QString& text);              // check digit at position 9
bool ssn(const QString& text);              // area/group/serial rules, one delimiter kind
bool abaRouting(const QString& digits);     // 3-7-1 checksum
bool deaNumber(const QString& text);
bool npi(const QString& digits); // Luhn over "80840" + NPI
} // namespace validate

} // namespace clearpost
