#pragma once

// Internal to core/compliance: the state one check() shares between detectors.

#include "ComplianceDraft.h"
#include "Finding.h"
#include "IdentifierScanner.h"
#include "RuleBook.h"
#include "TextAnalysis.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace clearpost {

// A person named in the text.
struct PersonMention
{
    int firstToken = 0;
    int lastToken = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    bool staff = false;  // a clinician or employee of the practice: never flagged
    bool strong = false; // honorific, full name or handle: certainly a person
    bool handle = false; // an @mention
    QStringList keys;    // folded name words, to link "Marisa" to "Marisa Quintero"
};

// Message and explanation of a rule id, translated.
struct RuleText
{
    QString message;
    QString explanation;
};
RuleText ruleText(const QString& ruleId);

class CheckState
{
public:
    CheckState(const ComplianceDraft& draft, const ComplianceContext& context, const RuleBook& book);

    const ComplianceDraft& draft;
    const ComplianceContext& context;
    const RuleBook& book;
    const JurisdictionPack& pack;
    TextAnalysis text;
    QList<PhraseMatcher::Hit> hits;
    QList<quint64> tokenLex; // per token: bit i set when the token is inside a hit of Lex i
    static_assert(int(Lex::Count) <= 64, "one bit per word list");
    QList<bool> masked;                      // per token: inside an e-mail address, a URL or another identifier
    QList<QPair<qsizetype, qsizetype>> urls; // links in the text (PlatformCounter::findUrls), found once
    QString language;
    bool reply = false;
    bool veterinary = false;          // animals are the patients: HIPAA and patient-confidentiality rules do not apply
    bool textConsent = false;         // a valid consent covers the story in the text
    QStringList consentSubjects;      // folded names covered by the text consent; empty with textConsent = everyone
    bool healthContext = false;       // the text mentions health, care or treatment
    bool practiceVoice = false;       // the text speaks as the practice ("we", "our", its name, an organisation)
    bool jobAdvert = false;           // a post that offers a job: its contacts and people named are the practice's
    std::vector<char> lowerSentences; // per sentence: written without any capital letter ("eva kleist lives at …")
    QList<IdentifierMatch> identifiers;
    QList<PersonMention> persons;
    QList<QSet<QString>> roster; // name words of each staff member, honorifics left out (set by the person finder)
    Findings findings;

    bool isLex(int token, Lex lex) const
    {
        return token >= 0 && token < tokenLex.size() && (tokenLex[token] >> int(lex)) & 1;
    }
    bool lexIn(Lex lex, int first, int last) const;
    int findLex(Lex lex, int first, int last) const; // first token in [first, last] with the lex, or -1
    bool lexInSentence(Lex lex, int sentence) const;
    // Hits of one tag, in text order.
    QList<PhraseMatcher::Hit> hitsOf(int tag) const;
    bool anyHit(Lex lex) const;
    bool sentenceIsQuestion(int sentence) const;
    // A non-staff person named in this sentence.
    bool personInSentence(int sentence) const;
    bool anyPatientPerson() const;
    // Words that make a sentence about one individual (not the audience, not the practice).
    bool individualContext(int sentence) const;
    // One unnamed person in a sentence that tells what happened to them ("A little girl came in today").
    bool anonymousIndividual(const TextRange& s) const;
    bool tokenInPerson(int token, bool includeStaff) const;
    // Whether every name word of a mention belongs to one staff member: "Jenna", "Dr. Patel" and "Jenna
    // Kowalski" are Jenna Kowalski; "Jenna Morales" is someone else. A trailing "s" may be a possessive.
    bool onRoster(const QStringList& keys) const;
    bool staffInSentence(int sentence) const;
    // A staff role followed by its training: "dental nurse exams", "ZFA Prüfung", "ZFA-Ausbildung".
    bool roleTraining(int token) const;
    // A patient-story cue ("came in for", "completed her") outside sentences about staff.
    bool patientStoryCue() const;
    // A place name over tokens [first, last]; state codes ("IL") only when written in capitals.
    // Single tokens are looked up once per check.
    std::optional<PlaceInfo> place(int first, int last) const;
    // The name gazetteer's answer for a word token (nullopt for other tokens), looked up once per check.
    std::optional<NameInfo> nameInfo(int token) const;
    // Quoted statements with a first-person word ("I finished my first 5K…"), inside the marks; “…” first,
    // then „…“, "…" and «…». Quoted questions are left out.
    struct Quote
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int firstToken = 0;
        int lastToken = 0;
    };
    QList<Quote> firstPersonQuotes() const;
    static bool isQuoteMark(QChar c);
    // Marks tokens inside identifiers and links, which are not words of the sentence.
    void maskIdentifiers();
    // Marks the practice's own address where the text repeats a line of it ("2140 N Clark St", "Chicago"):
    // public details of the practice, never a patient's address or a name.
    void maskPracticeAddress();
    // Names right after a capitalised title of office ("Queen Victoria") get Lex::PublicFigure.
    void markTitledPublicFigures();

    // Adds a finding, applying the jurisdiction's settings (enabled, severity, source).
    void add(const QString& ruleId,
             const QString& category,
             Severity severity,
             qsizetype start,
             qsizetype end,
             const FindingFix& fix = {});
    bool ruleEnabled(const QString& ruleId) const { return rule(ruleId).setting.enabled; }
    const RuleSetting& ruleSetting(const QString& ruleId) const { return rule(ruleId).setting; }
    // The day the post goes out (consents and "recent" dates are judged against it).
    QDate today() const { return draft.publishDay.isValid() ? draft.publishDay : QDate::currentDate(); }

private:
    // The pack's setting and the translated texts of a rule, looked up once per check.
    struct RuleEntry
    {
        RuleSetting setting;
        RuleText text;
    };
    const RuleEntry& rule(const QString& ruleId) const;
    std::optional<PlaceInfo> lookUpPlace(int first, int last) const;
    mutable QHash<QString, RuleEntry> m_rules;
    // Per-token lookup caches; 0 = not looked up yet, 1 = looked up.
    mutable std::vector<quint8> m_nameKnown;
    mutable std::vector<std::optional<NameInfo>> m_names;
    mutable std::vector<quint8> m_placeKnown;
    mutable std::vector<std::optional<PlaceInfo>> m_places;
};

// The detectors, in the order check() runs them.
void detectPersons(CheckState& st);
void detectIdentifiers(CheckState& st);
void detectDatesAndAges(CheckState& st);
void detectAddresses(CheckState& st);
void detectStories(CheckState& st); // patient.relationship, consent.missing, phi.photo; then phi.person findings
void detectClaims(CheckState& st);
void detectAdvice(CheckState& st);
void detectEndorsements(CheckState& st);
void detectFormat(CheckState& st); // platform.limit, accessibility.alt_text

} // namespace clearpost
