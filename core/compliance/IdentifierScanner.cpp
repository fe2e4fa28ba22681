#include "compliance/IdentifierScanner.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// How the scanner works, and why:
//
// - One tight pass records where runs of digits start; '@', '.' and ':' are found with
//   QStringView's vectorised search. Every detector starts from those positions and
//   walks the text by hand (no regular expressions), so prose without digits, '@' or
//   "x.y" costs almost nothing. Every ID has a digit, so IDs start from digit runs.
// - Detectors only propose candidates with a rank. Where candidates overlap, the most
//   specific one wins (e-mail and URL over anything inside them, checksummed IDs over
//   keyword-announced IDs over shape-only IDs, IPs over phones, phones over a bare
//   NHS-shaped number).
// - Phone numbers: libphonenumber works on UTF-8 and is slow (tens of µs per call with
//   the ICU regex engine Debian builds it with), so it never sees the whole text. We
//   cut "windows" (digits with spaces, dashes, dots, parentheses, slashes and a leading
//   '+'), drop the parts that are dates, years, decimals or already claimed by another
//   identifier, and hand only those ASCII snippets to PhoneNumberMatcher. Because the
//   snippets are pure ASCII and map character for character to the QString, offsets
//   are exact whatever comes before them (emoji, umlauts). Results are memoised per
//   snippet: while someone types, every snippet but the one being edited is a cache hit.
// - Leniency: POSSIBLE for the practice's own regions (local numbers without an area
//   code, fictional 555/Ofcom drama ranges, ranges newer than Debian's metadata are all
//   real-world phone numbers in posts, and a false positive is cheap because the engine
//   weighs context), VALID for the fallback list of other countries (POSSIBLE over 20
//   countries would accept almost any run of 7-15 digits).

namespace clearpost {

namespace {

namespace ph = i18n::phonenumbers;

// ---------------------------------------------------------------------------------
// Characters

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
constexpr bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
constexpr bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
constexpr bool isAlpha(char16_t c)
{
    return isUpper(c) || isLower(c);
}
constexpr bool isAlnum(char16_t c)
{
    return isDigit(c) || isAlpha(c);
}
constexpr bool isHex(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
constexpr char16_t lowerAscii(char16_t c)
{
    return isUpper(c) ? char16_t(c + (u'a' - u'A')) : c;
}
constexpr char16_t upperAscii(char16_t c)
{
    return isLower(c) ? char16_t(c - (u'a' - u'A')) : c;
}
inline bool isLetter(char16_t c)
{
    return c < 128 ? isAlpha(c) : QChar(c).isLetter();
}
inline bool isWordChar(char16_t c)
{
    return c < 128 ? (isAlnum(c) || c == u'_') : QChar(c).isLetterOrNumber();
}
// Spaces that may separate the digit groups of a phone number.
constexpr bool isInlineSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F;
}
constexpr bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}
inline char16_t lowerAny(char16_t c)
{
    if (c < 128)
        return lowerAscii(c);
    if (c == 0x2019 || c == 0x2018)
        return u'\'';
    if (QChar::isSurrogate(c))
        return c;
    return QChar(c).toLower().unicode();
}
constexpr int digitValue(char16_t c)
{
    return int(c) - int(u'0');
}

// ---------------------------------------------------------------------------------
// Findings and their ranks

enum class Rule {
    Phone,
    Fax,
    Email,
    UrlProfile,
    UrlOther,
    Ipv4,
    Ipv6,
    Ssn,
    Card,
    Iban,
    Mbi,
    Nhs,
    Kvnr,
    Vin,
    Plate,
    Mrn,
    License,
    Aba,
    Dea,
    Npi,
    Device,
};

// When two findings overlap, the higher rank wins.
enum Rank : int {
    RankNhsBare = 40, // 3-3-4 digits passing mod-11 without "NHS" nearby: usually a phone
    RankPhone = 50,
    RankIp = 70,
    RankSsnShape = 74,       // NNN-NN-NNNN passing the SSA rules, no keyword
    RankAnnounced = 76,      // "MRN", "claim #", "driver's license" … followed by a token
    RankAnnouncedTyped = 77, // a typed ID that failed its checksum but has its keyword
    RankChecksum = 80,       // Luhn, mod-97, MBI layout, KVNR, VIN, NHS with keyword…
    RankUrlOther = 85,
    RankUrlProfile = 90,
    RankEmail = 100,
};

QString ruleIdOf(Rule rule)
{
    switch (rule) {
    case Rule::Phone:
        return QStringLiteral("phi.phone");
    case Rule::Fax:
        return QStringLiteral("phi.fax");
    case Rule::Email:
        return QStringLiteral("phi.email");
    case Rule::UrlProfile:
        return QStringLiteral("phi.url.profile");
    case Rule::UrlOther:
        return QStringLiteral("phi.url.other");
    case Rule::Ipv4:
        return QStringLiteral("phi.ip.v4");
    case Rule::Ipv6:
        return QStringLiteral("phi.ip.v6");
    case Rule::Ssn:
        return QStringLiteral("phi.id.ssn");
    case Rule::Card:
        return QStringLiteral("phi.id.card");
    case Rule::Iban:
        return QStringLiteral("phi.id.iban");
    case Rule::Mbi:
        return QStringLiteral("phi.id.mbi");
    case Rule::Nhs:
        return QStringLiteral("phi.id.nhs");
    case Rule::Kvnr:
        return QStringLiteral("phi.id.kvnr");
    case Rule::Vin:
        return QStringLiteral("phi.id.vin");
    case Rule::Plate:
        return QStringLiteral("phi.id.plate");
    case Rule::Mrn:
        return QStringLiteral("phi.id.mrn");
    case Rule::License:
        return QStringLiteral("phi.id.license");
    case Rule::Aba:
        return QStringLiteral("phi.id.aba");
    case Rule::Dea:
        return QStringLiteral("phi.id.dea");
    case Rule::Npi:
        return QStringLiteral("phi.id.npi");
    case Rule::Device:
        return QStringLiteral("phi.id.device");
    }
    return QString();
}

// The category is the rule id's first two parts: "phi.id.ssn" -> "phi.id".
QString categoryOf(Rule rule)
{
    const QString id = ruleIdOf(rule);
    const qsizetype second = id.indexOf(QLatin1Char('.'), id.indexOf(QLatin1Char('.')) + 1);
    return second < 0 ? id : id.left(second);
}

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    Rule rule = Rule::Phone;
    int rank = 0;
    bool validated = false;
    bool byContext = false;
    bool service = false;
};

// ---------------------------------------------------------------------------------
// Keywords. Words are compared lower-cased; phrases are listed in reading order.

enum class Ctx : std::uint8_t {
    Mrn,
    License,
    Plate,
    NotPhone, // "order", "invoice", "tracking"…: the number after it is no phone
    Ssn,
    Card,
    Nhs,
    Kvnr,
    Vin,
    Aba,
    Dea,
    Npi,
    Device, // serial numbers of devices and implants (Safe Harbor identifier M)
};

struct Phrase
{
    Ctx kind;
    bool needsNumber; // "claim" only counts as "claim #", "claim no", "claim number"…
    std::array<std::u16string_view, 3> words;
};

// clang-format off
constexpr Phrase kPhrases[] = {
    // Record, chart, account, claim, member, policy… numbers (HIPAA H, I, J, R).
    {Ctx::Mrn, false, {u"mrn"}}, {Ctx::Mrn, true, {u"mr"}}, {Ctx::Mrn, false, {u"medical", u"record"}},
    {Ctx::Mrn, false, {u"medical", u"records"}}, {Ctx::Mrn, false, {u"med", u"rec"}},
    {Ctx::Mrn, false, {u"health", u"record"}}, {Ctx::Mrn, true, {u"record"}}, {Ctx::Mrn, true, {u"chart"}},
    {Ctx::Mrn, true, {u"patient"}}, {Ctx::Mrn, true, {u"pt"}}, {Ctx::Mrn, true, {u"account"}},
    {Ctx::Mrn, false, {u"acct"}}, {Ctx::Mrn, true, {u"acc"}}, {Ctx::Mrn, true, {u"claim"}},
    {Ctx::Mrn, true, {u"member"}}, {Ctx::Mrn, true, {u"membership"}}, {Ctx::Mrn, true, {u"subscriber"}},
    {Ctx::Mrn, true, {u"beneficiary"}}, {Ctx::Mrn, true, {u"policy"}}, {Ctx::Mrn, true, {u"case"}},
    {Ctx::Mrn, true, {u"ticket"}}, {Ctx::Mrn, true, {u"insurance"}}, {Ctx::Mrn, true, {u"group"}},
    {Ctx::Mrn, false, {u"medi-cal"}}, {Ctx::Mrn, false, {u"medicaid"}}, {Ctx::Mrn, false, {u"medicare"}},
    {Ctx::Mrn, false, {u"versichertennummer"}}, {Ctx::Mrn, false, {u"versicherungsnummer"}},
    {Ctx::Mrn, false, {u"krankenversichertennummer"}}, {Ctx::Mrn, false, {u"krankenversicherungsnummer"}},
    {Ctx::Mrn, true, {u"versicherten"}}, {Ctx::Mrn, false, {u"patientennummer"}}, {Ctx::Mrn, true, {u"patienten"}},
    {Ctx::Mrn, false, {u"fallnummer"}}, {Ctx::Mrn, false, {u"aktenzeichen"}}, {Ctx::Mrn, false, {u"mitgliedsnummer"}},
    {Ctx::Mrn, false, {u"expediente"}}, {Ctx::Mrn, false, {u"historia", u"clínica"}},
    {Ctx::Mrn, false, {u"historia", u"clinica"}}, {Ctx::Mrn, false, {u"afiliado"}}, {Ctx::Mrn, false, {u"póliza"}},
    {Ctx::Mrn, false, {u"poliza"}}, {Ctx::Mrn, true, {u"paciente"}}, {Ctx::Mrn, true, {u"reclamo"}},
    {Ctx::Mrn, true, {u"miembro"}}, {Ctx::Mrn, true, {u"socio"}}, {Ctx::Mrn, true, {u"asegurado"}},
    {Ctx::Mrn, true, {u"reclamación"}}, {Ctx::Mrn, true, {u"cuenta"}}, {Ctx::Mrn, true, {u"customer"}},
    {Ctx::Mrn, true, {u"client"}}, {Ctx::Mrn, false, {u"kundennummer"}}, {Ctx::Mrn, true, {u"kunden"}},
    // Driver's licence, passport (HIPAA K).
    {Ctx::Mrn, true, {u"ref"}}, {Ctx::Mrn, true, {u"reference"}}, {Ctx::Mrn, true, {u"authorization"}},
    {Ctx::Mrn, true, {u"authorisation"}}, {Ctx::Mrn, true, {u"pre-authorization"}},
    {Ctx::Mrn, true, {u"pre-authorisation"}}, {Ctx::Mrn, true, {u"auth"}}, {Ctx::Mrn, false, {u"ahcccs"}},
    {Ctx::Device, false, {u"serial"}}, {Ctx::Device, false, {u"s/n"}}, {Ctx::Device, false, {u"seriennummer"}},
    {Ctx::Device, false, {u"serie"}}, {Ctx::Device, false, {u"udi"}},
    {Ctx::License, false, {u"driver's", u"license"}}, {Ctx::License, false, {u"driver's", u"licence"}},
    {Ctx::License, false, {u"drivers", u"license"}}, {Ctx::License, false, {u"drivers", u"licence"}},
    {Ctx::License, false, {u"driver", u"license"}}, {Ctx::License, false, {u"driver", u"licence"}},
    {Ctx::License, false, {u"driving", u"licence"}}, {Ctx::License, false, {u"driving", u"license"}},
    {Ctx::License, true, {u"license"}}, {Ctx::License, true, {u"licence"}}, {Ctx::License, true, {u"lic"}},
    {Ctx::License, false, {u"dl"}}, {Ctx::License, false, {u"passport"}}, {Ctx::License, false, {u"führerschein"}},
    {Ctx::License, false, {u"führerscheinnummer"}}, {Ctx::License, false, {u"reisepass"}},
    {Ctx::License, false, {u"reisepassnummer"}}, {Ctx::License, false, {u"passnummer"}},
    {Ctx::License, false, {u"ausweisnummer"}}, {Ctx::License, false, {u"personalausweis"}},
    {Ctx::License, false, {u"personalausweisnummer"}}, {Ctx::License, false, {u"conducir"}},
    {Ctx::License, false, {u"pasaporte"}}, {Ctx::License, true, {u"licencia"}}, {Ctx::License, false, {u"conduire"}},
    // Licence plates (HIPAA L), only ever reported with one of these.
    {Ctx::Plate, false, {u"plate"}}, {Ctx::Plate, false, {u"plates"}}, {Ctx::Plate, false, {u"tag"}},
    {Ctx::Plate, false, {u"kennzeichen"}}, {Ctx::Plate, false, {u"autokennzeichen"}},
    {Ctx::Plate, false, {u"nummernschild"}}, {Ctx::Plate, false, {u"registration"}}, {Ctx::Plate, false, {u"reg"}},
    {Ctx::Plate, false, {u"matrícula"}}, {Ctx::Plate, false, {u"matricula"}}, {Ctx::Plate, false, {u"placa"}},
    {Ctx::Plate, false, {u"immatriculation"}},
    // Numbers that are neither phones nor PHI by themselves.
    {Ctx::NotPhone, false, {u"order"}}, {Ctx::NotPhone, false, {u"invoice"}}, {Ctx::NotPhone, false, {u"ref"}},
    {Ctx::NotPhone, false, {u"reference"}}, {Ctx::NotPhone, false, {u"tracking"}},
    {Ctx::NotPhone, false, {u"confirmation"}}, {Ctx::NotPhone, false, {u"booking"}},
    {Ctx::NotPhone, false, {u"item"}}, {Ctx::NotPhone, false, {u"sku"}}, {Ctx::NotPhone, false, {u"serial"}},
    {Ctx::NotPhone, false, {u"model"}}, {Ctx::NotPhone, false, {u"part"}}, {Ctx::NotPhone, false, {u"batch"}},
    {Ctx::NotPhone, false, {u"lot"}}, {Ctx::NotPhone, false, {u"transaction"}}, {Ctx::NotPhone, false, {u"receipt"}},
    {Ctx::NotPhone, false, {u"voucher"}}, {Ctx::NotPhone, false, {u"coupon"}}, {Ctx::NotPhone, false, {u"version"}},
    {Ctx::NotPhone, false, {u"build"}}, {Ctx::NotPhone, false, {u"release"}}, {Ctx::NotPhone, false, {u"firmware"}},
    {Ctx::NotPhone, false, {u"bestellnummer"}}, {Ctx::NotPhone, false, {u"bestellung"}},
    {Ctx::NotPhone, false, {u"rechnungsnummer"}}, {Ctx::NotPhone, false, {u"rechnung"}},
    {Ctx::NotPhone, false, {u"auftragsnummer"}}, {Ctx::NotPhone, false, {u"artikelnummer"}},
    {Ctx::NotPhone, false, {u"seriennummer"}}, {Ctx::NotPhone, false, {u"pedido"}}, {Ctx::NotPhone, false, {u"factura"}},
    {Ctx::NotPhone, false, {u"referencia"}}, {Ctx::NotPhone, false, {u"reserva"}},
    {Ctx::NotPhone, false, {u"zip"}}, {Ctx::NotPhone, false, {u"zipcode"}}, {Ctx::NotPhone, false, {u"postcode"}},
    {Ctx::NotPhone, false, {u"postal", u"code"}}, {Ctx::NotPhone, false, {u"plz"}},
    {Ctx::NotPhone, false, {u"postleitzahl"}}, {Ctx::NotPhone, false, {u"cep"}}, {Ctx::NotPhone, false, {u"postal"}},
    {Ctx::NotPhone, false, {u"lanr"}}, {Ctx::NotPhone, false, {u"bsnr"}}, {Ctx::NotPhone, false, {u"arztnummer"}},
    {Ctx::NotPhone, false, {u"steuernummer"}}, {Ctx::NotPhone, false, {u"vat"}}, {Ctx::NotPhone, false, {u"ein"}},
    // Keywords looked for anywhere shortly before a typed ID.
    {Ctx::Ssn, false, {u"ssn"}}, {Ctx::Ssn, false, {u"ssns"}}, {Ctx::Ssn, false, {u"social", u"security"}},
    {Ctx::Ssn, false, {u"sozialversicherungsnummer"}}, {Ctx::Ssn, false, {u"rentenversicherungsnummer"}},
    {Ctx::Ssn, false, {u"sv"}}, {Ctx::Ssn, false, {u"seguro", u"social"}}, {Ctx::Ssn, false, {u"seguridad", u"social"}},
    {Ctx::Ssn, false, {u"nss"}},
    {Ctx::Card, false, {u"card"}}, {Ctx::Card, false, {u"cards"}}, {Ctx::Card, false, {u"creditcard"}},
    {Ctx::Card, false, {u"kreditkarte"}}, {Ctx::Card, false, {u"kreditkartennummer"}}, {Ctx::Card, false, {u"karte"}},
    {Ctx::Card, false, {u"kartennummer"}}, {Ctx::Card, false, {u"tarjeta"}}, {Ctx::Card, false, {u"visa"}},
    {Ctx::Card, false, {u"mastercard"}}, {Ctx::Card, false, {u"amex"}},
    {Ctx::Nhs, false, {u"nhs"}}, {Ctx::Nhs, false, {u"health", u"service"}}, {Ctx::Nhs, false, {u"health", u"authority"}},
    {Ctx::Kvnr, false, {u"versichertennummer"}}, {Ctx::Kvnr, false, {u"krankenversichertennummer"}},
    {Ctx::Kvnr, false, {u"krankenversicherungsnummer"}}, {Ctx::Kvnr, false, {u"versicherungsnummer"}},
    {Ctx::Kvnr, false, {u"kvnr"}}, {Ctx::Kvnr, false, {u"kv"}}, {Ctx::Kvnr, false, {u"gesundheitskarte"}},
    {Ctx::Kvnr, false, {u"egk"}}, {Ctx::Kvnr, false, {u"versichertenkarte"}}, {Ctx::Kvnr, false, {u"krankenkasse"}},
    {Ctx::Kvnr, false, {u"krankenversicherung"}},
    {Ctx::Vin, false, {u"vin"}}, {Ctx::Vin, false, {u"vehicle", u"identification"}},
    {Ctx::Vin, false, {u"fahrgestellnummer"}}, {Ctx::Vin, false, {u"fahrzeug-identifizierungsnummer"}},
    {Ctx::Aba, false, {u"routing"}}, {Ctx::Aba, false, {u"aba"}}, {Ctx::Aba, false, {u"rtn"}},
    {Ctx::Dea, false, {u"dea"}},
    {Ctx::Npi, false, {u"npi"}}, {Ctx::Npi, false, {u"provider", u"identifier"}}, {Ctx::Npi, false, {u"provider"}},
};
// clang-format on

