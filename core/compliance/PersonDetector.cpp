// Person names: gazetteers of given names and surnames combined with context
// (honorifics, greetings, possessives, full names, handles), with staff, the
// practice itself, organisations and places told apart.

#include "CheckState.h"

#include <QSet>

namespace clearpost {

namespace {

// Whether the (short) text between two tokens holds a character; cheaper than QStringView::contains per token.
bool has(QStringView gap, char16_t c)
{
    return std::any_of(gap.begin(), gap.end(), [c](QChar x) { return x.unicode() == c; });
}

// Words that introduce a name when they come right before it.
bool isGermanDeterminer(const QString& norm)
{
    static const WordSet words{
        QStringLiteral("der"),    QStringLiteral("die"),     QStringLiteral("das"),     QStringLiteral("den"),
        QStringLiteral("dem"),    QStringLiteral("des"),     QStringLiteral("ein"),     QStringLiteral("eine"),
        QStringLiteral("einen"),  QStringLiteral("einem"),   QStringLiteral("einer"),   QStringLiteral("eines"),
        QStringLiteral("kein"),   QStringLiteral("keine"),   QStringLiteral("keinen"),  QStringLiteral("unser"),
        QStringLiteral("unsere"), QStringLiteral("unseren"), QStringLiteral("unserem"), QStringLiteral("unserer"),
        QStringLiteral("mein"),   QStringLiteral("meine"),   QStringLiteral("meinen"),  QStringLiteral("dein"),
        QStringLiteral("deine"),  QStringLiteral("sein"),    QStringLiteral("seine"),   QStringLiteral("ihr"),
        QStringLiteral("ihre"),   QStringLiteral("ihren"),   QStringLiteral("ihrem"),   QStringLiteral("euer"),
        QStringLiteral("eure"),   QStringLiteral("dieser"),  QStringLiteral("diese"),   QStringLiteral("dieses"),
        QStringLiteral("jeder"),  QStringLiteral("jede"),    QStringLiteral("jedes"),   QStringLiteral("zum"),
        QStringLiteral("zur"),    QStringLiteral("im"),      QStringLiteral("am"),      QStringLiteral("vom"),
        QStringLiteral("beim"),
    };
    return words.contains(norm);
}

// "is", "ist", "es": the verb that says what someone is.
bool isCopula(const QString& norm)
{
    static const WordSet words{QStringLiteral("is"),
                               QStringLiteral("was"),
                               QStringLiteral("ist"),
                               QStringLiteral("war"),
                               QStringLiteral("es"),
                               QStringLiteral("era"),
                               QStringLiteral("fue")};
    return words.contains(norm);
}

bool isIntroduction(const CheckState& st, int token)
{
    if (token < 0) {
        return false;
    }
    static const WordSet words{
        QStringLiteral("named"),
        QStringLiteral("called"),
        QStringLiteral("meet"),
        QStringLiteral("to"),
        QStringLiteral("for"),
        QStringLiteral("with"),
        QStringLiteral("and"),
        QStringLiteral("by"),
        QStringLiteral("from"),
        QStringLiteral("like"),
    };
    return st.isLex(token, Lex::Greeting) || words.contains(st.text.tokens()[token].norm);
}

class PersonFinder
{
public:
    explicit PersonFinder(CheckState& st)
        : m_st(st)
        , m_tokens(st.text.tokens())
    {
        for (const StaffMember& s : st.context.practice.staff) {
            QSet<QString> words;
            addWords(s.name, words);
            for (auto it = words.begin(); it != words.end();) {
                it = m_st.book.inList(Lex::Honorific, *it) || TextAnalysis::isNameParticle(*it) ? words.erase(it)
                                                                                                : std::next(it);
            }
            if (!words.isEmpty()) {
                m_st.roster.append(words);
            }
        }
        addWords(st.context.practice.name, m_practiceWords);
        m_practiceToken.assign(m_tokens.size(), 0);
        for (int i = 0; i < m_tokens.size() && !m_practiceWords.isEmpty(); ++i) {
            m_practiceToken[i] = m_practiceWords.contains(m_tokens[i].norm);
        }
        m_info.resize(m_tokens.size());
        m_infoKnown.assign(m_tokens.size(), 0);
        m_capKnown.assign(m_tokens.size(), -1);
        m_usedFlags.assign(m_tokens.size(), 0);
        m_practiceVoice = st.anyHit(Lex::BusinessPronoun) || st.anyHit(Lex::StaffCue);
        for (int i = 0; i < m_tokens.size() && !m_practiceVoice; ++i) {
            // "Lane", "Avenue", "Beach" are organisation-like words that name places, not who speaks.
            m_practiceVoice = (isOrg(i) && m_tokens[i].capitalized && !m_tokens[i].sentenceStart && !isStreetish(i))
                              || m_practiceToken[i];
        }
        st.practiceVoice = m_practiceVoice;
    }

    void run();

private:
    template<typename Set>
    static void addWords(const QString& text, Set& into)
    {
        const TextAnalysis a(text);
        for (const Token& t : a.tokens()) {
            if (t.norm.size() > 1) {
                into.insert(QString(t.norm.constData(), t.norm.size())); // own copy: `a` is temporary
            }
        }
    }

