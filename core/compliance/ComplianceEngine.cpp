#include "ComplianceEngine.h"

#include "CheckState.h"
#include "PlatformCounter.h"
#include "RuleBook.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace clearpost {

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Blocker:
        return QStringLiteral("blocker");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("Compliance", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Compliance", "Warning");
    case Severity::Blocker:
        return QCoreApplication::translate("Compliance", "Blocker");
    }
    return {};
}

QStringList category::all()
{
    return {PhiPerson,
            PhiDate,
            PhiAge,
            PhiPhone,
            PhiFax,
            PhiEmail,
            PhiAddress,
            PhiId,
            PhiUrl,
            PhiIp,
            PhiPhoto,
            PatientRelationship,
            ConsentMissing,
            AdviceDisclaimer,
            ClaimMisleading,
            EndorsementUndisclosed,
            PlatformLimit,
            AccessibilityAltText};
}

// ---------------------------------------------------------------------------

CheckState::CheckState(const ComplianceDraft& d, const ComplianceContext& c, const RuleBook& b)
    : draft(d)
    , context(c)
    , book(b)
    , pack(b.jurisdiction(c.practice.jurisdiction))
    , text(d.text)
{
    language = context.postLanguage();
    const QList<TextRange>& sentences = text.sentences();
    lowerSentences.assign(size_t(sentences.size()), 0);
    for (int i = 0; i < sentences.size(); ++i) {
        const QStringView v = text.view(sentences[i].start, sentences[i].end);
        lowerSentences[size_t(i)] = std::none_of(v.begin(), v.end(), [](QChar ch) { return ch.isUpper(); });
    }
    const int own = int(packLanguage(language));
    // Function words count in the post's language only ("ella" is a name in English, "she" in Spanish).
    const QList<PhraseMatcher::Hit> all = book.phrases().match(text);
    // Everyday phrases ("ice cream") cover their words: no other list's phrase inside them counts.
    QList<QPair<int, int>> ordinary;
    for (const PhraseMatcher::Hit& h : all) {
        if (h.tag == RuleBook::tag(Lex::OrdinaryPhrase)) {
            ordinary.append({h.first, h.last});
        }
    }
    hits.reserve(all.size());
    for (const PhraseMatcher::Hit& h : all) {
        const bool covered = std::any_of(ordinary.cbegin(), ordinary.cend(), [&](const QPair<int, int>& o) {
            return h.tag != RuleBook::tag(Lex::OrdinaryPhrase) && h.first >= o.first && h.last <= o.second;
        });
        if (!covered && (h.language == own || RuleBook::isClaimTag(h.tag) || !RuleBook::languageBound(Lex(h.tag)))) {
            hits.append(h);
        }
    }
    tokenLex.fill(0, text.tokens().size());
    for (const PhraseMatcher::Hit& h : std::as_const(hits)) {
        if (!RuleBook::isClaimTag(h.tag)) {
            for (int t = h.first; t <= h.last; ++t) {
                tokenLex[t] |= quint64(1) << h.tag;
            }
        }
    }
    markTitledPublicFigures();
    reply = draft.kind == PostKind::ReviewReply || draft.kind == PostKind::CommentReply;
}

// "Queen Victoria", "President Lincoln", "Papst Franziskus", "el rey Felipe": capitalised names right after a
// title of office name public figures. The title itself must be capitalised, or follow an article in
// German and Spanish, so that "Dr. King" or "the king of comfort" stay what they are.
void CheckState::markTitledPublicFigures()
{
    const QList<Token>& tokens = text.tokens();
    const int n = int(tokens.size());
    for (int i = 0; i + 1 < n; ++i) {
        if (!isLex(i, Lex::OfficeTitle) || tokens[i].kind != Token::Kind::Word) {
            continue;
        }
        const bool afterArticle =
            i > 0 && tokens[i - 1].sentence == tokens[i].sentence
            && (tokens[i - 1].norm == QLatin1String("el") || tokens[i - 1].norm == QLatin1String("la")
                || tokens[i - 1].norm == QLatin1String("der") || tokens[i - 1].norm == QLatin1String("die"));
        if (!tokens[i].capitalized && !afterArticle) {
            continue;
        }
        // "55 Pine St, Unit 2": a street's abbreviation, not a saint; the name follows the title directly.
        if (tokens[i].commaAfter
            || (i > 0 && tokens[i - 1].sentence == tokens[i].sentence && tokens[i - 1].capitalized
                && !tokens[i - 1].sentenceStart && tokens[i].norm == QLatin1String("st"))) {
            continue;
        }
        for (int k = i + 1; k < n && k <= i + 3; ++k) {
            const Token& t = tokens[k];
            if (t.sentence != tokens[i].sentence || t.kind != Token::Kind::Word || !t.capitalized || t.allCaps
                || isLex(k, Lex::OfficeTitle)) {
                break;
            }
            tokenLex[k] |= quint64(1) << int(Lex::PublicFigure);
            if (t.possessive || t.commaAfter) {
                break;
            }
        }
    }
}