constexpr std::u16string_view kNumberWords[] =
    {u"number", u"numbers", u"no", u"nr", u"num", u"nummer", u"id", u"número", u"numero", u"núm", u"nro", u"n", u"nº"};
constexpr std::u16string_view kFillerWords[] =
    {u"is", u"was", u"are", u"ist", u"lautet", u"war", u"es", u"era", u"de", u"del", u"of"};

// Words that say the phone number next to them is someone's telephone, not a fax.
constexpr std::u16string_view kVoiceWords[] = {
    u"call",       u"called",   u"calling",  u"phone",   u"telephone", u"tel",     u"text",     u"texted",  u"sms",
    u"mobile",     u"cell",     u"office",   u"home",    u"work",      u"desk",    u"direct",   u"main",    u"voice",
    u"ring",       u"handy",    u"mobil",    u"telefon", u"whatsapp",  u"anrufen", u"rufen",    u"llamar",  u"llame",
    u"llamaremos", u"teléfono", u"telefono", u"móvil",   u"movil",     u"celular", u"landline", u"festnetz"};

// The number after these is an apartment or suite, not the start of a phone number.
constexpr std::u16string_view kUnitWords[] = {
    u"apt",  u"apartment", u"suite", u"ste",  u"unit",   u"box",  u"room",     u"rm",     u"floor", u"fl",
    u"flat", u"wohnung",   u"whg",   u"piso", u"puerta", u"bldg", u"building", u"zimmer", u"apto",  u"depto"};

// A number followed by one of these is a house number.
constexpr std::u16string_view kStreetWords[] = {
    u"street", u"st",    u"avenue",   u"ave",      u"av",      u"road",    u"rd",      u"drive",     u"lane",
    u"ln",     u"close", u"place",    u"pl",       u"way",     u"court",   u"ct",      u"boulevard", u"blvd",
    u"square", u"sq",    u"terrace",  u"crescent", u"highway", u"hwy",     u"parkway", u"pkwy",      u"trail",
    u"circle", u"plaza", u"alley",    u"rue",      u"calle",   u"avenida", u"via",     u"viale",     u"piazza",
    u"rua",    u"praça", u"str",      u"straße",   u"strasse", u"weg",     u"gasse",   u"allee",     u"platz",
    u"damm",   u"ufer",  u"chaussee", u"gade",     u"vej",     u"vei",     u"veien",   u"vegen",     u"gatan",
    u"gata",   u"vägen", u"stien",    u"laan",     u"straat",  u"gracht",  u"plein",   u"kade",      u"utca",
    u"tér",    u"ulica", u"aleja",    u"suite",    u"apt"};
// Endings of compound street names: "Wachmannstraße", "Mellemvej", "Skoanveien".
constexpr std::u16string_view kStreetSuffixes[] = {u"straße",
                                                   u"strasse",
                                                   u"str",
                                                   u"weg",
                                                   u"gasse",
                                                   u"allee",
                                                   u"platz",
                                                   u"damm",
                                                   u"vej",
                                                   u"veien",
                                                   u"vegen",
                                                   u"gatan",
                                                   u"vägen",
                                                   u"gade",
                                                   u"stien",
                                                   u"laan",
                                                   u"straat",
                                                   u"gracht",
                                                   u"plein"};
// Lower-case particles inside street names: "Rue de la Gare".
constexpr std::u16string_view kNameParticles[] =
    {u"de", u"la", u"del", u"di", u"da", u"van", u"von", u"der", u"du", u"des", u"le", u"los", u"las"};

// Of those, the ones that say "this is for talking", wherever they stand in the
// sentence ("your home number" can still be a fax number).
constexpr std::u16string_view kVoiceVerbs[] = {
    u"call",   u"called", u"calling",    u"phone",    u"telephone", u"tel",     u"text",     u"texted",  u"sms",
    u"mobile", u"cell",   u"ring",       u"handy",    u"mobil",     u"telefon", u"whatsapp", u"anrufen", u"rufen",
    u"llamar", u"llame",  u"llamaremos", u"teléfono", u"telefono",  u"móvil",   u"movil",    u"celular"};

template<std::size_t N>
bool contains(const std::u16string_view (&list)[N], std::u16string_view word)
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// A word read out of the text, lower-cased into a small buffer.
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    int length = 0;
    bool tooLong = false;
    bool numberSuffix = false; // "patienten-nr", "kv-nummer": the suffix was cut off
    std::array<char16_t, 40> buffer{};

    std::u16string_view view() const
    {
        return tooLong ? std::u16string_view() : std::u16string_view(buffer.data(), std::size_t(length));
    }
};

// ---------------------------------------------------------------------------------
// Top-level domains accepted for e-mail addresses and URLs.

constexpr std::u16string_view kCountryTlds =
    u"ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb be bf bg bh bi bj bm bn bo br bs bt bv bw by bz "
    u"ca cc cd cf cg ch ci cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg es et eu fi fj fm fo fr "
    u"ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it "
    u"je jo jp ke kg ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mn mo mp "
    u"mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no nr nu nz om pa pe pf ph pk pl pm pn pr ps pt pw py "
    u"qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk "
    u"tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws yt ye zm zw";

// Country TLDs that are also common short words: a bare "word.it" is more often a
// missing space after a full stop than a domain, so these need a path or a subdomain.
constexpr std::u16string_view kWordLikeTlds = u"at be by de do es et go hi id in is it la ma me mo my na ne no nu "
                                              u"pe re se sh so st to tv us";

constexpr std::u16string_view kGenericTlds[] = {
    u"academy",   u"aero",       u"agency",        u"amsterdam", u"app",        u"art",      u"asia",
    u"barcelona", u"bayern",     u"beauty",        u"berlin",    u"biz",        u"blog",     u"brussels",
    u"care",      u"cat",        u"center",        u"chat",      u"clinic",     u"cloud",    u"club",
    u"cologne",   u"com",        u"community",     u"company",   u"consulting", u"coop",     u"cymru",
    u"dental",    u"dentist",    u"design",        u"dev",       u"digital",    u"doctor",   u"edu",
    u"education", u"email",      u"eus",           u"events",    u"expert",     u"family",   u"fit",
    u"fitness",   u"foundation", u"gallery",       u"global",    u"gmbh",       u"gov",      u"group",
    u"guru",      u"hair",       u"hamburg",       u"health",    u"healthcare", u"hospital", u"inc",
    u"info",      u"int",        u"international", u"jobs",      u"koeln",      u"law",      u"legal",
    u"life",      u"link",       u"live",          u"llc",       u"london",     u"love",     u"ltd",
    u"madrid",    u"media",      u"medical",       u"mil",       u"mobi",       u"museum",   u"music",
    u"name",      u"net",        u"network",       u"news",      u"nrw",        u"nyc",      u"one",
    u"online",    u"org",        u"page",          u"paris",     u"pharmacy",   u"photo",    u"photography",
    u"physio",    u"plus",       u"pro",           u"rehab",     u"ruhr",       u"run",      u"salon",
    u"school",    u"scot",       u"services",      u"shop",      u"site",       u"skin",     u"social",
    u"solutions", u"spa",        u"space",         u"store",     u"studio",     u"surgery",  u"swiss",
    u"systems",   u"tech",       u"tel",           u"tips",      u"today",      u"travel",   u"university",
    u"vet",       u"video",      u"vision",        u"wales",     u"web",        u"website",  u"wien",
    u"world",     u"xyz",        u"yoga",          u"zone"};

bool inSpaceList(std::u16string_view list, std::u16string_view word)
{
    std::size_t pos = 0;
    while (pos < list.size()) {
        std::size_t next = list.find(u' ', pos);
        if (next == std::u16string_view::npos)
            next = list.size();
        if (list.substr(pos, next - pos) == word)
            return true;
        pos = next + 1;
    }
    return false;
}

class TldTable
{
public:
    static const TldTable& instance()
    {
        static const TldTable table;
        return table;
    }

    // word: lower-case ASCII letters
    bool contains(std::u16string_view word) const
    {
        if (word.size() == 2)
            return m_country[index(word[0], word[1])];
        return m_generic.count(word) != 0;
    }

private:
    TldTable()
    {
        for (std::size_t i = 0; i + 1 < kCountryTlds.size(); i += 3)
            m_country[index(kCountryTlds[i], kCountryTlds[i + 1])] = true;
        for (auto tld : kGenericTlds)
            m_generic.insert(tld);
    }
    static std::size_t index(char16_t a, char16_t b)
    {
        if (!isLower(a) || !isLower(b))
            return 26 * 26; // the "no" slot
        return std::size_t(a - u'a') * 26 + std::size_t(b - u'a');
    }

    std::array<bool, 26 * 26 + 1> m_country{};
    std::unordered_set<std::u16string_view> m_generic;
};

// ---------------------------------------------------------------------------------
// IBAN lengths per country (ISO 13616 registry).

struct IbanCountry
{
    char16_t a;
    char16_t b;
    int length;
};

// clang-format off
constexpr IbanCountry kIbanCountries[] = {
    {u'A', u'D', 24}, {u'A', u'E', 23}, {u'A', u'L', 28}, {u'A', u'T', 20}, {u'A', u'Z', 28}, {u'B', u'A', 20},
    {u'B', u'E', 16}, {u'B', u'G', 22}, {u'B', u'H', 22}, {u'B', u'I', 27}, {u'B', u'R', 29}, {u'B', u'Y', 28},
    {u'C', u'H', 21}, {u'C', u'R', 22}, {u'C', u'Y', 28}, {u'C', u'Z', 24}, {u'D', u'E', 22}, {u'D', u'J', 27},
    {u'D', u'K', 18}, {u'D', u'O', 28}, {u'E', u'E', 20}, {u'E', u'G', 29}, {u'E', u'S', 24}, {u'F', u'I', 18},
    {u'F', u'K', 18}, {u'F', u'O', 18}, {u'F', u'R', 27}, {u'G', u'B', 22}, {u'G', u'E', 22}, {u'G', u'I', 23},
    {u'G', u'L', 18}, {u'G', u'R', 27}, {u'G', u'T', 28}, {u'H', u'R', 21}, {u'H', u'U', 28}, {u'I', u'E', 22},
    {u'I', u'L', 23}, {u'I', u'Q', 23}, {u'I', u'S', 26}, {u'I', u'T', 27}, {u'J', u'O', 30}, {u'K', u'W', 30},
    {u'K', u'Z', 20}, {u'L', u'B', 28}, {u'L', u'C', 32}, {u'L', u'I', 21}, {u'L', u'T', 20}, {u'L', u'U', 20},
    {u'L', u'V', 21}, {u'L', u'Y', 25}, {u'M', u'C', 27}, {u'M', u'D', 24}, {u'M', u'E', 22}, {u'M', u'K', 19},
    {u'M', u'N', 20}, {u'M', u'R', 27}, {u'M', u'T', 31}, {u'M', u'U', 30}, {u'N', u'I', 28}, {u'N', u'L', 18},
    {u'N', u'O', 15}, {u'O', u'M', 23}, {u'P', u'K', 24}, {u'P', u'L', 28}, {u'P', u'S', 29}, {u'P', u'T', 25},
    {u'Q', u'A', 29}, {u'R', u'O', 24}, {u'R', u'S', 22}, {u'R', u'U', 33}, {u'S', u'A', 24}, {u'S', u'C', 31},
    {u'S', u'D', 18}, {u'S', u'E', 24}, {u'S', u'I', 19}, {u'S', u'K', 24}, {u'S', u'M', 27}, {u'S', u'O', 23},
    {u'S', u'T', 25}, {u'S', u'V', 28}, {u'T', u'L', 23}, {u'T', u'N', 24}, {u'T', u'R', 26}, {u'U', u'A', 29},
    {u'V', u'A', 22}, {u'V', u'G', 24}, {u'X', u'K', 20},
};
// clang-format on