    bool isCap(int i) const
    {
        if (m_capKnown[i] < 0) {
            m_capKnown[i] = computeCap(i) ? 1 : 0;
        }
        return m_capKnown[i] == 1;
    }
    bool computeCap(int i) const
    {
        const Token& t = m_tokens[i];
        if (m_st.masked.value(i) || t.kind != Token::Kind::Word || t.hasDigit || t.norm == QLatin1String("%")
            || t.norm == QLatin1String("&") || (t.allCaps && t.norm.size() > 1) || m_st.isLex(i, Lex::NotName)
            || m_st.isLex(i, Lex::PublicFigure)) {
            return false;
        }
        // "U-Bahn", "S-Bahn", "X-Ray": a single letter joined to a word by a hyphen is no initial.
        const QString& text = m_st.text.text();
        if (t.norm.size() == 1 && t.end < text.size() && text[t.end] == QLatin1Char('-')) {
            return false;
        }
        if (i > 0 && m_tokens[i - 1].norm.size() == 1 && m_tokens[i - 1].end == t.start - 1
            && text[t.start - 1] == QLatin1Char('-')) {
            return false;
        }
        if (t.capitalized) {
            return true;
        }
        // In a sentence written all in lower case, well-known names still count.
        if (m_st.lowerSentences[size_t(t.sentence)] && m_st.tokenLex[i] == 0) {
            const auto n = info(i);
            return n && !n->isWordIn(m_st.language) && (n->given >= 500 || n->surname >= 600);
        }
        return false;
    }
    // Typical surname endings for names no list knows: Musliyevich, Batukayev, Kucharski, Rintanen.
    bool surnameShape(int i) const
    {
        static const QStringList endings{
            QStringLiteral("ovich"),  QStringLiteral("evich"), QStringLiteral("ovic"),    QStringLiteral("evic"),
            QStringLiteral("ovna"),   QStringLiteral("evna"),  QStringLiteral("enko"),    QStringLiteral("chuk"),
            QStringLiteral("shvili"), QStringLiteral("adze"),  QStringLiteral("yan"),     QStringLiteral("ian"),
            QStringLiteral("oglu"),   QStringLiteral("escu"),  QStringLiteral("ski"),     QStringLiteral("ska"),
            QStringLiteral("sky"),    QStringLiteral("cki"),   QStringLiteral("cka"),     QStringLiteral("dzki"),
            QStringLiteral("ova"),    QStringLiteral("eva"),   QStringLiteral("ov"),      QStringLiteral("ev"),
            QStringLiteral("ina"),    QStringLiteral("sson"),  QStringLiteral("sdottir"), QStringLiteral("dottir"),
            QStringLiteral("sen"),    QStringLiteral("nen"),   QStringLiteral("ic"),      QStringLiteral("ak"),
            QStringLiteral("ek"),     QStringLiteral("ez"),    QStringLiteral("eiro"),    QStringLiteral("elli"),
            QStringLiteral("etti"),   QStringLiteral("ini"),   QStringLiteral("oulos"),   QStringLiteral("idis"),
            QStringLiteral("akis"),   QStringLiteral("mann"),  QStringLiteral("berg"),    QStringLiteral("stein"),
        };
        const Token& t = m_tokens[i];
        // German capitalises every noun, so word shapes say nothing there.
        if (!t.capitalized || t.norm.size() < 5 || info(i) || m_st.tokenLex[i] != 0 || isPlaceWords(i, i)
            || m_st.language == QLatin1String("de")) {
            return false;
        }
        for (const QString& e : endings) {
            if (t.norm.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
    // "in Austin", "de Austin", "aus Jena": a preposition of place before a word that names a place.
    bool locative(int i) const
    {
        static const WordSet words{QStringLiteral("in"),
                                   QStringLiteral("near"),
                                   QStringLiteral("from"),
                                   QStringLiteral("en"),
                                   QStringLiteral("de"),
                                   QStringLiteral("cerca"),
                                   QStringLiteral("aus"),
                                   QStringLiteral("nach"),
                                   QStringLiteral("bei")};
        return i >= 0 && m_tokens[i].kind == Token::Kind::Word && words.contains(m_tokens[i].norm);
    }
    // A separate street word ("Lane", "Rua") or a word with a glued street ending ("Kaiserstraße").
    bool isStreetToken(int i) const
    {
        const QString& n = m_tokens[i].norm;
        return m_st.book.streets().isSuffix(n) || m_st.book.streets().isPrefix(n);
    }
    bool isStreetish(int i) const { return isStreetToken(i) || m_st.book.streets().hasGluedSuffix(m_tokens[i].norm); }
    // "Apt. 675", "Suite 828": an address unit and its number.
    bool unitBeforeNumber(int i) const
    {
        return i + 1 < m_tokens.size() && m_st.book.streets().isUnit(m_tokens[i].norm)
               && m_tokens[i + 1].kind == Token::Kind::Number;
    }
    // "FlowRoll", "SonicPro": a capital inside a word is a brand, not a name ("McDonald" aside).
    bool innerCapital(int i) const
    {
        const QStringView w = m_st.text.tokenText(i);
        for (qsizetype k = 1; k < w.size(); ++k) {
            if (w[k].isUpper() && w[k - 1].isLower() && !(k == 2 && w.startsWith(QLatin1String("Mc")))
                && !(k == 3 && w.startsWith(QLatin1String("Mac"))) && !(w[k - 1] == QLatin1Char('\''))) {
                return true;
            }
        }
        return false;
    }
    // An organisation right before or after: "Praxis für … Sommer", "Summit Peak Dental".
    bool orgAround(int first, int last) const
    {
        const int sentence = m_tokens[first].sentence;
        for (int k = first - 1; k >= std::max(0, first - 3); --k) {
            // "Patient of the Month: Kayla Rogers": a colon or a dash ends the organisation's name.
            const QStringView gap = m_st.text.view(m_tokens[k].end, m_tokens[k + 1].start);
            const bool label = has(gap, u':') || has(gap, u'|') || has(gap, u'\u2013') || has(gap, u'\u2014')
                               || gap.trimmed() == QLatin1String("-");
            if (m_tokens[k].sentence != sentence || label
                || (!m_tokens[k].capitalized && m_tokens[k].norm.size() > 3)) {
                break;
            }
            if (isOrg(k) && m_tokens[k].capitalized) {
                return true;
            }
        }
        if (first > 0 && m_tokens[first - 1].kind == Token::Kind::Number && m_tokens[first - 1].sentence == sentence
            && m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start).trimmed().isEmpty()) {
            return true; // "915 E Glenn St": a house number starts an address, not a name
        }
        if (last + 1 < m_tokens.size() && m_tokens[last + 1].sentence == sentence) {
            const QString& next = m_tokens[last + 1].norm;
            // Street endings are written with a capital ("Glenn St"); "is" is also the abbreviation of "Isle".
            if (m_tokens[last + 1].capitalized && (isOrg(last + 1) || m_st.book.streets().isSuffix(next))) {
                return true;
            }
        }
        return false;
    }
    bool isInitial(int i) const
    {
        const Token& t = m_tokens[i];
        return isCap(i) && t.norm.size() == 1;
    }
    // Tokens i and j (= i + 1) are written next to each other: only spaces, or an initial's full stop.
    bool adjacent(int i, int j) const
    {
        const QString& s = m_st.text.text();
        for (qsizetype p = m_tokens[i].end; p < m_tokens[j].start; ++p) {
            const QChar c = s[p];
            if (c == QLatin1Char(' ') || c == QChar(0xA0)) {
                continue;
            }
            if (c == QLatin1Char('.') && p == m_tokens[i].end && m_tokens[i].norm.size() <= 3) {
                continue;
            }
            if (c == QLatin1Char('-') && m_tokens[i].hyphenNext) {
                continue;
            }
            return false;
        }
        return m_tokens[i].sentence == m_tokens[j].sentence && !m_tokens[i].possessive;
    }
    bool isOrg(int i) const
    {
        const QString& n = m_tokens[i].norm;
        if (m_st.isLex(i, Lex::OrgWord) || m_practiceToken[i]) {
            return true;
        }
        // German compounds: "Jugendarztpraxis", "Praxisteam", "Augenzentrum".
        static const QLatin1String glued[] = {QLatin1String("praxis"),
                                              QLatin1String("klinik"),
                                              QLatin1String("zentrum"),
                                              QLatin1String("team"),
                                              QLatin1String("apotheke")};
        for (const auto& g : glued) {
            if (n.size() > g.size() + 2 && n.endsWith(g)) {
                return true;
            }
        }
        return false;
    }
    bool isOtherLexicon(int i) const
    {
        // "Hanne I. Kreutzmann": a capital letter with a full stop between names is an initial, not "I".
        // So is one after a name: "Rosa Elena G.", "Kevin D." (reviewers sign that way), not "500 G.".
        if (m_tokens[i].norm.size() == 1 && m_tokens[i].dotAfter && m_tokens[i].capitalized && i > 0
            && m_tokens[i - 1].capitalized && m_tokens[i - 1].kind == Token::Kind::Word
            && m_tokens[i - 1].sentence == m_tokens[i].sentence) {
            return false;
        }
        // "Jan Jílek", "June Carter": a month that is also a given name, before a surname instead of a day.
        if (m_st.isLex(i, Lex::Month) && m_tokens[i].capitalized && !m_tokens[i].dotAfter && i + 1 < m_tokens.size()
            && m_tokens[i + 1].sentence == m_tokens[i].sentence && m_tokens[i + 1].kind == Token::Kind::Word
            && m_tokens[i + 1].capitalized && m_st.tokenLex[i + 1] == 0 && info(i) && info(i)->given >= 300) {
            const auto next = info(i + 1);
            if ((next && next->surname >= 100 && !commonWord(i + 1)) || surnameShape(i + 1)) {
                return false;
            }
        }
        // The phrase matcher already tagged every token (function words in the post's language only).
        static const quint64 mask = [] {
            quint64 m = 0;
            for (Lex lex : {Lex::Month,
                            Lex::Weekday,
                            Lex::HealthTerm,
                            Lex::Drug,
                            Lex::CareWord,
                            Lex::Greeting,
                            Lex::Honorific,
                            Lex::ProviderTitle,
                            Lex::BusinessPronoun,
                            Lex::SecondPerson,
                            Lex::FirstPersonSingular,
                            Lex::ThirdPersonPossessive,
                            Lex::ThirdPersonSubject,
                            Lex::Animal,
                            Lex::Credential,
                            Lex::StaffRole}) {
                m |= quint64(1) << int(lex);
            }
            return m;
        }();
        return (m_st.tokenLex[i] & mask) != 0;
    }
    // Gazetteer answers per token, looked up once: the rules below ask about the same words often.
    std::optional<NameInfo> info(int i) const
    {
        if (!m_infoKnown[i]) {
            m_infoKnown[i] = true;
            m_info[i] = m_st.nameInfo(i);
        }
        return m_info[i];
    }
    bool isPlaceWords(int first, int last) const { return m_st.place(first, last).has_value(); }
    // A country or a state after a preposition ("vaccinations for Kenya", "moving to Georgia"): a place, whatever
    // the name lists say.
    bool largePlace(int i) const
    {
        static const WordSet prepositions{QStringLiteral("for"),
                                          QStringLiteral("to"),
                                          QStringLiteral("in"),
                                          QStringLiteral("from"),
                                          QStringLiteral("of"),
                                          QStringLiteral("across"),
                                          QStringLiteral("around"),
                                          QStringLiteral("visiting"),
                                          QStringLiteral("nach"),
                                          QStringLiteral("aus"),
                                          QStringLiteral("para"),
                                          QStringLiteral("a")};
        if (i < 1 || m_tokens[i - 1].sentence != m_tokens[i].sentence || !prepositions.contains(m_tokens[i - 1].norm)) {
            return false; // "Remember me, Mary?": Mary is also a province, but here someone is spoken to
        }
        const auto p = m_st.place(i, i);
        return p && !p->smallerThanState();
    }
    bool commonWord(int i) const
    {
        const auto n = info(i);
        return n && (n->isWordIn(m_st.language) || (n->wordEn && m_st.language != QLatin1String("en")));
    }

    void addPerson(int first, int last, bool strong, bool handle = false);
    void scanTitles();
    void scanSequences();
    void scanSpeakers();
    void scanNamed();
    void scanPairs();
    void extendLowerCaseNames();
    void scanLists();
    void scanHandles();
    void scanMoniker();
    bool giftFor(int mention) const;
    void linkMentions();
    void scanFamilies();
    void dropPets();
    void dropQuoteAuthors();
    void dropBusinessNames();
    void markStaff();
    bool looksLikeStaff(const PersonMention& p) const;

    CheckState& m_st;
    const QList<Token>& m_tokens;
    WordSet m_practiceWords;
    // Per-token flags in plain vectors: the rules below read them in tight loops.
    std::vector<char> m_practiceToken; // per token: a word of the practice's name
    std::vector<char> m_usedFlags;     // tokens already part of a mention
    struct UsedSet
    {
        std::vector<char>* flags;
        bool contains(int i) const { return i >= 0 && size_t(i) < flags->size() && (*flags)[size_t(i)]; }
        void insert(int i) { (*flags)[i] = true; }
    } m_used{&m_usedFlags};
    mutable std::vector<std::optional<NameInfo>> m_info;
    mutable std::vector<char> m_infoKnown;
    mutable std::vector<qint8> m_capKnown; // -1 unknown, 0 no, 1 yes
    bool m_practiceVoice = false;          // the text speaks as the practice (we, our, the practice's name)
};

void PersonFinder::addPerson(int first, int last, bool strong, bool handle)
{
    for (int i = first; i <= last; ++i) {
        if (m_used.contains(i)) {
            return;
        }
    }
    PersonMention p;
    p.firstToken = first;
    p.lastToken = last;
    p.start = m_tokens[first].start;
    p.end = m_tokens[last].end;
    p.strong = strong;
    p.handle = handle;
    for (int i = first; i <= last; ++i) {
        m_used.insert(i);
        const Token& t = m_tokens[i];
        if (t.kind == Token::Kind::Word && t.norm.size() > 1 && !m_st.book.inList(Lex::Honorific, t.norm)
            && !TextAnalysis::isNameParticle(t.norm)) {
            p.keys.append(t.norm);
        }
    }
    m_st.persons.append(p);
}

void PersonFinder::scanTitles()
{
    // Honorific or title followed by capitalised words: "Mrs. Okonkwo", "Frau Demir", "Sr. Benítez", "Dr. Osei".
    const int n = int(m_tokens.size());
    for (int i = 0; i + 1 < n; ++i) {
        const Token& t = m_tokens[i];
        // Spanish writes its honorifics in lower case: "la señora Rivas", "don Ramón".
        const bool honorificWord = m_st.isLex(i, Lex::Honorific);
        const bool lowerHonorific = honorificWord && !t.capitalized && i + 1 < n && m_tokens[i + 1].capitalized
                                    && m_tokens[i + 1].sentence == t.sentence && m_st.language == QLatin1String("es");
        const bool honorific = honorificWord && (t.capitalized || lowerHonorific);
        const bool title = m_st.isLex(i, Lex::ProviderTitle) && t.capitalized && !m_st.isLex(i, Lex::Honorific);
        if (!(honorific || title) || m_used.contains(i)) {
            continue;
        }
        // German doctorates name the field after the title: "Dr. med. Anna Bauer", "Dr. med. dent. Jan Roth".
        static const WordSet fields{QStringLiteral("med"),
                                    QStringLiteral("dent"),
                                    QStringLiteral("vet"),
                                    QStringLiteral("rer"),
                                    QStringLiteral("nat"),
                                    QStringLiteral("phil"),
                                    QStringLiteral("univ")};
        int titleEnd = i;
        while (title && titleEnd + 2 < n && m_tokens[titleEnd + 1].dotAfter && !m_tokens[titleEnd + 1].capitalized
               && fields.contains(m_tokens[titleEnd + 1].norm)) {
            ++titleEnd;
        }
        const int next = titleEnd + 1;
        const Token& u = m_tokens[next];
        const bool capital =
            u.kind == Token::Kind::Word && u.capitalized && !u.hasDigit && !(u.allCaps && u.norm.size() > 3);
        if (!capital || u.sentence != t.sentence || m_st.text.view(m_tokens[titleEnd].end, u.start).size() > 2
            || isOrg(next) || m_st.isLex(next, Lex::PublicFigure)) {
            continue;
        }
        int last = next;
        // "1737 Cheriton Dr Reuquén": after a house number and a name, "Dr" means "Drive".
        if (title && i >= 2 && m_tokens[i - 1].capitalized && m_tokens[i - 2].kind == Token::Kind::Number
            && isStreetish(i)) {
            continue;
        }
        while (last + 1 < n && last - titleEnd < 3 && adjacent(last, last + 1) && isCap(last + 1) && !isOrg(last + 1)
               && !unitBeforeNumber(last + 1)) {
            ++last;
        }
        const int before = int(m_st.persons.size());
        addPerson(i, last, true);
        // "Dr. Osei" in a practice's post is a clinician; "this is Dr. Kyle Kuefer" in a message is a person.
        // A reply is always the practice speaking: "Dr. Nguyen started the taper" names its clinician.
        // So is a titled name that gives a tip or is met, seen or asked: "tip from Dr. Okafor:", "your visit with
        // Dr. Lee", "ask Dr. Chen".
        static const WordSet attributions{QStringLiteral("from"),
                                          QStringLiteral("by"),
                                          QStringLiteral("with"),
                                          QStringLiteral("ask"),
                                          QStringLiteral("meet"),
                                          QStringLiteral("says"),
                                          QStringLiteral("see"),
                                          QStringLiteral("von"),
                                          QStringLiteral("bei"),
                                          QStringLiteral("con")};
        const bool attributed =
            (i > 0 && m_tokens[i - 1].sentence == t.sentence && attributions.contains(m_tokens[i - 1].norm))
            || m_st.text.view(m_tokens[last].end, std::min(m_tokens[last].end + 1, m_st.text.text().size()))
                   == QLatin1String(":");
        // A post is the practice speaking too, unless the sentence is about a patient ("our patient Dr. Haas") or
        // someone writes as "I" ("correct it to Dr. Cettina Fanucci", "this is Dr. Kyle Kuefer").
        const TextRange& sentence = m_st.text.sentences()[t.sentence];
        // Personal details said of them make a person of them: an age ("Dr. Burke is a 53 year old man"), an
        // address or a number right after the name; so does a caller's "this is Dr. Kuefer".
        const bool detailsAfter = last + 1 < n && m_tokens[last + 1].sentence == t.sentence
                                  && (m_tokens[last + 1].kind == Token::Kind::Number || unitBeforeNumber(last + 1));
        const bool caller =
            i >= 2 && m_tokens[i - 2].norm == QLatin1String("this") && m_tokens[i - 1].norm == QLatin1String("is");
        const bool post = m_st.draft.kind == PostKind::Post && !m_st.anyHit(Lex::FirstPersonSingular) && !detailsAfter
                          && !caller && !m_st.lexIn(Lex::AgeCue, sentence.firstToken, sentence.lastToken)
                          && !m_st.lexIn(Lex::PatientWord, sentence.firstToken, sentence.lastToken)
                          && !m_st.lexIn(Lex::PatientStoryCue, sentence.firstToken, sentence.lastToken);
        // "Dr. Alba and her team will screen …", "la Dra. Alba y su equipo": a clinician with a team.
        bool withTeam = false;
        for (int k = last + 1; k < std::min(n, last + 5) && m_tokens[k].sentence == t.sentence && !withTeam; ++k) {
            withTeam = (m_tokens[k].norm == QLatin1String("team") || m_tokens[k].norm == QLatin1String("equipo"))
                       && (m_st.isLex(k - 1, Lex::ThirdPersonPossessive) || m_st.isLex(k - 1, Lex::BusinessPronoun));
        }
        // "our patient Dr. Haas" is a patient whoever speaks.
        const bool patient = m_st.lexIn(Lex::PatientWord, std::max(sentence.firstToken, i - 2), i - 1);
        if (title && !patient && m_st.persons.size() > before
            && (m_practiceVoice || m_st.reply || attributed || post || withTeam)) {
            m_st.persons.last().staff = true;
        }
        i = last;
    }
}

namespace {
// "many Krankenkassen", "several Johnsons": a word counted is a kind of thing, not one person.
bool quantifier(const QString& norm)
{
    static const WordSet words{QStringLiteral("many"),
                               QStringLiteral("some"),
                               QStringLiteral("most"),
                               QStringLiteral("all"),
                               QStringLiteral("several"),
                               QStringLiteral("these"),
                               QStringLiteral("those"),
                               QStringLiteral("few"),
                               QStringLiteral("viele"),
                               QStringLiteral("alle"),
                               QStringLiteral("einige"),
                               QStringLiteral("muchos"),
                               QStringLiteral("muchas"),
                               QStringLiteral("algunos"),
                               QStringLiteral("algunas")};
    return words.contains(norm);
}
} // namespace

void PersonFinder::scanSequences()
{
    const int n = int(m_tokens.size());
    const PackLanguage lang = packLanguage(m_st.language);
    int i = 0;
    while (i < n) {
        if (!isCap(i) || m_used.contains(i)) {
            ++i;
            continue;
        }
        // A run of capitalised words (with particles and initials) inside one sentence.
        int last = i;
        while (last + 1 < n && !m_used.contains(last + 1)) {
            const int next = last + 1;
            if (unitBeforeNumber(next)) {
                break; // "Barbara Yudina Apt. 675": the address starts
            }
            if (adjacent(last, next) && isCap(next)) {
                last = next;
            } else if (next + 1 < n && adjacent(last, next) && TextAnalysis::isNameParticle(m_tokens[next].norm)
                       && !m_tokens[next].capitalized && adjacent(next, next + 1) && isCap(next + 1)) {
                last = next + 1;
            } else if (next + 2 < n && adjacent(last, next) && TextAnalysis::isNameParticle(m_tokens[next].norm)
                       && !m_tokens[next].capitalized && adjacent(next, next + 1)
                       && TextAnalysis::isNameParticle(m_tokens[next + 1].norm) && adjacent(next + 1, next + 2)
                       && isCap(next + 2)) {
                last = next + 2; // "van de Noort", "de la Cruz"
            } else {
                break;
            }
        }
        int first = i;
        i = last + 1;
        // "I'm Quarto Angelo", "my name is Ján M. Novák", "a girl named Rubija Liberšar": introduced by name.
        auto introducing = [&](int k) {
            if (k < 0 || m_tokens[k].sentence != m_tokens[k + 1].sentence) {
                return false;
            }
            static const WordSet cues{QStringLiteral("i'm"),
                                      QStringLiteral("named"),
                                      QStringLiteral("called"),
                                      QStringLiteral("llamo"),
                                      QStringLiteral("heiße"),
                                      QStringLiteral("heisse")};
            const QString& w = m_tokens[k].norm;
            return cues.contains(w)
                   || (w == QLatin1String("is") && k >= 1 && m_tokens[k - 1].norm == QLatin1String("name"));
        };
        // Drop leading words that introduce a name or start a sentence ("Thanks Maria", "Meet Gordon").
        while (first < last && m_tokens[first].norm == QLatin1String("i'm")) {
            ++first;
        }
        while (first <= last && !introducing(first - 1)
               && (m_st.isLex(first, Lex::Greeting) || m_st.isLex(first, Lex::BusinessPronoun)
                   || m_tokens[first].norm == QLatin1String("meet") || m_tokens[first].norm == QLatin1String("say")
                   || m_st.isLex(first, Lex::FamilyWord) || m_st.isLex(first, Lex::PatientWord)
                   || (first < last && isOtherLexicon(first))
                   || (first < last && lang == PackLanguage::De && commonWord(first)
                       && !(info(first) && info(first)->given >= 550))
                   || (first < last && !(info(first) && info(first)->isName()) && !surnameShape(first)
                       && info(first + 1) && info(first + 1)->given >= 200 && !isInitial(first))
                   || (m_tokens[first].sentenceStart && first < last && commonWord(first)
                       && !(info(first) && info(first)->given >= 300 && info(first + 1)
                            && info(first + 1)->surname > 0)))) {
            ++first;
        }
        bool brand = false;
        for (int k = first; k <= last; ++k) {
            brand = brand || isOrg(k) || innerCapital(k);
        }
        // "Philip Bypass", "Rua Mina", "Leokadia Trail": streets. A glued ending ("-berg", "-dorf") only with a
        // house number after it: "Tintin Forsberg" is a name, "Am Forsberg 4" an address.
        auto streetAt = [&](int k) {
            if (m_tokens[k].norm.size() == 1) {
                return false; // an initial ("Rosa Elena G."), even where "G" abbreviates a street word
            }
            return isStreetToken(k)
                   || (isStreetish(k) && k + 1 < n && m_tokens[k + 1].kind == Token::Kind::Number
                       && m_tokens[k + 1].sentence == m_tokens[k].sentence);
        };
        brand = brand || (first < last && (streetAt(last) || streetAt(first)));
        // "Lumière Barrier Cream", "Lumière Bright vitamin C serum": a product's name.
        brand = brand
                || (last + 1 < n && m_tokens[last + 1].sentence == m_tokens[last].sentence
                    && m_st.isLex(last + 1, Lex::Drug));
        if (first > last || brand || orgAround(first, last)) {
            continue;
        }
        // Cut at words that cannot be part of a name (months, care words…).
        int end = first;
        while (
            end <= last
            && (!isOtherLexicon(end) || (isInitial(end) && end < last) || (end == first && introducing(first - 1)))) {
            ++end;
        }
        --end;
        if (end < first) {
            continue;
        }
        const int count = end - first + 1;
        // The answer to "What's your name?", "Nachname:", "¿Su nombre?": whatever comes next is a name.
        const bool askedName = first > 0 && m_tokens[first].sentenceStart
                               && (m_tokens[first - 1].norm == QLatin1String("name")
                                   || m_tokens[first - 1].norm == QLatin1String("nachname")
                                   || m_tokens[first - 1].norm == QLatin1String("vorname")
                                   || m_tokens[first - 1].norm == QLatin1String("nombre")
                                   || m_tokens[first - 1].norm == QLatin1String("apellido"))
                               && !commonWord(first) && count <= 3
                               && (has(m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start), u'?')
                                   || has(m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start), u':'));
        if (askedName) {
            addPerson(first, end, true);
            continue;
        }
        if (count >= 2) {
            // "Cendrillon Coudert lives at…", "Tilly Nicholson told us…": names or words no list knows, before a
            // verb only people do.
            const bool verbAfter = end + 1 < n && m_tokens[end + 1].sentence == m_tokens[end].sentence
                                   && !m_tokens[end].possessive
                                   && (m_st.isLex(end + 1, Lex::PersonVerb) || m_st.isLex(end + 1, Lex::SpeechVerb));
            bool nameWords = (verbAfter || introducing(first - 1)) && count <= 3;
            for (int k = first; k <= end && nameWords; ++k) {
                const auto ni = info(k);
                nameWords = isInitial(k)
                            || ((!ni || ni->isName()) && !commonWord(k) && m_st.tokenLex[k] == 0
                                && m_tokens[k].norm.size() >= 2);
            }
            if (nameWords) {
                addPerson(first, end, true);
                continue;
            }
            // "Berlin Mitte", "Fort Collins", "San José": places, unless the first word is a common given name.
            const auto headName = info(first);
            bool allPlaces = true;
            for (int k = first; k <= end && allPlaces; ++k) {
                allPlaces = isPlaceWords(k, k);
            }
            const bool strongHead = headName && headName->given >= 550;
            bool initialInside = false;
            for (int k = first + 1; k < end; ++k) {
                initialInside = initialInside || isInitial(k);
            }
            // "Amadeo Vitorović": a town called Amadeo exists, but a given name before a surname is a person.
            const auto tailName = info(end);
            const bool surnameTail =
                count == 2 && !isPlaceWords(end, end)
                && ((tailName && tailName->surname >= 300 && !commonWord(end)) || surnameShape(end));
            const bool givenHead = headName && headName->given >= 300 && !commonWord(first);
            // "Baden-Württemberg", "Sachsen-Anhalt": one hyphenated place name, whatever its parts look like.
            bool hyphenated = end > first;
            for (int k = first; k < end && hyphenated; ++k) {
                hyphenated = m_tokens[k].hyphenNext;
            }
            if (hyphenated && isPlaceWords(first, end)) {
                continue;
            }
            if (!initialInside && !(givenHead && surnameTail)
                && ((isPlaceWords(first, end) && !strongHead)
                    || ((allPlaces || isPlaceWords(first, first)) && !strongHead))) {
                continue;
            }
            int known = 0;
            int initials = 0;
            int commons = 0;
            for (int k = first; k <= end; ++k) {
                if (isInitial(k)) {
                    ++initials;
                    continue;
                }
                const auto ni = info(k);
                known += ni && ni->isName() ? 1 : 0;
                commons += commonWord(k) ? 1 : 0;
            }
            const auto head = info(first);
            const auto tail = info(end);
            const bool middleInitial = count >= 3 && initials >= 1 && !isInitial(first) && !isInitial(end);
            const bool strongGiven = head && head->given >= 400;
            const bool givenFirst =
                (head && head->given > 0 && (!commonWord(first) || strongGiven)) || isInitial(first);
            const bool surnameLast = tail && tail->surname > 0;
            const int words = count - initials;
            const bool shapedLast = surnameShape(end);
            const bool unknownFirst = !head && !commonWord(first) && m_st.tokenLex[first] == 0 && !isInitial(first);
            const bool person =
                middleInitial
                || (givenFirst && commons < words && (surnameLast || shapedLast || known == count || commons == 0))
                || (givenFirst && strongGiven && surnameLast)
                || (surnameLast && known >= count - 1 && commons == 0 && !m_tokens[first].sentenceStart)
                || (shapedLast && (unknownFirst || givenFirst) && count == 2)
                // "Rosa Elena G.", "Kevin D.": given names and the initial of a surname.
                || (givenFirst && isInitial(end) && known == words && words >= 1)
                // "Wisława Szczepańska": a given name no list knows before a known surname.
                || (unknownFirst && surnameLast && count == 2 && tail->surname >= 300 && !commonWord(end));
            if (person) {
                addPerson(first, end, true);
            }
            continue;
        }
        // A single word: a name only with context.
        const Token& w = m_tokens[first];
        // "…Prospect St, Dehylov, Czech Republic": the town and country after a street, or a word that begins a
        // place's name.
        if ((first >= 1 && m_tokens[first - 1].commaAfter && m_tokens[first - 1].sentence == w.sentence
             && isStreetish(first - 1) && m_tokens[first - 1].capitalized)
            || (first + 1 < n && m_tokens[first + 1].sentence == w.sentence && m_tokens[first + 1].capitalized
                && isPlaceWords(first, first + 1))
            // …or ends one: "South Africa", "Port Elizabeth".
            || (first >= 1 && m_tokens[first - 1].sentence == w.sentence && m_tokens[first - 1].capitalized
                && m_st.text.view(m_tokens[first - 1].end, w.start).trimmed().isEmpty()
                && isPlaceWords(first - 1, first))) {
            continue;
        }
        const auto ni = info(first);
        const int prev = first - 1;
        const bool sameSentencePrev = prev >= 0 && m_tokens[prev].sentence == w.sentence;
        const bool greeted = sameSentencePrev && m_st.isLex(prev, Lex::Greeting);
        // Someone addressed: "Priya!! Your hygienist…", "Thanks for the review, Tom!", "…all weekend, Carla 😣".
        const QString& text = m_st.text.text();
        const QChar after = w.end < text.size() ? text[w.end] : QChar();
        const bool lastOfSentence = first + 1 >= n || m_tokens[first + 1].sentence != w.sentence;
        const bool vocative =
            m_st.reply && w.sentenceStart && w.sentence == 0 && (w.commaAfter || after == QLatin1Char('!'));
        // At the end of a sentence only a known given name that is no place ("…, Dresden." is not addressed),
        // or a very common given name ("Thanks for the 5 stars, Mark!").
        const bool vocativeEnd = sameSentencePrev && m_tokens[prev].commaAfter && lastOfSentence && !w.possessive && ni
                                 && ni->given >= 150 && (!isPlaceWords(first, first) || ni->given >= 800);
        bool introduced = false;
        if (sameSentencePrev) {
            const QString& p = m_tokens[prev].norm;
            const bool careOf = prev >= 1 && m_tokens[prev - 1].sentence == w.sentence
                                && (m_st.isLex(prev - 1, Lex::HealthTerm) || m_st.isLex(prev - 1, Lex::CareWord));
            introduced =
                p == QLatin1String("named") || p == QLatin1String("called") || p == QLatin1String("i'm")
                || p == QLatin1String("soy") || p == QLatin1String("llamo")
                || m_st.isLex(prev, Lex::FamilyWord)
                // "my kid Tadzio", "her little boy Max": someone's child by a word for a person.
                || (m_st.isLex(prev, Lex::PersonNoun) && prev >= 1
                    && (m_tokens[prev - 1].norm == QLatin1String("my")
                        || m_st.isLex(prev - 1, Lex::SecondPersonPossessive)
                        || m_st.isLex(prev - 1, Lex::ThirdPersonPossessive)
                        || (prev >= 2
                            && (m_tokens[prev - 2].norm == QLatin1String("my")
                                || m_st.isLex(prev - 2, Lex::ThirdPersonPossessive)))))
                // "our patient Mark", "our client Hannah", "6-year-old Lily", "la extracción de Diego"
                || m_st.isLex(prev, Lex::PatientWord)
                || (p == QLatin1String("old") && prev >= 1 && m_tokens[prev - 1].norm.startsWith(QLatin1String("year")))
                || ((p == QLatin1String("de") || p == QLatin1String("von")) && careOf)
                || (p == QLatin1String("is") && prev >= 2 && m_tokens[prev - 1].norm == QLatin1String("name"))
                || (p == QLatin1String("bin") && prev >= 1 && m_tokens[prev - 1].norm == QLatin1String("ich"))
                // "everyone calls me Ján"
                || (p == QLatin1String("me") && prev >= 1
                    && (m_tokens[prev - 1].norm == QLatin1String("calls")
                        || m_tokens[prev - 1].norm == QLatin1String("call")));
        }
        // German capitalises nouns: after an article or a possessive ("unser Bestes", "ein Termin") a
        // capitalised word is a noun, not a name.
        if (lang == PackLanguage::De && sameSentencePrev && !introduced && isGermanDeterminer(m_tokens[prev].norm)) {
            continue;
        }
        bool possessiveCare = false;
        QString baseNorm = w.norm;
        if (w.possessive || (lang == PackLanguage::De && w.norm.endsWith(QLatin1Char('s')))) {
            const int next = first + 1;
            const bool careNext = next < n && m_tokens[next].sentence == w.sentence
                                  && (m_st.isLex(next, Lex::HealthTerm) || m_st.isLex(next, Lex::CareWord)
                                      || m_st.isLex(next, Lex::FamilyWord));
            // "Houston's #1 clinic", "Denver's best": a place's possessive, unless care follows.
            possessiveCare = careNext || (w.possessive && !isPlaceWords(first, first));
            if (!w.possessive) {
                baseNorm.chop(1);
            }
        }
        const auto base = baseNorm == w.norm ? ni : m_st.book.names().find(baseNorm);
        const bool given = base && base->given > 0;
        const bool place = isPlaceWords(first, first);
        const bool common = commonWord(first);
        const bool unknownWord = !ni && !place && w.norm.size() >= 3 && m_st.tokenLex[first] == 0;
        // The subject of a verb only people do ("Trivo lives on…"), the speaker after a quote ("…, says Iwase."),
        // or a known name before a speech verb ("Scott said…"; "Research says…" is no one).
        const bool beforeVerb = first + 1 < n && m_tokens[first + 1].sentence == w.sentence && !w.possessive;
        const bool personVerbNext = beforeVerb && m_st.isLex(first + 1, Lex::PersonVerb);
        const bool speechVerbNext = beforeVerb && m_st.isLex(first + 1, Lex::SpeechVerb);
        const bool speaker = sameSentencePrev && m_st.isLex(prev, Lex::SpeechVerb) && lastOfSentence;
        const bool known = base && (base->given > 0 || base->surname > 0);
        // After a quote ("…," says Izumi.) a known name is the speaker even where a town has the same name.
        const bool actor =
            !common && !isOrg(first)
            && (((personVerbNext || speaker) && unknownWord)
                || ((personVerbNext || speaker || speechVerbNext) && known
                    && (!place || base->given >= 300 || (speaker && (base->given >= 100 || base->surname >= 100)))));
        const bool surnameOnly = base && base->surname >= 100 && !common && !place;
        // A well-known given name doing what patients do, with "her"/"his" after it: "Jasmine finished her braces
        // treatment", even where the name is also a word.
        const bool storySubject = beforeVerb && base && base->given >= 600 && !place && !isOrg(first)
                                  && m_st.isLex(first + 1, Lex::PatientStoryCue)
                                  && m_st.lexIn(Lex::ThirdPersonPossessive, first + 2, first + 3)
                                  && m_tokens[std::min(first + 3, n - 1)].sentence == w.sentence;
        // "Sí, gracias.": a reply that opens with a word of its language addresses no one by it, unless the word
        // is a common given name too ("Hope, thanks for…").
        const bool wordOpening = (vocative && !greeted && !introduced && common && base && base->given < 300)
                                 || (greeted && largePlace(first)); // "Welcome to Germany, Chloe!"
        if (((greeted || vocative || introduced) && !wordOpening
             && ((given && !(place && base->given < 300)) || unknownWord))
            || (introduced && surnameOnly) || vocativeEnd || actor || storySubject) {
            addPerson(first, first, true);
        } else if (possessiveCare && given && ((!common && !place) || base->given >= 400)) {
            addPerson(first, first, false);
        } else if (given && !common && !place && !w.sentenceStart && base->given >= 150 && isIntroduction(m_st, prev)) {
            addPerson(first, first, false);
        } else if (given && !common && (!place || (base->given >= 550 && !locative(prev) && !largePlace(first)))
                   && base->given >= 300) {
            // A well-known given name on its own: "Kevin had given Alma his address", "Mary, Ariana and Jodi".
            const bool verbNext = first + 1 < n && m_tokens[first + 1].sentence == w.sentence
                                  && !m_tokens[first + 1].capitalized && m_tokens[first + 1].kind == Token::Kind::Word;
            if (!w.sentenceStart || verbNext || w.commaAfter) {
                addPerson(first, first, false);
            }
        } else if (ni && ni->surname >= 500 && !common && !place && !w.sentenceStart && ni->given < 100
                   && lang != PackLanguage::De) {
            addPerson(first, first, false); // "Gerste, Johnson and Johnson"
        } else if (surnameShape(first) && !w.sentenceStart && !(sameSentencePrev && quantifier(m_tokens[prev].norm))
                   && !(sameSentencePrev && locative(prev))) {
            addPerson(first, first, false); // not "many Krankenkassen", not "a choir in Haidhausen"
        }
    }
}

// "… @BrightBite UK for our new …": what follows a thanked account says it gave the practice something.
bool PersonFinder::giftFor(int mention) const
{
    int k = mention + 1;
    while (k < m_tokens.size() && k - mention <= 2 && m_tokens[k].capitalized
           && m_tokens[k].sentence == m_tokens[mention].sentence) {
        ++k; // "UK", "Official"
    }
    return k + 1 < m_tokens.size() && m_tokens[k].sentence == m_tokens[mention].sentence
           && (m_tokens[k].norm == QLatin1String("for") || m_tokens[k].norm == QLatin1String("fur")
               || m_tokens[k].norm == QLatin1String("por"))
           && m_st.isLex(k + 1, Lex::BusinessPronoun);
}

// A review signed with a screen name, answered by that name: "SkinnyLatte88, we're sorry the results took longer".
// A word with digits or an inner capital that opens a reply and is followed by a comma is the reviewer.
void PersonFinder::scanMoniker()
{
    if (!m_st.reply || m_tokens.isEmpty()) {
        return;
    }
    // "thanks expat_mama_muc", "¡Gracias mamá_de_3!", "thanks sunnydaze88!!": a screen name after the opening
    // thanks or greeting, with an underscore or digits inside.
    {
        int k = 0;
        while (k < m_tokens.size() && k < 3 && m_st.isLex(k, Lex::Greeting)) {
            ++k;
        }
        if (k > 0 && k < m_tokens.size() && m_tokens[k].kind == Token::Kind::Word && m_tokens[k].sentence == 0) {
            const QString& text = m_st.text.text();
            qsizetype end = m_tokens[k].start;
            bool underscore = false;
            bool digit = false;
            bool letter = false;
            while (end < text.size()
                   && (text[end].isLetterOrNumber() || text[end] == QLatin1Char('_') || text[end].isMark())) {
                underscore = underscore || text[end] == QLatin1Char('_');
                digit = digit || text[end].isDigit();
                letter = letter || text[end].isLetter();
                ++end;
            }
            const int last = m_st.text.tokenBefore(end);
            if (letter && (underscore || digit) && end - m_tokens[k].start >= 4 && last >= k) {
                addPerson(k, last, true);
                return;
            }
        }
    }
    const Token& t = m_tokens[0];
    if (t.kind != Token::Kind::Word || !t.commaAfter || t.norm.size() < 4 || m_st.tokenLex[0] != 0 || isOrg(0)
        || m_st.masked.value(0) || t.allCaps || t.norm == m_st.text.tokenText(0) || !(t.hasDigit || innerCapital(0))) {
        return;
    }
    const QStringView before = m_st.text.view(0, t.start).trimmed();
    if (before.isEmpty()) {
        addPerson(0, 0, true);
    }
}

void PersonFinder::scanHandles()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        const Token& t = m_tokens[i];
        if (t.kind != Token::Kind::Mention || m_st.masked.value(i)) {
            continue;
        }
        // Split the handle into words: camelCase, dots, underscores, digits.
        const QStringView raw = m_st.text.tokenText(i).mid(1);
        QStringList parts;
        QString cur;
        for (qsizetype k = 0; k < raw.size(); ++k) {
            const QChar c = raw[k];
            const bool split = c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-') || c.isDigit();
            const bool camel = c.isUpper() && !cur.isEmpty() && !cur.back().isUpper();
            if (split || camel) {
                if (!cur.isEmpty()) {
                    parts.append(TextAnalysis::fold(cur));
                }
                cur.clear();
                if (split) {
                    continue;
                }
            }
            cur += c;
        }
        if (!cur.isEmpty()) {
            parts.append(TextAnalysis::fold(cur));
        }
        bool given = false;
        bool org = false;
        for (const QString& part : parts) {
            const auto ni = m_st.book.names().find(part);
            given = given || (ni && ni->given >= 100 && part.size() >= 3);
            org = org || m_st.book.inList(Lex::OrgWord, part) || m_practiceWords.contains(part)
                  || part == QLatin1String("uk") || part == QLatin1String("official");
        }
        // "our new water flossers from @aquajet.oral … they sent one": in a post about gifts, the account things
        // come from is a brand.
        org =
            org
            || (i > 0 && m_tokens[i - 1].sentence == t.sentence
                && (m_tokens[i - 1].norm == QLatin1String("from") || m_tokens[i - 1].norm == QLatin1String("by")
                    || m_tokens[i - 1].norm == QLatin1String("von"))
                && m_st.anyHit(Lex::SponsorSignal))
            // "the new @PearlGlow Sonic Pro brush": something new is a product.
            || (i > 0 && m_tokens[i - 1].sentence == t.sentence
                && (m_tokens[i - 1].norm == QLatin1String("new") || m_tokens[i - 1].norm == QLatin1String("neue")
                    || m_tokens[i - 1].norm == QLatin1String("neuen") || m_tokens[i - 1].norm == QLatin1String("nuevo")
                    || m_tokens[i - 1].norm == QLatin1String("nueva")))
            // "Huge thanks to @BrightBite UK for our new whitening kits": thanked for something the practice got.
            || (m_st.isLex(i, Lex::SponsorSignal) && giftFor(i));
        // A reply that opens with a handle addresses that person.
        const bool addressee = m_st.reply && i == 0;
        if ((given && !org) || (addressee && !org)) {
            // "@Tamika Reynolds": a mention followed by a surname is one name.
            int last = i;
            if (i + 1 < m_tokens.size() && adjacent(i, i + 1) && isCap(i + 1)) {
                const auto ni = info(i + 1);
                if (ni && ni->surname > 0) {
                    last = i + 1;
                }
            }
            addPerson(i, last, true, true);
        }
    }
}

