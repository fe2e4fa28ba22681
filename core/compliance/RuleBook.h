#pragma once

#include "Finding.h"
#include "Gazetteer.h"
#include "PhraseMatcher.h"
#include "WordSet.h"
#include "domain/Practice.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace clearpost {

// The named word lists of the language packs (resources/rules/lang-*.json).
enum class Lex {
    Honorific,
    ProviderTitle,
    Credential,
    StaffRole,
    StaffCue,
    Greeting,
    FirstPersonSingular,
    SecondPerson,
    SecondPersonPossessive,
    ThirdPersonPossessive,
    ThirdPersonSubject,
    BusinessPronoun,
    FamilyWord,
    PatientWord,
    PatientStoryCue,
    CareWord,
    CareVerb,
    HealthTerm,
    OrgWord,
    Animal,
    Month,
    Weekday,
    DateCue,
    AgeCue,
    AgePolicyCue,
    Negation,
    AdviceVerb,
    AdviceModal,
    DoseUnit,
    Frequency,
    Drug,
    SelfTreatment,
    DiscourageCare,
    Disclaimer,
    EmergencyCall,
    DisclosureStrong,
    DisclosureWeak,
    SponsorSignal,
    TestimonialCue,
    BeforeAfter,
    CosmeticProcedure,
    AddressCue,
    ConsentStatement,
    NotName,
    PersonVerb,       // verbs only people do: "lives", "married", "heiratete"
    SpeechVerb,       // "says", "told", "erzählt": who speaks is a person
    OrdinaryPhrase,   // "ice cream", "shower gel": everyday phrases whose words mean nothing on their own here
    PublicFigure,     // "Serena Williams", "Florence Nightingale": people the public knows, never patients here
    OfficeTitle,      // "Queen", "President", "Papst": a name after one is a public figure ("Queen Victoria")
    HostCue,          // "for having us", "für die Einladung": thanks for hosting the practice, not for a gift
    PersonNoun,       // "gentleman", "girl", "firefighter", "Mädchen", "niña": someone, unnamed
    ReviewAsk,        // "leave us a review", "bewerten Sie uns", "déjanos una reseña"
    ReviewIncentive,  // "$25 off", "gift card", "Gutschein", "sorteo": a reward offered
    ReviewSentiment,  // "5-star", "positive", "5 Sterne", "5 estrellas": the review must praise
    SeriousCondition, // "depression", "infertility", "Krebs", "asma": needs medical supervision (CAP 12.2)
    JobAdvert,        // "we're hiring", "(m/w/d)", "estamos contratando": the post offers a job
    Deidentified,     // "shared without any identifying details", "Name geändert": the writer removed identifiers
    Count
};

// The languages of the packs, in PhraseMatcher::Hit::language.
enum class PackLanguage { En, De, Es, Count };
PackLanguage packLanguage(const QString& code); // "de" -> De; anything unknown -> En

// The claim rules; their phrases live in the language packs under "claims".
enum class ClaimRule {
    Cure,
    Guarantee,
    Painless,
    Superlative,
    RiskFree,
    Miracle,
    Permanent,
    Proven,
    Outcome,
    Pom,
    BeforeAfter,
    Pressure,
    Condition, // found in code: a treatment verb before a serious condition (CAP 12.2)
    Count
};

QString lexName(Lex lex);
QString claimRuleId(ClaimRule rule); // "claim.misleading.cure"

// How a rule behaves in one jurisdiction (resources/rules/jurisdiction-*.json).
struct RuleSetting
{
    bool enabled = true;
    std::optional<Severity> severity; // overrides the engine's default
    QString source;
    QString requires_; // "cosmetic": only with a cosmetic procedure in the post
};

struct JurisdictionPack
{
    QString id;
    QString name;
    QStringList phoneRegions;
    int disclosureWindow = 125;
    QHash<QString, RuleSetting> rules;

    // The setting for a rule id, falling back to its category and then to "phi" for phi.*.
    RuleSetting setting(const QString& ruleId) const;
};

// Street words: separate tokens ("Street"), prefixes ("Calle"), glued endings ("-straße"), unit words ("Apt.").
struct StreetWords
{
    QHash<QString, int> tokens; // folded word -> position flags
    enum Position { SuffixToken = 1, PrefixToken = 2, Unit = 4, DottedUnit = 8 };

    void addGluedSuffix(const QString& folded);

    bool isSuffix(const QString& folded) const { return tokens.value(folded) & SuffixToken; }
    bool isPrefix(const QString& folded) const { return tokens.value(folded) & PrefixToken; }
    bool isUnit(const QString& folded) const { return tokens.value(folded) & Unit; }
    // Units whose list entry ends with a full stop ("Of.", "Bc."): units only where the text writes it too.
    bool isDottedUnit(const QString& folded) const { return tokens.value(folded) & DottedUnit; }
    // Whether the word ends with a glued street ending and has at least three letters before it.
    bool hasGluedSuffix(const QString& folded) const;

private:
    // The glued endings as a trie read from the last letter backwards: one step per letter of the word.
    struct GluedNode
    {
        QList<QPair<char16_t, int>> next;
        bool end = false;
    };
    QList<GluedNode> m_glued{GluedNode()};
};

// Everything the compliance engine knows, loaded once from resources and then
// shared read-only between threads.
class RuleBook
{
public:
    // Loads the packs and gazetteers under `root` (":/rules" and ":/names" by default).
    static Result<std::shared_ptr<const RuleBook>> load(const QString& rulesRoot = QStringLiteral(":/rules"),
                                                        const QString& namesRoot = QStringLiteral(":/names"),
                                                        const QString& placesRoot = QStringLiteral(":/places"));
    // The default rule book, loaded on first use; null if the bundled data is broken.
    static std::shared_ptr<const RuleBook> shared();

    const PhraseMatcher& phrases() const { return m_phrases; }
    // Tags used in PhraseMatcher hits.
    static int tag(Lex lex) { return int(lex); }
    static int tag(ClaimRule rule) { return int(Lex::Count) + int(rule); }
    static bool isClaimTag(int tag) { return tag >= int(Lex::Count); }
    static ClaimRule claimOf(int tag) { return ClaimRule(tag - int(Lex::Count)); }

    const NameGazetteer& names() const { return m_names; }
    const PlaceGazetteer& places() const { return m_places; }
    const StreetWords& streets() const { return m_streets; }
    const JurisdictionPack& jurisdiction(Jurisdiction j) const;
    // Folded single words of a list, for quick membership tests ("is this an org word?").
    bool inList(Lex lex, const QString& folded) const { return m_words[size_t(lex)].contains(folded); }
    bool inList(Lex lex, const QString& folded, PackLanguage language) const
    {
        return m_wordsByLanguage[size_t(language)][size_t(lex)].contains(folded);
    }
    // Function words (pronouns, greetings, negations) only count in the post's own language;
    // content words (health terms, drugs, sponsorship signals) count from every pack.
    static bool languageBound(Lex lex);

private:
    Status loadLanguage(const QString& path, PackLanguage language);
    Status loadJurisdiction(const QString& path);
    Status loadStreetWords(const QString& path);

    PhraseMatcher m_phrases;
    std::array<WordSet, size_t(Lex::Count)> m_words;
    std::array<std::array<WordSet, size_t(Lex::Count)>, size_t(PackLanguage::Count)> m_wordsByLanguage;
    NameGazetteer m_names;
    PlaceGazetteer m_places;
    StreetWords m_streets;
    QHash<QString, JurisdictionPack> m_jurisdictions;
    JurisdictionPack m_fallback;
};

} // namespace clearpost