int ibanLength(char16_t a, char16_t b)
{
    for (const auto& country : kIbanCountries) {
        if (country.a == a && country.b == b)
            return country.length;
    }
    return 0;
}

// ---------------------------------------------------------------------------------
// Dates, times, years: never a phone number or an ID.

bool isYear(int value)
{
    return value >= 1900 && value <= 2099;
}

// Three numeric parts joined by one separator kind: d.m.y, m/d/y, y-m-d.
bool looksLikeDate(int a, int lengthA, int b, int lengthB, int c, int lengthC)
{
    if (lengthA == 4)
        return isYear(a) && lengthB <= 2 && lengthC <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
    if (lengthA > 2 || lengthB > 2 || !(lengthC == 2 || (lengthC == 4 && isYear(c))))
        return false;
    return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

// ---------------------------------------------------------------------------------
// Phone numbers: libphonenumber behind a cache.

struct PhoneHit
{
    int start = 0; // offsets into the ASCII snippet
    int end = 0;
    bool valid = false;
    bool service = false; // toll-free or premium rate: an organisation's line
};

struct RegionInfo
{
    std::string code;
    int countryCode = 0;
    std::string nationalPrefix;
    std::uint32_t lengths = 0; // bit L: a national significant number of L digits is possible
};

// The practice's regions (POSSIBLE) and the other countries tried (VALID).
struct RegionSet
{
    std::vector<RegionInfo> primary;
    std::vector<RegionInfo> fallback;
    std::string key; // prefix of cache keys
};

constexpr const char* kFallbackRegions[] = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT",
                                            "SE", "DK", "NO", "FI", "PL", "BR", "MX", "CA", "AU", "IN"};

class PhoneEngine
{
public:
    static PhoneEngine& instance()
    {
        static PhoneEngine engine;
        return engine;
    }

    const ph::PhoneNumberUtil& util() const { return m_util; }

    // Country code, national prefix and possible lengths, once per region.
    RegionInfo region(const std::string& code)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_regions.find(code);
        if (it != m_regions.end())
            return it->second;
        RegionInfo info;
        info.code = code;
        info.countryCode = m_util.GetCountryCodeForRegion(code);
        if (info.countryCode != 0) {
            m_util.GetNddPrefixForRegion(code, true, &info.nationalPrefix);
            std::uint64_t national = 0;
            for (int length = 1; length <= 17; ++length) {
                national = national * 10 + 5;
                ph::PhoneNumber number;
                number.set_country_code(info.countryCode);
                number.set_national_number(national);
                if (m_util.IsPossibleNumber(number))
                    info.lengths |= (1u << length);
            }
        }
        m_regions.emplace(code, info);
        return info;
    }

    // "UK" is spelled "GB" in ISO 3166; unknown regions are ignored.
    std::shared_ptr<const RegionSet> regionSet(const QStringList& regions)
    {
        std::string key;
        for (const QString& region : regions) {
            const QString code = region.trimmed().toUpper();
            if (code == QLatin1String("UK"))
                key += "GB,";
            else if (code.size() == 2 && isUpper(code.at(0).unicode()) && isUpper(code.at(1).unicode()))
                key += code.toStdString() + ',';
        }
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_regionSets.find(key);
            if (it != m_regionSets.end())
                return it->second;
        }
        auto set = std::make_shared<RegionSet>();
        for (std::size_t k = 0; k + 3 <= key.size(); k += 3) {
            const RegionInfo info = region(key.substr(k, 2));
            bool seen = false;
            for (const RegionInfo& known : set->primary)
                seen = seen || known.code == info.code;
            if (info.countryCode != 0 && !seen)
                set->primary.push_back(info);
        }
        for (const char* code : kFallbackRegions) {
            const RegionInfo info = region(code);
            bool seen = false;
            for (const RegionInfo& known : set->primary)
                seen = seen || known.countryCode == info.countryCode;
            for (const RegionInfo& known : set->fallback)
                seen = seen || known.countryCode == info.countryCode;
            if (!seen && info.countryCode != 0)
                set->fallback.push_back(info);
        }
        set->key = key + '|';
        QMutexLocker lock(&m_mutex);
        if (m_regionSets.size() > 64)
            m_regionSets.clear();
        m_regionSets.emplace(key, set);
        return set;
    }

    bool lookup(const std::string& key, std::vector<PhoneHit>& hits)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.find(key);
        if (it == m_cache.end())
            return false;
        hits = it->second;
        return true;
    }

    void store(const std::string& key, const std::vector<PhoneHit>& hits)
    {
        QMutexLocker lock(&m_mutex);
        if (m_cache.size() >= 4096)
            m_cache.clear(); // simple bound; the working set of a post is a handful of snippets
        m_cache[key] = hits;
    }

    void clearCache()
    {
        QMutexLocker lock(&m_mutex);
        m_cache.clear();
    }

private:
    PhoneEngine()
        : m_util(*ph::PhoneNumberUtil::GetInstance())
    { }

    const ph::PhoneNumberUtil& m_util;
    QMutex m_mutex;
    std::unordered_map<std::string, RegionInfo> m_regions;
    std::unordered_map<std::string, std::shared_ptr<const RegionSet>> m_regionSets;
    std::unordered_map<std::string, std::vector<PhoneHit>> m_cache;
};

// Finds the phone numbers in one ASCII snippet (digits, single spaces, - . / ( ) +,
// maybe an extension). Tries the whole snippet first, then shorter runs of its
// space-separated chunks, preferring those that end where the snippet ends (what
// comes before a number is more often a ZIP code or a house number than the reverse).
class SnippetSolver
{
public:
    SnippetSolver(const std::string& snippet,
                  const std::vector<RegionInfo>& primary,
                  const std::vector<RegionInfo>& fallback)
        : m_snippet(snippet)
        , m_primary(primary)
        , m_fallback(fallback)
        , m_util(PhoneEngine::instance().util())
    {
        int i = 0;
        const int n = int(snippet.size());
        while (i < n) {
            while (i < n && snippet[std::size_t(i)] == ' ')
                ++i;
            if (i >= n)
                break;
            Chunk chunk;
            chunk.start = i;
            while (i < n && snippet[std::size_t(i)] != ' ') {
                if (snippet[std::size_t(i)] >= '0' && snippet[std::size_t(i)] <= '9')
                    ++chunk.digits;
                ++i;
            }
            chunk.end = i;
            m_chunks.push_back(chunk);
        }
    }

    std::vector<PhoneHit> solve()
    {
        solveRange(0, int(m_chunks.size()));
        std::sort(m_hits.begin(), m_hits.end(), [](const PhoneHit& a, const PhoneHit& b) { return a.start < b.start; });
        return m_hits;
    }

private:
    struct Chunk
    {
        int start = 0;
        int end = 0;
        int digits = 0;
    };

    int digitsIn(int first, int last) const
    {
        int total = 0;
        for (int i = first; i < last; ++i)
            total += m_chunks[std::size_t(i)].digits;
        return total;
    }

    void solveRange(int first, int last)
    {
        if (first >= last || m_budget <= 0 || digitsIn(first, last) < 7)
            return;
        if (tryRange(first, last))
            return;
        const int count = last - first;
        for (int keep = count - 1; keep >= 1; --keep) {
            for (int s = last - keep; s >= first; --s) {
                if (m_budget <= 0)
                    return;
                const Chunk& head = m_chunks[std::size_t(s)];
                const Chunk& tail = m_chunks[std::size_t(s + keep - 1)];
                if (m_snippet[std::size_t(head.start)] == ')' || m_snippet[std::size_t(tail.end - 1)] == '(')
                    continue;
                const int digits = digitsIn(s, s + keep);
                if (digits < 7 || digits > 17)
                    continue;
                if (tryRange(s, s + keep)) {
                    solveRange(first, s);
                    solveRange(s + keep, last);
                    return;
                }
            }
        }
    }

    // National digits: everything before an extension marker.
    static std::string nationalDigits(const std::string& text)
    {
        std::string digits;
        for (char c : text) {
            if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#')
                break;
            if (c >= '0' && c <= '9')
                digits.push_back(c);
        }
        return digits;
    }

    static bool plausible(const RegionInfo& region, const std::string& digits)
    {
        if (region.countryCode == 0)
            return false;
        if (digits.rfind("00", 0) == 0 || digits.rfind("011", 0) == 0)
            return true; // dialled with an international prefix: let libphonenumber decide
        auto fits = [&](std::size_t length) { return length <= 17 && (region.lengths & (1u << length)) != 0; };
        if (fits(digits.size()))
            return true;
        const std::string& prefix = region.nationalPrefix;
        return !prefix.empty() && digits.rfind(prefix, 0) == 0 && fits(digits.size() - prefix.size());
    }

    void matchWith(const std::string& text, int offset, const std::string& regionCode, std::vector<PhoneHit>& found)
    {
        ph::PhoneNumberMatcher matcher(m_util, text, regionCode, ph::PhoneNumberMatcher::POSSIBLE, 8);
        while (matcher.HasNext()) {
            ph::PhoneNumberMatch match;
            if (!matcher.Next(&match))
                break;
            const int start = match.start();
            const int end = start + match.length();
            if (start < 0 || end > int(text.size()) || start >= end)
                continue;
            const bool valid = m_util.IsValidNumber(match.number());
            found.push_back(PhoneHit{offset + start, offset + end, valid, valid && isService(match.number())});
        }
    }

    // "0800 111 0 111", "1-800-…": numbers no person owns (toll-free, premium rate). Shared-cost and UK 03
    // numbers are left alone: people's contact details use some of their ranges.
    bool isService(const ph::PhoneNumber& number) const
    {
        switch (m_util.GetNumberType(number)) {
        case ph::PhoneNumberUtil::TOLL_FREE:
        case ph::PhoneNumberUtil::PREMIUM_RATE:
            return true;
        default:
            return false;
        }
    }

    // "61089 28-64-66-98", "34796 (37) 788-063": a long bare number in front of a
    // punctuated one is a postcode or house number, not the number's first group.
    bool leadingNumberStandsApart(int first, int last) const
    {
        if (last - first < 2)
            return false;
        const Chunk& head = m_chunks[std::size_t(first)];
        const Chunk& next = m_chunks[std::size_t(first + 1)];
        if (head.digits < 5 || head.end - head.start != head.digits || m_snippet[std::size_t(head.start)] == '0')
            return false;
        for (int i = next.start; i < next.end; ++i) {
            const char c = m_snippet[std::size_t(i)];
            if (c == '-' || c == '.' || c == '(' || c == ')' || c == '/')
                return true;
        }
        return false;
    }

    bool tryRange(int first, int last)
    {
        if (leadingNumberStandsApart(first, last))
            return false;
        const int begin = m_chunks[std::size_t(first)].start;
        const int end = m_chunks[std::size_t(last - 1)].end;
        const std::string text = m_snippet.substr(std::size_t(begin), std::size_t(end - begin));
        const std::string digits = nationalDigits(text);
        if (digits.size() < 7 || digits.size() > 17)
            return false;
        --m_budget;
        const bool international = text[0] == '+' || (text.size() > 1 && text[0] == '(' && text[1] == '+');
        std::vector<PhoneHit> found;
        if (international) {
            matchWith(text, begin, m_primary.empty() ? std::string("ZZ") : m_primary.front().code, found);
        } else {
            for (const RegionInfo& region : m_primary) {
                if (plausible(region, digits))
                    matchWith(text, begin, region.code, found);
            }
            // Pieces that are merely possible ("0049 421" as a US local number) are weak:
            // a number valid elsewhere that spans the whole snippet beats them.
            const bool strong = std::any_of(found.begin(), found.end(), [&](const PhoneHit& hit) {
                return hit.valid || (hit.start == begin && hit.end == end);
            });
            if (!strong) {
                for (const RegionInfo& region : m_fallback) {
                    if (!plausible(region, digits))
                        continue;
                    ph::PhoneNumber number;
                    if (m_util.Parse(text, region.code, &number) == ph::PhoneNumberUtil::NO_PARSING_ERROR
                        && m_util.IsValidNumber(number)) {
                        found.assign(1, PhoneHit{begin, end, true, isService(number)});
                        break;
                    }
                }
            }
        }
        if (found.empty())
            return false;
        // Merge what several regions found in the same place.
        std::sort(found.begin(), found.end(), [](const PhoneHit& a, const PhoneHit& b) { return a.start < b.start; });
        std::vector<PhoneHit> merged;
        for (const PhoneHit& hit : found) {
            if (!merged.empty() && hit.start < merged.back().end) {
                merged.back().end = std::max(merged.back().end, hit.end);
                merged.back().valid = merged.back().valid || hit.valid;
                merged.back().service = merged.back().service || hit.service;
            } else {
                merged.push_back(hit);
            }
        }
        int minStart = end;
        int maxEnd = begin;
        for (const PhoneHit& hit : merged) {
            m_hits.push_back(hit);
            minStart = std::min(minStart, hit.start);
            maxEnd = std::max(maxEnd, hit.end);
        }
        // Chunks left over on either side may hold another number.
        int leftLast = first;
        while (leftLast < last && m_chunks[std::size_t(leftLast)].end <= minStart)
            ++leftLast;
        int rightFirst = last;
        while (rightFirst > first && m_chunks[std::size_t(rightFirst - 1)].start >= maxEnd)
            --rightFirst;
        solveRange(first, leftLast);
        solveRange(rightFirst, last);
        return true;
    }

