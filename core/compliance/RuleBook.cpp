#include "RuleBook.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(lcCompliance, "clearpost.compliance", QtWarningMsg)

namespace clearpost {

namespace {

struct LexName
{
    Lex lex;
    const char* name;
};

constexpr LexName kLexNames[] = {
    {Lex::Honorific, "honorific"},
    {Lex::ProviderTitle, "providerTitle"},
    {Lex::Credential, "credential"},
    {Lex::StaffRole, "staffRole"},
    {Lex::StaffCue, "staffCue"},
    {Lex::Greeting, "greeting"},
    {Lex::FirstPersonSingular, "firstPersonSingular"},
    {Lex::SecondPerson, "secondPerson"},
    {Lex::SecondPersonPossessive, "secondPersonPossessive"},
    {Lex::ThirdPersonPossessive, "thirdPersonPossessive"},
    {Lex::ThirdPersonSubject, "thirdPersonSubject"},
    {Lex::BusinessPronoun, "businessPronoun"},
    {Lex::FamilyWord, "familyWord"},
    {Lex::PatientWord, "patientWord"},
    {Lex::PatientStoryCue, "patientStoryCue"},
    {Lex::CareWord, "careWord"},
    {Lex::CareVerb, "careVerb"},
    {Lex::HealthTerm, "healthTerm"},
    {Lex::OrgWord, "orgWord"},
    {Lex::Animal, "animal"},
    {Lex::Month, "month"},
    {Lex::Weekday, "weekday"},
    {Lex::DateCue, "dateCue"},
    {Lex::AgeCue, "ageCue"},
    {Lex::AgePolicyCue, "agePolicyCue"},
    {Lex::Negation, "negation"},
    {Lex::AdviceVerb, "adviceVerb"},
    {Lex::AdviceModal, "adviceModal"},
    {Lex::DoseUnit, "doseUnit"},
    {Lex::Frequency, "frequency"},
    {Lex::Drug, "drug"},
    {Lex::SelfTreatment, "selfTreatment"},
    {Lex::DiscourageCare, "discourageCare"},
    {Lex::Disclaimer, "disclaimer"},
    {Lex::EmergencyCall, "emergencyCall"},
    {Lex::DisclosureStrong, "disclosureStrong"},
    {Lex::DisclosureWeak, "disclosureWeak"},
    {Lex::SponsorSignal, "sponsorSignal"},
    {Lex::TestimonialCue, "testimonialCue"},
    {Lex::BeforeAfter, "beforeAfter"},
    {Lex::CosmeticProcedure, "cosmeticProcedure"},
    {Lex::AddressCue, "addressCue"},
    {Lex::ConsentStatement, "consentStatement"},
    {Lex::NotName, "notName"},
    {Lex::PersonVerb, "personVerb"},
    {Lex::SpeechVerb, "speechVerb"},
    {Lex::OrdinaryPhrase, "ordinaryPhrase"},
    {Lex::PublicFigure, "publicFigure"},
    {Lex::OfficeTitle, "officeTitle"},
    {Lex::HostCue, "hostCue"},
    {Lex::PersonNoun, "personNoun"},
    {Lex::ReviewAsk, "reviewAsk"},
    {Lex::ReviewIncentive, "reviewIncentive"},
    {Lex::ReviewSentiment, "reviewSentiment"},
    {Lex::SeriousCondition, "seriousCondition"},
    {Lex::JobAdvert, "jobAdvert"},
    {Lex::Deidentified, "deidentified"},
};
static_assert(std::size(kLexNames) == size_t(Lex::Count), "every list has a name");

constexpr const char* kClaimIds[] = {
    "claim.misleading.cure",
    "claim.misleading.guarantee",
    "claim.misleading.painless",
    "claim.misleading.superlative",
    "claim.misleading.riskfree",
    "claim.misleading.miracle",
    "claim.misleading.permanent",
    "claim.misleading.proven",
    "claim.misleading.outcome",
    "claim.misleading.pom",
    "claim.misleading.beforeafter",
    "claim.misleading.pressure",
    "claim.misleading.condition",
};
static_assert(std::size(kClaimIds) == size_t(ClaimRule::Count), "every claim rule has an id");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleBook)
};

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(Tr::tr("The rule data %1 could not be read: %2").arg(path, f.errorString()), Error::Code::Io);
    }
    return f.readAll();
}