void PersonFinder::linkMentions()
{
    // "Noah and Ella Fitzgerald": a given name joined to a full name shares it.
    for (int p = 0; p < m_st.persons.size(); ++p) {
        PersonMention& m = m_st.persons[p];
        const int a = m.firstToken - 2;
        if (a < 0 || m.lastToken - m.firstToken < 1) {
            continue;
        }
        const QString& joiner = m_tokens[a + 1].norm;
        if ((joiner == QLatin1String("and") || joiner == QLatin1String("&") || joiner == QLatin1String("und")
             || joiner == QLatin1String("y"))
            && isCap(a) && !m_used.contains(a)) {
            const auto ni = info(a);
            if (ni && ni->given > 0) {
                m_used.insert(a);
                m.firstToken = a;
                m.start = m_tokens[a].start;
                m.keys.prepend(m_tokens[a].norm);
            }
        }
    }
    // Later mentions of a name already seen in full: "Marisa Quintero … Marisa".
    QSet<QString> keys;
    for (const PersonMention& m : std::as_const(m_st.persons)) {
        if (m.lastToken > m.firstToken || m.strong) {
            for (const QString& k : m.keys) {
                keys.insert(k);
            }
        }
    }
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!m_used.contains(i) && isCap(i)
            && (keys.contains(m_tokens[i].norm)
                || (m_tokens[i].norm.endsWith(QLatin1Char('s')) && keys.contains(m_tokens[i].norm.chopped(1))))
            && !m_st.isLex(i, Lex::Greeting)) {
            addPerson(i, i, false);
        }
    }
}

