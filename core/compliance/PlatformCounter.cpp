// Counting rules per network, RULES.md §7. This runs for every target network on every keystroke,
// so the scanners are hand-written single passes over the UTF-16 buffer (no regular expressions,
// no allocation per character), checked against twitter-text's conformance files and ICU.

#include "PlatformCounter.h"

#include <QCoreApplication>
#include <QStringView>
#include <QUrl>
#include <QVarLengthArray>

#include <unicode/uchar.h>
#include <unicode/ucpmap.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace clearpost {

namespace {

// Limits that do not depend on settings (sources in RULES.md §7).
constexpr int kXMaxWeighted = 280;
constexpr int kXScale = 100;
constexpr int kXDefaultWeight = 200;
constexpr int kXUrlLength = 23; // transformedURLLength
constexpr int kBlueskyMaxGraphemes = 300;
constexpr int kBlueskyMaxBytes = 3000;
constexpr int kMastodonUrlLength = 23; // URL_PLACEHOLDER_CHARS
constexpr int kThreadsMaxChars = 500;
constexpr int kThreadsMaxLinks = 5;
constexpr int kInstagramMaxChars = 2200;
constexpr int kFacebookMaxChars = 63206;
constexpr int kLinkedInMaxChars = 3000;
constexpr int kGoogleBusinessMaxChars = 1500;

// twitter-text's extractor gives up on URLs longer than this, and on DNS labels longer than 63.
constexpr qsizetype kMaxUrlLength = 4096;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxTcoSlugLength = 40;

// ---------------------------------------------------------------------------------------------
// UTF-16 helpers. All scanning works on the raw char16_t buffer: no per-character allocation.

struct Utf16
{
    const char16_t* s;
    qsizetype n;

    explicit Utf16(const QString& text)
        : s(QStringView(text).utf16())
        , n(text.size())
    { }
    explicit Utf16(QStringView text)
        : s(text.utf16())
        , n(text.size())
    { }

    char16_t at(qsizetype i) const { return i >= 0 && i < n ? s[i] : char16_t(0); }

    // The code point at i; len receives its length in UTF-16 units. A lone surrogate is
    // returned as itself (the services see it as U+FFFD or reject it; either way it is one character).
    char32_t decode(qsizetype i, qsizetype& len) const
    {
        const char16_t u = s[i];
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            len = 2;
            return QChar::surrogateToUcs4(u, s[i + 1]);
        }
        len = 1;
        return u;
    }

    // The code point that ends just before i.
    char32_t decodeBefore(qsizetype i) const
    {
        const char16_t u = s[i - 1];
        if (QChar::isLowSurrogate(u) && i >= 2 && QChar::isHighSurrogate(s[i - 2])) {
            return QChar::surrogateToUcs4(s[i - 2], u);
        }
        return u;
    }
};

inline int utf8Bytes(char32_t c)
{
    if (c < 0x80) {
        return 1;
    }
    if (c < 0x800) {
        return 2;
    }
    if (c < 0x10000) {
        return 3; // includes a lone surrogate, which an encoder replaces by U+FFFD (3 bytes)
    }
    return 4;
}

inline bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7F;
}

inline bool isAsciiAlnum(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

inline char asciiLower(char32_t c)
{
    return static_cast<char>(c >= u'A' && c <= u'Z' ? c + 32 : c);
}

// ---------------------------------------------------------------------------------------------
// Unicode properties for grapheme segmentation and emoji detection, read from ICU once into
// flat tables (the BMP and the U+1Fxxx emoji block); other planes ask ICU directly.

enum GraphemeBreak : std::uint8_t {
    GbOther,
    GbCR,
    GbLF,
    GbControl,
    GbExtend,
    GbZwj,
    GbRegionalIndicator,
    GbPrepend,
    GbSpacingMark,
    GbL,
    GbV,
    GbT,
    GbLV,
    GbLVT,
    GbStart, // before the first code point; never stored in the table
};

constexpr std::uint8_t kGbMask = 0x0F;
constexpr std::uint8_t kExtendedPictographic = 0x10;
constexpr std::uint8_t kEmoji = 0x20; // the Unicode Emoji property (includes digits, # and *)
// ICU's Indic conjunct tailoring (Unicode 15.1 made it rule GB9c): in Bengali, Devanagari,
// Gujarati, Malayalam, Oriya and Telugu, consonant + virama + consonant stays one cluster.
constexpr std::uint8_t kLinkingConsonant = 0x40;
constexpr std::uint8_t kVirama = 0x80;

std::uint8_t fromIcuBreak(std::int32_t value)
{
    switch (value) {
    case U_GCB_CONTROL:
        return GbControl;
    case U_GCB_CR:
        return GbCR;
    case U_GCB_LF:
        return GbLF;
    case U_GCB_EXTEND:
    case U_GCB_E_MODIFIER: // no longer assigned since Unicode 11; modifiers are Extend
        return GbExtend;
    case U_GCB_ZWJ:
        return GbZwj;
    case U_GCB_REGIONAL_INDICATOR:
        return GbRegionalIndicator;
    case U_GCB_PREPEND:
        return GbPrepend;
    case U_GCB_SPACING_MARK:
        return GbSpacingMark;
    case U_GCB_L:
        return GbL;
    case U_GCB_V:
        return GbV;
    case U_GCB_T:
        return GbT;
    case U_GCB_LV:
        return GbLV;
    case U_GCB_LVT:
        return GbLVT;
    default:
        return GbOther;
    }
}

std::uint8_t icuProperties(char32_t c)
{
    const auto cp = static_cast<UChar32>(c);
    std::uint8_t props = fromIcuBreak(u_getIntPropertyValue(cp, UCHAR_GRAPHEME_CLUSTER_BREAK));
    if (u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC)) {
        props |= kExtendedPictographic;
    }
    if (u_hasBinaryProperty(cp, UCHAR_EMOJI)) {
        props |= kEmoji;
    }
    return props;
}

class PropertyTable
{
public:
    static constexpr char32_t kEmojiBlockStart = 0x1F000;
    static constexpr char32_t kEmojiBlockEnd = 0x20000;

    PropertyTable()
    {
        // Whole ranges at a time: one map and two sets instead of 70,000 single look-ups.
        UErrorCode status = U_ZERO_ERROR;
        const UCPMap* breaks = u_getIntPropertyMap(UCHAR_GRAPHEME_CLUSTER_BREAK, &status);
        const USet* pictographic = u_getBinaryPropertySet(UCHAR_EXTENDED_PICTOGRAPHIC, &status);
        const USet* emoji = u_getBinaryPropertySet(UCHAR_EMOJI, &status);
        if (U_FAILURE(status)) {
            for (char32_t c = 0; c < 0x10000; ++c) {
                m_bmp[c] = icuProperties(c) | indicConjunctFlags(c);
            }
            for (char32_t c = kEmojiBlockStart; c < kEmojiBlockEnd; ++c) {
                m_emojiBlock[c - kEmojiBlockStart] = icuProperties(c);
            }
            return;
        }
        UChar32 start = 0;
        uint32_t value = 0;
        while (start < static_cast<UChar32>(kEmojiBlockEnd)) {
            const UChar32 end = ucpmap_getRange(breaks, start, UCPMAP_RANGE_NORMAL, 0, nullptr, nullptr, &value);
            if (end < 0) {
                break;
            }
            fill(static_cast<char32_t>(start),
                 static_cast<char32_t>(end),
                 fromIcuBreak(static_cast<std::int32_t>(value)));
            start = end + 1;
        }
        addSet(pictographic, kExtendedPictographic);
        addSet(emoji, kEmoji);
        addIndicConjunctProperties();
    }

    std::uint8_t bmp(char16_t c) const { return isCjkIdeograph(c) ? 0 : m_bmp[c]; }

    std::uint8_t operator()(char32_t c) const
    {
        if (c < 0x10000) {
            return bmp(static_cast<char16_t>(c));
        }
        if (c >= kEmojiBlockStart && c < kEmojiBlockEnd) {
            return m_emojiBlock[c - kEmojiBlockStart];
        }
        return icuProperties(c);
    }

private:
    // CJK ideographs (U+3400–U+9FFF) are all plain: answered without touching 24 KB of table.
    static bool isCjkIdeograph(char16_t c) { return c >= 0x3400 && c < 0xA000; }

    void fill(char32_t first, char32_t last, std::uint8_t props)
    {
        if (first >= 0x10000 && first < kEmojiBlockStart) {
            first = kEmojiBlockStart;
        }
        for (char32_t c = first; c <= last && c < kEmojiBlockEnd; ++c) {
            if (c < 0x10000) {
                m_bmp[c] = props;
            } else if (c >= kEmojiBlockStart) {
                m_emojiBlock[c - kEmojiBlockStart] = props;
            }
        }
    }

    void addSet(const USet* set, std::uint8_t flag)
    {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t items = uset_getItemCount(set);
        for (int32_t i = 0; i < items; ++i) {
            UChar32 first = 0;
            UChar32 last = 0;
            if (uset_getItem(set, i, &first, &last, nullptr, 0, &status) != 0 || U_FAILURE(status)) {
                continue; // a string item; binary property sets have none
            }
            for (auto c = static_cast<char32_t>(first); c <= static_cast<char32_t>(last) && c < kEmojiBlockEnd; ++c) {
                if (c < 0x10000) {
                    m_bmp[c] |= flag;
                } else if (c >= kEmojiBlockStart) {
                    m_emojiBlock[c - kEmojiBlockStart] |= flag;
                }
            }
        }
    }

