// Misleading health claims per jurisdiction: cures, guarantees, "painless",
// superlatives, "risk-free", miracles, permanence, proof, promised outcomes,
// prescription-only medicines (UK, DE) and, in Germany, before/after images and
// testimonials for cosmetic procedures (HWG § 11). Negated and questioned claims
// ("there is no cure", "Is it risk-free?") are fine.

#include "CheckState.h"

#include <QCoreApplication>
#include <QSet>

namespace clearpost {

namespace {

bool isCoordination(const QString& norm)
{
    return norm == QLatin1String("and") || norm == QLatin1String("or") || norm == QLatin1String("but")
           || norm == QLatin1String("und") || norm == QLatin1String("oder") || norm == QLatin1String("y")
           || norm == QLatin1String("o") || norm == QLatin1String("pero") || norm == QLatin1String("aber");
}

// "no surgery is risk-free", "not painless", "can't cure": a negation before the
// claim in the same clause, not separated by "and"/"or".
bool negated(const CheckState& st, const PhraseMatcher::Hit& hit)
{
    const QList<Token>& tokens = st.text.tokens();
    const int clause = tokens[hit.first].clause;
    for (int k = hit.first - 1; k >= std::max(0, hit.first - 5); --k) {
        if (tokens[k].clause != clause || isCoordination(tokens[k].norm)) {
            return false;
        }
        if (st.isLex(k, Lex::Negation)) {
            return true;
        }
    }
    return false;
}

// A claim talked about rather than made: 'we don't offer "painless" removal', '"pain-free" physio isn't
// realistic' (in quotes, with a negation in the sentence), or a myth being debunked ("MYTH: … cures …").
bool mentioned(const CheckState& st, const PhraseMatcher::Hit& hit)
{
    const QList<Token>& tokens = st.text.tokens();
    const QString& text = st.text.text();
    const TextRange& sentence = st.text.sentences()[tokens[hit.first].sentence];
    static const WordSet myth{QStringLiteral("myth"),
                              QStringLiteral("mito"),
                              QStringLiteral("mythos"),
                              QStringLiteral("irrtum"),
                              QStringLiteral("falso"),
                              QStringLiteral("false")};
    if (myth.contains(tokens[sentence.firstToken].norm)) {
        return true;
    }
    const qsizetype before = tokens[hit.first].start - 1;
    const qsizetype after = tokens[hit.last].end;
    const bool quoted = before >= 0 && after < text.size() && CheckState::isQuoteMark(text[before])
                        && CheckState::isQuoteMark(text[after]);
    if (quoted && st.lexIn(Lex::Negation, sentence.firstToken, sentence.lastToken)) {
        return true;
    }
    // A saying quoted with its author: "“An ounce of prevention is worth a pound of cure.” – Benjamin Franklin".
    // (A patient who signs a quotation is still a person the name finder kept: that stays a testimonial.)
    qsizetype open = tokens[hit.first].start - 1;
    while (open >= 0 && text[open] != QLatin1Char('\n') && !CheckState::isQuoteMark(text[open])) {
        --open;
    }
    qsizetype close = tokens[hit.last].end;
    while (close < text.size() && text[close] != QLatin1Char('\n') && !CheckState::isQuoteMark(text[close])) {
        ++close;
    }
    if (open < 0 || close >= text.size() || !CheckState::isQuoteMark(text[open])
        || !CheckState::isQuoteMark(text[close])) {
        return false;
    }
    qsizetype k = close + 1;
    while (k < text.size() && text[k] == QLatin1Char(' ')) {
        ++k;
    }
    if (k >= text.size() || !(text[k] == QChar(0x2013) || text[k] == QChar(0x2014) || text[k] == QLatin1Char('-'))) {
        return false;
    }
    ++k;
    while (k < text.size() && text[k] == QLatin1Char(' ')) {
        ++k;
    }
    if (k >= text.size() || !text[k].isUpper()) {
        return false;
    }
    return std::none_of(
        st.persons.cbegin(), st.persons.cend(), [&](const PersonMention& p) { return !p.staff && p.start == k; });
}

// A reply that is glad how the reader is now: "…dass Sie wieder schmerzfrei kauen können", "so glad you're
// pain-free again". A state reached, said with "again"/"now" and no promise of the future ("you'll be
// pain-free") is no claim.
bool readersState(const CheckState& st, const PhraseMatcher::Hit& hit, ClaimRule rule)
{
    if (!st.reply || rule != ClaimRule::Painless) {
        return false;
    }
    static const WordSet now{QStringLiteral("again"),
                             QStringLiteral("now"),
                             QStringLiteral("finally"),
                             QStringLiteral("wieder"),
                             QStringLiteral("jetzt"),
                             QStringLiteral("endlich"),
                             QStringLiteral("nuevamente"),
                             QStringLiteral("ya")};
    static const WordSet future{QStringLiteral("will"),
                                QStringLiteral("you'll"),
                                QStringLiteral("werden"),
                                QStringLiteral("wirst"),
                                QStringLiteral("sera"),
                                QStringLiteral("estara")};
    const QList<Token>& tokens = st.text.tokens();
    const int clause = tokens[hit.first].clause;
    bool you = false;
    bool again = false;
    for (int k = std::max(0, hit.first - 6); k <= std::min(int(tokens.size()) - 1, hit.last + 3); ++k) {
        if (tokens[k].clause != clause) {
            continue;
        }
        if (future.contains(tokens[k].norm)) {
            return false;
        }
        you = you || st.isLex(k, Lex::SecondPerson);
        again = again || now.contains(tokens[k].norm);
    }
    return you && again;
}

// Words after which "#1" or "best" is about the practice ("Tucson's #1 chiropractor").
bool aboutProvider(const CheckState& st, int token)
{
    const QList<Token>& tokens = st.text.tokens();
    if (token >= tokens.size()) {
        return false;
    }
    for (int k = token; k < std::min(int(tokens.size()), token + 4); ++k) {
        if (tokens[k].sentence != tokens[token].sentence) {
            return false;
        }
        // "the best stories about the dentist": what is best ends at a preposition.
        static const WordSet prepositions{QStringLiteral("about"),
                                          QStringLiteral("from"),
                                          QStringLiteral("with"),
                                          QStringLiteral("for"),
                                          QStringLiteral("to"),
                                          QStringLiteral("uber"),
                                          QStringLiteral("mit"),
                                          QStringLiteral("sobre"),
                                          QStringLiteral("con")};
        if (k > token && prepositions.contains(tokens[k].norm)) {
            break;
        }
        // "die besten Zimtschnecken der Stadt": the town says where, not who.
        static const WordSet towns{QStringLiteral("stadt"),
                                   QStringLiteral("town"),
                                   QStringLiteral("city"),
                                   QStringLiteral("ciudad"),
                                   QStringLiteral("pueblo")};
        // "fragen Sie am besten bei Ihrer Krankenkasse nach", "best to ask your dentist": the reader's provider.
        if (st.isLex(k, Lex::SecondPersonPossessive)) {
            return false;
        }
        // "She had the best day", "the best week": days and events are organisation words in names
        // ("Mother's Day", "Awareness Week"), but nothing a practice offers.
        static const WordSet times{QStringLiteral("day"),
                                   QStringLiteral("days"),
                                   QStringLiteral("week"),
                                   QStringLiteral("weekend"),
                                   QStringLiteral("month"),
                                   QStringLiteral("year"),
                                   QStringLiteral("night"),
                                   QStringLiteral("time"),
                                   QStringLiteral("times"),
                                   QStringLiteral("tag"),
                                   QStringLiteral("woche"),
                                   QStringLiteral("dia"),
                                   QStringLiteral("semana")};
        if (times.contains(tokens[k].norm)) {
            return false;
        }
        // "Danke an das beste Team!": thanks to the team, with nothing it is compared against, is praise.
        const bool lastWord = k + 1 >= tokens.size() || tokens[k + 1].sentence != tokens[k].sentence;
        if (tokens[k].norm == QLatin1String("team") && lastWord && k > 0 && !st.isLex(k - 1, Lex::OrgWord)) {
            return false;
        }
        if ((st.isLex(k, Lex::StaffRole) || st.isLex(k, Lex::OrgWord)) && !towns.contains(tokens[k].norm)) {
            return true;
        }
        // German compounds: "Zahnarztpraxis", "Hautarzt", "Physiotherapeutin".
        static const QLatin1String glued[] = {QLatin1String("praxis"),
                                              QLatin1String("arzt"),
                                              QLatin1String("arztin"),
                                              QLatin1String("klinik"),
                                              QLatin1String("zentrum"),
                                              QLatin1String("team"),
                                              QLatin1String("therapeut"),
                                              QLatin1String("therapeutin")};
        for (const auto& g : glued) {
            if (tokens[k].norm.endsWith(g)) {
                return true;
            }
        }
    }
    if (token > 0 && token <= tokens.size() && tokens[token - 1].possessive) {
        return true;
    }
    return false;
}

// "la clínica dental #1 de Houston", "die Praxis Nr. 1": the provider named just before.
bool providerBefore(const CheckState& st, int token)
{
    const QList<Token>& tokens = st.text.tokens();
    for (int k = token - 1; k >= std::max(0, token - 3); --k) {
        if (tokens[k].sentence != tokens[token].sentence) {
            return false;
        }
        if (st.isLex(k, Lex::StaffRole) || st.isLex(k, Lex::OrgWord)) {
            return true;
        }
    }
    return false;
}

// "Did you know our shockwave therapy cures heel pain for good?", "Wussten Sie …?", "¿Sabía que …?": a question
// that asserts.
bool rhetorical(const CheckState& st, int sentence)
{
    const QList<Token>& tokens = st.text.tokens();
    const TextRange& s = st.text.sentences()[sentence];
    auto word = [&](int k) { return k <= s.lastToken ? QStringView(tokens[k].norm) : QStringView(); };
    const int f = s.firstToken;
    return (word(f) == QLatin1String("did") && word(f + 1) == QLatin1String("you")
            && word(f + 2) == QLatin1String("know"))
           || ((word(f) == QLatin1String("wussten") || word(f) == QLatin1String("wusstest"))
               && (word(f + 1) == QLatin1String("sie") || word(f + 1) == QLatin1String("du")
                   || word(f + 1) == QLatin1String("ihr")))
           || ((word(f) == QLatin1String("sabias") || word(f) == QLatin1String("sabia")
                || word(f) == QLatin1String("sabian"))
               && word(f + 1) == QLatin1String("que"));
}

// Whether only spaces and symbols (no full stop, no line break) stand between a short label and what follows.
bool labelRunsOn(const CheckState& st, const TextRange& label, const TextRange& next)
{
    for (const QChar c : st.text.view(label.end, next.start)) {
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n')) {
            return false;
        }
    }
    return true;
}

int priority(ClaimRule r)
{
    switch (r) {
    case ClaimRule::Pom:
        return 0;
    case ClaimRule::BeforeAfter:
        return 1;
    case ClaimRule::Cure:
        return 2;
    case ClaimRule::Guarantee:
        return 3;
    case ClaimRule::RiskFree:
        return 4;
    case ClaimRule::Outcome:
        return 5;
    default:
        return 6;
    }
}

struct ClaimHit
{
    PhraseMatcher::Hit hit;
    ClaimRule rule;
};

// Whether the practice's own field covers the condition: a GP treats them all, a therapist mental health, a
// physiotherapist arthritis.
bool withinSpecialty(Specialty specialty, const QString& condition)
{
    static const WordSet mind{QStringLiteral("depression"),
                              QStringLiteral("depressionen"),
                              QStringLiteral("depresion"),
                              QStringLiteral("addiction"),
                              QStringLiteral("addictions"),
                              QStringLiteral("alcoholism"),
                              QStringLiteral("sucht"),
                              QStringLiteral("suchterkrankungen"),
                              QStringLiteral("adiccion"),
                              QStringLiteral("adicciones"),
                              QStringLiteral("insomnia"),
                              QStringLiteral("schlaflosigkeit"),
                              QStringLiteral("insomnio"),
                              QStringLiteral("adhd"),
                              QStringLiteral("adhs"),
                              QStringLiteral("tdah"),
                              QStringLiteral("autism"),
                              QStringLiteral("autismus"),
                              QStringLiteral("autismo")};
    static const WordSet joints{QStringLiteral("arthritis"), QStringLiteral("artritis")};
    switch (specialty) {
    case Specialty::FamilyMedicine:
        return true;
    case Specialty::Therapy:
        return mind.contains(condition);
    case Specialty::Physiotherapy:
        return joints.contains(condition);
    default:
        return false;
    }
}

// "Our hypnotherapy sessions treat depression, IBS and infertility": a treatment verb right before a condition
// that needs medical supervision, with the list that follows it. One hit from the verb to the list's end.
QList<ClaimHit> conditionClaims(const CheckState& st)
{
    QList<ClaimHit> found;
    if (!st.anyHit(Lex::SeriousCondition)) {
        return found;
    }
    static const WordSet verbs{
        QStringLiteral("treat"),     QStringLiteral("treats"),    QStringLiteral("treating"),
        QStringLiteral("cure"),      QStringLiteral("cures"),     QStringLiteral("heal"),
        QStringLiteral("heals"),     QStringLiteral("fix"),       QStringLiteral("fixes"),
        QStringLiteral("beat"),      QStringLiteral("overcome"),  QStringLiteral("relieve"),
        QStringLiteral("relieves"),  QStringLiteral("reverse"),   QStringLiteral("reverses"),
        QStringLiteral("behandeln"), QStringLiteral("behandelt"), QStringLiteral("heilen"),
        QStringLiteral("heilt"),     QStringLiteral("lindern"),   QStringLiteral("lindert"),
        QStringLiteral("besiegen"),  QStringLiteral("trata"),     QStringLiteral("tratamos"),
        QStringLiteral("tratar"),    QStringLiteral("cura"),      QStringLiteral("curamos"),
        QStringLiteral("curar"),     QStringLiteral("alivia"),    QStringLiteral("aliviar"),
        QStringLiteral("revierte"),
    };
    // "helps with", "hilft bei", "ayuda con": a helping verb and its preposition.
    static const WordSet helpers{QStringLiteral("help"),
                                 QStringLiteral("helps"),
                                 QStringLiteral("helping"),
                                 QStringLiteral("hilft"),
                                 QStringLiteral("helfen"),
                                 QStringLiteral("ayuda"),
                                 QStringLiteral("ayudamos"),
                                 QStringLiteral("ayudar")};
    static const WordSet helperPrepositions{QStringLiteral("with"), QStringLiteral("bei"), QStringLiteral("con")};
    const QList<Token>& tokens = st.text.tokens();
    const Specialty specialty = st.context.practice.specialty;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        if (!st.isLex(i, Lex::SeriousCondition) || withinSpecialty(specialty, tokens[i].norm)) {
            continue;
        }
        int verb = -1;
        for (int k = i - 1; k >= std::max(0, i - 3) && verb < 0; --k) {
            if (tokens[k].sentence != tokens[i].sentence || tokens[k].commaAfter) {
                break;
            }
            if (helperPrepositions.contains(tokens[k].norm) && k >= 1 && helpers.contains(tokens[k - 1].norm)) {
                verb = k - 1;
            } else if (verbs.contains(tokens[k].norm)) {
                verb = k;
            }
        }
        if (verb < 0) {
            continue;
        }
        // The list goes on over commas and "and"/"or" with conditions, health terms or acronyms ("IBS").
        int last = i;
        for (int k = i + 1; k < n && k - last <= 2 && tokens[k].sentence == tokens[i].sentence; ++k) {
            if (isCoordination(tokens[k].norm)) {
                continue;
            }
            if (st.isLex(k, Lex::SeriousCondition) || st.isLex(k, Lex::HealthTerm) || tokens[k].allCaps) {
                last = k;
            } else {
                break;
            }
        }
        PhraseMatcher::Hit hit;
        hit.first = verb;
        hit.last = last;
        hit.tag = RuleBook::tag(ClaimRule::Condition);
        found.append({hit, ClaimRule::Condition});
        i = last;
    }
    return found;
}