bool PersonFinder::looksLikeStaff(const PersonMention& p) const
{
    if (m_st.onRoster(p.keys)) {
        return true;
    }
    // The reader a reply greets ("Hi Jonas, our IT partner checked…") is not staff.
    if (m_st.reply && p.firstToken > 0 && m_st.isLex(p.firstToken - 1, Lex::Greeting)
        && m_tokens[p.firstToken].sentence == 0) {
        return false;
    }
    const int sentence = m_tokens[p.firstToken].sentence;
    // Before the name: "our clinic lead, Hannah Moss", "our NP Courtney Hale", "Dr. Osei".
    for (int k = p.firstToken - 1; k >= std::max(0, p.firstToken - 3); --k) {
        if (m_tokens[k].sentence != sentence) {
            break;
        }
        if (m_st.isLex(k, Lex::StaffRole) || m_st.isLex(k, Lex::ProviderTitle)) {
            // Roles count when they are the practice's ("our …") or directly in front of the name.
            bool ours = k == p.firstToken - 1;
            for (int j = k; j >= std::max(0, k - 4) && !ours; --j) {
                ours = m_tokens[j].sentence == sentence && m_st.isLex(j, Lex::BusinessPronoun);
            }
            if (ours) {
                return true;
            }
        }
        if (m_st.isLex(k, Lex::PatientWord)) {
            break;
        }
    }
    // The last names of a list after a staff role: "Our reception team (Gemma, Holly and Sam)", "our nurses
    // Kim, Raj and Alicia" — every item a capitalised word, joined by commas and "and".
    {
        int k = p.firstToken - 1;
        int items = 0;
        bool joined = false;
        while (k >= 0 && p.firstToken - k <= 8 && m_tokens[k].sentence == sentence) {
            const Token& w = m_tokens[k];
            if (w.kind == Token::Kind::Word
                && (w.norm == QLatin1String("and") || w.norm == QLatin1String("und") || w.norm == QLatin1String("y")
                    || w.norm == QLatin1String("&"))) {
                joined = true;
            } else if (w.kind == Token::Kind::Word && w.capitalized && !m_st.isLex(k, Lex::StaffRole)
                       && (w.commaAfter || (k + 1 < m_tokens.size() && m_tokens[k + 1].norm == QLatin1String("and")))) {
                ++items;
            } else {
                break;
            }
            --k;
        }
        if (items > 0 && joined && k >= 0 && m_tokens[k].sentence == sentence && m_st.isLex(k, Lex::StaffRole)
            && m_st.text.view(m_tokens[k].end, m_tokens[k + 1].start).trimmed().size() <= 1) {
            return true;
        }
    }
    // "our patient advocate, Lorena Vidal": a name in apposition to something of "ours".
    if (p.firstToken >= 2 && m_tokens[p.firstToken - 1].commaAfter) {
        for (int k = p.firstToken - 1; k >= std::max(0, p.firstToken - 5); --k) {
            // "our patient advocate" is a role, not a patient.
            if (m_tokens[k].sentence != sentence
                || (m_st.isLex(k, Lex::PatientStoryCue) && !m_st.isLex(k, Lex::StaffRole))) {
                break;
            }
            const QString& w = m_tokens[k].norm;
            if (w == QLatin1String("our") || w.startsWith(QLatin1String("unser"))
                || w.startsWith(QLatin1String("nuestr"))) {
                // …when it names a role: "our littlest superstar, Hope" is a patient.
                bool role = false;
                for (int j = k + 1; j < p.firstToken; ++j) {
                    role = role || m_st.isLex(j, Lex::StaffRole) || m_st.isLex(j, Lex::ProviderTitle)
                           || m_st.isLex(j, Lex::Credential);
                }
                return role && !m_st.isLex(p.firstToken - 1, Lex::SecondPerson);
            }
        }
    }
    // After the name: "Marisa Quintero, RDH", "Gordon Baillie, our new Advanced Nurse Practitioner".
    const int after = p.lastToken + 1;
    // …but a reply that opens with the reader's name goes on with a sentence of its own: "Dana, our portal team
    // checked: …" (against "Marisa, our hygienist, will call you").
    if (m_st.reply && p.firstToken == 0 && m_tokens[p.lastToken].commaAfter) {
        for (int k = after; k < std::min(int(m_tokens.size()), after + 5); ++k) {
            if (m_tokens[k].sentence != sentence || m_tokens[k].commaAfter) {
                break;
            }
            if (m_st.isLex(k, Lex::StaffRole) && k + 1 < m_tokens.size() && m_tokens[k + 1].sentence == sentence
                && m_tokens[k + 1].kind == Token::Kind::Word && !m_tokens[k + 1].capitalized
                && !m_st.isLex(k + 1, Lex::StaffRole)) {
                return false;
            }
        }
    }
    if (after < m_tokens.size() && m_tokens[after].sentence == sentence) {
        for (int k = after; k <= std::min(int(m_tokens.size()) - 1, after + 5); ++k) {
            if (m_tokens[k].sentence != sentence) {
                break;
            }
            if (m_st.isLex(k, Lex::Credential) && m_tokens[k].allCaps && m_practiceVoice) {
                return true;
            }
            // "Tom is a chartered physiotherapist", "Lena ist Zahnmedizinische Fachangestellte": a role said of
            // the person (up to three words in between; a patient word on the way stops it above).
            if (m_st.isLex(k, Lex::StaffRole) && k > after && k <= after + 4 && isCopula(m_tokens[after].norm)
                && !m_st.isLex(k, Lex::PatientWord)) {
                return true;
            }
            if (m_st.isLex(k, Lex::StaffRole) && (k == after || m_st.lexIn(Lex::BusinessPronoun, after, k))) {
                return m_tokens[p.lastToken].commaAfter || k == after || m_st.lexIn(Lex::BusinessPronoun, after, k);
            }
            // "Brooke passed her dental nurse exams": training for a staff role is a colleague's.
            if (m_st.roleTraining(k) && m_st.lexIn(Lex::ThirdPersonPossessive, after, k)) {
                return true;
            }
            // "Kelsey at the front desk", "Luis from reception": where someone works.
            if (m_st.isLex(k, Lex::StaffRole) && k <= after + 3
                && (m_tokens[after].norm == QLatin1String("at") || m_tokens[after].norm == QLatin1String("from")
                    || m_tokens[after].norm == QLatin1String("on"))) {
                return true;
            }
            if (m_st.isLex(k, Lex::PatientWord)) {
                break;
            }
        }
    }
    // "the exercises Jenna gave you", "Luis showed you how to floss": who gives care to the reader works here.
    if (p.firstToken == p.lastToken && after + 1 < m_tokens.size() && m_tokens[after].sentence == sentence) {
        static const WordSet careVerbs{QStringLiteral("gave"),
                                       QStringLiteral("showed"),
                                       QStringLiteral("taught"),
                                       QStringLiteral("fitted"),
                                       QStringLiteral("prescribed"),
                                       QStringLiteral("recommended"),
                                       QStringLiteral("adjusted"),
                                       QStringLiteral("treated")};
        if (careVerbs.contains(m_tokens[after].norm)
            && (m_st.isLex(after + 1, Lex::SecondPerson) || m_st.isLex(after + 1, Lex::SecondPersonPossessive))) {
            return true;
        }
    }
    // "Welcome aboard, Marisa!", "Marisa joins Summit Peak Dental".
    const TextRange& s = m_st.text.sentences()[sentence];
    if (m_st.lexIn(Lex::StaffCue, s.firstToken, s.lastToken)
        && !m_st.lexIn(Lex::PatientWord, s.firstToken, s.lastToken)) {
        return true;
    }
    return false;
}