Result<QJsonObject> readJson(const QString& path)
{
    Result<QByteArray> data = readFile(path);
    if (!data) {
        return data.error();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &error);
    if (doc.isNull() || !doc.isObject()) {
        return Error(Tr::tr("The rule data %1 is not valid JSON (%2 at offset %3).")
                         .arg(path, error.errorString())
                         .arg(error.offset),
                     Error::Code::InvalidInput);
    }
    return doc.object();
}

std::optional<Severity> severityFrom(const QString& s)
{
    if (s == QLatin1String("info")) {
        return Severity::Info;
    }
    if (s == QLatin1String("warning")) {
        return Severity::Warning;
    }
    if (s == QLatin1String("blocker")) {
        return Severity::Blocker;
    }
    return std::nullopt;
}

} // namespace

QString lexName(Lex lex)
{
    return QString::fromLatin1(kLexNames[size_t(lex)].name);
}

QString claimRuleId(ClaimRule rule)
{
    return QString::fromLatin1(kClaimIds[size_t(rule)]);
}

RuleSetting JurisdictionPack::setting(const QString& ruleId) const
{
    RuleSetting result;
    // The most specific entry wins for each field; "enabled" comes from the exact rule.
    QStringList chain{ruleId};
    QString parent = ruleId;
    while (parent.contains(QLatin1Char('.'))) {
        parent.truncate(parent.lastIndexOf(QLatin1Char('.')));
        chain.append(parent);
    }
    bool first = true;
    for (const QString& key : chain) {
        const auto it = rules.constFind(key);
        if (it == rules.constEnd()) {
            first = false;
            continue;
        }
        if (first) {
            result.enabled = it->enabled;
        }
        if (!result.severity && it->severity) {
            result.severity = it->severity;
        }
        if (result.source.isEmpty()) {
            result.source = it->source;
        }
        if (result.requires_.isEmpty()) {
            result.requires_ = it->requires_;
        }
        first = false;
    }
    return result;
}

void StreetWords::addGluedSuffix(const QString& folded)
{
    int node = 0;
    for (qsizetype k = folded.size() - 1; k >= 0; --k) {
        const char16_t c = folded[k].unicode();
        int child = -1;
        for (const auto& [letter, index] : std::as_const(m_glued[node].next)) {
            if (letter == c) {
                child = index;
            }
        }
        if (child < 0) {
            child = int(m_glued.size());
            m_glued.append(GluedNode());
            m_glued[node].next.append({c, child});
        }
        node = child;
    }
    if (node != 0) {
        m_glued[node].end = true;
    }
}

bool StreetWords::hasGluedSuffix(const QString& folded) const
{
    const qsizetype size = folded.size();
    int node = 0;
    for (qsizetype k = size - 1; k >= 3; --k) {
        const char16_t c = folded[k].unicode();
        int child = -1;
        for (const auto& [letter, index] : m_glued[node].next) {
            if (letter == c) {
                child = index;
                break;
            }
        }
        if (child < 0) {
            return false;
        }
        node = child;
        if (m_glued[node].end) {
            return true; // the ending is folded[k..]; folded[0..k) keeps three letters or more
        }
    }
    return false;
}

PackLanguage packLanguage(const QString& code)
{
    if (code == QLatin1String("de")) {
        return PackLanguage::De;
    }
    if (code == QLatin1String("es")) {
        return PackLanguage::Es;
    }
    return PackLanguage::En;
}