// "3 sessions and her melasma is GONE", "die Akne ist verschwunden": a condition said to be gone, in a post (a
// promise to every reader). In a reply it is how the reader is now.
QList<ClaimHit> goneClaims(const CheckState& st)
{
    QList<ClaimHit> found;
    if (st.reply) {
        return found;
    }
    static const WordSet be{QStringLiteral("is"),
                            QStringLiteral("are"),
                            QStringLiteral("has"),
                            QStringLiteral("have"),
                            QStringLiteral("ist"),
                            QStringLiteral("sind"),
                            QStringLiteral("se"),
                            QStringLiteral("ha"),
                            QStringLiteral("han")};
    static const WordSet gone{QStringLiteral("gone"),
                              QStringLiteral("vanished"),
                              QStringLiteral("disappeared"),
                              QStringLiteral("weg"),
                              QStringLiteral("verschwunden"),
                              QStringLiteral("desaparecido"),
                              QStringLiteral("desapareció"),
                              QStringLiteral("desaparecio")};
    static const WordSet adverbs{QStringLiteral("completely"),
                                 QStringLiteral("totally"),
                                 QStringLiteral("just"),
                                 QStringLiteral("all"),
                                 QStringLiteral("komplett"),
                                 QStringLiteral("ganz"),
                                 QStringLiteral("völlig"),
                                 QStringLiteral("vollig"),
                                 QStringLiteral("completamente")};
    const QList<Token>& tokens = st.text.tokens();
    const int n = int(tokens.size());
    for (int i = 0; i + 2 < n; ++i) {
        if (!(st.isLex(i, Lex::HealthTerm) || st.isLex(i, Lex::SeriousCondition)) || !be.contains(tokens[i + 1].norm)) {
            continue;
        }
        int k = i + 2;
        if (k + 1 < n && adverbs.contains(tokens[k].norm)) {
            ++k;
        }
        if (tokens[k].sentence != tokens[i].sentence || !gone.contains(tokens[k].norm)) {
            continue;
        }
        PhraseMatcher::Hit hit;
        hit.first = i;
        hit.last = k;
        hit.tag = RuleBook::tag(ClaimRule::Outcome);
        found.append({hit, ClaimRule::Outcome});
    }
    return found;
}

