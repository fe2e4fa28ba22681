// Patient stories: replies and posts that confirm someone is a patient
// (patient.relationship), stories, testimonials, before/after results and
// patient photos without a covering consent (consent.missing, phi.photo), and
// finally the names themselves (phi.person), whose severity depends on all of it.

#include "CheckState.h"

#include <QCoreApplication>
#include <QSet>

namespace clearpost {

namespace {

struct SentenceFacts
{
    bool care = false;           // a health, treatment or care word, not negated ("we never discuss visits")
    bool careAny = false;        // a health word at all ("two years without a single cavity" is still a story)
    bool anchor = false;         // tied to an individual: you/your (replies), his/her, a named patient
    bool negated = false;        // "we never discuss visits"
    bool patientCue = false;     // "our patient", "one of our patients"
    bool person = false;         // a named patient
    bool possessiveCare = false; // his/her/their/your/su next to a care word
    bool beforeAfter = false;
    bool anonymous = false; // tells what happened to one unnamed person: "A little girl came in today…"
};

// "You can book your appointment online", "Puede hacer su cita en …": an invitation, not a record of care.
bool invitation(const CheckState& st, int token, int floor)
{
    static const WordSet verbs{QStringLiteral("book"),
                               QStringLiteral("make"),
                               QStringLiteral("schedule"),
                               QStringLiteral("request"),
                               QStringLiteral("hacer"),
                               QStringLiteral("reservar"),
                               QStringLiteral("pedir"),
                               QStringLiteral("solicitar"),
                               QStringLiteral("vereinbaren"),
                               QStringLiteral("buchen"),
                               QStringLiteral("booking"),
                               QStringLiteral("arrange")};
    if (!st.isLex(token, Lex::CareWord) || st.isLex(token, Lex::HealthTerm)) {
        return false;
    }
    for (int k = token - 1; k >= std::max(floor, token - 3); --k) {
        if (verbs.contains(st.text.tokens()[k].norm)) {
            return true;
        }
    }
    // "Please bring your eGK card to your first appointment": a visit still to come, which confirms no care —
    // unless the sentence looks back on it ("we loved meeting you at your first appointment").
    static const WordSet first{QStringLiteral("first"),
                               QStringLiteral("initial"),
                               QStringLiteral("erste"),
                               QStringLiteral("ersten"),
                               QStringLiteral("erstes"),
                               QStringLiteral("primera"),
                               QStringLiteral("primer")};
    if (token - 1 >= floor && first.contains(st.text.tokens()[token - 1].norm)) {
        static const WordSet past{QStringLiteral("was"),
                                  QStringLiteral("were"),
                                  QStringLiteral("had"),
                                  QStringLiteral("went"),
                                  QStringLiteral("did"),
                                  QStringLiteral("loved"),
                                  QStringLiteral("enjoyed"),
                                  QStringLiteral("war"),
                                  QStringLiteral("waren"),
                                  QStringLiteral("hatten"),
                                  QStringLiteral("fue"),
                                  QStringLiteral("tuvo")};
        const int sentence = st.text.tokens()[token].sentence;
        const TextRange& s = st.text.sentences()[sentence];
        bool looksBack = false;
        for (int k = s.firstToken; k <= s.lastToken && !looksBack; ++k) {
            const QString& w = st.text.tokens()[k].norm;
            looksBack = past.contains(w) || (w.endsWith(QLatin1String("ed")) && w.size() > 4);
        }
        if (!looksBack) {
            return true;
        }
    }
    // "Ask us at your next visit" in a post: every reader's next visit. (In a reply, the reader's own.)
    static const WordSet next{QStringLiteral("next"), QStringLiteral("nachsten"), QStringLiteral("proxima")};
    if (!st.reply && token - 1 >= floor && next.contains(st.text.tokens()[token - 1].norm)) {
        return true;
    }
    // "Was wir anbieten: eine ehrliche Einschätzung im Erstgespräch", "we offer a free consultation": what the
    // practice offers anyone, in the present tense.
    static const WordSet offers{QStringLiteral("offer"),
                                QStringLiteral("offers"),
                                QStringLiteral("anbieten"),
                                QStringLiteral("bieten"),
                                QStringLiteral("bietet"),
                                QStringLiteral("ofrecemos"),
                                QStringLiteral("ofrece")};
    for (int k = token - 1; k >= std::max(floor, token - 8); --k) {
        if (st.isLex(k, Lex::SecondPersonPossessive)) {
            break; // "we offer your son's braces …" is someone's care
        }
        if (offers.contains(st.text.tokens()[k].norm)) {
            return true;
        }
    }
    // "wir haben noch Termine für die Grippeimpfung frei", "appointments available": offered to anyone.
    static const WordSet available{QStringLiteral("available"),
                                   QStringLiteral("frei"),
                                   QStringLiteral("verfugbar"),
                                   QStringLiteral("disponible"),
                                   QStringLiteral("disponibles"),
                                   QStringLiteral("libre"),
                                   QStringLiteral("libres")};
    // ("Ihr Befund ist frei von …" is the reader's.)
    if (st.lexIn(Lex::SecondPersonPossessive, std::max(floor, token - 2), token - 1)) {
        return false;
    }
    const QList<Token>& tokens = st.text.tokens();
    const int sentence = tokens[token].sentence;
    for (int k = std::max(floor, token - 2); k <= std::min(int(tokens.size()) - 1, token + 4); ++k) {
        if (tokens[k].sentence == sentence && available.contains(tokens[k].norm)) {
            return true;
        }
    }
    return false;
}

// "if you…", "when you're rebuilding strength", "si tiene fiebre": the reader in general, not a record of care.
bool conditionalBefore(const CheckState& st, int token, int floor)
{
    static const WordSet words{QStringLiteral("if"),
                               QStringLiteral("when"),
                               QStringLiteral("whenever"),
                               QStringLiteral("unless"),
                               QStringLiteral("si"),
                               QStringLiteral("cuando"),
                               QStringLiteral("wenn"),
                               QStringLiteral("falls"),
                               QStringLiteral("sobald")};
    // The conditional clause runs from its word to the next comma.
    const QList<Token>& tokens = st.text.tokens();
    for (int k = token - 1; k >= std::max(floor, token - 12); --k) {
        if (tokens[k].commaAfter) {
            return false;
        }
        if (words.contains(tokens[k].norm)) {
            return true;
        }
    }
    return false;
}

// "check with your own dentist", "always tell your therapist", "consulta con tu dentista": sends the reader to
// their own clinician, which says nothing about care here.
bool redirected(const CheckState& st, int token, int floor)
{
    static const WordSet verbs{QStringLiteral("check"),
                               QStringLiteral("consult"),
                               QStringLiteral("ask"),
                               QStringLiteral("tell"),
                               QStringLiteral("talk"),
                               QStringLiteral("speak"),
                               QStringLiteral("see"),
                               QStringLiteral("consulta"),
                               QStringLiteral("consulte"),
                               QStringLiteral("pregunta"),
                               QStringLiteral("pregunte"),
                               QStringLiteral("habla"),
                               QStringLiteral("hable"),
                               QStringLiteral("fragen"),
                               QStringLiteral("frag"),
                               QStringLiteral("sprechen"),
                               QStringLiteral("wenden"),
                               // "con gusto verificamos su plan": checking the reader's insurance.
                               QStringLiteral("verify"),
                               QStringLiteral("verificamos"),
                               QStringLiteral("verificar"),
                               QStringLiteral("prufen"),
                               QStringLiteral("uberprufen")};
    const QList<Token>& tokens = st.text.tokens();
    // Only towards a clinician or the reader's insurer: "see your GP" and "check with your provider" redirect,
    // "see you at your pre-op" does not.
    static const WordSet insurers{QStringLiteral("provider"),
                                  QStringLiteral("insurer"),
                                  QStringLiteral("insurance"),
                                  QStringLiteral("plan"),
                                  QStringLiteral("krankenkasse"),
                                  QStringLiteral("versicherung"),
                                  QStringLiteral("aseguradora"),
                                  QStringLiteral("seguro")};
    bool clinician = false;
    for (int k = token; k <= std::min(int(tokens.size()) - 1, token + 2) && !clinician; ++k) {
        clinician =
            tokens[k].sentence == tokens[token].sentence
            && (st.isLex(k, Lex::StaffRole) || st.isLex(k, Lex::ProviderTitle) || insurers.contains(tokens[k].norm));
    }
    if (!clinician) {
        return false;
    }
    bool possessive = false;
    for (int k = token - 1; k >= std::max(floor, token - 5); --k) {
        if (st.isLex(k, Lex::SecondPersonPossessive) || st.isLex(k, Lex::SecondPerson)) {
            possessive = true;
        } else if (possessive && verbs.contains(tokens[k].norm)) {
            return true;
        }
    }
    // "your GP or asthma nurse is the best person to talk to": the verb after the clinician.
    if (st.lexIn(Lex::SecondPersonPossessive, std::max(floor, token - 4), token - 1)) {
        for (int k = token + 1; k < std::min(int(tokens.size()), token + 12); ++k) {
            if (tokens[k].sentence != tokens[token].sentence) {
                break;
            }
            if (verbs.contains(tokens[k].norm) && k + 1 < tokens.size()
                && (tokens[k + 1].norm == QLatin1String("to") || tokens[k + 1].norm == QLatin1String("with")
                    || tokens[k + 1].norm == QLatin1String("con") || tokens[k + 1].norm == QLatin1String("mit"))) {
                return true;
            }
        }
    }
    return false;
}

// A second-person word that points at the reader's own care, not at "you" in general.
bool specificYou(const CheckState& st, const TextRange& s)
{
    // "…the best clinic in the North — you'll never need glasses again": in a sentence that advertises, "you"
    // with a future is the promise made to every reader, not a record of someone's care.
    bool claim = false;
    auto hit = std::lower_bound(
        st.hits.cbegin(), st.hits.cend(), s.firstToken, [](const PhraseMatcher::Hit& h, int t) { return h.first < t; });
    for (; hit != st.hits.cend() && hit->first <= s.lastToken && !claim; ++hit) {
        claim = RuleBook::isClaimTag(hit->tag) && hit->last <= s.lastToken;
    }
    const QList<Token>& tokens = st.text.tokens();
    for (int t = s.firstToken; t <= s.lastToken; ++t) {
        if (!st.isLex(t, Lex::SecondPerson) || conditionalBefore(st, t, s.firstToken)) {
            continue;
        }
        const QString& w = tokens[t].norm;
        // "Did you know …?", "Wussten Sie, dass …": asks every reader.
        if (t >= 1 && t + 1 <= s.lastToken
            && ((tokens[t - 1].norm == QLatin1String("did") && tokens[t + 1].norm == QLatin1String("know"))
                || tokens[t - 1].norm == QLatin1String("wussten"))) {
            continue;
        }
        // "Ihr Team der Physiotherapie am Stadtpark", "your team at Bright Smiles": the practice signing off.
        if (t + 1 <= s.lastToken
            && (tokens[t + 1].norm == QLatin1String("team") || tokens[t + 1].norm == QLatin1String("equipo"))) {
            continue;
        }
        if (claim
            && (w.endsWith(QLatin1String("'ll"))
                || (t + 1 <= s.lastToken && tokens[t + 1].norm == QLatin1String("will")))) {
            continue;
        }
        // "a nurse will get back to you today", "we'll call you": a promise to get in touch, not care.
        static const WordSet contact{QStringLiteral("back"),
                                     QStringLiteral("call"),
                                     QStringLiteral("contact"),
                                     QStringLiteral("reach"),
                                     QStringLiteral("reply"),
                                     QStringLiteral("respond"),
                                     QStringLiteral("text"),
                                     QStringLiteral("email"),
                                     QStringLiteral("message"),
                                     QStringLiteral("ring")};
        bool contacted = false;
        for (int c = t - 1; c >= std::max(s.firstToken, t - 2) && !contacted; --c) {
            contacted = contact.contains(tokens[c].norm);
        }
        if (contacted) {
            continue;
        }
        bool redirect = false;
        for (int c = t + 1; c <= std::min(s.lastToken, t + 3) && !redirect; ++c) {
            redirect = redirected(st, c, s.firstToken);
        }
        if (!redirect) {
            return true;
        }
    }
    return false;
}

// A reply that opens by naming its reader ("Gracias, Andrés.") speaks to them in the sentences that follow,
// even where the language leaves "you" unsaid ("no fue fácil pedir ayuda para la ansiedad"). Conditional
// sentences stay general.
bool addressedReader(const CheckState& st, int sentence)
{
    // Named at the start: in the first sentence, or among the first words ("Appreciate the ⭐⭐⭐⭐⭐, Kevin D.!").
    int openingSentence = 0;
    const bool named = std::any_of(st.persons.cbegin(), st.persons.cend(), [&](const PersonMention& p) {
        const int s = st.text.tokens()[p.firstToken].sentence;
        if (p.staff || !(s == 0 || p.firstToken < 8)) {
            return false;
        }
        openingSentence = std::max(openingSentence, s);
        return true;
    });
    if (!named || sentence <= openingSentence) {
        return named;
    }
    const TextRange& s = st.text.sentences()[sentence];
    if (st.lexIn(Lex::BusinessPronoun, s.firstToken, s.lastToken)) {
        return false; // the practice about itself: "Our current wait for a first assessment is three weeks."
    }
    // A rule for a group: "Children under 16 get a free sight test", "Most patients need two visits".
    static const WordSet groups{QStringLiteral("children"),
                                QStringLiteral("kids"),
                                QStringLiteral("adults"),
                                QStringLiteral("patients"),
                                QStringLiteral("people"),
                                QStringLiteral("everyone"),
                                QStringLiteral("anyone"),
                                QStringLiteral("most"),
                                QStringLiteral("all"),
                                QStringLiteral("many"),
                                QStringLiteral("kinder"),
                                QStringLiteral("niños")};
    if (groups.contains(st.text.tokens()[s.firstToken].norm)) {
        return false;
    }
    for (int t = s.firstToken; t <= std::min(s.lastToken, s.firstToken + 1); ++t) {
        if (conditionalBefore(st, t + 1, s.firstToken)) {
            return false;
        }
    }
    return true;
}

// A reply that is glad or sorry about how something went speaks of the reader's care even without "you":
// "So glad the knee is feeling stronger", "Sorry the numbness lasted so long". ("Glad to offer…" is not.)
bool feelingAbout(const CheckState& st, const TextRange& s)
{
    static const WordSet feelings{QStringLiteral("glad"),
                                  QStringLiteral("hope"),
                                  QStringLiteral("hoffen"),
                                  QStringLiteral("esperamos"),
                                  QStringLiteral("happy"),
                                  QStringLiteral("pleased"),
                                  QStringLiteral("thrilled"),
                                  QStringLiteral("sorry"),
                                  QStringLiteral("relieved"),
                                  QStringLiteral("froh"),
                                  QStringLiteral("schon"),
                                  QStringLiteral("alegra"),
                                  QStringLiteral("alegramos"),
                                  QStringLiteral("siento")};
    static const WordSet links{QStringLiteral("the"),
                               QStringLiteral("that"),
                               QStringLiteral("dass"),
                               QStringLiteral("que"),
                               QStringLiteral("der"),
                               QStringLiteral("die"),
                               QStringLiteral("das"),
                               QStringLiteral("el"),
                               QStringLiteral("la")};
    const QList<Token>& tokens = st.text.tokens();
    for (int t = s.firstToken; t + 1 <= s.lastToken; ++t) {
        // "…glad that our new clinic offers Invisalign": about the practice. "sorry the wait felt long": about the
        // waiting room or the phones, which anyone meets, not about care.
        static const WordSet lobby{QStringLiteral("wait"),
                                   QStringLiteral("waiting"),
                                   QStringLiteral("delay"),
                                   QStringLiteral("queue"),
                                   QStringLiteral("parking"),
                                   QStringLiteral("phones"),
                                   QStringLiteral("wartezeit"),
                                   QStringLiteral("warten"),
                                   QStringLiteral("espera")};
        if (feelings.contains(tokens[t].norm) && links.contains(tokens[t + 1].norm)
            && !(t + 2 <= s.lastToken
                 && (st.isLex(t + 2, Lex::BusinessPronoun) || lobby.contains(tokens[t + 2].norm)))) {
            return true;
        }
    }
    return false;
}

// "our blog post on sensitive teeth", "the video about flossing": the topic of something published, not care.
bool contentTopic(const CheckState& st, int token, int floor)
{
    static const WordSet content{QStringLiteral("post"),
                                 QStringLiteral("blog"),
                                 QStringLiteral("article"),
                                 QStringLiteral("video"),
                                 QStringLiteral("reel"),
                                 QStringLiteral("guide"),
                                 QStringLiteral("tips"),
                                 QStringLiteral("podcast"),
                                 QStringLiteral("newsletter"),
                                 QStringLiteral("webinar"),
                                 QStringLiteral("talk"),
                                 QStringLiteral("beitrag"),
                                 QStringLiteral("artikel"),
                                 QStringLiteral("articulo"),
                                 QStringLiteral("publicacion")};
    static const WordSet about{
        QStringLiteral("on"), QStringLiteral("about"), QStringLiteral("uber"), QStringLiteral("sobre")};
    const QList<Token>& tokens = st.text.tokens();
    for (int k = token - 1; k >= std::max(floor + 1, token - 4); --k) {
        if (about.contains(tokens[k].norm) && content.contains(tokens[k - 1].norm)) {
            return true;
        }
    }
    return false;
}

// "Most kids lose their first baby tooth around age 6": "their" of a group the sentence counts, not of someone.
bool groupPossessive(const CheckState& st, int token, const TextRange& s)
{
    static const WordSet plural{QStringLiteral("their"), QStringLiteral("ihre"), QStringLiteral("sus")};
    static const WordSet counted{QStringLiteral("most"),
                                 QStringLiteral("many"),
                                 QStringLiteral("all"),
                                 QStringLiteral("some"),
                                 QStringLiteral("every"),
                                 QStringLiteral("each"),
                                 QStringLiteral("few"),
                                 QStringLiteral("meisten"),
                                 QStringLiteral("viele"),
                                 QStringLiteral("alle"),
                                 QStringLiteral("mayoria"),
                                 QStringLiteral("muchos"),
                                 QStringLiteral("muchas"),
                                 QStringLiteral("todos"),
                                 QStringLiteral("todas")};
    const QList<Token>& tokens = st.text.tokens();
    if (!plural.contains(tokens[token].norm)) {
        return false;
    }
    for (int k = s.firstToken; k < token; ++k) {
        if (counted.contains(tokens[k].norm)) {
            return true;
        }
    }
    return false;
}

bool negatedBefore(const CheckState& st, int token, int floor)
{
    // Not across a comma: "kein Problem, wir bringen die Kompressionsstrümpfe …" negates nothing of the care.
    const QList<Token>& tokens = st.text.tokens();
    for (int k = token - 1; k >= std::max(floor, token - 6); --k) {
        if (tokens[k].commaAfter) {
            break;
        }
        if (st.isLex(k, Lex::Negation)) {
            return true;
        }
    }
    return false;
}

SentenceFacts factsOf(const CheckState& st, int sentence)
{
    SentenceFacts f;
    const TextRange& s = st.text.sentences()[sentence];
    const QList<Token>& tokens = st.text.tokens();
    bool careSeen = false;
    bool careNegatedOnly = true;
    // A disclaimer ("general information; ask your own dentist") speaks to every reader, not about anyone's care.
    const bool disclaimer = st.lexIn(Lex::Disclaimer, s.firstToken, s.lastToken);
    for (int t = s.firstToken; t <= s.lastToken; ++t) {
        // "Cavity-Free Club" names something; it does not describe care. Words inside an address or a link
        // ("info@physio-am-kanal.de") are no words of the sentence.
        const bool inTitle = tokens[t].capitalized && tokens[t].hyphenNext;
        if ((st.isLex(t, Lex::HealthTerm) || st.isLex(t, Lex::CareWord)) && !inTitle && !st.masked.value(t)
            && !disclaimer && !invitation(st, t, s.firstToken) && !redirected(st, t, s.firstToken)
            && !contentTopic(st, t, s.firstToken) && !(t > s.firstToken && st.roleTraining(t - 1))) {
            careSeen = true;
            // "Nobody else opened your records": whatever the negation says, "your records" exist. (Replies that
            // decline to discuss care speak of anyone's treatment, not the reader's.)
            const bool yours = st.reply
                               && ((t - 1 >= s.firstToken && st.isLex(t - 1, Lex::SecondPersonPossessive))
                                   || (t - 2 >= s.firstToken && st.isLex(t - 2, Lex::SecondPersonPossessive)));
            if (!negatedBefore(st, t, s.firstToken) || yours) {
                careNegatedOnly = false;
            }
            // Possessive close before the care word: "your crown", "her B12 injection", "Zara's asthma" — but
            // not the sign-off "dein Team von der Physio", "your team at Bright Smiles Dental": the practice's team.
            for (int k = t - 1; k >= std::max(s.firstToken, t - 4); --k) {
                if (tokens[k].norm == QLatin1String("team") || tokens[k].norm == QLatin1String("equipo")) {
                    break;
                }
                // (Spanish "su" is "your" and "his/her": in "si su hijo tiene alergia" the "if" decides.)
                const bool conditional = conditionalBefore(st, k, s.firstToken);
                if ((st.isLex(k, Lex::SecondPersonPossessive) && !conditional)
                    || (st.isLex(k, Lex::ThirdPersonPossessive) && !groupPossessive(st, k, s)
                        && !(st.isLex(k, Lex::SecondPersonPossessive) && conditional))
                    || (tokens[k].possessive && st.tokenInPerson(k, false))) {
                    f.possessiveCare = true;
                    break;
                }
            }
        }
        if (st.isLex(t, Lex::PatientStoryCue)) {
            f.patientCue = true;
        }
        if (st.isLex(t, Lex::BeforeAfter)) {
            f.beforeAfter = true;
        }
    }
    // Care, or a visit to the practice: "A little girl came in today terrified of the dentist".
    const bool visit =
        st.lexIn(Lex::StaffRole, s.firstToken, s.lastToken) || st.lexIn(Lex::CareVerb, s.firstToken, s.lastToken);
    f.anonymous = (careSeen || visit) && !disclaimer && st.anonymousIndividual(s);
    f.patientCue = f.patientCue || f.anonymous;
    f.care = careSeen && !careNegatedOnly;
    f.careAny = careSeen;
    f.negated = careSeen && careNegatedOnly;
    f.person = st.personInSentence(sentence);
    // Someone else's: "her crown". Spanish "su" is also "your", and under "si" it is anyone's ("si su hijo tiene
    // alergia").
    bool thirdPossessive = false;
    for (int k = s.firstToken; k <= s.lastToken && !thirdPossessive; ++k) {
        if (!st.isLex(k, Lex::ThirdPersonPossessive) || groupPossessive(st, k, s)) {
            continue;
        }
        // "her dental nurse exams" is her training, not her care.
        const bool training =
            (k + 1 <= s.lastToken && st.roleTraining(k + 1)) || (k + 2 <= s.lastToken && st.roleTraining(k + 2));
        thirdPossessive = !training
                          && !(st.isLex(k, Lex::SecondPersonPossessive)
                               && (conditionalBefore(st, k, s.firstToken)
                                   || (k + 1 <= s.lastToken && redirected(st, k + 1, s.firstToken))));
    }
    f.anchor = f.person || thirdPossessive
               || (st.reply && (specificYou(st, s) || addressedReader(st, sentence) || feelingAbout(st, s)));
    return f;
}

// The consent question for media: does a linked consent cover photos of this patient on every target network?
bool mediaConsented(const CheckState& st, const DraftMedia& media)
{
    const QDate day = st.draft.publishDay.isValid() ? st.draft.publishDay : QDate::currentDate();
    for (const Consent& c : st.draft.consents) {
        if (media.consentId != 0 && c.id != media.consentId) {
            continue;
        }
        if (!c.isValidOn(day) || !(c.scopes.testFlag(ConsentScope::Photo) || c.scopes.testFlag(ConsentScope::Video))) {
            continue;
        }
        bool all = true;
        for (Platform p : st.draft.platforms) {
            all = all && (c.platforms.isEmpty() || c.platforms.contains(p));
        }
        if (all) {
            return true;
        }
    }
    return false;
}

// Where the quotation signed by a name at `nameStart` opens ("“…” – Karen Smith"), or -1 when the name signs none.
int signedQuoteStart(const QString& text, qsizetype nameStart)
{
    qsizetype k = nameStart;
    while (k > 0 && (text[k - 1] == QLatin1Char(' ') || text[k - 1] == QChar(0x00A0))) {
        --k;
    }
    if (k == 0 || !(text[k - 1] == QChar(0x2013) || text[k - 1] == QChar(0x2014) || text[k - 1] == QLatin1Char('-'))) {
        return -1;
    }
    --k;
    while (k > 0 && text[k - 1] == QLatin1Char(' ')) {
        --k;
    }
    static const QString closing = QStringLiteral("\"\u201D\u201C\u00BB\u2019");
    if (k < 2 || !closing.contains(text[k - 1])) {
        return -1;
    }
    static const QString opening = QStringLiteral("\"\u201E\u201C\u00AB\u2018");
    for (qsizetype q = k - 2; q >= 0 && text[q] != QLatin1Char('\n'); --q) {
        if (opening.contains(text[q])) {
            return int(q);
        }
    }
    return -1;
}

FindingFix linkConsentFix()
{
    FindingFix fix;
    fix.kind = FindingFix::Kind::Action;
    fix.action = QStringLiteral("link-consent");
    fix.label = QCoreApplication::translate("Compliance", "Link a consent…");
    return fix;
}

} // namespace

void detectStories(CheckState& st)
{
    const QList<TextRange>& sentences = st.text.sentences();
    const int count = int(sentences.size());
    QList<SentenceFacts> facts;
    facts.reserve(count);
    for (int s = 0; s < count; ++s) {
        facts.append(factsOf(st, s));
    }
    const bool covered = st.textConsent;
    const bool patientNamed = st.anyPatientPerson();
    bool relationship = false;

    if (!st.veterinary) {
        if (st.reply) {
            // Replies: anything about the reader's care confirms they are a patient. One finding
            // covers the passage, from the first sentence that says so to the last.
            int from = -1;
            int to = -1;
            for (int s = 0; s < count; ++s) {
                const SentenceFacts& f = facts[s];
                const TextRange& r = sentences[s];
                // "Sigan a nuestro paciente Tomás": named as a patient outright.
                const bool namedPatient = f.person && st.lexIn(Lex::PatientWord, r.firstToken, r.lastToken)
                                          && !st.lexIn(Lex::Negation, r.firstToken, r.lastToken);
                // "…the same IP address used by a former patient we discharged": the reviewer unmasked as a patient.
                static const WordSet former{QStringLiteral("former"),
                                            QStringLiteral("ehemaliger"),
                                            QStringLiteral("ehemalige"),
                                            QStringLiteral("ehemaligen"),
                                            QStringLiteral("antiguo"),
                                            QStringLiteral("antigua"),
                                            QStringLiteral("expaciente")};
                bool formerPatient = false;
                for (int k = r.firstToken; k < r.lastToken && !formerPatient; ++k) {
                    formerPatient = former.contains(st.text.tokens()[k].norm) && st.isLex(k + 1, Lex::PatientWord)
                                    && !st.text.tokens()[k + 1].norm.endsWith(QLatin1Char('s'));
                }
                // "For the first 2 days you can alternate ibuprofen 600mg and …": dosing advice answers a question
                // anyone could ask; "keep taking the co-codamol" continues someone's treatment.
                const bool dosing = st.lexIn(Lex::DoseUnit, r.firstToken, r.lastToken)
                                    && (st.lexIn(Lex::Drug, r.firstToken, r.lastToken)
                                        || st.lexIn(Lex::AdviceVerb, r.firstToken, r.lastToken)
                                        || st.lexIn(Lex::AdviceModal, r.firstToken, r.lastToken));
                static const WordSet ongoing{QStringLiteral("keep"),
                                             QStringLiteral("continue"),
                                             QStringLiteral("weiter"),
                                             QStringLiteral("weiterhin"),
                                             QStringLiteral("siga"),
                                             QStringLiteral("sigue"),
                                             QStringLiteral("continua")};
                // …but "keep it elevated" is an instruction: "keep"/"continue" goes on with a treatment when a
                // verb form, a drug or "your …" follows ("keep taking", "siga tomando", "continue your antibiotics").
                bool continuing = false;
                for (int k = r.firstToken; k <= r.lastToken && !continuing; ++k) {
                    const QString& w = st.text.tokens()[k].norm;
                    if (!ongoing.contains(w)) {
                        continue;
                    }
                    if (w.startsWith(QLatin1String("weiter")) || k == r.lastToken) {
                        continuing = true;
                        continue;
                    }
                    const QString& next = st.text.tokens()[k + 1].norm;
                    continuing = next.endsWith(QLatin1String("ing")) || next.endsWith(QLatin1String("ando"))
                                 || next.endsWith(QLatin1String("iendo")) || st.isLex(k + 1, Lex::Drug)
                                 || st.isLex(k + 1, Lex::AdviceVerb) || st.isLex(k + 1, Lex::SecondPersonPossessive)
                                 || next == QLatin1String("the") || next == QLatin1String("con")
                                 || next == QLatin1String("with") || next == QLatin1String("on");
                }
                if (dosing && !continuing && !f.person && !formerPatient) {
                    continue;
                }
                // "your member number XJH448190273 was declined", "the insurance number K471205832 on your eGK": the
                // practice holds the reader's record.
                bool readersRecord = false;
                for (const Finding& x : std::as_const(st.findings)) {
                    readersRecord = readersRecord
                                    || (x.category == category::PhiId && x.start >= r.start && x.end <= r.end
                                        && (st.lexIn(Lex::SecondPersonPossessive, r.firstToken, r.lastToken)
                                            || st.lexIn(Lex::SecondPerson, r.firstToken, r.lastToken)));
                }
                if ((f.care && (f.anchor || f.possessiveCare)) || namedPatient || formerPatient || readersRecord) {
                    from = from < 0 ? s : from;
                    to = s;
                }
            }
            if (from >= 0 && !covered) {
                st.add(QStringLiteral("patient.relationship.reply"),
                       category::PatientRelationship,
                       Severity::Blocker,
                       sentences[from].start,
                       sentences[to].end);
                relationship = true;
            }
        } else {
            // Posts: only when the patient can be identified (a name, a handle, a place tied to them).
            bool identified = patientNamed;
            for (const Finding& f : std::as_const(st.findings)) {
                identified = identified || f.category == category::PhiAddress;
            }
            if (identified && !covered) {
                int from = -1;
                int to = -1;
                for (int s = 0; s < count; ++s) {
                    const SentenceFacts& f = facts[s];
                    const TextRange& r = sentences[s];
                    const bool patientWord = st.lexIn(Lex::PatientWord, r.firstToken, r.lastToken) || f.patientCue;
                    if ((patientWord && (f.person || f.care || patientNamed)) || (f.person && f.care)
                        || (f.possessiveCare && st.lexIn(Lex::SecondPersonPossessive, r.firstToken, r.lastToken))) {
                        from = from < 0 ? s : from;
                        to = s;
                    }
                }
                if (from >= 0) {
                    st.add(QStringLiteral("patient.relationship.post"),
                           category::PatientRelationship,
                           Severity::Warning,
                           sentences[from].start,
                           sentences[to].end);
                    relationship = true;
                }
            }

            // Stories, testimonials and before/after without consent.
            bool mediaWithPatient = false;
            bool mediaMissingConsent = false;
            for (const DraftMedia& m : st.draft.media) {
                if (m.showsPatient) {
                    mediaWithPatient = true;
                    mediaMissingConsent = mediaMissingConsent || !mediaConsented(st, m);
                }
            }
            // A story cue about staff ("Dr. Sorensen completed her residency") tells no patient's story.
            const bool storyCue =
                st.patientStoryCue()
                || std::any_of(facts.cbegin(), facts.cend(), [](const SentenceFacts& f) { return f.anonymous; });
            // "Case of the month (shared without any identifying details): a runner in her 40s…": an unnamed story the
            // writer says carries no identifier. (Named patients, photos and before/after still need consent.)
            const bool deidentified = st.anyHit(Lex::Deidentified);
            const bool story = patientNamed || (storyCue && !deidentified);
            int chosen = -1;
            // A quoted first-person statement is a testimonial: "I finished my first 5K, and I owe it to Dr. Hale!"
            int quoteStart = -1;
            int quoteEnd = -1;
            for (const CheckState::Quote& q : st.firstPersonQuotes()) {
                if (q.lastToken > q.firstToken) {
                    quoteStart = int(q.start);
                    quoteEnd = int(q.end);
                    // With who said it: "“I can eat steak again!” says Gordon after his implant", "“…” – Dana".
                    const int next = q.lastToken + 1;
                    if (next < st.text.tokens().size()) {
                        const QStringView gap = st.text.view(q.end, st.text.tokens()[next].start);
                        const bool dash =
                            gap.contains(u'-') || gap.contains(QChar(0x2013)) || gap.contains(QChar(0x2014));
                        if ((st.isLex(next, Lex::SpeechVerb) || dash) && !gap.contains(u'\n')) {
                            quoteEnd = int(std::max(q.end, st.text.sentenceOf(next).end));
                        }
                    }
                    break;
                }
            }
            // "“Absolutely fantastic service!” – Karen Smith": a quotation signed by someone (authors of sayings
            // were let go by the name finder, so who is left signed praise).
            for (int pi = 0; pi < st.persons.size() && quoteStart < 0; ++pi) {
                const PersonMention& p = st.persons[pi];
                if (p.staff || p.handle) {
                    continue;
                }
                const int opening = signedQuoteStart(st.text.text(), p.start);
                if (opening >= 0) {
                    quoteStart = opening;
                    quoteEnd = int(p.end);
                }
            }
            if (!covered && quoteStart >= 0) {
                st.add(QStringLiteral("consent.missing.testimonial"),
                       category::ConsentMissing,
                       Severity::Blocker,
                       quoteStart,
                       quoteEnd,
                       linkConsentFix());
            }
            if (!covered && quoteStart < 0) {
                // The sentence that tells the story, strongest cue first.
                auto pick = [&](auto predicate) {
                    for (int s = 0; s < count && chosen < 0; ++s) {
                        if (predicate(facts[s], s)) {
                            chosen = s;
                        }
                    }
                };
                if (story) {
                    pick([&](const SentenceFacts& f, int s) {
                        const TextRange& r = sentences[s];
                        return f.careAny
                               && (f.possessiveCare || st.lexIn(Lex::ThirdPersonPossessive, r.firstToken, r.lastToken));
                    });
                    if (patientNamed) {
                        pick([](const SentenceFacts& f, int) { return f.careAny; });
                    }
                    pick([](const SentenceFacts& f, int) { return f.patientCue; });
                    // A patient named in a post is the practice's story to tell only with consent, care words or not:
                    // "Patient Maria Lopez was our very first visitor".
                    if (patientNamed && relationship) {
                        pick([](const SentenceFacts& f, int) { return f.person; });
                    }
                }
                // Before/after: an explicit comparison first, then "transformation" words.
                const QList<PhraseMatcher::Hit> comparisons = st.hitsOf(RuleBook::tag(Lex::BeforeAfter));
                for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
                    for (const PhraseMatcher::Hit& h : comparisons) {
                        const QString& w = st.text.tokens()[h.first].norm;
                        const bool weakCue = w == QLatin1String("transformation") || w == QLatin1String("smile");
                        if ((pass == 0) == weakCue) {
                            continue;
                        }
                        if (pass == 1 && st.draft.media.isEmpty()) {
                            continue; // "transformation" alone is a story only with a picture
                        }
                        chosen = st.text.tokens()[h.first].sentence;
                        break;
                    }
                }
            }
            if (chosen >= 0 && (story || mediaWithPatient || facts[chosen].beforeAfter)
                && !(mediaWithPatient && !mediaMissingConsent && !story)) {
                // The finding covers the whole story: the neighbouring sentences that carry it too.
                auto tellsStory = [&](int s) {
                    const SentenceFacts& f = facts[s];
                    return f.person || f.patientCue || f.beforeAfter || (f.careAny && f.anchor);
                };
                int from = chosen;
                int to = chosen;
                while (from > 0 && tellsStory(from - 1)) {
                    --from;
                }
                while (to + 1 < count && tellsStory(to + 1)) {
                    ++to;
                }
                st.add(QStringLiteral("consent.missing.story"),
                       category::ConsentMissing,
                       Severity::Blocker,
                       sentences[from].start,
                       sentences[to].end,
                       linkConsentFix());
            } else if (mediaMissingConsent) {
                st.add(QStringLiteral("consent.missing.media"),
                       category::ConsentMissing,
                       Severity::Blocker,
                       0,
                       0,
                       linkConsentFix());
            }
            if (mediaMissingConsent) {
                st.add(QStringLiteral("phi.photo"), category::PhiPhoto, Severity::Blocker, 0, 0, linkConsentFix());
            }
        }
    }