void PersonFinder::markStaff()
{
    // A name that shares a word with staff named in this text is theirs: "Hannah Moss, our hygienist …
    // Hannah", "Solène … Solène Mineral Tint" (the roster itself is matched strictly, in looksLikeStaff).
    QSet<QString> staffKeys;
    for (PersonMention& p : m_st.persons) {
        if (!p.staff && looksLikeStaff(p)) {
            p.staff = true;
        }
        if (p.staff) {
            for (const QString& k : p.keys) {
                staffKeys.insert(k);
            }
        }
    }
    // "Thanks to Mrs Okafor and the whole school for having us!": who hosted the practice.
    for (PersonMention& p : m_st.persons) {
        const int sentence = m_tokens[p.firstToken].sentence;
        const TextRange& s = m_st.text.sentences()[sentence];
        // (Not at someone's home for their hearing test: care in the sentence makes it a visit.)
        if (p.staff || p.handle || !m_st.lexIn(Lex::HostCue, p.lastToken + 1, s.lastToken)
            || m_st.lexIn(Lex::CareWord, s.firstToken, s.lastToken)
            || m_st.lexIn(Lex::HealthTerm, s.firstToken, s.lastToken)
            || m_st.lexIn(Lex::PatientWord, s.firstToken, s.lastToken)) {
            continue;
        }
        static const WordSet thanks{QStringLiteral("thanks"),
                                    QStringLiteral("thank"),
                                    QStringLiteral("danke"),
                                    QStringLiteral("dank"),
                                    QStringLiteral("gracias")};
        for (int k = s.firstToken; k < p.firstToken; ++k) {
            if (thanks.contains(m_tokens[k].norm)) {
                p.staff = true;
                break;
            }
        }
    }
    // A given name no finder took at the start of a line ("Neu im Team: Heike Sommer, unsere neue
    // Prophylaxe-Assistentin") is still staff by the same signs, for the later "Heike hat zwei Töchter".
    // (Only names some other mention carries can matter.)
    QSet<QString> otherKeys;
    for (const PersonMention& p : std::as_const(m_st.persons)) {
        if (!p.staff) {
            for (const QString& k : p.keys) {
                otherKeys.insert(k);
            }
        }
    }
    for (int i = 0; i < m_tokens.size() && !otherKeys.isEmpty(); ++i) {
        if (!m_tokens[i].capitalized || !otherKeys.contains(m_tokens[i].norm) || m_used.contains(i) || !info(i)
            || info(i)->given <= 0 || staffKeys.contains(m_tokens[i].norm)) {
            continue;
        }
        PersonMention probe;
        probe.firstToken = probe.lastToken = i;
        if (i + 1 < m_tokens.size() && m_tokens[i + 1].sentence == m_tokens[i].sentence && m_tokens[i + 1].capitalized
            && !m_tokens[i].commaAfter && m_tokens[i + 1].kind == Token::Kind::Word) {
            probe.lastToken = i + 1; // the surname, even one that is also a word ("Sommer")
        }
        if (looksLikeStaff(probe)) {
            staffKeys.insert(m_tokens[i].norm);
        }
    }
    for (PersonMention& p : m_st.persons) {
        for (const QString& k : p.keys) {
            if (staffKeys.contains(k) || (k.endsWith(QLatin1Char('s')) && staffKeys.contains(k.chopped(1)))) {
                p.staff = true;
            }
        }
        if (m_st.veterinary) {
            p.staff = true; // owners and pets, not patients
        }
        if (m_st.jobAdvert && !p.handle) {
            p.staff = true; // "ruf einfach Frau Winter an", "llama a Victoria": whom applicants contact
        }
    }
    // "our amazing nurses Kim, Raj and Alicia": names listed with a staff member are staff too.
    std::sort(m_st.persons.begin(), m_st.persons.end(), [](const PersonMention& a, const PersonMention& b) {
        return a.start < b.start;
    });
    // A list is names joined by commas that ends with "and" ("Kim, Raj and Alicia"); "Frau Demir, Dr. Aydin kommt"
    // is someone addressed and then someone else. A list after a staff role names staff.
    auto gapOf = [&](int i) {
        return m_st.text.view(m_st.persons[i].end, m_st.persons[i + 1].start).trimmed().toString();
    };
    auto isJoiner = [](const QString& g) {
        return g == QLatin1String("and") || g == QLatin1String(", and") || g == QLatin1String("&")
               || g == QLatin1String("und") || g == QLatin1String("y");
    };
    for (int i = 0; i < m_st.persons.size();) {
        int j = i;
        bool joined = false;
        while (j + 1 < m_st.persons.size()
               && m_tokens[m_st.persons[j].lastToken].sentence == m_tokens[m_st.persons[j + 1].firstToken].sentence
               && (gapOf(j) == QLatin1String(",") || isJoiner(gapOf(j)))) {
            joined = joined || isJoiner(gapOf(j));
            ++j;
        }
        // …introduced by a staff role right before it: "our nurses Kim, Raj and Alicia".
        const int before = m_st.persons[i].firstToken - 1;
        const bool roleBefore = before >= 0
                                && m_tokens[before].sentence == m_tokens[m_st.persons[i].firstToken].sentence
                                && m_st.isLex(before, Lex::StaffRole);
        if (joined && roleBefore) {
            for (int k = i; k <= j; ++k) {
                m_st.persons[k].staff = true;
            }
        }
        i = j + 1;
    }
    // A staff introduction that calls its new colleague by a short name ("Guadalupe Torres, nuestra nueva
    // asistente … Lupita es de Oaxaca"): a lone given name in a post about staff only is theirs too.
    if (m_st.reply || !m_st.anyHit(Lex::StaffCue)
        || !std::any_of(m_st.persons.cbegin(), m_st.persons.cend(), [](const PersonMention& p) { return p.staff; })
        || m_st.anyHit(Lex::PatientWord) || m_st.anyHit(Lex::PatientStoryCue)) {
        return;
    }
    for (PersonMention& p : m_st.persons) {
        if (p.staff || p.handle) {
            continue;
        }
        const TextRange& s = m_st.text.sentences()[m_tokens[p.firstToken].sentence];
        // "Heike … hat zwei Töchter (Emma und Paula)", "vive con sus gemelos Mateo y Luz": a staff member's
        // family, named after a family word in a sentence about them.
        bool family = false;
        for (int k = p.firstToken - 1; k >= std::max(s.firstToken, p.firstToken - 3) && !family; --k) {
            family = m_st.isLex(k, Lex::FamilyWord);
        }
        const bool staffBefore = std::any_of(m_st.persons.cbegin(), m_st.persons.cend(), [&](const PersonMention& o) {
            return o.staff && o.firstToken >= s.firstToken && o.lastToken < p.firstToken;
        });
        if (family && staffBefore) {
            p.staff = true;
            continue;
        }
        if (p.strong || p.firstToken != p.lastToken) {
            continue;
        }
        const auto ni = info(p.firstToken);
        if (ni && ni->given > 0 && !m_st.lexIn(Lex::CareWord, s.firstToken, s.lastToken)
            && !m_st.lexIn(Lex::HealthTerm, s.firstToken, s.lastToken)) {
            p.staff = true;
        }
    }
}