    void addIndicConjunctProperties()
    {
        for (char32_t c = 0x0900; c < 0x0D80; ++c) {
            m_bmp[c] |= indicConjunctFlags(c);
        }
    }

    static std::uint8_t indicConjunctFlags(char32_t c)
    {
        const auto cp = static_cast<UChar32>(c);
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(cp, &status)) {
        case USCRIPT_BENGALI:
        case USCRIPT_DEVANAGARI:
        case USCRIPT_GUJARATI:
        case USCRIPT_MALAYALAM:
        case USCRIPT_ORIYA:
        case USCRIPT_TELUGU:
            break;
        default:
            return 0;
        }
        if (u_getCombiningClass(cp) == 9) {
            return kVirama;
        }
        if (u_getIntPropertyValue(cp, UCHAR_INDIC_SYLLABIC_CATEGORY) == U_INSC_CONSONANT) {
            return kLinkingConsonant;
        }
        return 0;
    }

    std::array<std::uint8_t, 0x10000> m_bmp{};
    std::array<std::uint8_t, kEmojiBlockEnd - kEmojiBlockStart> m_emojiBlock{};
};

const PropertyTable& properties()
{
    static const PropertyTable table;
    return table;
}

inline bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

inline bool isEmojiModifier(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}

inline bool isTagCharacter(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

inline bool isKeycapBase(char32_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'#' || c == u'*';
}

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs15 = 0xFE0E; // text presentation
constexpr char32_t kVs16 = 0xFE0F; // emoji presentation
constexpr char32_t kCombiningKeycap = 0x20E3;

// Extended grapheme clusters (UAX #29 rules GB3–GB13 of Unicode 15.0 plus ICU 72's Indic conjunct
// tailoring, i.e. what icu::BreakIterator::createCharacterInstance reports), fed one code point at
// a time. Own state machine rather than icu::BreakIterator (3–5× slower here) or
// QTextBoundaryFinder (about 2× slower, allocates per call): it allocates nothing and lets the
// Mastodon counter feed substituted text (a URL as 23 characters) without building a string.
class GraphemeSegmenter
{
public:
    // Whether an extended grapheme cluster starts at c, which has these properties.
    bool startsCluster(char32_t c, std::uint8_t props)
    {
        if (props == 0) {
            return startsClusterSimple(); // most letters, CJK, punctuation
        }
        const std::uint8_t gb = props & kGbMask;
        const bool pictographic = (props & kExtendedPictographic) != 0;
        const bool boundary = isBoundary(gb, pictographic, (props & kLinkingConsonant) != 0);

        if (pictographic) {
            m_emoji = EmojiState::Pictographic;
        } else if (m_emoji == EmojiState::Pictographic && gb == GbZwj) {
            m_emoji = EmojiState::Joined;
        } else if (!(m_emoji == EmojiState::Pictographic && gb == GbExtend)) {
            m_emoji = EmojiState::None;
        }
        if (props & kLinkingConsonant) {
            m_indic = IndicState::Consonant;
        } else if (m_indic != IndicState::None && (props & kVirama)) {
            m_indic = IndicState::Virama;
        } else if (m_indic != IndicState::None
                   && (gb == GbZwj || (gb == GbExtend && u_getCombiningClass(static_cast<UChar32>(c)) != 0))) {
            // Extend with a combining class, or ZWJ: the conjunct may continue
        } else {
            m_indic = IndicState::None;
        }
        m_regionalRun = gb == GbRegionalIndicator ? m_regionalRun + 1 : 0;
        m_previous = gb;
        return boundary;
    }

    // The same for a character of class Other that is neither pictographic nor an Indic
    // consonant (all of printable ASCII, CJK ideographs, most letters): it starts a cluster
    // unless it follows a Prepend character (GB9b).
    bool startsClusterSimple()
    {
        const bool boundary = m_previous != GbPrepend;
        m_previous = GbOther;
        m_emoji = EmojiState::None;
        m_indic = IndicState::None;
        m_regionalRun = 0;
        return boundary;
    }

private:
    enum class EmojiState : std::uint8_t { None, Pictographic, Joined };
    enum class IndicState : std::uint8_t { None, Consonant, Virama };

    bool isBoundary(std::uint8_t gb, bool pictographic, bool linkingConsonant) const
    {
        const std::uint8_t prev = m_previous;
        if (prev == GbStart) {
            return true; // GB1
        }
        if (prev == GbCR && gb == GbLF) {
            return false; // GB3
        }
        if (prev == GbCR || prev == GbLF || prev == GbControl) {
            return true; // GB4
        }
        if (gb == GbCR || gb == GbLF || gb == GbControl) {
            return true; // GB5
        }
        if (prev == GbL && (gb == GbL || gb == GbV || gb == GbLV || gb == GbLVT)) {
            return false; // GB6
        }
        if ((prev == GbLV || prev == GbV) && (gb == GbV || gb == GbT)) {
            return false; // GB7
        }
        if ((prev == GbLVT || prev == GbT) && gb == GbT) {
            return false; // GB8
        }
        if (gb == GbExtend || gb == GbZwj || gb == GbSpacingMark) {
            return false; // GB9, GB9a
        }
        if (prev == GbPrepend) {
            return false; // GB9b
        }
        if (linkingConsonant && m_indic == IndicState::Virama) {
            return false; // ICU's conjunct rule (GB9c since Unicode 15.1)
        }
        if (prev == GbZwj && pictographic && m_emoji == EmojiState::Joined) {
            return false; // GB11
        }
        if (prev == GbRegionalIndicator && gb == GbRegionalIndicator && m_regionalRun % 2 == 1) {
            return false; // GB12, GB13
        }
        return true; // GB999
    }

    std::uint8_t m_previous = GbStart;
    EmojiState m_emoji = EmojiState::None;
    IndicState m_indic = IndicState::None;
    int m_regionalRun = 0;
};

// Whether a grapheme cluster starting with c is an emoji (for Threads' byte rule). Keycaps
// (a digit with U+20E3) are recognised as the cluster grows.
inline bool startsEmoji(char32_t c, std::uint8_t props)
{
    return c > 0x7F && (props & (kExtendedPictographic | kEmoji)) != 0;
}

// ---------------------------------------------------------------------------------------------
// Top-level domains recognised by the URL extractor: the IANA list as twitter-text ships it
// (conformance/tld_lib.yml, Apache-2.0, twitter/twitter-text@30e2430), ASCII and IDN forms.

constexpr std::string_view kAsciiTlds =
    "aaa aarp abarth abb abbott abbvie abc able abogado abudhabi ac academy accenture accountant "
    "accountants aco active actor ad adac ads adult ae aeg aero aetna af afamilycompany afl africa ag "
    "agakhan agency ai aig aigo airbus airforce airtel akdn al alfaromeo alibaba alipay allfinanz "
    "allstate ally alsace alstom am americanexpress americanfamily amex amfam amica amsterdam an "
    "analytics android anquan anz ao aol apartments app apple aq aquarelle ar arab aramco archi army "
    "arpa art arte as asda asia associates at athleta attorney au auction audi audible audio auspost "
    "author auto autos avianca aw aws ax axa az azure ba baby baidu banamex bananarepublic band bank "
    "bar barcelona barclaycard barclays barefoot bargains baseball basketball bauhaus bayern bb bbc "
    "bbt bbva bcg bcn bd be beats beauty beer bentley berlin best bestbuy bet bf bg bh bharti bi "
    "bible bid bike bing bingo bio biz bj bl black blackfriday blanco blockbuster blog bloomberg blue "
    "bm bms bmw bn bnl bnpparibas bo boats boehringer bofa bom bond boo book booking boots bosch "
    "bostik boston bot boutique box bq br bradesco bridgestone broadway broker brother brussels bs bt "
    "budapest bugatti build builders business buy buzz bv bw by bz bzh ca cab cafe cal call "
    "calvinklein cam camera camp cancerresearch canon capetown capital capitalone car caravan cards "
    "care career careers cars cartier casa case caseih cash casino cat catering catholic cba cbn cbre "
    "cbs cc cd ceb center ceo cern cf cfa cfd cg ch chanel channel charity chase chat cheap chintai "
    "chloe christmas chrome chrysler church ci cipriani circle cisco citadel citi citic city "
    "cityeats ck cl claims cleaning click clinic clinique clothing cloud club clubmed cm cn co coach "
    "codes coffee college cologne com comcast commbank community company compare computer comsec "
    "condos construction consulting contact contractors cooking cookingchannel cool coop corsica "
    "country coupon coupons courses cpa cr credit creditcard creditunion cricket crown crs cruise "
    "cruises csc cu cuisinella cv cw cx cy cymru cyou cz dabur dad dance data date dating datsun day "
    "dclk dds de deal dealer deals degree delivery dell deloitte delta democrat dental dentist desi "
    "design dev dhl diamonds diet digital direct directory discount discover dish diy dj dk dm dnp do "
    "docs doctor dodge dog doha domains doosan dot download drive dtv dubai duck dunlop duns dupont "
    "durban dvag dvr dz earth eat ec eco edeka edu education ee eg eh email emerck energy engineer "
    "engineering enterprises epost epson equipment er ericsson erni es esq estate esurance et "
    "etisalat eu eurovision eus events everbank exchange expert exposed express extraspace fage fail "
    "fairwinds faith family fan fans farm farmers fashion fast fedex feedback ferrari ferrero fi fiat "
    "fidelity fido film final finance financial fire firestone firmdale fish fishing fit fitness fj "
    "fk flickr flights flir florist flowers fly fm fo foo food foodnetwork football ford forex "
    "forsale forum foundation fox fr free fresenius frl frogans frontdoor frontier ftr fujitsu "
    "fujixerox fun fund furniture futbol fyi ga gal gallery gallo gallup game games gap garden gay gb "
    "gbiz gd gdn ge gea gent genting george gf gg ggee gh gi gift gifts gives giving gl glade glass "
    "gle global globo gm gmail gmbh gmo gmx gn godaddy gold goldpoint golf goo goodhands goodyear goog "
    "google gop got gov gp gq gr grainger graphics gratis green gripe grocery group gs gt gu guardian "
    "gucci guge guide guitars guru gw gy hair hamburg hangout haus hbo hdfc hdfcbank health "
    "healthcare help helsinki here hermes hgtv hiphop hisamitsu hitachi hiv hk hkt hm hn hockey "
    "holdings holiday homedepot homegoods homes homesense honda honeywell horse hospital host hosting "
    "hot hoteles hotels hotmail house how hr hsbc ht htc hu hughes hyatt hyundai ibm icbc ice icu id "
    "ie ieee ifm ikano il im imamat imdb immo immobilien in inc industries infiniti info ing ink "
    "institute insurance insure int intel international intuit investments io ipiranga iq ir irish "
    "is iselect ismaili ist istanbul it itau itv iveco jaguar java jcb jcp je jeep jetzt jewelry jio "
    "jlc jll jm jmp jnj jo jobs joburg jot joy jp jpmorgan jprs juegos juniper kaufen kddi ke "
    "kerryhotels kerrylogistics kerryproperties kfh kg kh ki kia kim kinder kindle kitchen kiwi km kn "
    "koeln komatsu kosher kp kpmg kpn kr krd kred kuokgroup kw ky kyoto kz la lacaixa ladbrokes "
    "lamborghini lamer lancaster lancia lancome land landrover lanxess lasalle lat latino latrobe law "
    "lawyer lb lc lds lease leclerc lefrak legal lego lexus lgbt li liaison lidl life lifeinsurance "
    "lifestyle lighting like lilly limited limo lincoln linde link lipsy live living lixil lk llc "
    "llp loan loans locker locus loft lol london lotte lotto love lpl lplfinancial lr ls lt ltd ltda "
    "lu lundbeck lupin luxe luxury lv ly ma macys madrid maif maison makeup man management mango map "
    "market marketing markets marriott marshalls maserati mattel mba mc mckinsey md me med media meet "
    "melbourne meme memorial men menu meo merckmsd metlife mf mg mh miami microsoft mil mini mint mit "
    "mitsubishi mk ml mlb mls mm mma mn mo mobi mobile mobily moda moe moi mom monash money monster "
    "mopar mormon mortgage moscow moto motorcycles mov movie movistar mp mq mr ms msd mt mtn mtr mu "
    "museum mutual mv mw mx my mz na nab nadex nagoya name nationwide natura navy nba nc ne nec net "
    "netbank netflix network neustar new newholland news next nextdirect nexus nf nfl ng ngo nhk ni "
    "nico nike nikon ninja nissan nissay nl no nokia northwesternmutual norton now nowruz nowtv np nr "
    "nra nrw ntt nu nyc nz obi observer off office okinawa olayan olayangroup oldnavy ollo om omega "
    "one ong onl online onyourside ooo open oracle orange org organic origins osaka otsuka ott ovh pa "
    "page panasonic panerai paris pars partners parts party passagens pay pccw pe pet pf pfizer pg ph "
    "pharmacy phd philips phone photo photography photos physio piaget pics pictet pictures pid pin "
    "ping pink pioneer pizza pk pl place play playstation plumbing plus pm pn pnc pohl poker "
    "politie porn post pr pramerica praxi press prime pro prod productions prof progressive promo "
    "properties property protection pru prudential ps pt pub pw pwc py qa qpon quebec quest qvc "
    "racing radio raid re read realestate realtor realty recipes red redstone redumbrella rehab reise "
    "reisen reit reliance ren rent rentals repair report republican rest restaurant review reviews "
    "rexroth rich richardli ricoh rightathome ril rio rip rmit ro rocher rocks rodeo rogers room rs "
    "rsvp ru rugby ruhr run rw rwe ryukyu sa saarland safe safety sakura sale salon samsclub samsung "
    "sandvik sandvikcoromant sanofi sap sapo sarl sas save saxo sb sbi sbs sc sca scb schaeffler "
    "schmidt scholarships school schule schwarz science scjohnson scor scot sd se search seat secure "
    "security seek select sener services ses seven sew sex sexy sfr sg sh shangrila sharp shaw shell "
    "shia shiksha shoes shop shopping shouji show showtime shriram si silk sina singles site sj sk ski "
    "skin sky skype sl sling sm smart smile sn sncf so soccer social softbank software sohu solar "
    "solutions song sony soy spa space spiegel sport spot spreadbetting sr srl srt ss st stada staples "
    "star starhub statebank statefarm statoil stc stcgroup stockholm storage store stream studio "
    "study style su sucks supplies supply support surf surgery suzuki sv swatch swiftcover swiss sx "
    "sy sydney symantec systems sz tab taipei talk taobao target tatamotors tatar tattoo tax taxi tc "
    "tci td tdk team tech technology tel telecity telefonica temasek tennis teva tf tg th thd theater "
    "theatre tiaa tickets tienda tiffany tips tires tirol tj tjmaxx tjx tk tkmaxx tl tm tmall tn to "
    "today tokyo tools top toray toshiba total tours town toyota toys tp tr trade trading training "
    "travel travelchannel travelers travelersinsurance trust trv tt tube tui tunes tushu tv tvs tw tz "
    "ua ubank ubs uconnect ug uk um unicom university uno uol ups us uy uz va vacations vana vanguard "
    "vc ve vegas ventures verisign versicherung vet vg vi viajes video vig viking villas vin vip "
    "virgin visa vision vista vistaprint viva vivo vlaanderen vn vodka volkswagen volvo vote voting "
    "voto voyage vu vuelos wales walmart walter wang wanggou warman watch watches weather "
    "weatherchannel webcam weber website wed wedding weibo weir wf whoswho wien wiki williamhill win "
    "windows wine winners wme wolterskluwer woodside work works world wow ws wtc wtf xbox xerox "
    "xfinity xihuan xin xperia xxx xyz yachts yahoo yamaxun yandex ye yodobashi yoga yokohama you "
    "youtube yt yun za zappos zara zero zip zippo zm zone zuerich zw";

constexpr std::u16string_view kIdnTlds =
    u"\u0431\u0435\u043b \u0431\u0433 \u0434\u0435\u0442\u0438 \u0435\u044e \u043a\u0430\u0442\u043e\u043b\u0438\u043a "
    u"\u043a\u043e\u043c \u049b\u0430\u0437 \u043c\u043a\u0434 \u043c\u043e\u043d \u043c\u043e\u0441\u043a\u0432\u0430 "
    u"\u043e\u043d\u043b\u0430\u0439\u043d \u043e\u0440\u0433 \u0440\u0443\u0441 \u0440\u0444 \u0441\u0430\u0439\u0442 "
    u"\u0441\u0440\u0431 \u0443\u043a\u0440 \u10d2\u10d4 \u0570\u0561\u0575 \u05e7\u05d5\u05dd "
    u"\u0627\u0628\u0648\u0638\u0628\u064a \u0627\u062a\u0635\u0627\u0644\u0627\u062a "
    u"\u0627\u0631\u0627\u0645\u0643\u0648 "
    u"\u0627\u0644\u0627\u0631\u062f\u0646 \u0627\u0644\u062c\u0632\u0627\u0626\u0631 "
    u"\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u0627\u0644\u0639\u0644\u064a\u0627\u0646 "
    u"\u0627\u0644\u0645\u063a\u0631\u0628 \u0627\u0645\u0627\u0631\u0627\u062a \u0627\u06cc\u0631\u0627\u0646 "
    u"\u0628\u0627\u0631\u062a \u0628\u0627\u0632\u0627\u0631 \u0628\u064a\u062a\u0643 \u0628\u06be\u0627\u0631\u062a "
    u"\u062a\u0648\u0646\u0633 \u0633\u0648\u062f\u0627\u0646 \u0633\u0648\u0631\u064a\u0629 "
    u"\u0634\u0628\u0643\u0629 \u0639\u0631\u0627\u0642 \u0639\u0631\u0628 \u0639\u0645\u0627\u0646 "
    u"\u0641\u0644\u0633\u0637\u064a\u0646 \u0642\u0637\u0631 \u0643\u0627\u062b\u0648\u0644\u064a\u0643 "
    u"\u0643\u0648\u0645 \u0645\u0635\u0631 \u0645\u0644\u064a\u0633\u064a\u0627 "
    u"\u0645\u0648\u0628\u0627\u064a\u0644\u064a "
    u"\u0645\u0648\u0631\u064a\u062a\u0627\u0646\u064a\u0627 \u0645\u0648\u0642\u0639 \u0647\u0645\u0631\u0627\u0647 "
    u"\u067e\u0627\u06a9\u0633\u062a\u0627\u0646 \u0680\u0627\u0631\u062a \u0915\u0949\u092e "
    u"\u0928\u0947\u091f \u092d\u093e\u0930\u0924 \u092d\u093e\u0930\u0924\u092e\u094d \u092d\u093e\u0930\u094b\u0924 "
    u"\u0938\u0902\u0917\u0920\u0928 \u09ac\u09be\u0982\u09b2\u09be \u09ad\u09be\u09b0\u09a4 \u09ad\u09be\u09f0\u09a4 "
    u"\u0a2d\u0a3e\u0a30\u0a24 \u0aad\u0abe\u0ab0\u0aa4 \u0b2d\u0b3e\u0b30\u0b24 "
    u"\u0b87\u0ba8\u0bcd\u0ba4\u0bbf\u0baf\u0bbe \u0b87\u0bb2\u0b99\u0bcd\u0b95\u0bc8 "
    u"\u0b9a\u0bbf\u0b99\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0bc2\u0bb0\u0bcd \u0c2d\u0c3e\u0c30\u0c24\u0c4d "
    u"\u0cad\u0cbe\u0cb0\u0ca4 \u0d2d\u0d3e\u0d30\u0d24\u0d02 \u0dbd\u0d82\u0d9a\u0dcf \u0e04\u0e2d\u0e21 "
    u"\u0e44\u0e17\u0e22 \u0ea5\u0eb2\u0ea7 \u30a2\u30de\u30be\u30f3 \u30b0\u30fc\u30b0\u30eb "
    u"\u30af\u30e9\u30a6\u30c9 \u30b3\u30e0 \u30b9\u30c8\u30a2 \u30bb\u30fc\u30eb \u30d5\u30a1\u30c3\u30b7\u30e7\u30f3 "
    u"\u30dd\u30a4\u30f3\u30c8 \u307f\u3093\u306a \u4e16\u754c \u4e2d\u4fe1 \u4e2d\u56fd \u4e2d\u570b "
    u"\u4e2d\u6587\u7f51 \u4e9a\u9a6c\u900a \u4f01\u4e1a \u4f5b\u5c71 \u4fe1\u606f \u5065\u5eb7 \u516b\u5366 "
    u"\u516c\u53f8 "
    u"\u516c\u76ca \u53f0\u6e7e \u53f0\u7063 \u5546\u57ce \u5546\u5e97 \u5546\u6807 \u5609\u91cc "
    u"\u5609\u91cc\u5927\u9152\u5e97 "
    u"\u5728\u7ebf \u5927\u4f17\u6c7d\u8f66 \u5927\u62ff \u5929\u4e3b\u6559 \u5a31\u4e50 \u5bb6\u96fb \u5e7f\u4e1c "
    u"\u5fae\u535a \u6148\u5584 \u6211\u7231\u4f60 \u624b\u673a \u624b\u8868 \u62db\u8058 \u653f\u52a1 \u653f\u5e9c "
    u"\u65b0\u52a0\u5761 \u65b0\u95fb \u65f6\u5c1a \u66f8\u7c4d \u673a\u6784 \u6de1\u9a6c\u9521 \u6e38\u620f "
    u"\u6fb3\u9580 "
    u"\u70b9\u770b \u73e0\u5b9d \u79fb\u52a8 \u7ec4\u7ec7\u673a\u6784 \u7f51\u5740 \u7f51\u5e97 \u7f51\u7ad9 "
    u"\u7f51\u7edc "
    u"\u8054\u901a \u8bfa\u57fa\u4e9a \u8c37\u6b4c \u8d2d\u7269 \u901a\u8ca9 \u96c6\u56e2 \u96fb\u8a0a\u76c8\u79d1 "
    u"\u98de\u5229\u6d66 \u98df\u54c1 \u9910\u5385 \u9999\u683c\u91cc\u62c9 \u9999\u6e2f \ub2f7\ub137 \ub2f7\ucef4 "
    u"\uc0bc\uc131 \ud55c\uad6d";

template<typename Char>
std::vector<std::basic_string_view<Char>> splitSorted(std::basic_string_view<Char> words)
{
    std::vector<std::basic_string_view<Char>> result;
    std::size_t start = 0;
    while (start < words.size()) {
        std::size_t end = words.find(Char(' '), start);
        if (end == std::basic_string_view<Char>::npos) {
            end = words.size();
        }
        if (end > start) {
            result.push_back(words.substr(start, end - start));
        }
        start = end + 1;
    }
    std::sort(result.begin(), result.end());
    return result;
}

// ASCII TLDs are letters only. Up to 12 letters pack into an integer (5 bits each, 'a' = 1), so a
// look-up is a binary search over integers; the 18 longer names are compared as text.
constexpr std::size_t kPackedTldLength = 12;

std::uint64_t packTld(std::string_view name)
{
    std::uint64_t key = 0;
    for (const char c : name) {
        key = (key << 5) | static_cast<std::uint64_t>(c - 'a' + 1);
    }
    return key;
}

struct AsciiTldTable
{
    std::vector<std::uint64_t> packed;
    std::vector<std::string_view> longNames;

    AsciiTldTable()
    {
        for (const std::string_view name : splitSorted(kAsciiTlds)) {
            if (name.size() <= kPackedTldLength) {
                packed.push_back(packTld(name));
            } else {
                longNames.push_back(name);
            }
        }
        std::sort(packed.begin(), packed.end());
    }
};

const AsciiTldTable& asciiTlds()
{
    static const AsciiTldTable table;
    return table;
}

const std::vector<std::u16string_view>& idnTlds()
{
    static const std::vector<std::u16string_view> tlds = splitSorted(kIdnTlds);
    return tlds;
}

bool isAsciiTld(const char16_t* s, qsizetype length)
{
    constexpr qsizetype kLongest = 24;
    if (length < 2 || length > kLongest) {
        return false;
    }
    std::array<char, kLongest> buffer{};
    for (qsizetype i = 0; i < length; ++i) {
        const char c = asciiLower(s[i]);
        if (c < 'a' || c > 'z') {
            return false;
        }
        buffer[static_cast<std::size_t>(i)] = c;
    }
    const std::string_view label(buffer.data(), static_cast<std::size_t>(length));
    const AsciiTldTable& tlds = asciiTlds();
    if (label.size() <= kPackedTldLength) {
        return std::binary_search(tlds.packed.begin(), tlds.packed.end(), packTld(label));
    }
    return std::find(tlds.longNames.begin(), tlds.longNames.end(), label) != tlds.longNames.end();
}

// ---------------------------------------------------------------------------------------------
// Character classes of twitter-text's URL grammar (js/src/regexp/*.js).

inline bool isLatinAccent(char32_t c)
{
    if (c < 0xC0) {
        return false;
    }
    return (c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) || c == 0x253 || c == 0x254
           || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B || c == 0x263 || c == 0x268 || c == 0x26F
           || c == 0x272 || c == 0x289 || c == 0x28B || c == 0x2BB || (c >= 0x300 && c <= 0x36F)
           || (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool isCyrillic(char32_t c)
{
    return c >= 0x400 && c <= 0x4FF;
}

// A label character of a domain written without a scheme (validAsciiDomain, minus the hyphen).
inline bool isAsciiDomainChar(char32_t c)
{
    return isAsciiAlnum(c) || isLatinAccent(c);
}

inline bool isUrlSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E
           || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool isInvalidChar(char32_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

inline bool isDirectionalMarker(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069);
}

// validDomainChars: anything but ASCII punctuation, spaces, invalid characters and directional marks.
inline bool isUnicodeDomainChar(char32_t c)
{
    if (c < 0x80) {
        // ASCII punctuation is excluded except '"' and '`', which twitter-text's list lacks.
        return isAsciiAlnum(c) || c == u'"' || c == u'`' || ((c < 0x20 || c == 0x7F) && !isUrlSpace(c));
    }
    return !isUrlSpace(c) && !isInvalidChar(c) && !isDirectionalMarker(c);
}

// validUrlPrecedingChars: what may stand right before a URL.
inline bool isValidUrlPrecedingChar(char32_t c)
{
    if (isDirectionalMarker(c)) {
        return true;
    }
    return !isAsciiAlnum(c) && c != u'@' && c != u'$' && c != u'#' && c != 0xFF20 && c != 0xFF03 && !isInvalidChar(c);
}

inline bool isPathChar(char32_t c)
{
    if (isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c)) {
        return true;
    }
    switch (c) {
    case u'!':
    case u'*':
    case u'\'':
    case u';':
    case u':':
    case u'=':
    case u'+':
    case u',':
    case u'.':
    case u'$':
    case u'/':
    case u'%':
    case u'#':
    case u'[':
    case u']':
    case u'-':
    case 0x2013: // en dash
    case u'_':
    case u'~':
    case u'@':
    case u'|':
    case u'&':
        return true;
    default:
        return false;
    }
}

inline bool isPathEndChar(char32_t c)
{
    return isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c) || c == u'+' || c == u'-' || c == u'=' || c == u'_'
           || c == u'#' || c == u'/';
}

inline bool isQueryChar(char32_t c)
{
    if (isAsciiAlnum(c)) {
        return true;
    }
    switch (c) {
    case u'!':
    case u'?':
    case u'*':
    case u'\'':
    case u'@':
    case u'(':
    case u')':
    case u';':
    case u':':
    case u'&':
    case u'=':
    case u'+':
    case u'$':
    case u'/':
    case u'%':
    case u'#':
    case u'[':
    case u']':
    case u'-':
    case u'_':
    case u'.':
    case u',':
    case u'~':
    case u'|':
        return true;
    default:
        return false;
    }
}

inline bool isQueryEndChar(char32_t c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'&' || c == u'=' || c == u'#' || c == u'/';
}

// ---------------------------------------------------------------------------------------------
// The URL extractor: a hand-written equivalent of twitter-text's extractUrlsWithIndices (v3),
// linear in the text and without regular expressions.

class UrlScanner
{
public:
    UrlScanner(const Utf16& text, bool withoutScheme)
        : m_t(text)
        , m_withoutScheme(withoutScheme)
    { }

    template<typename Sink>
    void scan(Sink&& sink) const
    {
        const qsizetype n = m_t.n;
        // twitter-text's own shortcut: no dot, no URL without scheme; no colon, no URL with one.
        const QStringView view(m_t.s, n);
        if (!view.contains(u'.')) {
            return;
        }
        const bool mayHaveScheme = view.contains(u':');
        if (!mayHaveScheme && !m_withoutScheme) {
            return;
        }
        // A URL has a dot in its domain and never holds white space: only words with a dot need a
        // closer look, and finding dots is a vectorised search.
        auto isBreak = [](char16_t c) { return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r'; };
        qsizetype from = 0;
        while (from < n) {
            const qsizetype dot = view.indexOf(u'.', from);
            if (dot < 0) {
                break;
            }
            qsizetype wordStart = dot;
            while (wordStart > from && !isBreak(m_t.s[wordStart - 1])) {
                --wordStart;
            }
            qsizetype wordEnd = dot + 1;
            while (wordEnd < n && !isBreak(m_t.s[wordEnd])) {
                ++wordEnd;
            }
            scanWord(wordStart, wordEnd, mayHaveScheme, sink);
            from = wordEnd;
        }
    }

private:
    // URLs starting in [begin, end), a run of text without white space.
    template<typename Sink>
    void scanWord(qsizetype begin, qsizetype end, bool mayHaveScheme, Sink&& sink) const
    {
        const qsizetype n = end;
        qsizetype i = begin;
        while (i < n) {
            const char16_t c = m_t.s[i];
            if (!isAsciiDomainChar(c)) {
                ++i;
                continue;
            }
            const char32_t before = i > 0 ? m_t.decodeBefore(i) : char32_t(0);
            if (i > 0 && !isValidUrlPrecedingChar(before)) {
                // Inside a word: nothing starts before the next non-alphanumeric character.
                ++i;
                while (i < n && isAsciiAlnum(m_t.s[i])) {
                    ++i;
                }
                continue;
            }
            if (mayHaveScheme && (c == u'h' || c == u'H')) {
                qsizetype urlEnd = 0;
                const SchemeMatch match = matchWithScheme(i, urlEnd);
                if (match == SchemeMatch::Url) {
                    sink(i, urlEnd);
                }
                if (match != SchemeMatch::None) {
                    i = urlEnd;
                    continue;
                }
            }
            if (!m_withoutScheme) {
                ++i;
                continue;
            }
            // Without a scheme the URL must not continue a word, a path or a file name.
            const bool startsWord =
                i == 0
                || (!isAsciiDomainChar(before) && before != u'-' && before != u'_' && before != u'.' && before != u'/');
            if (!startsWord) {
                ++i;
                continue;
            }
            qsizetype urlEnd = 0;
            qsizetype resume = 0;
            if (matchWithoutScheme(i, urlEnd, resume)) {
                sink(i, urlEnd);
                i = urlEnd;
            } else {
                i = std::max(resume, i + 1);
            }
        }
    }

    enum class SchemeMatch {
        None, // no scheme, or no valid domain after it
        Url,
        Skip, // matched but rejected as a whole (an overlong t.co slug)
    };

    // The end of a top-level domain that starts at `at`, or -1. A TLD is a known name followed
    // by neither a letter, a digit, '@', '+' nor '-' (twitter-text's look-ahead).
    qsizetype tldEnd(qsizetype at) const
    {
        const qsizetype n = m_t.n;
        if (at >= n) {
            return -1;
        }
        const char16_t first = m_t.s[at];
        if (isAsciiAlnum(first)) {
            qsizetype e = at;
            while (e < n && isAsciiAlnum(m_t.s[e])) {
                ++e;
            }
            const bool punycode = e - at == 2 && asciiLower(m_t.s[at]) == 'x' && asciiLower(m_t.s[at + 1]) == 'n'
                                  && m_t.at(e) == u'-' && m_t.at(e + 1) == u'-';
            if (punycode) {
                e += 2;
                const qsizetype body = e;
                while (e < n && (isAsciiAlnum(m_t.s[e]) || m_t.s[e] == u'-')) {
                    ++e;
                }
                if (e == body) {
                    return -1;
                }
            } else if (!isAsciiTld(m_t.s + at, e - at)) {
                return -1;
            }
            const char16_t next = m_t.at(e);
            if (next == u'@' || next == u'+' || next == u'-') {
                return -1;
            }
            return e;
        }
        if (first < 0x80) {
            return -1;
        }
        // An internationalised TLD ("みんな"): the longest listed one that is a prefix here.
        qsizetype best = -1;
        const std::u16string_view rest(m_t.s + at, static_cast<std::size_t>(n - at));
        for (const std::u16string_view tld : idnTlds()) {
            if (tld.front() != first || rest.substr(0, tld.size()) != tld) {
                continue;
            }
            const qsizetype e = at + static_cast<qsizetype>(tld.size());
            const char16_t next = m_t.at(e);
            if (isAsciiAlnum(next) || next == u'@' || next == u'+' || next == u'-') {
                continue;
            }
            best = std::max(best, e);
        }
        return best;
    }

    // Port, path and query after the domain (the part of extractUrl after $5). Returns the end of
    // the URL; hasPath tells whether a path was present (scheme-less URLs keep only the domain
    // unless there is a path).
    qsizetype matchRest(qsizetype domainEnd, bool& hasPath) const
    {
        const qsizetype n = m_t.n;
        qsizetype k = domainEnd;
        if (m_t.at(k) == u':' && k + 1 < n && m_t.s[k + 1] >= u'0' && m_t.s[k + 1] <= u'9') {
            k += 2;
            while (k < n && m_t.s[k] >= u'0' && m_t.s[k] <= u'9') {
                ++k;
            }
        }
        hasPath = false;
        qsizetype end = k;
        if (m_t.at(k) == u'/') {
            hasPath = true;
            end = matchPath(k);
            k = end;
        }
        if (m_t.at(k) == u'?') {
            qsizetype q = k + 1;
            qsizetype queryEnd = -1;
            while (q < n && isQueryChar(m_t.s[q])) {
                if (isQueryEndChar(m_t.s[q])) {
                    queryEnd = q + 1;
                }
                ++q;
            }
            if (queryEnd > 0) {
                end = queryEnd;
            }
        }
        return end;
    }

    // A path starting with '/' at `slash`: the longest run of path characters and balanced
    // parentheses that ends with an allowed last character (so "x.com/a." stops before the dot).
    qsizetype matchPath(qsizetype slash) const
    {
        const qsizetype n = m_t.n;
        qsizetype end = slash + 1;
        qsizetype k = slash + 1;
        while (k < n) {
            const char16_t c = m_t.s[k];
            if (isPathChar(c)) {
                ++k;
                if (isPathEndChar(c)) {
                    end = k;
                }
                continue;
            }
            if (c == u'(') {
                const qsizetype close = matchBalancedParens(k);
                if (close > 0) {
                    k = close;
                    end = k;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    // "(" path+ ")" or "(" path* "(" path+ ")" path* ")"; returns the end or -1.
    qsizetype matchBalancedParens(qsizetype open) const
    {
        const qsizetype n = m_t.n;
        auto skipPath = [&](qsizetype k) {
            while (k < n && isPathChar(m_t.s[k])) {
                ++k;
            }
            return k;
        };
        const qsizetype inner = open + 1;
        const qsizetype afterRun = skipPath(inner);
        if (m_t.at(afterRun) == u')' && afterRun > inner) {
            return afterRun + 1;
        }
        if (m_t.at(afterRun) == u'(') {
            const qsizetype nestedStart = afterRun + 1;
            const qsizetype nestedEnd = skipPath(nestedStart);
            if (nestedEnd > nestedStart && m_t.at(nestedEnd) == u')') {
                const qsizetype tail = skipPath(nestedEnd + 1);
                if (m_t.at(tail) == u')') {
                    return tail + 1;
                }
            }
        }
        return -1;
    }

    // A URL without scheme starting at `start`: labels of [-a-z0-9 accents] separated by dots, the
    // last one that is a known TLD ends the domain ("example.com.foo" gives example.com). `resume`
    // is where to continue scanning after a failure.
    bool matchWithoutScheme(qsizetype start, qsizetype& end, qsizetype& resume) const
    {
        const qsizetype n = m_t.n;
        qsizetype k = start;
        qsizetype domainEnd = -1;
        bool firstLabel = true;
        while (true) {
            const qsizetype labelStart = k; // an alphanumeric or accented letter
            while (k < n && (isAsciiDomainChar(m_t.s[k]) || m_t.s[k] == u'-')) {
                ++k;
            }
            // A label does not end with a hyphen; the domain ends before such a label.
            if (m_t.s[k - 1] == u'-' || k - labelStart > kMaxLabelLength) {
                break;
            }
            if (!firstLabel) {
                domainEnd = std::max(domainEnd, tldEnd(labelStart));
            }
            firstLabel = false;
            if (m_t.at(k) != u'.' || k + 1 >= n) {
                break;
            }
            const char16_t next = m_t.s[k + 1];
            if (!isAsciiDomainChar(next)) {
                // "twitter.みんな": an internationalised TLD after the dot.
                if (next >= 0x80) {
                    domainEnd = std::max(domainEnd, tldEnd(k + 1));
                }
                break;
            }
            ++k; // the dot
        }
        resume = k;
        if (domainEnd < 0) {
            return false;
        }
        bool hasPath = false;
        const qsizetype urlEnd = matchRest(domainEnd, hasPath);
        end = hasPath ? urlEnd : domainEnd;
        return end - start + 8 <= kMaxUrlLength; // + "https://", as twitter-text measures it
    }

    // "http://" or "https://" at `start` followed by a domain of Unicode labels. Without a valid
    // domain the caller tries the same place without scheme.
    SchemeMatch matchWithScheme(qsizetype start, qsizetype& urlEnd) const
    {
        const qsizetype n = m_t.n;
        qsizetype k = start;
        auto lower = [&](qsizetype i) { return i < n ? asciiLower(m_t.s[i]) : '\0'; };
        if (lower(k) != 'h' || lower(k + 1) != 't' || lower(k + 2) != 't' || lower(k + 3) != 'p') {
            return SchemeMatch::None;
        }
        k += 4;
        if (lower(k) == 's') {
            ++k;
        }
        if (m_t.at(k) != u':' || m_t.at(k + 1) != u'/' || m_t.at(k + 2) != u'/') {
            return SchemeMatch::None;
        }
        k += 3;
        const qsizetype domainStart = k;

        // Labels of domain characters, '-' and '_'. The last label that starts with a TLD ends
        // the domain (the TLD may be followed by other domain characters: "http://example.comだよね").
        qsizetype domainEnd = -1;
        qsizetype tldStart = -1;
        bool nonAscii = false;
        bool firstLabel = true;
        while (true) {
            const qsizetype labelStart = k;
            while (k < n && (isUnicodeDomainChar(m_t.s[k]) || m_t.s[k] == u'-' || m_t.s[k] == u'_')) {
                nonAscii = nonAscii || m_t.s[k] >= 0x80;
                ++k;
            }
            if (k == labelStart) {
                break;
            }
            if (!firstLabel) {
                const qsizetype e = tldEnd(labelStart);
                if (e >= 0) {
                    domainEnd = e;
                    tldStart = labelStart;
                }
            }
            firstLabel = false;
            if (m_t.at(k) != u'.') {
                break;
            }
            ++k;
        }
        if (domainEnd < 0) {
            return SchemeMatch::None;
        }
        // The labels before the TLD start and end with a domain character; the one right before
        // the TLD holds no '_' (validSubdomain, validDomainName).
        const QStringView names(m_t.s + domainStart, tldStart - 1 - domainStart);
        const QList<QStringView> labels = names.split(u'.');
        for (qsizetype label = 0; label < labels.size(); ++label) {
            const QStringView name = labels.at(label);
            if (name.isEmpty() || name.front() == u'-' || name.front() == u'_' || name.back() == u'-'
                || name.back() == u'_' || (label == labels.size() - 1 && name.contains(u'_'))) {
                return SchemeMatch::None;
            }
        }
        if (!isValidDomain(domainStart, domainEnd, nonAscii)) {
            return SchemeMatch::None;
        }
        bool hasPath = false;
        qsizetype end = matchRest(domainEnd, hasPath);

        // t.co links keep only their slug (twitter-text's validTcoUrl).
        const QStringView domain(m_t.s + domainStart, domainEnd - domainStart);
        if (domain.compare(u"t.co", Qt::CaseInsensitive) == 0 && hasPath) {
            qsizetype slugEnd = domainEnd + 1;
            while (slugEnd < n && isAsciiAlnum(m_t.s[slugEnd])) {
                ++slugEnd;
            }
            if (slugEnd - (domainEnd + 1) > kMaxTcoSlugLength) {
                urlEnd = end; // not a URL, and nothing else starts inside it
                return SchemeMatch::Skip;
            }
            end = slugEnd;
            if (m_t.at(end) == u'?') {
                bool ignored = false;
                end = matchRest(end, ignored);
            }
        }
        // twitter-text adds the scheme's length to the URL's, which already holds it.
        if ((domainStart - start) + (end - start) > kMaxUrlLength) {
            return SchemeMatch::None;
        }
        urlEnd = end;
        return SchemeMatch::Url;
    }

    // twitter-text's idna check: every label 1..63 characters once punycode-encoded, and an
    // "xn--" domain may not contain non-ASCII characters.
    bool isValidDomain(qsizetype begin, qsizetype end, bool nonAscii) const
    {
        const QStringView domain(m_t.s + begin, end - begin);
        if (!nonAscii) {
            for (const QStringView label : domain.split(u'.')) {
                if (label.isEmpty() || label.size() > kMaxLabelLength) {
                    return false;
                }
            }
            return true;
        }
        if (domain.startsWith(u"xn--", Qt::CaseInsensitive)) {
            return false;
        }
        const QByteArray ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty()) {
            return false;
        }
        for (const QByteArray& label : ace.split('.')) {
            if (label.isEmpty() || label.size() > kMaxLabelLength) {
                return false;
            }
        }
        return true;
    }

    const Utf16& m_t;
    bool m_withoutScheme;
};

struct Range
{
    qsizetype start;
    qsizetype end;
};

using RangeList = QVarLengthArray<Range, 16>;

RangeList urlRanges(const Utf16& text, bool withoutScheme)
{
    RangeList ranges;
    UrlScanner(text, withoutScheme).scan([&](qsizetype start, qsizetype end) { ranges.append({start, end}); });
    return ranges;
}

// ---------------------------------------------------------------------------------------------
// X: twitter-text v3 weights.

inline int xWeight(char32_t c)
{
    const bool light =
        c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) || (c >= 0x2032 && c <= 0x2037);
    return light ? kXScale : kXDefaultWeight;
}

// The end of an emoji sequence that twemoji-parser would report starting at i, or -1. Emoji
// presentation and modifier sequences, keycaps, flags, tag sequences and ZWJ sequences count once.
// Any ZWJ chain of pictographs is accepted (twemoji knows only the recommended ones; others are rare).
qsizetype emojiSequenceEnd(const Utf16& t, qsizetype i, char32_t c, qsizetype len)
{
    const PropertyTable& table = properties();
    qsizetype next = 0;
    auto peek = [&](qsizetype at) -> char32_t { return at < t.n ? t.decode(at, next) : char32_t(0); };

    if (isKeycapBase(c)) {
        qsizetype k = i + 1;
        if (t.at(k) == kVs16) {
            ++k;
        }
        return t.at(k) == kCombiningKeycap ? k + 1 : -1;
    }
    if (c < 0x80) {
        return -1;
    }
    if (c == 0xA9 || c == 0xAE) { // © and ® are emoji only with U+FE0F
        return t.at(i + 1) == kVs16 ? i + 2 : -1;
    }
    if (isRegionalIndicator(c)) {
        const char32_t second = peek(i + len);
        return isRegionalIndicator(second) ? i + len + next : -1;
    }
    if ((table(c) & (kExtendedPictographic | kEmoji)) == 0) {
        return -1;
    }
    qsizetype k = i + len;
    if (t.at(k) == kVs15) {
        return -1; // explicitly text style
    }
    auto skipModifiers = [&]() {
        while (k < t.n) {
            const char32_t m = peek(k);
            if (m != kVs16 && !isEmojiModifier(m) && !isTagCharacter(m)) {
                break;
            }
            k += next;
        }
    };
    skipModifiers();
    while (t.at(k) == kZwj && k + 1 < t.n) {
        const char32_t joined = peek(k + 1);
        if (joined < 0x80 || (table(joined) & (kExtendedPictographic | kEmoji)) == 0) {
            break;
        }
        k += 1 + next;
        skipModifiers();
    }
    return k;
}

// The weight of [i, end) without URLs; i ends at `end`, or past it if an emoji sequence does.
int xWeighRun(const Utf16& t, const PropertyTable& table, qsizetype& i, qsizetype end)
{
    int weighted = 0;
    while (i < end) {
        const char16_t u = t.s[i];
        if (u < 0x80 && !isKeycapBase(u)) {
            weighted += kXScale;
            ++i;
            continue;
        }
        if (!QChar::isSurrogate(u) && (table.bmp(u) & (kExtendedPictographic | kEmoji)) == 0) {
            weighted += xWeight(u); // neither emoji nor part of one (CJK, accents, punctuation)
            ++i;
            continue;
        }
        qsizetype len = 0;
        const char32_t c = t.decode(i, len);
        const qsizetype emojiEnd = emojiSequenceEnd(t, i, c, len);
        if (emojiEnd > i) {
            weighted += kXDefaultWeight;
            i = emojiEnd;
        } else {
            weighted += xWeight(c);
            i += len;
        }
    }
    return weighted;
}

int xWeightedSum(const QString& normalized)
{
    const Utf16 t(normalized);
    const PropertyTable& table = properties();
    const RangeList urls = urlRanges(t, true);
    int weighted = 0;
    qsizetype i = 0;
    for (const Range& url : urls) {
        weighted += xWeighRun(t, table, i, url.start);
        // (twitter-text, too, would weigh a URL normally if an emoji sequence ran into it; none can)
        if (i == url.start) {
            weighted += kXUrlLength * kXScale;
            i = url.end;
        }
    }
    weighted += xWeighRun(t, table, i, t.n);
    return weighted;
}

// ---------------------------------------------------------------------------------------------
// Mastodon: URLs with a scheme become 23 characters, "@user@domain" becomes "@user"
// (app/validators/status_length_validator.rb and Account::MENTION_RE).

inline bool isWordChar(char32_t c)
{
    if (c < 0x80) {
        return isAsciiAlnum(c) || c == u'_';
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

inline bool isUsernameChar(char32_t c)
{
    return isAsciiAlnum(c) || c == u'_';
}

struct Mention
{
    qsizetype start;   // the '@'
    qsizetype end;     // end of the whole match, domain included
    qsizetype userEnd; // end of "@user"
};

// The length of the [[:word:]] character at `at` (1 or 2 UTF-16 units), or 0.
qsizetype wordCharLength(const Utf16& t, qsizetype at)
{
    if (at >= t.n) {
        return 0;
    }
    qsizetype len = 0;
    return isWordChar(t.decode(at, len)) ? len : 0;
}

qsizetype usernameCharLength(const Utf16& t, qsizetype at)
{
    return at < t.n && isUsernameChar(t.s[at]) ? 1 : 0;
}

// The end of `first+([.-]+first+)*` starting at `at` (`at` itself when nothing matches).
template<typename CharLength>
qsizetype matchDottedRun(const Utf16& t, qsizetype at, CharLength charLength)
{
    auto run = [&](qsizetype k) {
        while (const qsizetype len = charLength(t, k)) {
            k += len;
        }
        return k;
    };
    qsizetype end = run(at);
    if (end == at) {
        return at;
    }
    while (true) {
        qsizetype k = end;
        while (k < t.n && (t.s[k] == u'.' || t.s[k] == u'-')) {
            ++k;
        }
        if (k == end || charLength(t, k) == 0) {
            return end;
        }
        end = run(k);
    }
}

// Remote and local mentions as Mastodon's Extractor finds them.
QVarLengthArray<Mention, 8> mentions(const Utf16& t)
{
    QVarLengthArray<Mention, 8> found;
    const QStringView view(t.s, t.n);
    qsizetype i = 0;
    while (i < t.n) {
        i = view.indexOf(u'@', i); // vectorised
        if (i < 0) {
            break;
        }
        if (i > 0) {
            const char32_t before = t.decodeBefore(i);
            if (before == u'=' || before == u'/' || isWordChar(before)) {
                ++i;
                continue;
            }
        }
        const qsizetype userEnd = matchDottedRun(t, i + 1, usernameCharLength);
        if (userEnd == i + 1) {
            ++i;
            continue;
        }
        qsizetype end = userEnd;
        if (t.at(end) == u'@') {
            const qsizetype domainEnd = matchDottedRun(t, end + 1, wordCharLength);
            if (domainEnd > end + 1) {
                end = domainEnd;
            }
        }
        // Twitter's end_mention_match: not followed by '@', a Latin accent or "://".
        const char16_t after = t.at(end);
        const bool rejected = after == u'@' || after == 0xFF20 || isLatinAccent(after)
                              || (after == u':' && t.at(end + 1) == u'/' && t.at(end + 2) == u'/');
        if (!rejected && end - userEnd - 1 <= 253) { // Extractor::MAX_DOMAIN_LENGTH
            found.append({i, end, userEnd});
        }
        i = end;
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Hashtags: twitter-text's validHashtag, except that a hashtag directly followed by another '#'
// still counts ("#a#b" is one hashtag here, none for twitter-text): for a cap, counting more is
// the safe side.

inline bool isHashtagLetter(char32_t c)
{
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }
    return QChar::isLetter(c) || QChar::isMark(c);
}

inline bool isHashtagChar(char32_t c)
{
    if (c < 0x80) {
        return isAsciiAlnum(c) || c == u'_';
    }
    if (isHashtagLetter(c) || QChar::category(c) == QChar::Number_DecimalDigit) {
        return true;
    }
    switch (c) {
    case 0x200C:
    case 0x200D:
    case 0xA67E:
    case 0x05BE:
    case 0x05F3:
    case 0x05F4:
    case 0xFF5E:
    case 0x301C:
    case 0x309B:
    case 0x309C:
    case 0x30A0:
    case 0x30FB:
    case 0x3003:
    case 0x0F0B:
    case 0x0F0C:
    case 0x00B7:
        return true;
    default:
        return false;
    }
}

int countHashtags(const Utf16& t)
{
    int count = 0;
    bool urlsKnown = false;
    RangeList urls;
    qsizetype nextUrl = 0;
    const qsizetype n = t.n;
    const QStringView view(t.s, n);
    const bool fullwidth = view.contains(QChar(0xFF03));
    qsizetype i = 0;
    while (i < n) {
        // The next '#' or '＃', found by a vectorised search.
        qsizetype hash = view.indexOf(u'#', i);
        if (fullwidth) {
            const qsizetype wide = view.indexOf(QChar(0xFF03), i);
            if (wide >= 0 && (hash < 0 || wide < hash)) {
                hash = wide;
            }
        }
        if (hash < 0) {
            break;
        }
        i = hash + 1;
        if (hash > 0) {
            const char32_t before = t.decodeBefore(hash);
            if (before != kVs15 && before != kVs16 && (isHashtagChar(before) || before == u'&')) {
                continue; // "C#", "a#b", "&#39;"
            }
        }
        if (t.at(i) == kVs16 || t.at(i) == kCombiningKeycap) {
            continue; // the keycap emoji #️⃣
        }
        bool letter = false;
        qsizetype k = i;
        while (k < n) {
            qsizetype len = 0;
            const char32_t cp = t.decode(k, len);
            if (!isHashtagChar(cp)) {
                break;
            }
            letter = letter || isHashtagLetter(cp);
            k += len;
        }
        if (!letter) {
            continue; // "#1", "#_"
        }
        if (t.at(k) == u':' && t.at(k + 1) == u'/' && t.at(k + 2) == u'/') {
            i = k;
            continue; // "#http://…"
        }
        // Inside a URL ("example.com/#section") it is not a hashtag. Only text right after a
        // non-space character can be inside one, so the URL scan runs only then.
        if (hash > 0 && !QChar::isSpace(t.decodeBefore(hash))) {
            if (!urlsKnown) {
                urls = urlRanges(t, true);
                urlsKnown = true;
            }
            while (nextUrl < urls.size() && urls[nextUrl].end <= hash) {
                ++nextUrl;
            }
            if (nextUrl < urls.size() && urls[nextUrl].start <= hash) {
                i = k;
                continue;
            }
        }
        ++count;
        i = k;
    }
    return count;
}

// ---------------------------------------------------------------------------------------------
// Simple measures.

int codePointCount(const Utf16& t)
{
    // Branch-free so that the compiler vectorises it: UTF-16 units minus surrogate pairs.
    qsizetype pairs = 0;
    for (qsizetype i = 1; i < t.n; ++i) {
        pairs += static_cast<qsizetype>(((t.s[i] & 0xFC00) == 0xDC00) & ((t.s[i - 1] & 0xFC00) == 0xD800));
    }
    return static_cast<int>(t.n - pairs);
}

struct GraphemesAndBytes
{
    int graphemes = 0;
    int bytes = 0;
};

GraphemesAndBytes graphemesAndBytes(const Utf16& t)
{
    const PropertyTable& table = properties();
    GraphemeSegmenter segmenter;
    GraphemesAndBytes result;
    qsizetype i = 0;
    while (i < t.n) {
        const char16_t u = t.s[i];
        if (isPrintableAscii(u)) {
            // A run of printable ASCII: the first may join a Prepend before it (GB9b), every other one
            // starts its own cluster of one byte.
            result.graphemes += segmenter.startsClusterSimple() ? 1 : 0;
            qsizetype j = i + 1;
            while (j < t.n && isPrintableAscii(t.s[j])) {
                ++j;
            }
            result.graphemes += int(j - i - 1);
            result.bytes += int(j - i);
            i = j;
            continue;
        }
        qsizetype len = 1;
        const char32_t c = t.decode(i, len);
        result.graphemes += segmenter.startsCluster(c, table(c)) ? 1 : 0;
        result.bytes += utf8Bytes(c);
        i += len;
    }
    return result;
}

int uniqueCount(const Utf16& t, const RangeList& ranges)
{
    std::vector<QStringView> urls;
    urls.reserve(static_cast<std::size_t>(ranges.size()));
    for (const Range& r : ranges) {
        urls.emplace_back(t.s + r.start, r.end - r.start);
    }
    std::sort(urls.begin(), urls.end());
    return static_cast<int>(std::unique(urls.begin(), urls.end()) - urls.begin());
}

} // namespace

// =============================================================================================

QString PlatformCount::summary() const
{
    const QString name = platformName(platform);
    QString text = limit > 0
                       ? QCoreApplication::translate("PlatformCounter", "%1 %2/%3")
                             .arg(name, QString::number(length), QString::number(limit))
                       : QCoreApplication::translate("PlatformCounter", "%1 %2").arg(name, QString::number(length));
    if (bytesOver()) {
        text += QCoreApplication::translate("PlatformCounter", ", %1/%2 bytes")
                    .arg(QString::number(bytes), QString::number(byteLimit));
    }
    if (hashtagsOver()) {
        text += QCoreApplication::translate("PlatformCounter", ", %1/%2 hashtags")
                    .arg(QString::number(hashtags), QString::number(hashtagLimit));
    }
    if (linksOver()) {
        text += QCoreApplication::translate("PlatformCounter", ", %1/%2 links")
                    .arg(QString::number(links), QString::number(linkLimit));
    }
    return text;
}

PlatformCount PlatformCounter::count(Platform platform, const QString& text, const PlatformLimits& limits)
{
    PlatformCount result;
    result.platform = platform;
    const Utf16 t(text);
    switch (platform) {
    case Platform::X:
        result.length = xWeightedLength(text);
        result.limit = kXMaxWeighted;
        break;
    case Platform::Bluesky: {
        const GraphemesAndBytes measured = graphemesAndBytes(t);
        result.length = measured.graphemes;
        result.limit = kBlueskyMaxGraphemes;
        result.bytes = measured.bytes;
        result.byteLimit = kBlueskyMaxBytes;
        break;
    }
    case Platform::Mastodon:
        result.length = mastodonLength(text);
        result.limit = std::max(0, limits.mastodonMaxChars);
        break;
    case Platform::Threads:
        result.length = threadsLength(text);
        result.limit = kThreadsMaxChars;
        // "All unique URLs found in the text field are counted as links" (Threads API, text posts).
        result.links = uniqueCount(t, urlRanges(t, true));
        result.linkLimit = kThreadsMaxLinks;
        break;
    // Meta, LinkedIn and Google do not document their unit. Code points: an emoji is one character
    // as users see it (UTF-16 would count it twice and flag posts the services accept), and a
    // combining accent still counts on its own, so this stays an upper bound of grapheme counts.
    case Platform::Instagram:
        result.length = codePointCount(t);
        result.limit = kInstagramMaxChars;
        result.hashtags = countHashtags(t);
        result.hashtagLimit = std::max(0, limits.instagramHashtagLimit);
        break;
    case Platform::Facebook:
        result.length = codePointCount(t);
        result.limit = kFacebookMaxChars;
        break;
    case Platform::LinkedIn:
        result.length = codePointCount(t);
        result.limit = kLinkedInMaxChars;
        break;
    case Platform::GoogleBusiness:
        result.length = codePointCount(t);
        result.limit = kGoogleBusinessMaxChars;
        break;
    }
    return result;
}

bool PlatformCounter::mayExceed(Platform platform, const QString& text, const PlatformLimits& limits)
{
    const qsizetype units = text.size();
    switch (platform) {
    case Platform::Instagram:
        if (units > kInstagramMaxChars) {
            return true;
        }
        {
            // Hashtags start with '#' or the full-width '＃': count the signs with the vectorised search,
            // stopping as soon as there are more than the cap.
            const int cap = std::max(0, limits.instagramHashtagLimit);
            int signs = 0;
            for (const char16_t sign : {u'#', u'\uFF03'}) {
                for (qsizetype at = text.indexOf(QChar(sign)); at >= 0 && signs <= cap;
                     at = text.indexOf(QChar(sign), at + 1)) {
                    ++signs;
                }
            }
            return signs > cap;
        }
    case Platform::Facebook:
        return units > kFacebookMaxChars;
    case Platform::LinkedIn:
        return units > kLinkedInMaxChars;
    case Platform::GoogleBusiness:
        return units > kGoogleBusinessMaxChars;
    case Platform::X:
    case Platform::Bluesky:
    case Platform::Mastodon:
    case Platform::Threads:
        // Weights of 2, links counted as 23, emoji counted as bytes: no cheap bound worth having.
        return true;
    }
    return true;
}

int PlatformCounter::xWeightedLength(const QString& text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    return xWeightedSum(normalized) / kXScale;
}

int PlatformCounter::graphemeCount(const QString& text)
{
    return graphemesAndBytes(Utf16(text)).graphemes;
}

int PlatformCounter::utf8Length(const QString& text)
{
    const Utf16 t(text);
    int bytes = 0;
    qsizetype i = 0;
    while (i < t.n) {
        qsizetype len = 1;
        const char16_t u = t.s[i];
        bytes += u < 0x80 ? 1 : utf8Bytes(t.decode(i, len));
        i += len;
    }
    return bytes;
}

int PlatformCounter::threadsLength(const QString& text)
{
    // An emoji cluster counts its UTF-8 bytes ("👍🏽" is 8). Meta does not say what the other
    // "characters" are; every other code point counts 1, which is never less than graphemes.
    const Utf16 t(text);
    const PropertyTable& table = properties();
    GraphemeSegmenter segmenter;
    int total = 0;
    int clusterBytes = 0;
    int clusterCodePoints = 0;
    bool clusterIsEmoji = false;
    char32_t clusterFirst = 0;
    qsizetype i = 0;
    auto startCluster = [&](char32_t first, bool emoji) {
        total += clusterIsEmoji ? clusterBytes : clusterCodePoints;
        clusterBytes = 0;
        clusterCodePoints = 0;
        clusterFirst = first;
        clusterIsEmoji = emoji;
    };
    while (i < t.n) {
        const char16_t u = t.s[i];
        if (isPrintableAscii(u)) {
            if (segmenter.startsClusterSimple()) {
                startCluster(u, false);
            }
            ++clusterBytes;
            ++clusterCodePoints;
            ++i;
            continue;
        }
        qsizetype len = 1;
        const char32_t c = t.decode(i, len);
        const std::uint8_t props = table(c);
        if (segmenter.startsCluster(c, props)) {
            startCluster(c, startsEmoji(c, props));
        } else if (c == kCombiningKeycap && isKeycapBase(clusterFirst)) {
            clusterIsEmoji = true;
        }
        clusterBytes += utf8Bytes(c);
        ++clusterCodePoints;
        i += len;
    }
    total += clusterIsEmoji ? clusterBytes : clusterCodePoints;
    return total;
}

int PlatformCounter::mastodonLength(const QString& text)
{
    // Mastodon strips the text before validating it (Status#prepare_contents, Ruby's String#strip).
    auto isRubySpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0; };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isRubySpace(text.at(begin).unicode())) {
        ++begin;
    }
    while (end > begin && isRubySpace(text.at(end - 1).unicode())) {
        --end;
    }
    const Utf16 t(QStringView(text).sliced(begin, end - begin));
    // Mastodon only shortens URLs it will link, and it links only URLs with a scheme
    // (extract_url_without_protocol: false); "example.com/page" counts as written.
    const RangeList urls = urlRanges(t, false);
    const auto found = mentions(t);

    // Entities in text order; an entity overlapping the one before it is dropped
    // (Extractor.remove_overlapping_entities).
    struct Entity
    {
        qsizetype start;
        qsizetype end;
        qsizetype keepEnd; // mentions keep "@user"; URLs keep nothing
        bool url;
    };
    QVarLengthArray<Entity, 16> entities;
    for (const Range& r : urls) {
        entities.append({r.start, r.end, r.start, true});
    }
    for (const Mention& m : found) {
        entities.append({m.start, m.end, m.userEnd, false});
    }
    std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) { return a.start < b.start; });

    const PropertyTable& table = properties();
    GraphemeSegmenter segmenter;
    int graphemes = 0;
    auto feed = [&](qsizetype from, qsizetype to) {
        qsizetype i = from;
        while (i < to) {
            const char16_t u = t.s[i];
            if (isPrintableAscii(u)) {
                graphemes += segmenter.startsClusterSimple() ? 1 : 0;
                ++i;
                continue;
            }
            qsizetype len = 1;
            const char32_t c = t.decode(i, len);
            graphemes += segmenter.startsCluster(c, table(c)) ? 1 : 0;
            i += len;
        }
    };
    qsizetype position = 0;
    for (const Entity& e : entities) {
        if (e.start < position) {
            continue;
        }
        feed(position, e.start);
        if (e.url) {
            for (int k = 0; k < kMastodonUrlLength; ++k) {
                graphemes += segmenter.startsClusterSimple() ? 1 : 0; // 'x'
            }
        } else {
            feed(e.start, e.keepEnd);
        }
        position = e.end;
    }
    feed(position, t.n);
    return graphemes;
}

QList<QPair<qsizetype, qsizetype>> PlatformCounter::findUrls(const QString& text)
{
    QList<QPair<qsizetype, qsizetype>> result;
    const Utf16 t(text);
    UrlScanner(t, true).scan([&](qsizetype start, qsizetype end) { result.append(qMakePair(start, end)); });
    return result;
}

int PlatformCounter::hashtagCount(const QString& text)
{
    return countHashtags(Utf16(text));
}

} // namespace clearpost