    // Names last: their severity depends on what the text says about the person.
    for (const PersonMention& p : std::as_const(st.persons)) {
        if (p.staff) {
            continue;
        }
        bool consentedName = false;
        if (covered) {
            consentedName = st.consentSubjects.isEmpty();
            for (const QString& subject : st.consentSubjects) {
                for (const QString& k : p.keys) {
                    consentedName = consentedName || subject.contains(k);
                }
            }
        }
        if (consentedName) {
            continue;
        }
        Severity severity = Severity::Warning;
        if (relationship || st.healthContext) {
            severity = Severity::Blocker;
        }
        if (st.reply && !relationship) {
            // A reply that confirms nothing about care does not disclose anything.
            severity = Severity::Info;
        }
        st.add(p.handle ? QStringLiteral("phi.person.handle") : QStringLiteral("phi.person"),
               category::PhiPerson,
               severity,
               p.start,
               p.end);
    }

    // With a covering consent no PHI findings remain for the people it covers.
    if (covered && st.consentSubjects.isEmpty()) {
        st.findings.erase(std::remove_if(st.findings.begin(),
                                         st.findings.end(),
                                         [](const Finding& f) {
                                             return f.category.startsWith(QLatin1String("phi."))
                                                    && f.category != category::PhiPhoto;
                                         }),
                          st.findings.end());
    }
}

} // namespace clearpost