bool CheckState::lexIn(Lex lex, int first, int last) const
{
    return findLex(lex, first, last) >= 0;
}

int CheckState::findLex(Lex lex, int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, int(tokenLex.size()) - 1);
    for (int t = first; t <= last; ++t) {
        if ((tokenLex[t] >> int(lex)) & 1) {
            return t;
        }
    }
    return -1;
}

bool CheckState::lexInSentence(Lex lex, int sentence) const
{
    const TextRange& s = text.sentences()[sentence];
    return lexIn(lex, s.firstToken, s.lastToken);
}

QList<PhraseMatcher::Hit> CheckState::hitsOf(int tag) const
{
    QList<PhraseMatcher::Hit> out;
    for (const PhraseMatcher::Hit& h : hits) {
        if (h.tag == tag) {
            out.append(h);
        }
    }
    return out;
}

bool CheckState::anyHit(Lex lex) const
{
    for (quint64 bits : tokenLex) {
        if ((bits >> int(lex)) & 1) {
            return true;
        }
    }
    return false;
}

bool CheckState::sentenceIsQuestion(int sentence) const
{
    const TextRange& s = text.sentences()[sentence];
    const QString& t = text.text();
    for (qsizetype p = text.tokens()[s.lastToken].end; p < t.size(); ++p) {
        const QChar c = t[p];
        if (c == QLatin1Char('?')) {
            return true;
        }
        if (!c.isSpace() && c != QLatin1Char('"') && c != QChar(0x201D) && c != QLatin1Char('\'')
            && c != QChar(0x2019)) {
            return false;
        }
    }
    return false;
}

bool CheckState::personInSentence(int sentence) const
{
    for (const PersonMention& p : persons) {
        if (!p.staff && text.tokens()[p.firstToken].sentence == sentence) {
            return true;
        }
    }
    return false;
}

bool CheckState::anyPatientPerson() const
{
    return std::any_of(persons.cbegin(), persons.cend(), [](const PersonMention& p) { return !p.staff; });
}