    const std::string& m_snippet;
    const std::vector<RegionInfo>& m_primary;
    const std::vector<RegionInfo>& m_fallback;
    const ph::PhoneNumberUtil& m_util;
    std::vector<Chunk> m_chunks;
    std::vector<PhoneHit> m_hits;
    int m_budget = 16; // libphonenumber attempts per snippet; bounds the cost of junk
};

// ---------------------------------------------------------------------------------
// The scan of one text.

class TextScanner
{
public:
    TextScanner(const QString& text, const IdentifierScanner::Options& options)
        : m_s(reinterpret_cast<const char16_t*>(text.constData()))
        , m_n(text.size())
        , m_options(options)
    { }

    QList<IdentifierMatch> run();

private:
    char16_t at(qsizetype i) const { return i >= 0 && i < m_n ? m_s[i] : u'\0'; }
    void add(qsizetype start, qsizetype end, Rule rule, int rank, bool validated, bool byContext)
    {
        if (start < 0 || end > m_n || start >= end)
            return;
        m_candidates.push_back(Candidate{start, end, rule, rank, validated, byContext, false});
    }

    // Words and keywords
    bool wordBefore(qsizetype pos, qsizetype limit, Word& word) const;
    bool wordAfter(qsizetype pos, qsizetype limit, Word& word) const;
    // The keyword before a token, if one of `kinds`. A code that looks like an identifier by itself
    // (letters and digits: "BH-20931") needs no "#" or "number" after "account" or "claim".
    std::optional<Ctx>
    announcedBy(qsizetype tokenStart, std::initializer_list<Ctx> kinds, bool codeShaped = false) const;
    bool keywordNear(qsizetype pos, qsizetype maxChars, Ctx kind) const;
    bool matchesPhraseAt(const Word* words, int count, int index, const Phrase& phrase) const;

    // Detectors
    void scanEmails();
    void scanUrls();
    void scanIpv4();
    void scanIpv6();
    void scanTokens();
    void scanDigitGroups(qsizetype start);
    void scanIban(qsizetype start);
    void scanMbi(qsizetype start);
    void scanRunShapes(qsizetype start, qsizetype runEnd);
    qsizetype scanCompoundToken(qsizetype start);
    void scanGermanPlate(qsizetype digitStart);
    void scanPhones();
    void phoneWindow(qsizetype start, qsizetype end);
    void phoneSegment(qsizetype start, qsizetype end);
    bool phoneBoundariesOk(qsizetype start, qsizetype end) const;
    bool looksLikeAddress(qsizetype start, qsizetype end) const;
    enum class Label { None, Voice, Fax };
    Label labelBefore(qsizetype start) const;
    Label labelAfter(qsizetype end) const;
    bool faxMentionedBefore(qsizetype start, qsizetype previousPhoneEnd) const;
    void classifyFaxes(std::vector<Candidate*>& phones) const;

    QList<IdentifierMatch> resolve();

    const char16_t* m_s;
    qsizetype m_n;
    const IdentifierScanner::Options& m_options;
    std::vector<Candidate> m_candidates;
    std::vector<qsizetype> m_digitRuns;                     // where each run of ASCII digits starts
    std::vector<std::pair<qsizetype, qsizetype>> m_blocked; // merged spans that outrank phones
    std::shared_ptr<const RegionSet> m_regions;
};

bool TextScanner::wordBefore(qsizetype pos, qsizetype limit, Word& word) const
{
    limit = std::max<qsizetype>(limit, 0);
    qsizetype begin = pos;
    while (begin > limit) {
        const char16_t c = at(begin - 1);
        if (isLetter(c)) {
            --begin;
            continue;
        }
        const bool joiner = c == u'\'' || c == 0x2019 || c == u'-';
        if (joiner && begin < pos && begin - 1 > limit && isLetter(at(begin - 2))) {
            --begin;
            continue;
        }
        break;
    }
    if (begin == pos)
        return false;
    word = Word();
    word.start = begin;
    word.end = pos;
    if (pos - begin > qsizetype(word.buffer.size())) {
        word.tooLong = true;
        return true;
    }
    int lastHyphen = -1;
    for (qsizetype i = begin; i < pos; ++i) {
        const char16_t c = lowerAny(at(i));
        if (c == u'-')
            lastHyphen = word.length;
        word.buffer[std::size_t(word.length++)] = c;
    }
    if (lastHyphen > 0) {
        const std::u16string_view suffix(word.buffer.data() + lastHyphen + 1,
                                         std::size_t(word.length - lastHyphen - 1));
        if (contains(kNumberWords, suffix)) {
            word.length = lastHyphen;
            word.numberSuffix = true;
        }
    }
    return true;
}

bool TextScanner::wordAfter(qsizetype pos, qsizetype limit, Word& word) const
{
    limit = std::min(limit, m_n);
    qsizetype end = pos;
    while (end < limit && (isLetter(at(end)) || (at(end) == u'-' && end > pos && isLetter(at(end + 1)))))
        ++end;
    if (end == pos)
        return false;
    word = Word();
    word.start = pos;
    word.end = end;
    if (end - pos > qsizetype(word.buffer.size())) {
        word.tooLong = true;
        return true;
    }
    for (qsizetype i = pos; i < end; ++i)
        word.buffer[std::size_t(word.length++)] = lowerAny(at(i));
    return true;
}

bool TextScanner::matchesPhraseAt(const Word* words, int count, int index, const Phrase& phrase) const
{
    int phraseLength = 0;
    while (phraseLength < int(phrase.words.size()) && !phrase.words[std::size_t(phraseLength)].empty())
        ++phraseLength;
    if (phraseLength == 0 || index + phraseLength > count)
        return false;
    // words[index] is the word nearest to the identifier, i.e. the phrase's last word.
    for (int k = 0; k < phraseLength; ++k) {
        if (words[index + k].view() != phrase.words[std::size_t(phraseLength - 1 - k)])
            return false;
    }
    return true;
}