void PersonFinder::scanSpeakers()
{
    // A script or chat: "Nicole: Remember me?", "Ubul: What a wife." A line that starts with a word and a
    // colon names who speaks when the word is a known given name, or when another such line does.
    const QString& text = m_st.text.text();
    const int n = int(m_tokens.size());
    QList<int> candidates;
    bool knownSpeaker = false;
    for (int i = 0; i < n; ++i) {
        const Token& t = m_tokens[i];
        const bool lineStart = i == 0 || has(m_st.text.view(m_tokens[i - 1].end, t.start), u'\n');
        if (!lineStart || t.kind != Token::Kind::Word || !t.capitalized || t.allCaps || t.hasDigit
            || m_used.contains(i)) {
            continue;
        }
        qsizetype p = t.end;
        while (p < text.size() && text[p] == QLatin1Char(' ')) {
            ++p;
        }
        if (p >= text.size() || text[p] != QLatin1Char(':') || p + 1 >= text.size() || text[p + 1] == QLatin1Char('\n')
            || m_st.tokenLex[i] != 0 || isOrg(i)) {
            continue;
        }
        const auto ni = info(i);
        if (ni && (ni->isAnyWord() || ni->given < 100)) {
            continue; // "Note:", "Phone:", "Address:"
        }
        if (!ni && (isPlaceWords(i, i) || t.norm.size() < 3)) {
            continue;
        }
        knownSpeaker = knownSpeaker || ni.has_value();
        candidates.append(i);
    }
    if (candidates.isEmpty() || !(knownSpeaker && (candidates.size() >= 2 || info(candidates.first())))) {
        return;
    }
    for (int i : std::as_const(candidates)) {
        if (info(i) || candidates.size() >= 2) {
            addPerson(i, i, true);
        }
    }
}