// One unnamed person in a sentence that tells what happened: "This gentleman hadn't seen a dentist in 20 years",
// "A little girl came in today", "Eine Patientin kam zu uns", "Un paciente de 12 años llegó". Not a rule for
// anyone ("A patient who grinds their teeth may need…", "If a child has a fever…", "Every patient gets…").
bool CheckState::anonymousIndividual(const TextRange& s) const
{
    static const WordSet determiners{QStringLiteral("a"),
                                     QStringLiteral("an"),
                                     QStringLiteral("this"),
                                     QStringLiteral("that"),
                                     QStringLiteral("one"),
                                     QStringLiteral("ein"),
                                     QStringLiteral("eine"),
                                     QStringLiteral("einen"),
                                     QStringLiteral("einem"),
                                     QStringLiteral("einer"),
                                     QStringLiteral("diese"),
                                     QStringLiteral("dieser"),
                                     QStringLiteral("diesen"),
                                     QStringLiteral("un"),
                                     QStringLiteral("una"),
                                     QStringLiteral("este"),
                                     QStringLiteral("esta")};
    static const WordSet conditions{QStringLiteral("if"),
                                    QStringLiteral("when"),
                                    QStringLiteral("whenever"),
                                    QStringLiteral("wenn"),
                                    QStringLiteral("falls"),
                                    QStringLiteral("si"),
                                    QStringLiteral("cuando"),
                                    QStringLiteral("every"),
                                    QStringLiteral("each"),
                                    QStringLiteral("any"),
                                    QStringLiteral("jede"),
                                    QStringLiteral("jeder"),
                                    QStringLiteral("jedes"),
                                    QStringLiteral("cada"),
                                    // Groups and figures: "40% of requests…, many of those callers were parents".
                                    QStringLiteral("many"),
                                    QStringLiteral("most"),
                                    QStringLiteral("several"),
                                    QStringLiteral("%"),
                                    QStringLiteral("percent"),
                                    QStringLiteral("viele"),
                                    QStringLiteral("einige"),
                                    QStringLiteral("prozent"),
                                    QStringLiteral("muchos"),
                                    QStringLiteral("muchas"),
                                    QStringLiteral("varios"),
                                    QStringLiteral("porcentaje")};
    // What happened: a past tense or a day it happened on.
    static const WordSet happened{
        QStringLiteral("came"),  QStringLiteral("left"),      QStringLiteral("had"),     QStringLiteral("hadn't"),
        QStringLiteral("was"),   QStringLiteral("wasn't"),    QStringLiteral("got"),     QStringLiteral("went"),
        QStringLiteral("told"),  QStringLiteral("said"),      QStringLiteral("brought"), QStringLiteral("felt"),
        QStringLiteral("took"),  QStringLiteral("made"),      QStringLiteral("became"),  QStringLiteral("began"),
        QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("later"),   QStringLiteral("kam"),
        QStringLiteral("war"),   QStringLiteral("hatte"),     QStringLiteral("ging"),    QStringLiteral("wurde"),
        QStringLiteral("heute"), QStringLiteral("gestern"),   QStringLiteral("hoy"),     QStringLiteral("ayer"),
        QStringLiteral("vino"),  QStringLiteral("fue"),       QStringLiteral("tuvo"),    QStringLiteral("estaba")};
    const QList<Token>& tokens = text.tokens();
    // First the person (list lookups only; most sentences have none), then how the sentence speaks of them.
    bool someone = false;
    bool specific = false; // "this patient's gum graft": one person, whatever the tense
    for (int t = s.firstToken; t <= s.lastToken && !someone; ++t) {
        // "a 10-year-old came in": an age used as a noun is someone too.
        const bool singular =
            isLex(t, Lex::PersonNoun)
            || (isLex(t, Lex::AgeCue) && tokens[t].norm == QLatin1String("old")
                && (t + 1 > s.lastToken || tokens[t + 1].kind != Token::Kind::Word || !isLex(t + 1, Lex::PersonNoun)))
            || (isLex(t, Lex::PatientWord) && !tokens[t].norm.endsWith(QLatin1Char('s')) && !isLex(t, Lex::StaffRole));
        if (!singular || tokenInPerson(t, true)) {
            continue;
        }
        // A determiner up to three words before: "a little girl", "this lovely gentleman", "a local firefighter".
        for (int k = t - 1; k >= std::max(s.firstToken, t - 3); --k) {
            if (determiners.contains(tokens[k].norm)) {
                someone = true;
                const QString& d = tokens[k].norm;
                specific = d == QLatin1String("this") || d == QLatin1String("that")
                           || d.startsWith(QLatin1String("dies")) || d == QLatin1String("este")
                           || d == QLatin1String("esta");
                break;
            }
            if ((tokens[k].kind != Token::Kind::Word && tokens[k].kind != Token::Kind::Number) || tokens[k].commaAfter
                || isLex(k, Lex::BusinessPronoun)) {
                break;
            }
        }
    }
    if (!someone || sentenceIsQuestion(tokens[s.firstToken].sentence)) {
        return false;
    }
    bool past = false;
    for (int t = s.firstToken; t <= s.lastToken; ++t) {
        const QString& w = tokens[t].norm;
        if (conditions.contains(w)) {
            return false;
        }
        past = past || happened.contains(w)
               || (w.size() >= 5 && w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed")))
               || (tokens[t].kind == Token::Kind::Word && text.tokenText(t).endsWith(QChar(0xF3))); // llegó, terminó
    }
    return past || specific;
}

bool CheckState::individualContext(int sentence) const
{
    if (personInSentence(sentence)) {
        return true;
    }
    const TextRange& s = text.sentences()[sentence];
    if (lexIn(Lex::FirstPersonSingular, s.firstToken, s.lastToken) || lexIn(Lex::DateCue, s.firstToken, s.lastToken)
        || (lexIn(Lex::PatientStoryCue, s.firstToken, s.lastToken) && !staffInSentence(sentence))) {
        return true;
    }
    if (reply && lexIn(Lex::SecondPerson, s.firstToken, s.lastToken)) {
        return true;
    }
    // An unnamed patient's story: "A 10-year-old came in on 4 May with a knocked-out tooth".
    if ((lexIn(Lex::CareWord, s.firstToken, s.lastToken) || lexIn(Lex::HealthTerm, s.firstToken, s.lastToken)
         || lexIn(Lex::CareVerb, s.firstToken, s.lastToken))
        && anonymousIndividual(s)) {
        return true;
    }
    // He, she, his, her: about a patient unless the text only talks about staff.
    const bool onlyStaff = !persons.isEmpty() && !anyPatientPerson() && !patientStoryCue();
    if (onlyStaff) {
        return false;
    }
    for (Lex lex : {Lex::ThirdPersonPossessive, Lex::ThirdPersonSubject, Lex::FamilyWord}) {
        if (lexIn(lex, s.firstToken, s.lastToken)) {
            return true;
        }
    }
    // German "sie"/"ihre" in lower case inside a sentence is "she"/"her" ("Mit 91 Jahren hat sie ihre neue
    // Hüfte …"); capitalised it is the formal "you".
    if (language == QLatin1String("de")) {
        static const WordSet her{QStringLiteral("sie"),
                                 QStringLiteral("ihre"),
                                 QStringLiteral("ihren"),
                                 QStringLiteral("ihrem"),
                                 QStringLiteral("ihrer")};
        const QList<Token>& tokens = text.tokens();
        for (int k = s.firstToken; k <= s.lastToken; ++k) {
            if (!tokens[k].capitalized && !tokens[k].sentenceStart && her.contains(tokens[k].norm)) {
                return true;
            }
        }
    }
    return false;
}

namespace {
const QPair<QChar, QChar> kQuotes[] = {{QChar(0x201C), QChar(0x201D)},
                                       {QChar(0x201E), QChar(0x201C)},
                                       {QLatin1Char('"'), QLatin1Char('"')},
                                       {QChar(0xAB), QChar(0xBB)}};
} // namespace

bool CheckState::isQuoteMark(QChar c)
{
    return std::any_of(std::begin(kQuotes), std::end(kQuotes), [c](const QPair<QChar, QChar>& q) {
        return c == q.first || c == q.second;
    });
}

QList<CheckState::Quote> CheckState::firstPersonQuotes() const
{
    QList<Quote> out;
    const QString& t = text.text();
    for (const auto& q : kQuotes) {
        for (qsizetype open = t.indexOf(q.first); open >= 0; open = t.indexOf(q.first, open + 1)) {
            const qsizetype close = t.indexOf(q.second, open + 1);
            if (close < 0) {
                break;
            }
            const int a = text.tokenFrom(open);
            const int b = text.tokenBefore(close);
            // A quoted question ("Will it get rid of my hair for good?") is asked, not told.
            const bool question = QStringView(t).mid(open + 1, close - open - 1).trimmed().endsWith(u'?');
            if (b >= a && !question && lexIn(Lex::FirstPersonSingular, a, b)) {
                out.append({open + 1, close, a, b});
            }
            open = close;
        }
    }
    return out;
}

bool CheckState::staffInSentence(int sentence) const
{
    return std::any_of(persons.cbegin(), persons.cend(), [&](const PersonMention& p) {
        return p.staff && text.tokens()[p.firstToken].sentence == sentence;
    });
}

bool CheckState::roleTraining(int token) const
{
    static const WordSet qualifications{QStringLiteral("exam"),
                                        QStringLiteral("exams"),
                                        QStringLiteral("qualification"),
                                        QStringLiteral("training"),
                                        QStringLiteral("degree"),
                                        QStringLiteral("apprenticeship"),
                                        QStringLiteral("prufung"),
                                        QStringLiteral("ausbildung"),
                                        QStringLiteral("examen")};
    const QList<Token>& tokens = text.tokens();
    return isLex(token, Lex::StaffRole) && token + 1 < tokens.size()
           && tokens[token + 1].sentence == tokens[token].sentence && qualifications.contains(tokens[token + 1].norm);
}

bool CheckState::patientStoryCue() const
{
    const QList<PhraseMatcher::Hit> cues = hitsOf(RuleBook::tag(Lex::PatientStoryCue));
    return std::any_of(cues.cbegin(), cues.cend(), [&](const PhraseMatcher::Hit& h) {
        return !staffInSentence(text.tokens()[h.first].sentence);
    });
}

bool CheckState::tokenInPerson(int token, bool includeStaff) const
{
    for (const PersonMention& p : persons) {
        if ((includeStaff || !p.staff) && token >= p.firstToken && token <= p.lastToken) {
            return true;
        }
    }
    return false;
}

bool CheckState::onRoster(const QStringList& keys) const
{
    if (keys.isEmpty()) {
        return false;
    }
    for (const QSet<QString>& person : roster) {
        const bool all = std::all_of(keys.cbegin(), keys.cend(), [&](const QString& k) {
            return person.contains(k) || (k.endsWith(QLatin1Char('s')) && person.contains(k.chopped(1)));
        });
        if (all) {
            return true;
        }
    }
    return false;
}

std::optional<PlaceInfo> CheckState::place(int first, int last) const
{
    if (first != last || first < 0 || first >= text.tokens().size()) {
        return lookUpPlace(first, last);
    }
    if (m_placeKnown.empty()) {
        m_placeKnown.assign(size_t(text.tokens().size()), 0);
        m_places.resize(size_t(text.tokens().size()));
    }
    if (!m_placeKnown[first]) {
        m_placeKnown[first] = 1;
        m_places[first] = lookUpPlace(first, first);
    }
    return m_places[first];
}

std::optional<NameInfo> CheckState::nameInfo(int token) const
{
    if (token < 0 || token >= text.tokens().size()) {
        return std::nullopt;
    }
    if (m_nameKnown.empty()) {
        m_nameKnown.assign(size_t(text.tokens().size()), 0);
        m_names.resize(size_t(text.tokens().size()));
    }
    if (!m_nameKnown[token]) {
        m_nameKnown[token] = 1;
        const Token& t = text.tokens()[token];
        m_names[token] = t.kind == Token::Kind::Word ? book.names().find(t.norm) : std::nullopt;
    }
    return m_names[token];
}

std::optional<PlaceInfo> CheckState::lookUpPlace(int first, int last) const
{
    QString key;
    for (int i = first; i <= last; ++i) {
        if (!key.isEmpty()) {
            // "Baden-Württemberg", "Stratford-upon-Avon": the list keeps hyphens.
            key += text.tokens()[i - 1].hyphenNext ? QLatin1Char('-') : QLatin1Char(' ');
        }
        key += text.tokens()[i].norm;
    }
    const auto p = book.places().find(key);
    if (!p) {
        return std::nullopt;
    }
    if (p->isAbbreviation && first == last && !text.tokens()[first].allCaps && key.size() <= 3) {
        return std::nullopt;
    }
    return p;
}

void CheckState::maskIdentifiers()
{
    masked.fill(false, text.tokens().size());
    QList<QPair<qsizetype, qsizetype>> spans;
    for (const IdentifierMatch& m : std::as_const(identifiers)) {
        spans.append({m.start, m.end});
    }
    urls = PlatformCounter::findUrls(text.text());
    spans += urls;
    for (const auto& span : std::as_const(spans)) {
        for (int t = text.tokenFrom(span.first); t < text.tokens().size() && text.tokens()[t].start < span.second;
             ++t) {
            masked[t] = true;
        }
        const int before = text.tokenBefore(span.second);
        if (before >= 0 && text.tokens()[before].end > span.first) {
            masked[before] = true;
        }
    }
}

void CheckState::maskPracticeAddress()
{
    const QString& address = context.practice.address;
    if (address.trimmed().isEmpty()) {
        return;
    }
    QString lines = address;
    lines.replace(QLatin1Char('\n'), QLatin1Char(',')).replace(QLatin1Char(';'), QLatin1Char(','));
    for (const QString& part : lines.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const TextAnalysis line(part.trimmed());
        const QList<Token>& words = line.tokens();
        const bool hasWord = std::any_of(words.begin(), words.end(), [](const Token& t) {
            return t.kind == Token::Kind::Word && t.norm.size() >= 3;
        });
        if (!hasWord) {
            continue; // a postcode or state code ("IN", "OR") alone says nothing whose, and would hide "in", "or"
        }
        for (int i : text.occurrences(line)) {
            for (qsizetype k = 0; k < words.size(); ++k) {
                masked[i + k] = true;
            }
        }
    }
}

const CheckState::RuleEntry& CheckState::rule(const QString& ruleId) const
{
    auto it = m_rules.constFind(ruleId);
    if (it == m_rules.constEnd()) {
        it = m_rules.insert(ruleId, {pack.setting(ruleId), ruleText(ruleId)});
    }
    return *it;
}

void CheckState::add(const QString& ruleId,
                     const QString& categoryId,
                     Severity severity,
                     qsizetype start,
                     qsizetype end,
                     const FindingFix& fix)
{
    const RuleEntry& entry = rule(ruleId);
    if (!entry.setting.enabled) {
        return;
    }
    Finding f;
    f.ruleId = ruleId;
    f.category = categoryId;
    f.severity = entry.setting.severity && severity != Severity::Info ? *entry.setting.severity : severity;
    f.start = start;
    f.end = end;
    f.message = entry.text.message;
    f.explanation = entry.text.explanation;
    f.source = entry.setting.source;
    f.fix = fix;
    findings.append(std::move(f));
}

// ---------------------------------------------------------------------------

ComplianceEngine::ComplianceEngine(std::shared_ptr<const RuleBook> book)
    : m_book(std::move(book))
{ }

Result<ComplianceEngine> ComplianceEngine::create()
{
    std::shared_ptr<const RuleBook> book = RuleBook::shared();
    if (!book) {
        return Error(QCoreApplication::translate("Compliance", "The compliance rules could not be loaded."),
                     Error::Code::InvalidInput);
    }
    return ComplianceEngine(std::move(book));
}

namespace {

// Whether a linked consent covers telling this story on every target network.
bool consentCoversText(const ComplianceDraft& draft, const Consent& c, const QDate& day)
{
    if (!c.isValidOn(day)) {
        return false;
    }
    const bool scope = c.scopes.testFlag(ConsentScope::Testimonial) || c.scopes.testFlag(ConsentScope::Story);
    if (!scope) {
        return false;
    }
    for (Platform p : draft.platforms) {
        if (!c.platforms.isEmpty() && !c.platforms.contains(p)) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace {

// Animals are the patients: a veterinary practice names itself ("Wyvern Veterinary Group"), or an animal is
// the one in care ("This potbellied pig came in for a hoof trim"). "bird-dog exercises" is no animal.
bool animalPatients(const CheckState& st)
{
    static const WordSet practiceWords{QStringLiteral("veterinary"),
                                       QStringLiteral("vet"),
                                       QStringLiteral("vets"),
                                       QStringLiteral("veterinarian"),
                                       QStringLiteral("tierarzt"),
                                       QStringLiteral("tierarztin"),
                                       QStringLiteral("tierarztpraxis"),
                                       QStringLiteral("tierklinik"),
                                       QStringLiteral("veterinario"),
                                       QStringLiteral("veterinaria")};
    const QList<Token>& tokens = st.text.tokens();
    const bool care = st.anyHit(Lex::HealthTerm) || st.anyHit(Lex::CareWord) || st.anyHit(Lex::PatientStoryCue);
    // Pets drawn rather than named: 🐾 🐶 🐱 🐕 🐈 🐴 🐰 🐹 🐇 🐎 in a text about care.
    if (care) {
        const QString& t = st.text.text();
        for (qsizetype i = 0; i + 1 < t.size(); ++i) {
            if (t[i].isHighSurrogate() && t[i + 1].isLowSurrogate()) {
                const char32_t c = QChar::surrogateToUcs4(t[i], t[i + 1]);
                if (c == 0x1F43E || c == 0x1F436 || c == 0x1F431 || c == 0x1F415 || c == 0x1F408 || c == 0x1F434
                    || c == 0x1F430 || c == 0x1F439 || c == 0x1F407 || c == 0x1F40E || c == 0x1F429 || c == 0x1F9AE) {
                    return true;
                }
            }
        }
    }
    for (const PhraseMatcher::Hit& h : st.hitsOf(RuleBook::tag(Lex::Animal))) {
        // "Riverbend Animal Clinic", "the vet": the practice treats animals.
        if (practiceWords.contains(tokens[h.first].norm)
            || (h.last > h.first && tokens[h.first].norm == QLatin1String("animal"))) {
            return true;
        }
        if (h.first > 0 && tokens[h.first - 1].hyphenNext) {
            continue;
        }
        // "walked his dog the next day", "ihre Katze": someone's pet, while the person is in care.
        // "Lily's bunny", "your dog": the pet (or toy) of a named person or of the reader.
        if (h.first > 0 && tokens[h.first - 1].sentence == tokens[h.first].sentence
            && (st.isLex(h.first - 1, Lex::ThirdPersonPossessive) || st.isLex(h.first - 1, Lex::SecondPersonPossessive)
                || (tokens[h.first - 1].possessive && tokens[h.first - 1].capitalized))) {
            continue;
        }
        const TextRange& s = st.text.sentences()[tokens[h.first].sentence];
        if (st.lexIn(Lex::HealthTerm, s.firstToken, s.lastToken) || st.lexIn(Lex::CareWord, s.firstToken, s.lastToken)
            || st.lexIn(Lex::PatientStoryCue, s.firstToken, s.lastToken)) {
            return true;
        }
    }
    return false;
}

} // namespace

Findings ComplianceEngine::check(const ComplianceDraft& draft, const ComplianceContext& context) const
{
    CheckState st(draft, context, *m_book);
    const QDate day = draft.publishDay.isValid() ? draft.publishDay : QDate::currentDate();
    for (const Consent& c : draft.consents) {
        if (consentCoversText(draft, c, day)) {
            st.textConsent = true;
            if (!c.subjectName.trimmed().isEmpty()) {
                st.consentSubjects.append(TextAnalysis::fold(c.subjectName));
            }
        }
    }
    if (st.textConsent && st.consentSubjects.size() < draft.consents.size()) {
        st.consentSubjects.clear(); // a consent without a name covers everyone in the story
    }
    st.veterinary = context.practice.specialty == Specialty::Veterinary || animalPatients(st);
    st.healthContext = st.anyHit(Lex::HealthTerm) || st.anyHit(Lex::CareWord) || st.anyHit(Lex::PatientWord);
    // Two separate signs of a job offer ("Wir suchen Verstärkung … (m/w/d) … Bewerbung an …") in a post.
    if (draft.kind == PostKind::Post) {
        const QList<PhraseMatcher::Hit> offers = st.hitsOf(RuleBook::tag(Lex::JobAdvert));
        int signs = 0;
        int lastEnd = -1;
        for (const PhraseMatcher::Hit& h : offers) {
            if (h.first > lastEnd) {
                ++signs;
                lastEnd = h.last;
            }
        }
        st.jobAdvert = signs >= 2;
    }

    IdentifierScanner::Options options;
    options.phoneRegions = st.pack.phoneRegions;
    st.identifiers = IdentifierScanner::scan(draft.text, options);
    st.maskIdentifiers();
    st.maskPracticeAddress();

    detectPersons(st);
    detectIdentifiers(st);
    detectDatesAndAges(st);
    detectAddresses(st);
    detectStories(st);
    detectClaims(st);
    detectAdvice(st);
    detectEndorsements(st);
    detectFormat(st);

    Findings out = std::move(st.findings);
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.end != b.end) {
            return a.end < b.end;
        }
        return a.ruleId < b.ruleId;
    });
    // One finding per rule and span.
    out.erase(std::unique(out.begin(),
                          out.end(),
                          [](const Finding& a, const Finding& b) {
                              return a.ruleId == b.ruleId && a.start == b.start && a.end == b.end
                                     && a.message == b.message;
                          }),
              out.end());
    return out;
}

} // namespace clearpost