// A keyword right before the token, with only connectors in between:
// "MRN: X", "chart #X", "claim number X", "license number is X", "número de Medi-Cal X".
std::optional<Ctx>
TextScanner::announcedBy(qsizetype tokenStart, std::initializer_list<Ctx> kinds, bool codeShaped) const
{
    const qsizetype limit = std::max<qsizetype>(0, tokenStart - 48);
    qsizetype p = tokenStart;
    bool number = false;
    for (int step = 0; step < 6 && p > limit; ++step) {
        while (p > limit) {
            const char16_t c = at(p - 1);
            if (c == u'#' || c == 0x00B0) {
                number = true;
                --p;
            } else if (isInlineSpace(c) || c == u':' || c == u',' || c == u'(' || c == u'[' || c == u'.' || c == u'='
                       || c == u'"' || c == u'\'' || isDash(c) || c == 0x201C || c == 0x201D || c == 0x201E
                       || c == 0x00AB || c == 0x00BB) {
                --p;
            } else {
                break;
            }
        }
        Word word;
        if (!wordBefore(p, limit, word))
            break;
        const std::u16string_view view = word.view();
        if (contains(kNumberWords, view)) {
            number = true;
            p = word.start;
            continue;
        }
        if (contains(kFillerWords, view)) {
            p = word.start;
            continue;
        }
        break;
    }
    std::array<Word, 4> words;
    int count = 0;
    qsizetype q = p;
    while (count < int(words.size())) {
        while (q > limit && isInlineSpace(at(q - 1)))
            --q;
        if (!wordBefore(q, limit, words[std::size_t(count)]))
            break;
        q = words[std::size_t(count)].start;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    if (words[0].numberSuffix)
        number = true;
    // Only phrases whose last word is the word nearest to the token can match: look those up.
    static const std::unordered_map<std::u16string_view, std::vector<int>> byLastWord = [] {
        std::unordered_map<std::u16string_view, std::vector<int>> map;
        for (int i = 0; i < int(std::size(kPhrases)); ++i) {
            int length = 0;
            while (length < int(kPhrases[i].words.size()) && !kPhrases[i].words[std::size_t(length)].empty())
                ++length;
            if (length > 0)
                map[kPhrases[i].words[std::size_t(length - 1)]].push_back(i);
        }
        return map;
    }();
    const auto candidates = byLastWord.find(words[0].view());
    if (candidates == byLastWord.end())
        return std::nullopt;
    for (int index : candidates->second) {
        const Phrase& phrase = kPhrases[index];
        if (std::find(kinds.begin(), kinds.end(), phrase.kind) == kinds.end())
            continue;
        if (!matchesPhraseAt(words.data(), count, 0, phrase))
            continue;
        if (phrase.needsNumber && !number && !codeShaped) {
            // Spanish and others put the number word first: "número de paciente X".
            int k = 0;
            while (k < int(phrase.words.size()) && !phrase.words[std::size_t(k)].empty())
                ++k;
            if (k < count && contains(kFillerWords, words[std::size_t(k)].view()))
                ++k;
            if (!(k < count && contains(kNumberWords, words[std::size_t(k)].view())))
                continue;
        }
        return phrase.kind;
    }
    return std::nullopt;
}

// A keyword of this kind anywhere in the maxChars before pos.
bool TextScanner::keywordNear(qsizetype pos, qsizetype maxChars, Ctx kind) const
{
    const qsizetype limit = std::max<qsizetype>(0, pos - maxChars);
    std::array<Word, 12> words;
    int count = 0;
    qsizetype p = pos;
    while (count < int(words.size()) && p > limit) {
        while (p > limit && !isLetter(at(p - 1)))
            --p;
        if (!wordBefore(p, limit, words[std::size_t(count)]))
            break;
        p = words[std::size_t(count)].start;
        ++count;
    }
    for (int i = 0; i < count; ++i) {
        for (const Phrase& phrase : kPhrases) {
            if (phrase.kind == kind && matchesPhraseAt(words.data(), count, i, phrase))
                return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------
// E-mail addresses

void TextScanner::scanEmails()
{
    const TldTable& tlds = TldTable::instance();
    const QStringView view(m_s, m_n);
    for (qsizetype a = view.indexOf(u'@'); a >= 0; a = view.indexOf(u'@', a + 1)) {
        auto isLocal = [](char16_t c) {
            return isAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-'
                   || (c >= 128 && QChar(c).isLetterOrNumber());
        };
        qsizetype localStart = a;
        while (localStart > 0 && a - localStart < 64 && isLocal(at(localStart - 1)))
            --localStart;
        if (localStart > 0 && isLocal(at(localStart - 1)))
            continue; // longer than an address can be
        while (localStart < a && !(isAlnum(at(localStart)) || at(localStart) == u'_' || at(localStart) >= 128))
            ++localStart;
        if (localStart == a || at(a - 1) == u'.')
            continue;
        bool doubleDot = false;
        for (qsizetype i = localStart + 1; i < a; ++i)
            doubleDot = doubleDot || (at(i) == u'.' && at(i - 1) == u'.');
        if (doubleDot)
            continue;
        // Domain: labels separated by dots, the last one a known TLD.
        qsizetype p = a + 1;
        int labels = 0;
        qsizetype lastLabelStart = p;
        bool ok = true;
        while (p < m_n && labels < 16) {
            const qsizetype labelStart = p;
            while (p < m_n && p - labelStart < 63
                   && (isAlnum(at(p)) || at(p) == u'-' || (at(p) >= 128 && QChar(at(p)).isLetterOrNumber())))
                ++p;
            if (p == labelStart || at(labelStart) == u'-' || at(p - 1) == u'-') {
                ok = labels >= 2 && p == labelStart;
                p = labelStart;
                break;
            }
            ++labels;
            lastLabelStart = labelStart;
            if (at(p) == u'.' && (isAlnum(at(p + 1)) || at(p + 1) >= 128)) {
                ++p;
                continue;
            }
            break;
        }
        if (!ok || labels < 2)
            continue;
        if (at(p) == u'.' && at(p - 1) == u'.')
            continue;
        std::array<char16_t, 24> tld{};
        const qsizetype tldLength = p - lastLabelStart;
        if (tldLength < 2 || tldLength > qsizetype(tld.size()))
            continue;
        bool letters = true;
        for (qsizetype i = 0; i < tldLength; ++i) {
            const char16_t c = at(lastLabelStart + i);
            letters = letters && isAlpha(c);
            tld[std::size_t(i)] = lowerAscii(c);
        }
        if (!letters || !tlds.contains(std::u16string_view(tld.data(), std::size_t(tldLength))))
            continue;
        if (isWordChar(at(p)) || at(p) == u'@')
            continue;
        add(localStart, p, Rule::Email, RankEmail, true, false);
        a = p - 1;
    }
}

// ---------------------------------------------------------------------------------
// URLs

struct SocialSite
{
    std::u16string_view host;
    enum Kind { FirstSegment, AtSegment, AfterPrefix } kind;
    std::u16string_view prefix; // AfterPrefix: "in" for linkedin.com/in/<user>
};

// clang-format off
constexpr SocialSite kSocialSites[] = {
    {u"facebook.com", SocialSite::FirstSegment, {}}, {u"fb.com", SocialSite::FirstSegment, {}},
    {u"instagram.com", SocialSite::FirstSegment, {}}, {u"x.com", SocialSite::FirstSegment, {}},
    {u"twitter.com", SocialSite::FirstSegment, {}}, {u"tiktok.com", SocialSite::AtSegment, {}},
    {u"youtube.com", SocialSite::AtSegment, {}}, {u"threads.net", SocialSite::AtSegment, {}},
    {u"threads.com", SocialSite::AtSegment, {}}, {u"linkedin.com", SocialSite::AfterPrefix, u"in"},
    {u"bsky.app", SocialSite::AfterPrefix, u"profile"}, {u"gofundme.com", SocialSite::AfterPrefix, u"f"},
};

// First path segments that are site pages, not people.
constexpr std::u16string_view kGenericSegments[] = {
    u"about", u"accounts", u"ads", u"business", u"careers", u"compose", u"developer", u"developers", u"dialog",
    u"direct", u"donate", u"events", u"explore", u"gaming", u"groups", u"hashtag", u"help", u"home", u"home.php",
    u"i", u"intent", u"jobs", u"legal", u"live", u"login", u"login.php", u"marketplace", u"messages", u"notifications",
    u"p", u"page", u"pages", u"permalink.php", u"photo", u"photo.php", u"photos", u"plugins", u"policies", u"policy",
    u"privacy", u"r.php", u"recover", u"reel", u"reels", u"search", u"settings", u"share", u"sharer", u"sharer.php",
    u"signup", u"static", u"story.php", u"terms", u"tos", u"tr", u"tv", u"video", u"videos", u"watch", u"web",
};
// clang-format on

void TextScanner::scanUrls()
{
    const TldTable& tlds = TldTable::instance();
    auto isLabelChar = [](char16_t c) { return isAlnum(c) || c == u'-'; };
    const QStringView view(m_s, m_n);
    qsizetype i = 0;
    while (i < m_n) {
        i = view.indexOf(u'.', i);
        if (i < 0)
            break;
        if (!isAlnum(at(i - 1)) || !isAlpha(at(i + 1))) {
            ++i;
            continue;
        }
        // The host around this dot.
        qsizetype hostStart = i;
        while (hostStart > 0 && i - hostStart < 253
               && (isLabelChar(at(hostStart - 1)) || (at(hostStart - 1) == u'.' && isLabelChar(at(hostStart - 2)))))
            --hostStart;
        qsizetype hostEnd = i;
        while (hostEnd < m_n && hostEnd - hostStart < 253
               && (isLabelChar(at(hostEnd)) || (at(hostEnd) == u'.' && isLabelChar(at(hostEnd + 1)))))
            ++hostEnd;
        const qsizetype next = std::max(i + 1, hostEnd);
        const char16_t before = at(hostStart - 1);
        if (before == u'@' || before == u'.' || at(hostEnd) == u'@' || (before >= 128 && isWordChar(before))
            || before == u'_' || isWordChar(at(hostEnd))) {
            i = next;
            continue;
        }
        // Labels: no empty label, none starting or ending with '-'.
        bool labelsOk = true;
        int labelCount = 0;
        qsizetype lastLabel = hostStart;
        for (qsizetype p = hostStart; p <= hostEnd; ++p) {
            if (p == hostEnd || at(p) == u'.') {
                const qsizetype labelStart = lastLabel;
                if (p == labelStart || at(labelStart) == u'-' || at(p - 1) == u'-')
                    labelsOk = false;
                ++labelCount;
                if (p < hostEnd)
                    lastLabel = p + 1;
            }
        }
        const qsizetype tldLength = hostEnd - lastLabel;
        std::array<char16_t, 24> tld{};
        bool tldLetters = tldLength >= 2 && tldLength <= qsizetype(tld.size());
        bool tldLower = true;
        for (qsizetype k = 0; tldLetters && k < tldLength; ++k) {
            const char16_t c = at(lastLabel + k);
            tldLetters = isAlpha(c);
            tldLower = tldLower && isLower(c);
            tld[std::size_t(k)] = lowerAscii(c);
        }
        const std::u16string_view tldView(tld.data(), std::size_t(std::max<qsizetype>(0, tldLength)));
        if (!labelsOk || labelCount < 2 || !tldLetters || !tlds.contains(tldView)) {
            i = next;
            continue;
        }
        // Scheme and "www." make it a URL whatever the TLD looks like.
        qsizetype urlStart = hostStart;
        bool scheme = false;
        if (at(hostStart - 1) == u'/' && at(hostStart - 2) == u'/' && at(hostStart - 3) == u':') {
            qsizetype s = hostStart - 3;
            while (s > 0 && hostStart - 3 - s < 10 && isAlpha(at(s - 1)))
                --s;
            if (s < hostStart - 3 && !isWordChar(at(s - 1))) {
                urlStart = s;
                scheme = true;
            }
        }
        const bool www = hostEnd - hostStart > 4 && lowerAscii(at(hostStart)) == u'w'
                         && lowerAscii(at(hostStart + 1)) == u'w' && lowerAscii(at(hostStart + 2)) == u'w'
                         && at(hostStart + 3) == u'.';
        // Path, query, fragment.
        qsizetype end = hostEnd;
        if (at(end) == u':' && isDigit(at(end + 1))) {
            qsizetype p = end + 1;
            while (p < m_n && p - end <= 6 && isDigit(at(p)))
                ++p;
            end = p;
        }
        const bool hasPath = at(end) == u'/' || at(end) == u'?' || at(end) == u'#';
        if (hasPath) {
            while (end < m_n && end - urlStart < 2048) {
                const char16_t c = at(end);
                const bool ok = (c > 32 && c < 127 && c != u'<' && c != u'>' && c != u'"' && c != u'{' && c != u'}'
                                 && c != u'|' && c != u'\\' && c != u'^' && c != u'`')
                                || (c >= 128 && QChar(c).isLetterOrNumber());
                if (!ok)
                    break;
                ++end;
            }
            // Trailing punctuation belongs to the sentence.
            bool openParen = false;
            for (qsizetype p = hostEnd; p < end; ++p)
                openParen = openParen || at(p) == u'(';
            while (end > hostEnd) {
                const char16_t c = at(end - 1);
                if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\''
                    || c == u']' || (c == u')' && !openParen))
                    --end;
                else
                    break;
            }
        }
        if (!scheme && !www) {
            // A bare domain: "praxis-beispiel.de/team". Guard against "today.It was".
            if (!tldLower) {
                i = next;
                continue;
            }
            if (inSpaceList(kWordLikeTlds, tldView) && labelCount < 3 && !hasPath) {
                i = next;
                continue;
            }
        }
        // Host without "www." / "m." for the social-site check.
        std::array<char16_t, 64> host{};
        qsizetype hostLength = 0;
        qsizetype h = hostStart;
        for (const std::u16string_view prefix : {u"www.", u"m.", u"mobile.", u"web."}) {
            bool match = hostEnd - h > qsizetype(prefix.size());
            for (std::size_t k = 0; match && k < prefix.size(); ++k)
                match = lowerAscii(at(h + qsizetype(k))) == prefix[k];
            if (match) {
                h += qsizetype(prefix.size());
                break;
            }
        }
        if (hostEnd - h <= qsizetype(host.size())) {
            for (qsizetype p = h; p < hostEnd; ++p)
                host[std::size_t(hostLength++)] = lowerAscii(at(p));
        }
        const std::u16string_view hostView(host.data(), std::size_t(hostLength));
        const SocialSite* site = nullptr;
        for (const SocialSite& candidate : kSocialSites) {
            if (candidate.host == hostView)
                site = &candidate;
        }
        if (site == nullptr) {
            add(urlStart, end, Rule::UrlOther, RankUrlOther, false, false);
            i = std::max(next, end);
            continue;
        }
        // Social site: report it only with a user part.
        auto segment = [&](qsizetype from, std::array<char16_t, 48>& out, qsizetype& length) {
            length = 0;
            qsizetype p = from;
            while (p < end && at(p) != u'/' && at(p) != u'?' && at(p) != u'#') {
                if (length < qsizetype(out.size()))
                    out[std::size_t(length)] = lowerAny(at(p));
                ++length;
                ++p;
            }
            return p;
        };
        bool profile = false;
        if (at(hostEnd) == u'/') {
            std::array<char16_t, 48> first{};
            qsizetype firstLength = 0;
            const qsizetype afterFirst = segment(hostEnd + 1, first, firstLength);
            const std::u16string_view firstView(first.data(),
                                                std::size_t(std::min<qsizetype>(firstLength, qsizetype(first.size()))));
            std::array<char16_t, 48> second{};
            qsizetype secondLength = 0;
            if (at(afterFirst) == u'/')
                segment(afterFirst + 1, second, secondLength);
            switch (site->kind) {
            case SocialSite::FirstSegment:
                if (firstView == u"profile.php")
                    profile = at(afterFirst) == u'?';
                else if (firstView == u"people" || firstView == u"stories")
                    profile = secondLength > 0;
                else
                    profile = firstLength > 0 && !contains(kGenericSegments, firstView);
                break;
            case SocialSite::AtSegment:
                profile = firstLength > 1 && first[0] == u'@';
                if (!profile && (firstView == u"c" || firstView == u"user" || firstView == u"channel")
                    && hostView == u"youtube.com")
                    profile = secondLength > 0;
                break;
            case SocialSite::AfterPrefix:
                profile = firstView == site->prefix && secondLength > 0;
                break;
            }
        }
        if (profile)
            add(urlStart, end, Rule::UrlProfile, RankUrlProfile, true, false);
        i = std::max(next, end);
    }
}

// ---------------------------------------------------------------------------------
// IP addresses

void TextScanner::scanIpv4()
{
    qsizetype done = 0;
    for (const qsizetype i : m_digitRuns) {
        if (i < done)
            continue;
        const char16_t before = at(i - 1);
        qsizetype p = i;
        int parts = 0;
        bool ok = true;
        while (parts < 4) {
            const qsizetype partStart = p;
            int value = 0;
            while (p < m_n && isDigit(at(p)) && p - partStart < 4) {
                value = value * 10 + digitValue(at(p));
                ++p;
            }
            const qsizetype length = p - partStart;
            if (length == 0 || length > 3 || value > 255 || (length > 1 && at(partStart) == u'0')) {
                ok = false;
                break;
            }
            ++parts;
            if (parts < 4) {
                if (at(p) != u'.' || !isDigit(at(p + 1))) {
                    ok = false;
                    break;
                }
                ++p;
            }
        }
        const qsizetype end = p;
        // Not part of a longer dotted number (1.2.3.4.5) or a word ("v1.2.3.4").
        if (ok && (isWordChar(at(end)) || (at(end) == u'.' && isDigit(at(end + 1)))))
            ok = false;
        if (ok && (isWordChar(before) || (before == u'.' && isDigit(at(i - 2)))))
            ok = false;
        if (ok && announcedBy(i, {Ctx::NotPhone}))
            ok = false; // "version 1.2.3.4"
        if (ok) {
            QHostAddress address;
            if (address.setAddress(QString(reinterpret_cast<const QChar*>(m_s + i), end - i))
                && address.protocol() == QAbstractSocket::IPv4Protocol)
                add(i, end, Rule::Ipv4, RankIp, true, false);
        }
        // Skip the rest of this digit-and-dot run.
        while (p < m_n && (isDigit(at(p)) || (at(p) == u'.' && isDigit(at(p + 1)))))
            ++p;
        done = p;
    }
}

void TextScanner::scanIpv6()
{
    const QStringView view(m_s, m_n);
    qsizetype done = 0;
    for (qsizetype colon = view.indexOf(u':'); colon >= 0; colon = view.indexOf(u':', colon + 1)) {
        if (colon < done)
            continue;
        qsizetype i = colon;
        while (i > 0 && colon - i < 46 && (isHex(at(i - 1)) || at(i - 1) == u':' || at(i - 1) == u'.'))
            --i;
        if (isWordChar(at(i - 1))) {
            done = colon + 1;
            continue;
        }
        qsizetype p = i;
        int colons = 0;
        while (p < m_n && p - i < 46 && (isHex(at(p)) || at(p) == u':' || at(p) == u'.')) {
            colons += at(p) == u':' ? 1 : 0;
            ++p;
        }
        qsizetype end = p;
        // Trailing sentence punctuation, but keep a "::" ending.
        while (end > i && (at(end - 1) == u'.' || (at(end - 1) == u':' && at(end - 2) != u':')))
            --end;
        const bool boundary = !isWordChar(at(p)) && at(p) != u':';
        if (colons >= 2 && boundary && end - i >= 6) {
            int groups = 0;
            bool doubleColon = false;
            for (qsizetype k = i; k < end; ++k) {
                if (isHex(at(k)) && (k == i || !isHex(at(k - 1))))
                    ++groups;
                if (at(k) == u':' && at(k + 1) == u':')
                    doubleColon = true;
            }
            if (colons >= 3 || (doubleColon && groups >= 2)) {
                QHostAddress address;
                if (address.setAddress(QString(reinterpret_cast<const QChar*>(m_s + i), end - i))
                    && address.protocol() == QAbstractSocket::IPv6Protocol)
                    add(i, end, Rule::Ipv6, RankIp, true, false);
            }
        }
        // Skip the rest of the token.
        while (p < m_n && isWordChar(at(p)))
            ++p;
        done = std::max(colon + 1, p);
    }
}

// ---------------------------------------------------------------------------------
// ID numbers

// Every ID contains a digit, so the work starts from the runs of digits.
void TextScanner::scanTokens()
{
    qsizetype runDone = 0;
    qsizetype compoundDone = 0;
    for (const qsizetype digit : m_digitRuns) {
        if (digit < runDone)
            continue; // another digit run of an alphanumeric run already seen ("A1B2")
        qsizetype i = digit;
        while (i > 0 && digit - i < 64 && isAlnum(at(i - 1)))
            --i;
        qsizetype runEnd = digit;
        while (runEnd < m_n && isAlnum(m_s[runEnd]))
            ++runEnd;
        runDone = runEnd;
        if (isWordChar(at(i - 1)) || isWordChar(at(runEnd)))
            continue; // glued to a non-ASCII letter ("ABC123é"), or absurdly long
        const char16_t c = m_s[i];
        scanIban(i);
        scanMbi(i);
        scanRunShapes(i, runEnd);
        if (isDigit(c))
            scanDigitGroups(i);
        if (isDigit(c) && runEnd - i <= 4)
            scanGermanPlate(i);
        // The dash-joined token this run belongs to: "LFP-20931".
        qsizetype compound = i;
        for (int k = 0; k < 8 && isDash(at(compound - 1)) && isAlnum(at(compound - 2)); ++k) {
            qsizetype previous = compound - 1;
            while (previous > 0 && compound - previous < 24 && isAlnum(at(previous - 1)))
                --previous;
            compound = previous;
        }
        if (compound >= compoundDone && !isWordChar(at(compound - 1)))
            compoundDone = scanCompoundToken(compound);
    }
}

// Digits in groups with one kind of separator: SSN, payment card, NHS, ABA, NPI.
void TextScanner::scanDigitGroups(qsizetype start)
{
    std::array<int, 8> lengths{};
    int groups = 0;
    int total = 0;
    char16_t separator = 0;
    qsizetype p = start;
    while (true) {
        const qsizetype groupStart = p;
        while (p < m_n && isDigit(at(p)) && p - groupStart <= 19)
            ++p;
        const int length = int(p - groupStart);
        if (length > 19 || isDigit(at(p)))
            return; // an endless digit run is nothing we know
        lengths[std::size_t(groups++)] = length;
        total += length;
        if (groups == int(lengths.size()) || total > 19)
            break;
        char16_t c = at(p);
        if (c == 0x00A0)
            c = u' ';
        if ((c == u' ' || c == u'-' || c == u'.') && isDigit(at(p + 1)) && (separator == 0 || separator == c)) {
            separator = c;
            ++p;
            continue;
        }
        break;
    }
    const qsizetype end = p;
    if (total > 19 || isWordChar(at(end)))
        return;
    // A group that continues a previous one with the same separator is not a start.
    const char16_t before = at(start - 1) == 0x00A0 ? u' ' : at(start - 1);
    if ((before == u'-' || before == u'.' || (separator != 0 && before == separator)) && isDigit(at(start - 2)))
        return;
    // Decimals and prices: "1234567.89", "1.234.567,00".
    if ((at(end) == u'.' || at(end) == u',') && isDigit(at(end + 1)))
        return;

    std::array<char16_t, 20> digits{};
    int count = 0;
    for (qsizetype k = start; k < end && count < int(digits.size()); ++k) {
        if (isDigit(at(k)))
            digits[std::size_t(count++)] = at(k);
    }
    const QString digitString(reinterpret_cast<const QChar*>(digits.data()), count);
    auto shape = [&](std::initializer_list<int> expected) {
        if (int(expected.size()) != groups)
            return false;
        int k = 0;
        for (int value : expected) {
            if (lengths[std::size_t(k++)] != value)
                return false;
        }
        return true;
    };
    bool allSame = true;
    for (int k = 1; k < count; ++k)
        allSame = allSame && digits[std::size_t(k)] == digits[0];
    if (allSame)
        return;

    // SSN
    if (shape({3, 2, 4}) && validate::ssn(QString(reinterpret_cast<const QChar*>(m_s + start), end - start)))
        add(start, end, Rule::Ssn, RankSsnShape, true, false);
    if (groups == 1 && total == 9 && validate::ssn(digitString) && keywordNear(start, 48, Ctx::Ssn))
        add(start, end, Rule::Ssn, RankAnnouncedTyped, true, true);

    // Payment cards
    const bool cardGrouping =
        groups == 1
        || ((separator == u' ' || separator == u'-') && lengths[0] == 4
            && (shape({4, 6, 5}) || shape({4, 6, 4}) || [&] {
                   if (groups < 3)
                       return false;
                   for (int k = 1; k + 1 < groups; ++k) {
                       if (lengths[std::size_t(k)] != 4)
                           return false;
                   }
                   return lengths[std::size_t(groups - 1)] >= 1 && lengths[std::size_t(groups - 1)] <= 4;
               }()));
    if (cardGrouping && total >= 12 && total <= 19) {
        const char16_t d0 = digits[0];
        const char16_t d1 = digits[1];
        bool prefixOk = d0 >= u'1' && d0 <= u'6' && total >= 13;
        if (total == 12) {
            // 12-digit Maestro: 50, 56-58, 6304, 6390, 67xx, 0604.
            const int two = digitValue(d0) * 10 + digitValue(d1);
            const int four = two * 100 + digitValue(digits[2]) * 10 + digitValue(digits[3]);
            prefixOk =
                groups == 1
                && (two == 50 || (two >= 56 && two <= 58) || four == 6304 || four == 6390 || two == 67 || four == 604);
        }
        if (prefixOk && validate::luhn(digitString))
            add(start, end, Rule::Card, RankChecksum, true, false);
        else if (total >= 13 && keywordNear(start, 40, Ctx::Card))
            add(start, end, Rule::Card, RankAnnouncedTyped, false, true);
    }

    // NHS number
    if (total == 10 && (groups == 1 || (shape({3, 3, 4}) && (separator == u' ' || separator == u'-')))
        && validate::nhsNumber(digitString)) {
        if (keywordNear(start, 48, Ctx::Nhs))
            add(start, end, Rule::Nhs, RankChecksum, true, false);
        else if (groups == 3 && separator == u' ')
            add(start, end, Rule::Nhs, RankNhsBare, true, false);
    }

    // ABA routing number and NPI: provider and bank IDs, only with their keyword.
    if (total == 9 && (groups == 1 || (shape({4, 4, 1}) && separator == u'-')) && validate::abaRouting(digitString)
        && keywordNear(start, 48, Ctx::Aba))
        add(start, end, Rule::Aba, RankChecksum, true, true);
    if (total == 10 && (groups == 1 || shape({4, 3, 3}) || shape({3, 3, 4})) && validate::npi(digitString)
        && keywordNear(start, 48, Ctx::Npi))
        add(start, end, Rule::Npi, RankChecksum, true, true);
}

void TextScanner::scanIban(qsizetype start)
{
    const char16_t a = at(start);
    const char16_t b = at(start + 1);
    if (!isAlpha(a) || !isAlpha(b) || !isDigit(at(start + 2)) || !isDigit(at(start + 3)))
        return;
    if (isUpper(a) != isUpper(b))
        return;
    const int length = ibanLength(upperAscii(a), upperAscii(b));
    if (length == 0)
        return;
    std::array<char16_t, 34> buffer{};
    int count = 0;
    qsizetype p = start;
    while (p < m_n && count < length) {
        if (isAlnum(at(p))) {
            buffer[std::size_t(count++)] = at(p++);
            continue;
        }
        // Groups of four separated by single spaces.
        if ((at(p) == u' ' || at(p) == 0x00A0) && count % 4 == 0 && isAlnum(at(p + 1))) {
            ++p;
            continue;
        }
        break;
    }
    if (count != length || isWordChar(at(p)))
        return;
    bool upper = false;
    bool lower = false;
    for (int k = 0; k < count; ++k) {
        upper = upper || isUpper(buffer[std::size_t(k)]);
        lower = lower || isLower(buffer[std::size_t(k)]);
    }
    if (upper && lower)
        return;
    if (validate::iban(QString(reinterpret_cast<const QChar*>(buffer.data()), count)))
        add(start, p, Rule::Iban, RankChecksum, true, false);
}

void TextScanner::scanMbi(qsizetype start)
{
    const char16_t first = at(start);
    if (first < u'1' || first > u'9')
        return;
    std::array<char16_t, 11> buffer{};
    qsizetype end = 0;
    if (at(start + 4) == u'-' && at(start + 8) == u'-') {
        int count = 0;
        for (qsizetype k = start; k < start + 13; ++k) {
            if (k == start + 4 || k == start + 8)
                continue;
            buffer[std::size_t(count++)] = at(k);
        }
        end = start + 13;
    } else {
        for (int k = 0; k < 11; ++k)
            buffer[std::size_t(k)] = at(start + k);
        end = start + 11;
    }
    if (isWordChar(at(end)) || (isDash(at(end)) && isAlnum(at(end + 1))))
        return;
    for (char16_t c : buffer) {
        if (!(isUpper(c) || isDigit(c)))
            return;
    }
    const QString text(reinterpret_cast<const QChar*>(buffer.data()), qsizetype(buffer.size()));
    if (validate::medicareMbi(text))
        add(start, end, Rule::Mbi, RankChecksum, true, false);
}

// Single alphanumeric runs: KVNR, VIN, DEA, UK plate.
void TextScanner::scanRunShapes(qsizetype start, qsizetype runEnd)
{
    const qsizetype length = runEnd - start;
    const QString run = (length == 9 || length == 10 || length == 16 || length == 17 || length == 4 || length == 7)
                            ? QString(reinterpret_cast<const QChar*>(m_s + start), length)
                            : QString();
    if (length == 10 && isUpper(at(start))) {
        bool digits = true;
        for (qsizetype k = start + 1; k < runEnd; ++k)
            digits = digits && isDigit(at(k));
        if (digits) {
            if (validate::germanKvnr(run))
                add(start, runEnd, Rule::Kvnr, RankChecksum, true, false);
            else if (keywordNear(start, 60, Ctx::Kvnr))
                add(start, runEnd, Rule::Kvnr, RankAnnouncedTyped, false, true);
        }
    }
    if (length == 16 && validate::ukDrivingLicence(run))
        add(start, runEnd, Rule::License, RankChecksum, true, false);
    if (length == 17) {
        bool allowed = true;
        bool letter = false;
        bool digit = false;
        for (qsizetype k = start; k < runEnd; ++k) {
            const char16_t c = at(k);
            allowed = allowed && (isDigit(c) || (isUpper(c) && c != u'I' && c != u'O' && c != u'Q'));
            letter = letter || isUpper(c);
            digit = digit || isDigit(c);
        }
        if (allowed && letter && digit) {
            if (validate::vin(run))
                add(start, runEnd, Rule::Vin, RankChecksum, true, false);
            else if (keywordNear(start, 48, Ctx::Vin))
                add(start, runEnd, Rule::Vin, RankAnnouncedTyped, false, true);
        }
    }
    if (length == 9 && isUpper(at(start)) && (isUpper(at(start + 1)) || at(start + 1) == u'9')
        && validate::deaNumber(run) && keywordNear(start, 48, Ctx::Dea))
        add(start, runEnd, Rule::Dea, RankChecksum, true, true);
    // UK plate "AB12 CDE" or "AB12CDE".
    auto ukPlate = [&](qsizetype s) {
        return isUpper(at(s)) && isUpper(at(s + 1)) && isDigit(at(s + 2)) && isDigit(at(s + 3));
    };
    if (length == 4 && ukPlate(start) && at(runEnd) == u' ' && isUpper(at(runEnd + 1)) && isUpper(at(runEnd + 2))
        && isUpper(at(runEnd + 3)) && !isWordChar(at(runEnd + 4)) && announcedBy(start, {Ctx::Plate}))
        add(start, runEnd + 4, Rule::Plate, RankAnnounced, false, true);
    if (length == 7 && ukPlate(start) && isUpper(at(start + 4)) && isUpper(at(start + 5)) && isUpper(at(start + 6))
        && announcedBy(start, {Ctx::Plate}))
        add(start, runEnd, Rule::Plate, RankAnnounced, false, true);
}

// German plate "N-KS 4821", "B-AB 123", "M AB 1234E": found from its digits.
void TextScanner::scanGermanPlate(qsizetype digitStart)
{
    qsizetype end = digitStart;
    while (end < m_n && isDigit(at(end)))
        ++end;
    if (end - digitStart > 4)
        return;
    if ((at(end) == u'E' || at(end) == u'H') && !isWordChar(at(end + 1)))
        ++end;
    if (isWordChar(at(end)))
        return;
    qsizetype p = digitStart;
    if (at(p - 1) == u' ' || at(p - 1) == u'-')
        --p;
    qsizetype letters = 0;
    while (letters < 3 && isUpper(at(p - 1))) {
        --p;
        ++letters;
    }
    if (letters < 1 || letters > 2 || !(at(p - 1) == u' ' || at(p - 1) == u'-'))
        return;
    --p;
    auto isPlateLetter = [](char16_t c) { return isUpper(c) || c == 0x00C4 || c == 0x00D6 || c == 0x00DC; };
    letters = 0;
    while (letters < 4 && isPlateLetter(at(p - 1))) {
        --p;
        ++letters;
    }
    if (letters < 1 || letters > 3 || isWordChar(at(p - 1)))
        return;
    if (announcedBy(p, {Ctx::Plate}))
        add(p, end, Rule::Plate, RankAnnounced, false, true);
}

// Alphanumeric runs joined by dashes ("LFP-20931", "K512-4471-8830-12") after a
// keyword: record, chart, claim, member… numbers, licences, plates.
qsizetype TextScanner::scanCompoundToken(qsizetype start)
{
    qsizetype p = start;
    int digits = 0;
    int letters = 0;
    bool lowerLetters = false;
    while (p < m_n && p - start <= 24) {
        const char16_t c = at(p);
        if (isAlnum(c)) {
            digits += isDigit(c) ? 1 : 0;
            letters += isAlpha(c) ? 1 : 0;
            lowerLetters = lowerLetters || isLower(c);
            ++p;
        } else if (isDash(c) && isAlnum(at(p + 1)) && isAlnum(at(p - 1))) {
            ++p;
        } else {
            break;
        }
    }
    const qsizetype end = p;
    const qsizetype length = end - start;
    if (length > 20 || isWordChar(at(end)) || (isDash(at(end)) && isAlnum(at(end + 1))))
        return end;
    if ((at(end) == u'.' || at(end) == u',' || at(end) == u'/' || at(end) == u':') && isDigit(at(end + 1)))
        return end; // part of a decimal, date or time
    if (digits >= 3 && length >= 4) {
        // Never a date ("2024-11-12") or a bare year.
        if (letters == 0) {
            std::array<int, 3> values{};
            std::array<int, 3> lengths{};
            int parts = 0;
            bool tooMany = false;
            for (qsizetype k = start; k < end; ++k) {
                if (isDash(at(k))) {
                    if (++parts >= 3) {
                        tooMany = true;
                        break;
                    }
                    continue;
                }
                if (values[std::size_t(parts)] < 100000) // only compared as day, month or year
                    values[std::size_t(parts)] = values[std::size_t(parts)] * 10 + digitValue(at(k));
                ++lengths[std::size_t(parts)];
            }
            if (!tooMany && parts == 2
                && looksLikeDate(values[0], lengths[0], values[1], lengths[1], values[2], lengths[2]))
                return end;
            if (parts == 0 && length == 4 && isYear(values[0]))
                return end;
        }
        const bool codeShaped = letters >= 1 && digits >= 3;
        const auto kind = announcedBy(start, {Ctx::Mrn, Ctx::License, Ctx::Plate, Ctx::Device}, codeShaped);
        if (kind == Ctx::Mrn)
            add(start, end, Rule::Mrn, RankAnnounced, false, true);
        else if (kind == Ctx::Device)
            add(start, end, Rule::Device, RankAnnounced, false, true);
        else if (kind == Ctx::License && length >= 5)
            add(start, end, Rule::License, RankAnnounced, false, true);
        else if (kind == Ctx::Plate && length <= 8 && letters >= 1 && !lowerLetters)
            add(start, end, Rule::Plate, RankAnnounced, false, true);
    } else if (letters >= 1 && digits >= 1 && length >= 4 && length <= 8 && !lowerLetters) {
        if (announcedBy(start, {Ctx::Plate}))
            add(start, end, Rule::Plate, RankAnnounced, false, true);
    }
    return end;
}

// ---------------------------------------------------------------------------------
// Phone and fax numbers

void TextScanner::scanPhones()
{
    // Spans another finding owns, merged, for cutting them out of phone windows.
    m_blocked.clear();
    std::vector<std::pair<qsizetype, qsizetype>> owned;
    for (const Candidate& candidate : m_candidates) {
        if (candidate.rank > RankPhone)
            owned.emplace_back(candidate.start, candidate.end);
    }
    std::sort(owned.begin(), owned.end());
    for (const auto& span : owned) {
        if (!m_blocked.empty() && span.first <= m_blocked.back().second)
            m_blocked.back().second = std::max(m_blocked.back().second, span.second);
        else
            m_blocked.push_back(span);
    }
    qsizetype done = 0;
    for (const qsizetype digit : m_digitRuns) {
        if (digit < done)
            continue;
        qsizetype i = digit;
        if (at(i - 1) == u'+')
            --i;
        if (at(i - 1) == u'(')
            --i;
        if (isWordChar(at(i - 1))) {
            done = digit + 1; // "A1234567", "ID12345678": glued to letters, not a phone number
            continue;
        }
        qsizetype p = i;
        qsizetype lastDigitEnd = -1;
        int separatorRun = 0;
        bool previousSpace = false;
        while (p < m_n && p - i < 64) {
            const char16_t ch = m_s[p];
            if (isDigit(ch)) {
                lastDigitEnd = p + 1;
                separatorRun = 0;
                previousSpace = false;
                ++p;
                continue;
            }
            if (ch == u'+' && (p == i || at(p - 1) == u'(')) {
                ++p;
                continue;
            }
            const bool space = isInlineSpace(ch);
            if (space || isDash(ch) || ch == u'.' || ch == u'/' || ch == u'(' || ch == u')') {
                if ((space && previousSpace) || ++separatorRun > 3)
                    break;
                previousSpace = space;
                ++p;
                continue;
            }
            break;
        }
        if (lastDigitEnd < 0) {
            done = std::max(digit + 1, p);
            continue;
        }
        qsizetype end = lastDigitEnd;
        // An extension: "x4587", " ext. 12".
        {
            qsizetype q = end;
            if (at(q) == u' ')
                ++q;
            qsizetype markerEnd = -1;
            if ((at(q) == u'x' || at(q) == u'X') && (isDigit(at(q + 1)) || (at(q + 1) == u' ' && isDigit(at(q + 2)))))
                markerEnd = q + 1;
            else if (lowerAscii(at(q)) == u'e' && lowerAscii(at(q + 1)) == u'x' && lowerAscii(at(q + 2)) == u't')
                markerEnd = q + 3;
            if (markerEnd > 0) {
                if (at(markerEnd) == u'.')
                    ++markerEnd;
                if (at(markerEnd) == u' ')
                    ++markerEnd;
                qsizetype d = markerEnd;
                while (d < m_n && d - markerEnd < 6 && isDigit(at(d)))
                    ++d;
                if (d > markerEnd && !isWordChar(at(d)))
                    end = d;
            }
        }
        phoneWindow(i, end);
        done = std::max({digit + 1, p, end});
    }
}

// Cuts a window into snippets: no dates, years, decimals, thousands, and nothing a
// more specific finding already claimed.
void TextScanner::phoneWindow(qsizetype start, qsizetype end)
{
    struct Group
    {
        qsizetype start;
        qsizetype end;
        int value; // capped; only compared for dates and years
        bool removed;
    };
    std::array<Group, 24> groups{};
    int count = 0;
    int totalDigits = 0;
    for (qsizetype p = start; p < end && count < int(groups.size());) {
        if (!isDigit(at(p))) {
            ++p;
            continue;
        }
        Group group{p, p, 0, false};
        while (p < end && isDigit(at(p))) {
            if (group.value < 100000)
                group.value = group.value * 10 + digitValue(at(p));
            ++p;
        }
        group.end = p;
        totalDigits += int(group.end - group.start);
        groups[std::size_t(count++)] = group;
    }
    if (totalDigits < 7)
        return;
    // Shaped like a payment card (4-4-4-4…) but no valid one: not a list of phones either.
    if (count >= 3 && totalDigits >= 13 && totalDigits <= 19 && isDigit(at(start))) {
        bool card = true;
        const qsizetype gap = groups[1].start - groups[0].end;
        const char16_t separator = at(groups[0].end);
        for (int k = 0; card && k < count; ++k) {
            const qsizetype length = groups[std::size_t(k)].end - groups[std::size_t(k)].start;
            card = k + 1 < count ? length == 4 : length >= 1 && length <= 4;
            if (card && k + 1 < count)
                card = groups[std::size_t(k + 1)].start - groups[std::size_t(k)].end == gap && gap == 1
                       && at(groups[std::size_t(k)].end) == separator;
        }
        if (card)
            return;
    }
    // "Apt. 117 5720 …", "Suite 913 0547 …": the first group is the unit.
    {
        qsizetype p = start;
        while (p > 0 && start - p < 4
               && (isInlineSpace(at(p - 1)) || at(p - 1) == u'.' || at(p - 1) == u':' || at(p - 1) == u'#'))
            --p;
        Word word;
        if (p < start && wordBefore(p, p - 16, word) && contains(kUnitWords, word.view()))
            groups[0].removed = true;
    }
    auto separatorOf = [&](int k) -> char16_t {
        // The single character between group k and k+1, or 0.
        if (k + 1 >= count || groups[std::size_t(k + 1)].start - groups[std::size_t(k)].end != 1)
            return 0;
        const char16_t c = at(groups[std::size_t(k)].end);
        return isDash(c) ? u'-' : c;
    };
    // Chains of groups joined by the same '.', '/' or '-'.
    for (int k = 0; k < count;) {
        const char16_t separator = separatorOf(k);
        int last = k;
        if (separator == u'.' || separator == u'/' || separator == u'-') {
            while (separatorOf(last) == separator)
                ++last;
        }
        const int parts = last - k + 1;
        auto length = [&](int g) { return int(groups[std::size_t(g)].end - groups[std::size_t(g)].start); };
        auto value = [&](int g) { return groups[std::size_t(g)].value; };
        bool remove = false;
        if (parts == 3)
            remove = looksLikeDate(value(k), length(k), value(k + 1), length(k + 1), value(k + 2), length(k + 2));
        else if (parts == 2 && separator == u'.')
            remove = true; // decimal, time, "21.10."
        else if (parts == 2 && separator == u'/')
            remove = (length(k) <= 2 && (length(k + 1) <= 2 || (length(k + 1) == 4 && isYear(value(k + 1)))));
        else if (parts == 2 && separator == u'-')
            remove = length(k) == 4 && length(k + 1) == 4 && isYear(value(k)) && isYear(value(k + 1));
        if (parts >= 3 && separator == u'.' && length(k) <= 3) {
            bool thousands = true;
            for (int g = k + 1; g <= last; ++g)
                thousands = thousands && length(g) == 3;
            remove = remove || thousands;
        }
        // "06/21/2012 14" is still a date when followed by a time.
        if (remove) {
            for (int g = k; g <= last; ++g)
                groups[std::size_t(g)].removed = true;
        }
        k = last + 1;
    }
    // A trailing hour ("2020-06-20 14:11") and groups another finding owns.
    if (count > 0 && at(end) == u':' && isDigit(at(end + 1)))
        groups[std::size_t(count - 1)].removed = true;
    for (int k = 0; k < count; ++k) {
        const Group& group = groups[std::size_t(k)];
        auto it =
            std::upper_bound(m_blocked.begin(), m_blocked.end(), group.start, [](qsizetype value, const auto& span) {
                return value < span.second;
            });
        if (it != m_blocked.end() && it->first < group.end)
            groups[std::size_t(k)].removed = true;
    }
    // Segments of consecutive kept groups.
    for (int k = 0; k < count;) {
        if (groups[std::size_t(k)].removed) {
            ++k;
            continue;
        }
        int last = k;
        while (last + 1 < count && !groups[std::size_t(last + 1)].removed)
            ++last;
        qsizetype segmentStart = groups[std::size_t(k)].start;
        const qsizetype floor = k == 0 ? start : groups[std::size_t(k - 1)].end;
        while (segmentStart > floor && (at(segmentStart - 1) == u'(' || at(segmentStart - 1) == u'+'))
            --segmentStart;
        const qsizetype segmentEnd = last == count - 1 ? end : groups[std::size_t(last)].end;
        phoneSegment(segmentStart, segmentEnd);
        k = last + 1;
    }
}

void TextScanner::phoneSegment(qsizetype start, qsizetype end)
{
    int digits = 0;
    std::string snippet;
    snippet.reserve(std::size_t(end - start));
    for (qsizetype p = start; p < end; ++p) {
        const char16_t c = at(p);
        if (isDigit(c))
            ++digits;
        if (c < 128)
            snippet.push_back(char(c));
        else if (isDash(c))
            snippet.push_back('-');
        else
            snippet.push_back(' '); // non-breaking and thin spaces
    }
    if (digits < 7)
        return;
    PhoneEngine& engine = PhoneEngine::instance();
    if (!m_regions)
        m_regions = engine.regionSet(m_options.phoneRegions);
    const std::string key = m_regions->key + snippet;
    std::vector<PhoneHit> hits;
    if (!engine.lookup(key, hits)) {
        SnippetSolver solver(snippet, m_regions->primary, m_regions->fallback);
        hits = solver.solve();
        engine.store(key, hits);
    }
    for (const PhoneHit& hit : hits) {
        qsizetype hitStart = start + hit.start;
        const qsizetype hitEnd = start + hit.end;
        if (at(hitStart) == u'(' && QStringView(m_s + hitStart, hitEnd - hitStart).indexOf(u')') < 0)
            ++hitStart; // "(01632 960 718)": the closing parenthesis is outside the window
        if (hitStart < start || hitEnd > end || hitStart >= hitEnd)
            continue;
        if (!phoneBoundariesOk(hitStart, hitEnd))
            continue;
        const std::size_t before = m_candidates.size();
        add(hitStart, hitEnd, Rule::Phone, RankPhone, hit.valid, false);
        if (m_candidates.size() > before) {
            m_candidates.back().service = hit.service;
        }
    }
}

bool TextScanner::phoneBoundariesOk(qsizetype start, qsizetype end) const
{
    const char16_t before = at(start - 1);
    if (isWordChar(before) || before == u'#' || before == u'@' || before == u'/' || before == u'=' || before == u'&'
        || before == u'?' || before == u'%' || (before == u'.' && isDigit(at(start - 2))))
        return false;
    auto isCurrency = [](char16_t c) {
        return c == u'$' || c == 0x20AC || c == 0x00A3 || c == 0x00A5 || c == 0x20B9 || c == 0x20A3;
    };
    const char16_t beforeSpace = isInlineSpace(before) ? at(start - 2) : before;
    if (isCurrency(beforeSpace))
        return false;
    const char16_t after = at(end);
    if (isWordChar(after) || after == u'%'
        || ((after == u'.' || after == u',' || after == u':') && isDigit(at(end + 1))))
        return false;
    const qsizetype next = isInlineSpace(after) ? end + 1 : end;
    if (isCurrency(at(next)))
        return false;
    Word word;
    if (wordAfter(next, next + 8, word)) {
        const std::u16string_view view = word.view();
        if (view == u"eur" || view == u"usd" || view == u"gbp" || view == u"chf" || view == u"euro" || view == u"euros"
            || view == u"dollars")
            return false;
    }
    // Placeholders, not numbers: "0000000", "1234567890", "9876543".
    char16_t previous = 0;
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype p = start; p < end; ++p) {
        const char16_t c = at(p);
        if (!isDigit(c))
            continue;
        if (previous != 0) {
            same = same && c == previous;
            up = up && (c - u'0') == (previous - u'0' + 1) % 10;
            down = down && (previous - u'0') == (c - u'0' + 1) % 10;
        }
        previous = c;
    }
    if (same || up || down)
        return false;
    if (looksLikeAddress(start, end))
        return false;
    const auto kind = announcedBy(start, {Ctx::NotPhone, Ctx::Mrn, Ctx::License});
    return !kind.has_value();
}

// House numbers and postcodes that happen to have seven or more digits.
bool TextScanner::looksLikeAddress(qsizetype start, qsizetype end) const
{
    std::array<qsizetype, 3> groupStart{};
    std::array<qsizetype, 3> groupEnd{};
    int groups = 0;
    bool marked = false; // '+' or '(' say "phone number"
    for (qsizetype p = start; p < end;) {
        if (at(p) == u'+' || at(p) == u'(')
            marked = true;
        if (!isDigit(at(p))) {
            ++p;
            continue;
        }
        if (groups == int(groupStart.size()))
            return false;
        groupStart[std::size_t(groups)] = p;
        while (p < end && isDigit(at(p)))
            ++p;
        groupEnd[std::size_t(groups++)] = p;
    }
    // Shaped like an SSN (3-2-4): an invalid SSN or an example, not a phone number.
    if (groups == 3 && !marked && (at(groupStart[0]) != u'0' || !isInlineSpace(at(groupEnd[0])))
        && groupEnd[0] - groupStart[0] == 3 && groupEnd[1] - groupStart[1] == 2 && groupEnd[2] - groupStart[2] == 4
        && groupStart[1] - groupEnd[0] == 1 && groupStart[2] - groupEnd[1] == 1 && at(groupEnd[0]) == at(groupEnd[1]))
        return true;
    if (groups == 2 && !marked && at(groupStart[0]) != u'0') {
        const qsizetype first = groupEnd[0] - groupStart[0];
        const qsizetype second = groupEnd[1] - groupStart[1];
        const bool dash = groupStart[1] - groupEnd[0] == 1 && isDash(at(groupEnd[0]));
        // Postcodes: "3610-114" (PT), "75534-030" (BR), "90210-1234" (US ZIP+4).
        if (dash && ((first == 4 && second == 3) || (first == 5 && (second == 3 || second == 4))))
            return true;
        // Phone numbers in two groups put the shorter one first (area code, "467 3395");
        // "17151 2450" is a house number followed by something else.
        if (first > second)
            return true;
    }
    // Followed by a street name within three words: "704 1436 Redbud Drive".
    qsizetype q = end;
    if (isInlineSpace(at(q)))
        ++q;
    for (int k = 0; k < 3; ++k) {
        Word word;
        if (!wordAfter(q, q + 40, word))
            break;
        const std::u16string_view view = word.view();
        if (contains(kStreetWords, view))
            return true;
        for (const std::u16string_view suffix : kStreetSuffixes) {
            if (view.size() > suffix.size() + 2 && view.substr(view.size() - suffix.size()) == suffix)
                return true;
        }
        const char16_t initial = at(word.start);
        if (!(isUpper(initial) || (initial >= 128 && QChar(initial).isUpper())) && !contains(kNameParticles, view))
            break;
        q = word.end;
        if (at(q) == u'.')
            ++q;
        if (!isInlineSpace(at(q)))
            break;
        ++q;
    }
    return false;
}

bool isFaxWord(std::u16string_view word)
{
    return word.substr(0, 3) == u"fax" || word == u"telefax" || word == u"facsimile" || word == u"facsímil"
           || word == u"facsimil" || word == u"télécopie";
}

// The fax or voice label written right before ("Fax: X", "Tel. X") or right after
// ("X fax", "X-Office") a number.
TextScanner::Label TextScanner::labelBefore(qsizetype start) const
{
    qsizetype p = start;
    while (p > 0 && start - p < 3
           && (isInlineSpace(at(p - 1)) || at(p - 1) == u':' || at(p - 1) == u'.' || at(p - 1) == u'/'
               || isDash(at(p - 1))))
        --p;
    Word word;
    if (!wordBefore(p, p - 40, word))
        return Label::None;
    if (isFaxWord(word.view()))
        return Label::Fax;
    return contains(kVoiceWords, word.view()) ? Label::Voice : Label::None;
}

TextScanner::Label TextScanner::labelAfter(qsizetype end) const
{
    qsizetype q = end;
    while (q < m_n && q - end < 2 && (isInlineSpace(at(q)) || isDash(at(q)) || at(q) == u'('))
        ++q;
    Word word;
    if (!wordAfter(q, q + 40, word) || at(word.end) == u':')
        return Label::None; // "Phone: …" labels the next number
    if (isFaxWord(word.view()))
        return Label::Fax;
    return contains(kVoiceWords, word.view()) ? Label::Voice : Label::None;
}

// "faxed", "Faxgerät", "Telefax", "facsimile" earlier in the same sentence, with no
// other number and no voice word ("call", "text", "mobile") in between.
bool TextScanner::faxMentionedBefore(qsizetype start, qsizetype previousPhoneEnd) const
{
    const qsizetype limit = std::max({qsizetype(0), previousPhoneEnd, start - 80});
    qsizetype p = start;
    for (int words = 0; words < 16 && p > limit; ++words) {
        while (p > limit && !isLetter(at(p - 1))) {
            const char16_t c = at(p - 1);
            if (c == u'\n' || c == u'\r' || c == u';'
                || ((c == u'.' || c == u'!' || c == u'?') && (isInlineSpace(at(p)) || at(p) == u'\n')))
                return false;
            --p;
        }
        Word word;
        if (!wordBefore(p, limit, word))
            break;
        if (isFaxWord(word.view()))
            return true;
        if (contains(kVoiceVerbs, word.view()))
            return false;
        p = word.start;
    }
    return false;
}

// Lists of numbers label them either all before ("Tel. A Fax B") or all after
// ("A office B fax C mobile"); the first number of a list tells which.
void TextScanner::classifyFaxes(std::vector<Candidate*>& phones) const
{
    enum class Style { Unknown, LabelsBefore, LabelsAfter } style = Style::Unknown;
    qsizetype previousEnd = 0;
    for (std::size_t k = 0; k < phones.size(); ++k) {
        Candidate& phone = *phones[k];
        bool chained = false;
        if (k > 0) {
            // Same list: only separators and at most one word between the two numbers.
            const qsizetype gapStart = phones[k - 1]->end;
            int wordsBetween = 0;
            bool onlySeparators = phone.start - gapStart <= 24;
            for (qsizetype p = gapStart; onlySeparators && p < phone.start; ++p) {
                const char16_t c = at(p);
                if (isLetter(c)) {
                    if (!isLetter(at(p - 1)))
                        ++wordsBetween;
                } else if (!(isInlineSpace(c) || isDash(c) || c == u':' || c == u'.' || c == u',' || c == u'\\'
                             || c == u'/' || c == u'(' || c == u')' || c == u'|')) {
                    onlySeparators = false;
                }
            }
            chained = onlySeparators && wordsBetween <= 1;
        }
        const Label before = labelBefore(phone.start);
        const Label after = labelAfter(phone.end);
        if (!chained) {
            style = before != Label::None ? Style::LabelsBefore
                                          : (after != Label::None ? Style::LabelsAfter : Style::Unknown);
        }
        const Label label = style == Style::LabelsBefore ? before : (style == Style::LabelsAfter ? after : Label::None);
        if (label == Label::Fax || (label == Label::None && faxMentionedBefore(phone.start, previousEnd)))
            phone.rule = Rule::Fax;
        previousEnd = phone.end;
    }
}

// ---------------------------------------------------------------------------------

QList<IdentifierMatch> TextScanner::resolve()
{
    std::vector<std::size_t> order(m_candidates.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Candidate& x = m_candidates[a];
        const Candidate& y = m_candidates[b];
        if (x.rank != y.rank)
            return x.rank > y.rank;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start > y.end - y.start;
        return x.start < y.start;
    });
    std::map<qsizetype, std::size_t> accepted; // start -> candidate, non-overlapping
    for (std::size_t index : order) {
        const Candidate& candidate = m_candidates[index];
        auto it = accepted.lower_bound(candidate.start);
        if (it != accepted.end() && it->first < candidate.end)
            continue;
        if (it != accepted.begin() && m_candidates[std::prev(it)->second].end > candidate.start)
            continue;
        accepted.emplace(candidate.start, index);
    }
    std::vector<Candidate*> phones;
    for (const auto& [start, index] : accepted) {
        if (m_candidates[index].rule == Rule::Phone)
            phones.push_back(&m_candidates[index]);
    }
    classifyFaxes(phones);
    QList<IdentifierMatch> result;
    result.reserve(qsizetype(accepted.size()));
    for (const auto& [start, index] : accepted) {
        const Candidate& candidate = m_candidates[index];
        IdentifierMatch match;
        match.start = candidate.start;
        match.end = candidate.end;
        match.ruleId = ruleIdOf(candidate.rule);
        match.category = categoryOf(candidate.rule);
        match.service = candidate.service;
        match.validated = candidate.validated;
        match.byContext = candidate.byContext;
        result.append(match);
    }
    return result;
}

QList<IdentifierMatch> TextScanner::run()
{
    // One cheap pass decides which detectors can possibly find something.
    int digits = 0;
    int colons = 0;
    bool previousDigit = false;
    for (qsizetype i = 0; i < m_n; ++i) {
        colons += m_s[i] == u':' ? 1 : 0;
        const bool digit = char16_t(m_s[i] - u'0') <= 9;
        if (digit) {
            ++digits;
            if (!previousDigit)
                m_digitRuns.push_back(i);
        }
        previousDigit = digit;
    }
    const QStringView view(m_s, m_n);
    if (view.contains(u'@'))
        scanEmails();
    if (view.contains(u'.'))
        scanUrls();
    if (digits > 0) {
        if (digits >= 4)
            scanIpv4();
        scanTokens();
    }
    if (colons >= 2)
        scanIpv6();
    if (digits >= 7)
        scanPhones();
    return resolve();
}

} // namespace