bool RuleBook::languageBound(Lex lex)
{
    switch (lex) {
    case Lex::Greeting:
    case Lex::FirstPersonSingular:
    case Lex::SecondPerson:
    case Lex::SecondPersonPossessive:
    case Lex::ThirdPersonPossessive:
    case Lex::ThirdPersonSubject:
    case Lex::BusinessPronoun:
    case Lex::FamilyWord:
    case Lex::Negation:
    case Lex::AdviceVerb:
    case Lex::AdviceModal:
    case Lex::AgeCue:
    case Lex::AgePolicyCue:
    case Lex::Honorific:
    case Lex::Month:
    case Lex::Weekday:
    case Lex::PersonVerb:
    case Lex::SpeechVerb:
    case Lex::OfficeTitle:
    case Lex::PersonNoun:
        return true;
    default:
        return false;
    }
}

Status RuleBook::loadLanguage(const QString& path, PackLanguage language)
{
    Result<QJsonObject> json = readJson(path);
    if (!json) {
        return json.error();
    }
    const QJsonObject lists = json->value(QStringLiteral("lists")).toObject();
    for (const LexName& l : kLexNames) {
        const QJsonArray phrases = lists.value(QLatin1String(l.name)).toArray();
        for (const QJsonValue& v : phrases) {
            const QString phrase = v.toString();
            if (!PhraseMatcher::isValidPhrase(phrase)) {
                return Error(Tr::tr("%1: list “%2” has a phrase the matcher cannot read: “%3”.")
                                 .arg(path, QLatin1String(l.name), phrase),
                             Error::Code::InvalidInput);
            }
            m_phrases.add(phrase, int(l.lex), int(language));
            const QString folded = TextAnalysis::fold(phrase);
            if (!folded.contains(QLatin1Char(' '))) {
                m_words[size_t(l.lex)].insert(folded);
                m_wordsByLanguage[size_t(language)][size_t(l.lex)].insert(folded);
            }
        }
    }
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
        bool known = false;
        for (const LexName& l : kLexNames) {
            known = known || it.key() == QLatin1String(l.name);
        }
        if (!known) {
            return Error(Tr::tr("%1: unknown word list “%2”.").arg(path, it.key()), Error::Code::InvalidInput);
        }
    }
    const QJsonObject claims = json->value(QStringLiteral("claims")).toObject();
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        int rule = -1;
        for (int r = 0; r < int(ClaimRule::Count); ++r) {
            if (it.key() == QLatin1String(kClaimIds[r])) {
                rule = r;
            }
        }
        if (rule < 0) {
            return Error(Tr::tr("%1: unknown claim rule “%2”.").arg(path, it.key()), Error::Code::InvalidInput);
        }
        for (const QJsonValue& v : it.value().toArray()) {
            if (!PhraseMatcher::isValidPhrase(v.toString())) {
                return Error(Tr::tr("%1: list “%2” has a phrase the matcher cannot read: “%3”.")
                                 .arg(path, it.key(), v.toString()),
                             Error::Code::InvalidInput);
            }
            m_phrases.add(v.toString(), tag(ClaimRule(rule)), int(language));
        }
    }
    return {};
}

Status RuleBook::loadJurisdiction(const QString& path)
{
    Result<QJsonObject> json = readJson(path);
    if (!json) {
        return json.error();
    }
    JurisdictionPack pack;
    pack.id = json->value(QStringLiteral("id")).toString();
    pack.name = json->value(QStringLiteral("name")).toString();
    pack.disclosureWindow = json->value(QStringLiteral("disclosureWindow")).toInt(125);
    for (const QJsonValue& v : json->value(QStringLiteral("phoneRegions")).toArray()) {
        pack.phoneRegions.append(v.toString());
    }
    const QJsonObject rules = json->value(QStringLiteral("rules")).toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        const QJsonObject r = it.value().toObject();
        RuleSetting s;
        s.enabled = r.value(QStringLiteral("enabled")).toBool(true);
        if (r.contains(QStringLiteral("severity"))) {
            s.severity = severityFrom(r.value(QStringLiteral("severity")).toString());
            if (!s.severity) {
                return Error(Tr::tr("%1: rule “%2” has an unknown severity.").arg(path, it.key()),
                             Error::Code::InvalidInput);
            }
        }
        s.source = r.value(QStringLiteral("source")).toString();
        s.requires_ = r.value(QStringLiteral("requires")).toString();
        pack.rules.insert(it.key(), s);
    }
    if (!jurisdictionFromId(pack.id)) {
        return Error(Tr::tr("%1: unknown jurisdiction “%2”.").arg(path, pack.id), Error::Code::InvalidInput);
    }
    m_jurisdictions.insert(pack.id, pack);
    return {};
}