QString comfortableFor(const QString& language)
{
    if (language == QLatin1String("de")) {
        return QStringLiteral("angenehm");
    }
    if (language == QLatin1String("es")) {
        return QStringLiteral("cómodo");
    }
    return QStringLiteral("comfortable");
}

} // namespace

void detectClaims(CheckState& st)
{
    const QList<Token>& tokens = st.text.tokens();
    const QList<TextRange>& clauses = st.text.clauses();
    const bool cosmetic = st.anyHit(Lex::CosmeticProcedure);
    QList<ClaimHit> claims;
    for (const PhraseMatcher::Hit& h : std::as_const(st.hits)) {
        if (!RuleBook::isClaimTag(h.tag)) {
            continue;
        }
        const ClaimRule rule = RuleBook::claimOf(h.tag);
        const QString id = claimRuleId(rule);
        const RuleSetting& setting = st.ruleSetting(id);
        if (!setting.enabled || (setting.requires_ == QLatin1String("cosmetic") && !cosmetic)) {
            continue;
        }
        if ((st.sentenceIsQuestion(tokens[h.first].sentence) && !rhetorical(st, tokens[h.first].sentence))
            || negated(st, h) || mentioned(st, h) || readersState(st, h, rule)) {
            continue;
        }
        // "94% of people who answered said they would recommend us": a survey of satisfaction, not an outcome.
        if (rule == ClaimRule::Outcome) {
            const TextRange& s = st.text.sentences()[tokens[h.first].sentence];
            bool survey = false;
            for (int k = s.firstToken; k <= s.lastToken && !survey; ++k) {
                const QString& w = tokens[k].norm;
                survey = w.startsWith(QLatin1String("recommend")) || w.startsWith(QLatin1String("empfehl"))
                         || w.startsWith(QLatin1String("recomend")) || w == QLatin1String("satisfied")
                         || w == QLatin1String("zufrieden") || w.startsWith(QLatin1String("satisfech"));
            }
            if (survey) {
                continue;
            }
        }
        // A job advert's "guaranteed parking", "garantiert pünktlicher Feierabend": promises to staff, not claims
        // about care — unless the sentence speaks of care.
        if (st.jobAdvert) {
            const TextRange& s = st.text.sentences()[tokens[h.first].sentence];
            if (!st.lexIn(Lex::CareWord, s.firstToken, s.lastToken)
                && !st.lexIn(Lex::HealthTerm, s.firstToken, s.lastToken)
                && !st.lexIn(Lex::CosmeticProcedure, s.firstToken, s.lastToken)) {
                continue;
            }
        }
        if (rule == ClaimRule::Superlative && h.last + 1 < tokens.size()
            && tokens[h.last + 1].norm == QLatin1String("practices")) {
            continue; // "CDC best practices"
        }
        // "Beste Grüße", "best regards", "mis mejores deseos": a greeting.
        static const WordSet greetings{QStringLiteral("grusse"),
                                       QStringLiteral("grussen"),
                                       QStringLiteral("gruss"),
                                       QStringLiteral("wunsche"),
                                       QStringLiteral("wunschen"),
                                       QStringLiteral("dank"),
                                       QStringLiteral("regards"),
                                       QStringLiteral("wishes"),
                                       QStringLiteral("saludos"),
                                       QStringLiteral("deseos")};
        if (rule == ClaimRule::Superlative && h.last + 1 < tokens.size()
            && greetings.contains(tokens[h.last + 1].norm)) {
            continue;
        }
        // …or about a treatment it sells: "the safest Botox in town", "the best implants".
        const int next = h.last + 1;
        const bool aboutTreatment = next < tokens.size() && tokens[next].sentence == tokens[h.last].sentence
                                    && (st.isLex(next, Lex::CosmeticProcedure) || st.isLex(next, Lex::CareWord)
                                        || st.isLex(next, Lex::HealthTerm));
        if (rule == ClaimRule::Superlative && h.first == h.last && !aboutProvider(st, h.last + 1) && !aboutTreatment
            && !(st.language != QLatin1String("en") && providerBefore(st, h.first))) {
            continue; // "best wishes", "#1 tip": a superlative only counts about the practice or its people
        }
        if (rule == ClaimRule::Superlative && !aboutProvider(st, h.last)
            && !(st.language != QLatin1String("en") && providerBefore(st, h.first))) {
            const QString& n = tokens[h.first].norm;
            if (n == QLatin1String("1") || n == QLatin1String("no") || n == QLatin1String("number")
                || n == QLatin1String("nr") || n == QLatin1String("nummer") || n == QLatin1String("numero")) {
                continue;
            }
        }
        if (rule == ClaimRule::Permanent && h.last + 1 < tokens.size()) {
            static const WordSet plain{QStringLiteral("teeth"),
                                       QStringLiteral("tooth"),
                                       QStringLiteral("molar"),
                                       QStringLiteral("molars"),
                                       QStringLiteral("retainer"),
                                       QStringLiteral("makeup"),
                                       QStringLiteral("marker"),
                                       QStringLiteral("staff"),
                                       QStringLiteral("position"),
                                       QStringLiteral("resident"),
                                       QStringLiteral("address"),
                                       QStringLiteral("crown"),
                                       QStringLiteral("crowns"),
                                       QStringLiteral("filling"),
                                       QStringLiteral("fillings"),
                                       QStringLiteral("restoration"),
                                       QStringLiteral("cement"),
                                       QStringLiteral("zahne"),
                                       QStringLiteral("dientes")};
            if (plain.contains(tokens[h.last + 1].norm)) {
                continue;
            }
        }
        // "in people with no pain at all": who has no pain, not what a treatment promises.
        if (rule == ClaimRule::Painless && h.first >= 2) {
            static const WordSet with{QStringLiteral("with"), QStringLiteral("mit"), QStringLiteral("con")};
            static const WordSet people{QStringLiteral("people"),
                                        QStringLiteral("those"),
                                        QStringLiteral("someone"),
                                        QStringLiteral("anyone"),
                                        QStringLiteral("menschen"),
                                        QStringLiteral("personas"),
                                        QStringLiteral("gente")};
            const int w = h.first - 1;
            if (with.contains(tokens[w].norm)
                && (people.contains(tokens[w - 1].norm) || st.isLex(w - 1, Lex::PersonNoun)
                    || st.isLex(w - 1, Lex::PatientWord))) {
                continue;
            }
        }
        claims.append({h, rule});
    }
    // "Before & after ✨ Lip filler … #beforeandafter": the hashtag repeats what the text said already.
    auto inHashtag = [&](const ClaimHit& c) { return tokens[c.hit.first].kind == Token::Kind::Hashtag; };
    const bool beforeAfterSaid = std::any_of(claims.cbegin(), claims.cend(), [&](const ClaimHit& c) {
        return c.rule == ClaimRule::BeforeAfter && !inHashtag(c);
    });
    if (beforeAfterSaid) {
        claims.erase(
            std::remove_if(claims.begin(),
                           claims.end(),
                           [&](const ClaimHit& c) { return c.rule == ClaimRule::BeforeAfter && inHashtag(c); }),
            claims.end());
    }
    QList<ClaimHit> found = st.ruleEnabled(claimRuleId(ClaimRule::Outcome)) ? goneClaims(st) : QList<ClaimHit>();
    if (st.ruleEnabled(claimRuleId(ClaimRule::Condition))) {
        found += conditionClaims(st);
    }
    if (!found.isEmpty()) {
        for (const ClaimHit& c : std::as_const(found)) {
            if (!st.sentenceIsQuestion(tokens[c.hit.first].sentence) && !negated(st, c.hit)) {
                claims.append(c);
            }
        }
        std::sort(claims.begin(), claims.end(), [](const ClaimHit& a, const ClaimHit& b) {
            return a.hit.first < b.hit.first;
        });
    }
    // One finding per run of clauses with claims of the same kind; a one- or two-word
    // clause ("guaranteed!") joins the clause it qualifies.
    QList<bool> done(claims.size(), false);
    for (int a = 0; a < claims.size(); ++a) {
        if (done[a]) {
            continue;
        }
        const ClaimHit& c = claims[a];
        int firstClause = tokens[c.hit.first].clause;
        int lastClause = tokens[c.hit.last].clause;
        ClaimRule rule = c.rule;
        done[a] = true;
        // Claims in the same clause or the next clauses of the same sentence with the same rule.
        bool grew = true;
        while (grew) {
            grew = false;
            for (int b = 0; b < claims.size(); ++b) {
                if (done[b]) {
                    continue;
                }
                const int cl = tokens[claims[b].hit.first].clause;
                const bool sameSentence = tokens[claims[b].hit.first].sentence == tokens[c.hit.first].sentence;
                if ((cl >= firstClause && cl <= lastClause)
                    || (sameSentence && cl == lastClause + 1 && claims[b].rule == c.rule)) {
                    lastClause = std::max(lastClause, tokens[claims[b].hit.last].clause);
                    if (priority(claims[b].rule) < priority(rule)) {
                        rule = claims[b].rule;
                    }
                    done[b] = true;
                    grew = true;
                }
            }
        }
        const TextRange& first = clauses[firstClause];
        const TextRange& last = clauses[lastClause];
        qsizetype start = first.start;
        qsizetype end = last.end;
        const bool shortClause = first.lastToken - first.firstToken <= 2 && firstClause == lastClause;
        const int sentence = tokens[first.firstToken].sentence;
        if (shortClause && firstClause > 0 && tokens[clauses[firstClause - 1].firstToken].sentence == sentence) {
            start = clauses[firstClause - 1].start; // "Whiter teeth, guaranteed"
        } else if (shortClause && lastClause + 1 < clauses.size()
                   && tokens[clauses[lastClause + 1].firstToken].sentence == sentence) {
            end = clauses[lastClause + 1].end; // "Before & after: lip filler with hyaluronic acid"
        } else if (shortClause && lastClause + 1 < clauses.size()
                   && labelRunsOn(st, clauses[lastClause], clauses[lastClause + 1])) {
            // "Before & after ✨ Lip filler with hyaluronic acid": a label whose emoji ended the sentence.
            end = clauses[lastClause + 1].end;
        }
        FindingFix fix;
        if (c.rule == ClaimRule::Painless && c.hit.first == c.hit.last) {
            fix.kind = FindingFix::Kind::Replace;
            fix.start = tokens[c.hit.first].start;
            fix.end = tokens[c.hit.last].end;
            fix.text = comfortableFor(st.language);
            if (st.text.tokenText(c.hit.first).front().isUpper()) {
                fix.text[0] = fix.text[0].toUpper();
            }
            fix.label = QCoreApplication::translate("Compliance", "Use “%1”").arg(fix.text);
        }
        const QString id = claimRuleId(rule);
        const Severity severity =
            rule == ClaimRule::Pom || rule == ClaimRule::BeforeAfter ? Severity::Blocker : Severity::Warning;
        st.add(id, category::ClaimMisleading, severity, start, end, fix);
    }

    // Germany: statements of patients about cosmetic treatments (HWG § 11 Nr. 11).
    if (cosmetic && st.ruleEnabled(QStringLiteral("claim.misleading.testimonial"))) {
        for (const CheckState::Quote& q : st.firstPersonQuotes()) {
            st.add(QStringLiteral("claim.misleading.testimonial"),
                   category::ClaimMisleading,
                   Severity::Warning,
                   q.start,
                   q.end);
        }
    }

    // The practice's own words to check.
    for (const QString& term : st.context.practice.customTerms) {
        const TextAnalysis wanted(term);
        const int len = int(wanted.tokens().size());
        for (int i : st.text.occurrences(wanted)) {
            st.add(QStringLiteral("claim.misleading.custom"),
                   category::ClaimMisleading,
                   Severity::Warning,
                   tokens[i].start,
                   tokens[i + len - 1].end);
        }
    }
}

} // namespace clearpost