QList<IdentifierMatch> IdentifierScanner::scan(const QString& text, const Options& options)
{
    if (text.isEmpty())
        return {};
    TextScanner scanner(text, options);
    return scanner.run();
}

// ---------------------------------------------------------------------------------
// Validators

namespace validate {

namespace {

// Digits of text, allowing spaces and dashes between them; nullopt for anything else.
std::optional<std::string> digitsOf(const QString& text, std::size_t maxDigits)
{
    std::string digits;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u' ' || c == u'-')
            continue;
        if (!isDigit(c) || digits.size() >= maxDigits)
            return std::nullopt;
        digits.push_back(char(c));
    }
    return digits;
}

bool luhnDigits(const std::string& digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int value = *it - '0';
        if (twice) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace

bool luhn(const QString& digits)
{
    const auto clean = digitsOf(digits, 64);
    return clean && clean->size() >= 2 && luhnDigits(*clean);
}

bool iban(const QString& text)
{
    std::array<char16_t, 34> buffer{};
    int length = 0;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u' ')
            continue;
        if (!isAlnum(c) || length >= int(buffer.size()))
            return false;
        buffer[std::size_t(length++)] = upperAscii(c);
    }
    if (length < 15 || !isUpper(buffer[0]) || !isUpper(buffer[1]) || !isDigit(buffer[2]) || !isDigit(buffer[3]))
        return false;
    if (ibanLength(buffer[0], buffer[1]) != length)
        return false;
    int remainder = 0;
    for (int k = 0; k < length; ++k) {
        const char16_t c = buffer[std::size_t((k + 4) % length)];
        if (isDigit(c))
            remainder = (remainder * 10 + digitValue(c)) % 97;
        else
            remainder = (remainder * 100 + (c - u'A' + 10)) % 97;
    }
    return remainder == 1;
}