Status RuleBook::loadStreetWords(const QString& path)
{
    if (!QFile::exists(path)) {
        return {}; // optional data: addresses fall back to the built-in patterns
    }
    Result<QByteArray> data = readFile(path);
    if (!data) {
        return data.error();
    }
    const QList<QByteArray> lines = data->split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() < 2) {
            continue;
        }
        QString word = TextAnalysis::fold(QString::fromUtf8(cols[0]).trimmed());
        const QByteArray position = cols[1].trimmed();
        // "Of." (Portuguese "office") is a unit only written with its full stop: plain "of" is English.
        const bool dotted = word.endsWith(QLatin1Char('.'));
        if (dotted) {
            word.chop(1);
        }
        if (position == "suffix-glued") {
            if (word.startsWith(QLatin1Char('-'))) {
                word.remove(0, 1);
            }
            m_streets.addGluedSuffix(word);
        } else if (position == "suffix-token") {
            m_streets.tokens[word] |= StreetWords::SuffixToken;
        } else if (position == "prefix-token") {
            m_streets.tokens[word] |= StreetWords::PrefixToken;
        } else if (position == "unit") {
            m_streets.tokens[word] |= dotted ? StreetWords::DottedUnit : StreetWords::Unit;
        }
    }
    return {};
}

Result<std::shared_ptr<const RuleBook>>
RuleBook::load(const QString& rulesRoot, const QString& namesRoot, const QString& placesRoot)
{
    auto book = std::make_shared<RuleBook>();
    for (const char* lang : {"en", "de", "es"}) {
        const QString code = QLatin1String(lang);
        if (Status s = book->loadLanguage(QStringLiteral("%1/lang-%2.json").arg(rulesRoot, code), packLanguage(code));
            !s) {
            return s.error();
        }
    }
    for (const char* j : {"us", "uk", "de"}) {
        if (Status s =
                book->loadJurisdiction(QStringLiteral("%1/jurisdiction-%2.json").arg(rulesRoot, QLatin1String(j)));
            !s) {
            return s.error();
        }
    }
    Result<QByteArray> names = readFile(namesRoot + QStringLiteral("/names.idx"));
    if (!names) {
        return names.error();
    }
    if (!book->m_names.load(*std::move(names))) {
        return Error(Tr::tr("The name list is empty."), Error::Code::InvalidInput);
    }
    if (QFile::exists(placesRoot + QStringLiteral("/places.idx"))) {
        Result<QByteArray> places = readFile(placesRoot + QStringLiteral("/places.idx"));
        if (!places) {
            return places.error();
        }
        book->m_places.load(*std::move(places));
    }
    if (Status s = book->loadStreetWords(placesRoot + QStringLiteral("/street-words.tsv")); !s) {
        return s.error();
    }
    book->m_fallback = book->m_jurisdictions.value(QStringLiteral("US"));
    return std::shared_ptr<const RuleBook>(std::move(book));
}

std::shared_ptr<const RuleBook> RuleBook::shared()
{
    static QMutex mutex;
    static std::shared_ptr<const RuleBook> book;
    static bool tried = false;
    QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        Result<std::shared_ptr<const RuleBook>> loaded = load();
        if (loaded) {
            book = *loaded;
        } else {
            qCCritical(lcCompliance) << "could not load the rule book:" << loaded.message();
        }
    }
    return book;
}

const JurisdictionPack& RuleBook::jurisdiction(Jurisdiction j) const
{
    const auto it = m_jurisdictions.constFind(jurisdictionId(j));
    return it != m_jurisdictions.constEnd() ? it.value() : m_fallback;
}

} // namespace clearpost