void PersonFinder::scanNamed()
{
    // Someone says what a person is called: "My name is Aantje Mourik", "everyone calls me višeslav", "she was
    // called Erin Dale", "Name: Martim A Pereira", "me llamo Rigoberto", "ich heiße Jana". The words that follow
    // are the name, in whatever case they are written, up to three of them.
    static const WordSet cues{QStringLiteral("is"),
                              QStringLiteral("ist"),
                              QStringLiteral("es"),
                              QStringLiteral("me"),
                              QStringLiteral("llamo"),
                              QStringLiteral("heisse"),
                              QStringLiteral("called"),
                              QStringLiteral("named"),
                              QStringLiteral("name"),
                              QStringLiteral("i'm"),
                              QStringLiteral("am"),
                              QStringLiteral("says"),
                              QStringLiteral("said"),
                              QStringLiteral("gave"),
                              QStringLiteral("given"),
                              QStringLiteral("told"),
                              QStringLiteral("sent"),
                              QStringLiteral("showed")};
    static const WordSet possessives{QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their")};
    const int n = int(m_tokens.size());
    for (int i = 0; i < n; ++i) {
        const QString& w = m_tokens[i].norm;
        if (m_tokens[i].kind != Token::Kind::Word || !cues.contains(w)) {
            continue;
        }
        const QStringView prev = i > 0 ? QStringView(m_tokens[i - 1].norm) : QStringView();
        int start = -1;
        if ((w == QLatin1String("is") || w == QLatin1String("ist") || w == QLatin1String("es")) && i > 0
            && (prev == QLatin1String("name") || prev == QLatin1String("nombre"))) {
            start = i + 1; // "my name is", "mein Name ist", "mi nombre es"
        } else if (w == QLatin1String("me")
                   && (prev == QLatin1String("call") || prev == QLatin1String("calls")
                       || prev == QLatin1String("llaman"))) {
            start = i + 1; // "call me", "everyone calls me", "me llaman"
        } else if (w == QLatin1String("llamo") && prev == QLatin1String("me")) {
            start = i + 1;
        } else if (w == QLatin1String("heisse") && prev == QLatin1String("ich")) {
            start = i + 1;
        } else if ((w == QLatin1String("called") || w == QLatin1String("named")) && i > 0
                   && (prev == QLatin1String("him") || prev == QLatin1String("her") || prev == QLatin1String("them"))) {
            start = i + 1; // "she named him Frank"
        } else if ((w == QLatin1String("called") || w == QLatin1String("named")) && i > 1
                   && (prev == QLatin1String("was") || prev == QLatin1String("is"))) {
            // "my grandmother was called Erin Dale"; not "the procedure is called Invisalign".
            bool someone = false;
            for (int k = i - 2; k >= std::max(0, i - 5) && m_tokens[k].sentence == m_tokens[i].sentence; --k) {
                someone = someone || m_st.isLex(k, Lex::FamilyWord) || m_st.isLex(k, Lex::PatientWord)
                          || m_st.isLex(k, Lex::ThirdPersonSubject) || m_used.contains(k);
            }
            start = someone ? i + 1 : -1;
        } else if ((w == QLatin1String("i'm") || (w == QLatin1String("am") && prev == QLatin1String("i"))) && i + 1 < n
                   && m_tokens[i + 1].capitalized && m_st.tokenLex[i + 1] == 0
                   && (!(info(i + 1) && info(i + 1)->isWordIn(m_st.language))
                       || (i + 2 < n && m_tokens[i + 2].capitalized && m_tokens[i + 2].sentence == m_tokens[i].sentence
                           && info(i + 2) && info(i + 2)->isName()))) {
            start = i + 1; // "I'm Quarto Angelo, originally from Križe"
        } else if ((w == QLatin1String("says") || w == QLatin1String("said")) && i + 1 < n
                   && m_tokens[i + 1].capitalized && m_tokens[i + 1].sentence == m_tokens[i].sentence
                   && m_st.text.sentences()[m_tokens[i].sentence].lastToken <= i + 3) {
            start = i + 1; // "…," says Hauta-aho.
        } else if ((w == QLatin1String("gave") || w == QLatin1String("given") || w == QLatin1String("told")
                    || w == QLatin1String("sent") || w == QLatin1String("showed"))
                   && i + 2 < n && m_tokens[i + 1].capitalized && m_tokens[i + 2].sentence == m_tokens[i].sentence
                   && possessives.contains(m_tokens[i + 2].norm)) {
            start = i + 1; // "Scott had given Belle his address"
        } else if (w == QLatin1String("name") && i + 1 < n
                   && (i == 0 || has(m_st.text.view(m_tokens[i - 1].end, m_tokens[i].start), u'\n'))
                   && m_st.text.view(m_tokens[i].end, m_tokens[i + 1].start).trimmed() == QLatin1String(":")) {
            start = i + 1; // a "Name:" field
        }
        if (start < 0 || start >= n || m_tokens[start].sentence != m_tokens[i].sentence
            || m_tokens[start].kind != Token::Kind::Word || m_used.contains(start)) {
            continue;
        }
        // What follows must read as a name: not an ordinary word ("my name is on the list") unless capitalised.
        auto nameWord = [&](int k) {
            const Token& t = m_tokens[k];
            if (t.kind != Token::Kind::Word || t.hasDigit || m_used.contains(k) || m_st.tokenLex[k] != 0) {
                return t.kind == Token::Kind::Word && t.norm.size() == 1 && t.capitalized; // an initial
            }
            const auto ni = info(k);
            return !isOrg(k) && (t.capitalized || !ni || (ni->isName() && !ni->isWordIn(m_st.language)));
        };
        int last = start - 1;
        while (last + 1 < n && last + 1 - start < 3 && m_tokens[last + 1].sentence == m_tokens[start].sentence) {
            const QStringView gap = m_st.text.view(m_tokens[last].end, m_tokens[last + 1].start);
            // "Hauta-aho": a hyphen joins the next part, whatever its case.
            const bool hyphen =
                last >= start && gap == QLatin1String("-") && m_tokens[last + 1].kind == Token::Kind::Word;
            if (!hyphen
                && (!nameWord(last + 1)
                    || (last >= start && !(gap.trimmed().isEmpty() || gap.trimmed() == QLatin1String("."))))) {
                break;
            }
            ++last;
        }
        // "… is called Bright Smiles Dental": a name followed by an organisation word names the organisation.
        if (last < start
            || (last + 1 < n && m_tokens[last + 1].sentence == m_tokens[last].sentence && isOrg(last + 1))) {
            continue;
        }
        addPerson(start, last, true);
        i = last;
    }
}

void PersonFinder::extendLowerCaseNames()
{
    // In text written all in lower case, a given name goes on with the surname after it when that word is no
    // ordinary word: "follow up with patricia desrosiers", "eva kleist lives at …".
    for (PersonMention& p : m_st.persons) {
        int next = p.lastToken + 1;
        const Token& last = m_tokens[p.lastToken];
        // "benjamin a seiler", "eric g. samoylova": a middle initial between given name and surname.
        if (next + 1 < m_tokens.size() && m_tokens[next].kind == Token::Kind::Word && m_tokens[next].norm.size() == 1
            && m_tokens[next].norm != QLatin1String("i") && adjacent(p.lastToken, next) && adjacent(next, next + 1)
            && m_tokens[next + 1].kind == Token::Kind::Word && m_tokens[next + 1].norm.size() >= 3) {
            ++next;
        }
        if (next >= m_tokens.size() || !m_st.lowerSentences[size_t(last.sentence)] || !adjacent(next - 1, next)
            || m_used.contains(next) || m_tokens[next].kind != Token::Kind::Word || m_tokens[next].hasDigit
            || m_tokens[next].norm.size() < 3 || m_st.tokenLex[next] != 0) {
            continue;
        }
        const auto ni = info(next);
        if (ni && (ni->isWordIn(m_st.language) || !ni->isName())) {
            continue;
        }
        m_used.insert(next);
        m_used.insert(p.lastToken + 1);
        p.lastToken = next;
        p.end = m_tokens[next].end;
        p.keys.append(m_tokens[next].norm);
    }
}

void PersonFinder::scanPairs()
{
    // "Lamovec and Morales were precision engineers": two names joined by "and" as the subject of a verb
    // said of people. Each word is a name no common word shares, or a word no list knows at all.
    static const WordSet verbs{
        QStringLiteral("were"),
        QStringLiteral("are"),
        QStringLiteral("have"),
        QStringLiteral("had"),
        QStringLiteral("met"),
        QStringLiteral("married"),
        QStringLiteral("live"),
        QStringLiteral("lived"),
        QStringLiteral("said"),
        QStringLiteral("told"),
        QStringLiteral("waren"),
        QStringLiteral("sind"),
        QStringLiteral("haben"),
        QStringLiteral("hatten"),
        QStringLiteral("eran"),
        QStringLiteral("son"),
    };
    const int n = int(m_tokens.size());
    auto nameLike = [&](int k) {
        if (m_used.contains(k) || !isCap(k) || m_tokens[k].allCaps || isOrg(k) || m_st.tokenLex[k] != 0) {
            return false;
        }
        const auto ni = info(k);
        if (!ni) {
            return m_tokens[k].norm.size() >= 3 && !isPlaceWords(k, k);
        }
        return ni->isName() && !ni->isWordIn(m_st.language) && (ni->given >= 100 || ni->surname >= 100);
    };
    for (int i = 0; i + 3 < n; ++i) {
        const QString& joiner = m_tokens[i + 1].norm;
        if (!(joiner == QLatin1String("and") || joiner == QLatin1String("&") || joiner == QLatin1String("und")
              || joiner == QLatin1String("y"))
            || m_tokens[i].sentence != m_tokens[i + 3].sentence || !verbs.contains(m_tokens[i + 3].norm)
            || !(m_tokens[i].sentenceStart || (i > 0 && m_st.isLex(i - 1, Lex::Greeting)))) {
            continue;
        }
        // "Park and Mann were precision engineers": names that are also words, when what they were is people.
        bool people = false;
        for (int k = i + 4; k < std::min(n, i + 7) && m_tokens[k].sentence == m_tokens[i].sentence && !people; ++k) {
            const QString& w = m_tokens[k].norm;
            people = m_st.isLex(k, Lex::PersonNoun) || m_st.isLex(k, Lex::StaffRole) || m_st.isLex(k, Lex::FamilyWord)
                     || m_st.isLex(k, Lex::PatientWord)
                     || (w.size() > 5
                         && (w.endsWith(QLatin1String("ers")) || w.endsWith(QLatin1String("ists"))
                             || w.endsWith(QLatin1String("ians")) || w.endsWith(QLatin1String("ors"))));
        }
        auto nameWord = [&](int k) {
            const auto ni = info(k);
            return nameLike(k)
                   || (people && !m_used.contains(k) && isCap(k) && !m_tokens[k].allCaps && !isOrg(k)
                       && m_st.tokenLex[k] == 0 && ni && ni->isName());
        };
        if (nameWord(i) && nameWord(i + 2)) {
            addPerson(i, i, false);
            addPerson(i + 2, i + 2, false);
            i += 2;
        }
    }
}

void PersonFinder::scanLists()
{
    // "our founders: Eklund, Michael and Hodge": the names listed with a name are names too.
    bool grown = true;
    while (grown) {
        grown = false;
        const QList<PersonMention> known = m_st.persons;
        QHash<int, int> namesPerSentence;
        for (const PersonMention& o : known) {
            ++namesPerSentence[m_tokens[o.firstToken].sentence];
        }
        for (const PersonMention& m : known) {
            for (int dir : {-1, 1}) {
                const int edge = dir < 0 ? m.firstToken : m.lastToken;
                int k = edge + dir;
                if (k < 0 || k >= m_tokens.size() || m_tokens[k].sentence != m_tokens[edge].sentence) {
                    continue;
                }
                const QString& joiner = m_tokens[k].norm;
                if (joiner == QLatin1String("and") || joiner == QLatin1String("&") || joiner == QLatin1String("und")
                    || joiner == QLatin1String("y") || joiner == QLatin1String("or")) {
                    k += dir; // "Becker and Vasquez"
                } else {
                    const int a = std::min(edge, k);
                    if (m_st.text.view(m_tokens[a].end, m_tokens[a + 1].start).trimmed() != QLatin1String(",")) {
                        continue;
                    }
                }
                if (k < 0 || k >= m_tokens.size() || m_used.contains(k) || !isCap(k)
                    || m_tokens[k].sentence != m_tokens[edge].sentence) {
                    continue;
                }
                const auto ni = info(k);
                // Places count when they are common names too ("Becker" is also a town).
                // Countries stay places ("Welcome to Germany, Chloe!").
                const auto place = m_st.place(k, k);
                const bool largeArea = place && place->kind == PlaceInfo::Kind::Country;
                const bool placeOnly = largeArea || (place && !(ni && (ni->given >= 300 || ni->surname >= 300)));
                const bool plain = !placeOnly && m_st.tokenLex[k] == 0 && !isOrg(k) && !m_tokens[k].allCaps;
                // A word no list knows counts in a list that already holds two names: "Efimiya, Mary, Ariana".
                const bool unknown =
                    !ni && m_tokens[k].norm.size() >= 3 && namesPerSentence.value(m_tokens[k].sentence) >= 2;
                if (plain
                    && (unknown || (ni && !ni->isWordIn(m_st.language) && (ni->given >= 100 || ni->surname >= 100)))) {
                    addPerson(k, k, false);
                    grown = true;
                }
            }
        }
    }
}

// A family by its name: "the Martinez family", "Familie Öztürk", "la familia Rivas".
void PersonFinder::scanFamilies()
{
    const int n = int(m_tokens.size());
    auto familyName = [&](int k) {
        if (k < 0 || k >= n || m_used.contains(k) || !m_tokens[k].capitalized || m_tokens[k].kind != Token::Kind::Word
            || m_tokens[k].hasDigit || isOrg(k) || m_st.isLex(k, Lex::PublicFigure)) {
            return false;
        }
        const auto name = info(k);
        return name && (name->surname >= 100 || name->given >= 100);
    };
    for (int i = 0; i < n; ++i) {
        const QString& w = m_tokens[i].norm;
        if (w.size() < 6 || w.size() > 7 || w.front() != u'f') {
            continue; // neither "family", "familie" nor "familia"
        }
        int name = -1;
        if (w == QLatin1String("family") && i >= 2 && m_tokens[i - 2].norm == QLatin1String("the")
            && m_tokens[i - 1].sentence == m_tokens[i].sentence) {
            name = i - 1;
        } else if ((w == QLatin1String("familie") || w == QLatin1String("familia")) && i + 1 < n
                   && m_tokens[i + 1].sentence == m_tokens[i].sentence) {
            name = i + 1;
        }
        if (name >= 0 && familyName(name) && adjacent(std::min(i, name), std::max(i, name))) {
            addPerson(name, name, false);
        }
    }
}

// "our clinic dog Bella", "Say hi to Bella, our clinic dog!": a pet's name is nobody's. Its other mentions go too.
// "“Take care of your body …” – Jim Rohn": the author of a quotation, named after a dash behind its closing mark.
void PersonFinder::dropQuoteAuthors()
{
    const QString& text = m_st.text.text();
    auto author = [&](const PersonMention& p) {
        qsizetype k = p.start;
        auto skipSpaces = [&] {
            while (k > 0 && (text[k - 1] == QLatin1Char(' ') || text[k - 1] == QChar(0x00A0))) {
                --k;
            }
        };
        skipSpaces();
        if (k == 0
            || !(text[k - 1] == QChar(0x2013) || text[k - 1] == QChar(0x2014) || text[k - 1] == QLatin1Char('-')
                 || text[k - 1] == QLatin1Char('~'))) {
            return false;
        }
        --k;
        skipSpaces();
        static const QString closing = QStringLiteral("\"\u201D\u201C\u00BB\u00AB'\u2019");
        if (k == 0 || !closing.contains(text[k - 1])) {
            return false;
        }
        // A testimonial is quoted too: "… gave me my confidence back!" — Teresa M. Words in the first person,
        // a shortened surname or a patient word after the name mark a patient's own words.
        const qsizetype quoteEnd = k - 1;
        static const QString opening = QStringLiteral("\"\u201E\u201C\u00AB\u00BB'\u2018");
        qsizetype quoteStart = quoteEnd - 1;
        while (quoteStart >= 0 && !opening.contains(text[quoteStart])) {
            --quoteStart;
        }
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), p.end);
        // …and so is praise of a service: "“Absolutely fantastic service, highly recommend!” – Karen Smith".
        static const WordSet praise{
            QStringLiteral("recommend"),    QStringLiteral("recommended"),    QStringLiteral("service"),
            QStringLiteral("team"),         QStringLiteral("staff"),          QStringLiteral("friendly"),
            QStringLiteral("professional"), QStringLiteral("amazing"),        QStringLiteral("fantastic"),
            QStringLiteral("excellent"),    QStringLiteral("wonderful"),      QStringLiteral("best"),
            QStringLiteral("thank"),        QStringLiteral("thanks"),         QStringLiteral("kind"),
            QStringLiteral("gentle"),       QStringLiteral("listened"),       QStringLiteral("stars"),
            QStringLiteral("empfehlen"),    QStringLiteral("empfehlenswert"), QStringLiteral("freundlich"),
            QStringLiteral("kompetent"),    QStringLiteral("danke"),          QStringLiteral("recomiendo"),
            QStringLiteral("excelente"),    QStringLiteral("servicio"),       QStringLiteral("amable"),
            QStringLiteral("gracias")};
        for (int i = 0; i < m_tokens.size(); ++i) {
            const Token& t = m_tokens[i];
            const bool inQuote = t.start > quoteStart && t.end <= quoteEnd;
            const bool afterName = t.start >= p.end && (lineEnd < 0 || t.end <= lineEnd);
            if ((inQuote
                 && (m_st.isLex(i, Lex::FirstPersonSingular) || m_st.isLex(i, Lex::CareWord)
                     || m_st.isLex(i, Lex::StaffRole) || m_st.isLex(i, Lex::ProviderTitle) || praise.contains(t.norm)))
                || (afterName && m_st.isLex(i, Lex::PatientWord))) {
                return false;
            }
        }
        const Token& last = m_tokens[p.lastToken];
        return !(last.norm.size() == 1 && last.end < text.size() && text[last.end] == QLatin1Char('.'));
    };
    m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                      m_st.persons.end(),
                                      [&](const PersonMention& p) { return !p.handle && author(p); }),
                       m_st.persons.end());
}