bool medicareMbi(const QString& text)
{
    QString compact;
    if (text.size() == 13 && text.at(4) == u'-' && text.at(8) == u'-')
        compact = text.left(4) + text.mid(5, 3) + text.mid(9);
    else if (text.size() == 11)
        compact = text;
    else
        return false;
    // C A AN N A AN N A A N N; letters without S, L, O, I, B, Z.
    constexpr std::u16string_view layout = u"CAMNAMNAANN";
    auto mbiLetter = [](char16_t c) {
        return isUpper(c) && c != u'S' && c != u'L' && c != u'O' && c != u'I' && c != u'B' && c != u'Z';
    };
    for (int k = 0; k < 11; ++k) {
        const char16_t c = upperAscii(compact.at(k).unicode());
        switch (layout[std::size_t(k)]) {
        case u'C':
            if (c < u'1' || c > u'9')
                return false;
            break;
        case u'A':
            if (!mbiLetter(c))
                return false;
            break;
        case u'M':
            if (!mbiLetter(c) && !isDigit(c))
                return false;
            break;
        default:
            if (!isDigit(c))
                return false;
            break;
        }
    }
    return true;
}

bool nhsNumber(const QString& digits)
{
    const auto clean = digitsOf(digits, 10);
    if (!clean || clean->size() != 10)
        return false;
    const std::string& d = *clean;
    if (std::all_of(d.begin(), d.end(), [&](char c) { return c == d[0]; }))
        return false;
    int sum = 0;
    for (int k = 0; k < 9; ++k)
        sum += (d[std::size_t(k)] - '0') * (10 - k);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == d[9] - '0';
}

bool germanKvnr(const QString& text)
{
    if (text.size() != 10 || !isUpper(text.at(0).unicode()))
        return false;
    std::array<int, 11> digits{};
    const int letter = text.at(0).unicode() - u'A' + 1; // A = 01 … Z = 26
    digits[0] = letter / 10;
    digits[1] = letter % 10;
    for (int k = 1; k < 10; ++k) {
        const char16_t c = text.at(k).unicode();
        if (!isDigit(c))
            return false;
        digits[std::size_t(k + 1)] = digitValue(c);
    }
    // Ten digits (two for the letter, eight of the number) weighted 1, 2, 1, 2…;
    // products above 9 count with their cross sum; the sum mod 10 is the check digit.
    int sum = 0;
    for (int k = 0; k < 10; ++k) {
        int product = digits[std::size_t(k)] * (k % 2 == 0 ? 1 : 2);
        if (product > 9)
            product = product / 10 + product % 10;
        sum += product;
    }
    return sum % 10 == digits[10];
}

// MORGA 753116 SM 9 IJ: five letters of the surname (padded with 9), the birth date as decade, month (plus 50
// for women), day and year digit, two initials (the second may be 9), a digit, and two check characters.
bool ukDrivingLicence(const QString& text)
{
    if (text.size() != 16)
        return false;
    auto c = [&](int k) { return text.at(k).unicode(); };
    if (!isUpper(c(0)))
        return false;
    bool padded = false;
    for (int k = 1; k < 5; ++k) {
        if (c(k) == u'9')
            padded = true;
        else if (!isUpper(c(k)) || padded)
            return false;
    }
    for (int k = 5; k < 11; ++k) {
        if (!isDigit(c(k)))
            return false;
    }
    const int month = digitValue(c(6)) * 10 + digitValue(c(7));
    const int day = digitValue(c(8)) * 10 + digitValue(c(9));
    if (!((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) || day < 1 || day > 31)
        return false;
    if (!isUpper(c(11)) || !(isUpper(c(12)) || c(12) == u'9') || !isDigit(c(13)))
        return false;
    return (isUpper(c(14)) || isDigit(c(14))) && (isUpper(c(15)) || isDigit(c(15)));
}

bool vin(const QString& text)
{
    if (text.size() != 17)
        return false;
    constexpr std::array<int, 17> weights{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    // Transliteration A-Z (I, O, Q are not allowed).
    constexpr std::array<int, 26> letters{1, 2,  3, 4,  5, 6, 7, 8, -1, 1, 2, 3, 4,
                                          5, -1, 7, -1, 9, 2, 3, 4, 5,  6, 7, 8, 9};
    int sum = 0;
    for (int k = 0; k < 17; ++k) {
        const char16_t c = upperAscii(text.at(k).unicode());
        int value = 0;
        if (isDigit(c))
            value = digitValue(c);
        else if (isUpper(c))
            value = letters[std::size_t(c - u'A')];
        else
            return false;
        if (value < 0)
            return false;
        sum += value * weights[std::size_t(k)];
    }
    const int check = sum % 11;
    const char16_t expected = check == 10 ? u'X' : char16_t(u'0' + check);
    return upperAscii(text.at(8).unicode()) == expected;
}

bool ssn(const QString& text)
{
    std::string digits;
    char16_t separator = 0;
    int position = 0;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isDigit(c)) {
            digits.push_back(char(c));
        } else if (c == u'-' || c == u' ' || c == u'.') {
            // Separators only after the area and the group, all of one kind.
            const bool where = (digits.size() == 3 && position == 3) || (digits.size() == 5 && position == 6);
            if (!where || (separator != 0 && separator != c))
                return false;
            separator = c;
        } else {
            return false;
        }
        ++position;
    }
    if (digits.size() != 9)
        return false;
    if (separator != 0 && text.size() != 11)
        return false;
    if (std::all_of(digits.begin(), digits.end(), [&](char c) { return c == digits[0]; }))
        return false;
    const int area = std::stoi(digits.substr(0, 3));
    const int group = std::stoi(digits.substr(3, 2));
    const int serial = std::stoi(digits.substr(5, 4));
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        return false;
    // Published examples and test numbers.
    return digits != "123456789" && digits.rfind("98765432", 0) != 0 && digits != "078051120" && digits != "219099999";
}

bool abaRouting(const QString& digits)
{
    const auto clean = digitsOf(digits, 9);
    if (!clean || clean->size() != 9)
        return false;
    const std::string& d = *clean;
    const int prefix = (d[0] - '0') * 10 + (d[1] - '0');
    if (!((prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80))
        return false;
    if (d == "000000000")
        return false;
    int sum = 0;
    for (int k = 0; k < 9; ++k) {
        static constexpr std::array<int, 3> weights{3, 7, 1};
        sum += (d[std::size_t(k)] - '0') * weights[std::size_t(k % 3)];
    }
    return sum % 10 == 0;
}

bool deaNumber(const QString& text)
{
    if (text.size() != 9)
        return false;
    constexpr std::u16string_view registrants = u"ABCDEFGHJKLMPRSTUX";
    const char16_t first = upperAscii(text.at(0).unicode());
    const char16_t second = upperAscii(text.at(1).unicode());
    if (registrants.find(first) == std::u16string_view::npos || !(isUpper(second) || second == u'9'))
        return false;
    std::array<int, 7> d{};
    for (int k = 0; k < 7; ++k) {
        const char16_t c = text.at(k + 2).unicode();
        if (!isDigit(c))
            return false;
        d[std::size_t(k)] = digitValue(c);
    }
    const int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    return sum % 10 == d[6];
}

bool npi(const QString& digits)
{
    const auto clean = digitsOf(digits, 10);
    if (!clean || clean->size() != 10 || ((*clean)[0] != '1' && (*clean)[0] != '2'))
        return false;
    const std::string& d = *clean;
    if (std::all_of(d.begin(), d.begin() + 9, [&](char c) { return c == d[0]; }))
        return false;
    return luhnDigits("80840" + d);
}

} // namespace validate

} // namespace clearpost