// "Panadería Doña Rosa", "Bäckerei Müller", "Jenny's Bakery", "the Spring Family Health Fair": a business or an
// event named after someone, with a capitalised organisation word right before or after the name. Later mentions
// of the same name ("Jenny, those cinnamon rolls were elite") are its owner's.
void PersonFinder::dropBusinessNames()
{
    auto joined = [&](int a, int b) {
        if (a < 0 || b >= m_tokens.size() || m_tokens[a].sentence != m_tokens[b].sentence) {
            return false;
        }
        // Only spaces between, or the possessive's ending: "Molly's Bakery".
        const QStringView gap = m_st.text.view(m_tokens[a].end, m_tokens[b].start).trimmed();
        return gap.isEmpty() || (m_tokens[a].possessive && gap.size() <= 2);
    };
    // Shops, trades and events — not care words ("Sarah's Dental Makeover" is a patient's story).
    static const WordSet trades{
        QStringLiteral("bakery"),     QStringLiteral("hardware"),    QStringLiteral("cafe"),
        QStringLiteral("restaurant"), QStringLiteral("shop"),        QStringLiteral("store"),
        QStringLiteral("salon"),      QStringLiteral("market"),      QStringLiteral("florist"),
        QStringLiteral("flowers"),    QStringLiteral("garage"),      QStringLiteral("pub"),
        QStringLiteral("bar"),        QStringLiteral("deli"),        QStringLiteral("diner"),
        QStringLiteral("pizzeria"),   QStringLiteral("boutique"),    QStringLiteral("brewery"),
        QStringLiteral("kitchen"),    QStringLiteral("grill"),       QStringLiteral("farm"),
        QStringLiteral("fair"),       QStringLiteral("festival"),    QStringLiteral("plumbing"),
        QStringLiteral("electric"),   QStringLiteral("motors"),      QStringLiteral("backerei"),
        QStringLiteral("konditorei"), QStringLiteral("metzgerei"),   QStringLiteral("fleischerei"),
        QStringLiteral("gartnerei"),  QStringLiteral("blumenladen"), QStringLiteral("buchhandlung"),
        QStringLiteral("autohaus"),   QStringLiteral("tischlerei"),  QStringLiteral("schreinerei"),
        QStringLiteral("friseur"),    QStringLiteral("cafeteria"),   QStringLiteral("panaderia"),
        QStringLiteral("pasteleria"), QStringLiteral("ferreteria"),  QStringLiteral("tienda"),
        QStringLiteral("taqueria"),   QStringLiteral("carniceria"),  QStringLiteral("floreria"),
        QStringLiteral("libreria"),   QStringLiteral("taller"),      QStringLiteral("restaurante"),
        QStringLiteral("feria")};
    auto tradeWord = [&](int k) {
        return m_tokens[k].capitalized && m_tokens[k].kind == Token::Kind::Word && trades.contains(m_tokens[k].norm);
    };
    // Right before the name ("Panadería Doña Rosa"), or after it through up to three capitalised words
    // ("Jenny's Bakery", "the Spring Family Health Fair").
    auto businessAfter = [&](int last) {
        for (int k = last + 1; k <= last + 3 && k < m_tokens.size() && joined(k - 1, k); ++k) {
            if (tradeWord(k)) {
                return true;
            }
            if (!m_tokens[k].capitalized || m_tokens[k].kind != Token::Kind::Word) {
                return false;
            }
        }
        return false;
    };
    QSet<QString> owners;
    auto business = [&](const PersonMention& p) {
        if (p.handle || p.staff) {
            return false;
        }
        const int before = p.firstToken - 1;
        const bool named = (joined(before, p.firstToken) && tradeWord(before)) || businessAfter(p.lastToken);
        if (named) {
            for (const QString& k : p.keys) {
                owners.insert(k);
            }
        }
        return named;
    };
    m_st.persons.erase(std::remove_if(m_st.persons.begin(), m_st.persons.end(), business), m_st.persons.end());
    // "die Pflegeserie von VitaDerm … Danke an @VitaDerm": a handle whose name the text uses as a word is a brand's.
    QSet<QString> words;
    if (std::any_of(m_st.persons.cbegin(), m_st.persons.cend(), [](const PersonMention& p) { return p.handle; })) {
        for (const Token& t : m_tokens) {
            if (t.kind == Token::Kind::Word && t.norm.size() >= 4) {
                words.insert(t.norm);
            }
        }
    }
    m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                      m_st.persons.end(),
                                      [&](const PersonMention& p) {
                                          if (!p.handle || p.firstToken != p.lastToken) {
                                              return false;
                                          }
                                          QString handle = m_tokens[p.firstToken].norm;
                                          if (handle.startsWith(QLatin1Char('@'))) {
                                              handle.remove(0, 1);
                                          }
                                          return words.contains(handle);
                                      }),
                       m_st.persons.end());
    // …and names the finders left alone because of the business word: "Molly's Bakery".
    for (int k = 0; k + 1 < m_tokens.size(); ++k) {
        if (m_tokens[k].capitalized && m_tokens[k].kind == Token::Kind::Word && info(k) && info(k)->given > 0
            && businessAfter(k) && !m_used.contains(k)) {
            owners.insert(m_tokens[k].norm);
        }
    }
    if (owners.isEmpty()) {
        return;
    }
    m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                      m_st.persons.end(),
                                      [&](const PersonMention& p) {
                                          return !p.handle && p.firstToken == p.lastToken
                                                 && std::any_of(p.keys.cbegin(), p.keys.cend(), [&](const QString& k) {
                                                        return owners.contains(k);
                                                    });
                                      }),
                       m_st.persons.end());
}

void PersonFinder::dropPets()
{
    static const WordSet determiners{QStringLiteral("our"),
                                     QStringLiteral("the"),
                                     QStringLiteral("my"),
                                     QStringLiteral("unser"),
                                     QStringLiteral("unsere"),
                                     QStringLiteral("nuestro"),
                                     QStringLiteral("nuestra"),
                                     QStringLiteral("el"),
                                     QStringLiteral("la")};
    auto sameSentence = [&](int a, int b) {
        return a >= 0 && b >= 0 && a < m_tokens.size() && b < m_tokens.size()
               && m_tokens[a].sentence == m_tokens[b].sentence;
    };
    QSet<QString> pets;
    for (const PersonMention& p : std::as_const(m_st.persons)) {
        if (p.firstToken != p.lastToken || p.handle || p.keys.isEmpty()) {
            continue;
        }
        const int i = p.firstToken;
        bool pet = (sameSentence(i - 1, i) && m_st.isLex(i - 1, Lex::Animal))
                   || (sameSentence(i - 2, i) && m_st.isLex(i - 2, Lex::Animal) && !m_tokens[i - 2].commaAfter);
        if (!pet && m_tokens[i].commaAfter && sameSentence(i, i + 1) && determiners.contains(m_tokens[i + 1].norm)) {
            for (int k = i + 2; k <= i + 4 && sameSentence(i, k) && !pet; ++k) {
                pet = m_st.isLex(k, Lex::Animal);
            }
        }
        if (pet) {
            pets.insert(p.keys.first());
        }
    }
    if (pets.isEmpty()) {
        return;
    }
    m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                      m_st.persons.end(),
                                      [&](const PersonMention& p) {
                                          return !p.handle && !p.keys.isEmpty()
                                                 && std::all_of(p.keys.cbegin(), p.keys.cend(), [&](const QString& k) {
                                                        return pets.contains(k);
                                                    });
                                      }),
                       m_st.persons.end());
}

void PersonFinder::run()
{
    scanHandles();
    scanMoniker();
    scanTitles();
    scanSpeakers();
    scanNamed();
    scanPairs();
    scanSequences();
    scanFamilies();
    extendLowerCaseNames();
    linkMentions();
    dropPets();
    dropQuoteAuthors();
    scanLists();
    dropBusinessNames();
    markStaff();
    std::sort(m_st.persons.begin(), m_st.persons.end(), [](const PersonMention& a, const PersonMention& b) {
        return a.start < b.start;
    });
}

} // namespace

void detectPersons(CheckState& st)
{
    PersonFinder(st).run();
}

} // namespace clearpost
