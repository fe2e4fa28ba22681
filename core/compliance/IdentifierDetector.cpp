// Identifiers that belong to a person: phone and fax numbers, e-mail addresses,
// profile links, IP addresses and ID numbers (found by IdentifierScanner), dates,
// ages and addresses. A number or place is only PHI when it belongs to an
// individual: the practice's own details and public numbers are never flagged.

#include "CheckState.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

namespace clearpost {

namespace {

Severity identifierSeverity(const CheckState& st)
{
    return st.healthContext ? Severity::Blocker : Severity::Warning;
}

QString digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit()) {
            d += c;
        }
    }
    return d;
}

QString hostOf(QStringView text)
{
    QStringView h = text.trimmed();
    const qsizetype scheme = h.indexOf(u"://");
    if (scheme >= 0) {
        h = h.mid(scheme + 3);
    }
    const qsizetype at = h.lastIndexOf(u'@');
    if (at >= 0) {
        h = h.mid(at + 1);
    }
    const qsizetype slash = h.indexOf(u'/');
    if (slash >= 0) {
        h = h.left(slash);
    }
    if (h.startsWith(u"www.", Qt::CaseInsensitive)) {
        h = h.mid(4);
    }
    return h.toString().toLower();
}

// A quote or list marker at the start of a line: "> ", "• ", "- ". Bullets that went through a wrong text
// encoding arrive as '?'.
bool isListMarker(QChar c)
{
    switch (c.unicode()) {
    case u'>':
    case u'-':
    case u'*':
    case u'|':
    case u'?':
    case u'\u2022': // •
    case u'\u00B7': // ·
    case u'\u2013': // –
    case u'\u2014': // —
    case u'\u25AA': // ▪
    case u'\u25E6': // ◦
        return true;
    default:
        return false;
    }
}

bool isCallVerb(const QString& norm)
{
    static const WordSet verbs{
        QStringLiteral("call"),
        QStringLiteral("ring"),
        QStringLiteral("dial"),
        QStringLiteral("contact"),
        QStringLiteral("reach"),
        QStringLiteral("tel"),
        QStringLiteral("llame"),
        QStringLiteral("llamenos"),
        QStringLiteral("rufen"),
        QStringLiteral("anrufen"),
        QStringLiteral("telefonisch"),
        QStringLiteral("whatsapp"),
        QStringLiteral("appointments"),
        QStringLiteral("questions"),
        QStringLiteral("reservations"),
        QStringLiteral("bookings"),
        QStringLiteral("termine"),
        QStringLiteral("telefono"),
        QStringLiteral("phone"),
        // "comuníquese con nosotros al …", "le atendemos al …", "escríbanos a …"
        QStringLiteral("comuniquese"),
        QStringLiteral("comunicarse"),
        QStringLiteral("contactenos"),
        QStringLiteral("contactarnos"),
        QStringLiteral("escribanos"),
        QStringLiteral("atendemos"),
        QStringLiteral("llamarnos"),
        QStringLiteral("llamar"),
        QStringLiteral("escribenos"),
        QStringLiteral("agende"),
        QStringLiteral("agendar"),
        QStringLiteral("reserve"),
        QStringLiteral("citas"),
        QStringLiteral("reservas"),
        QStringLiteral("informes"),
        QStringLiteral("informacion"),
        QStringLiteral("contacto"),
        QStringLiteral("kontakt"),
        QStringLiteral("terminvereinbarung"),
        QStringLiteral("anmeldung"),
        QStringLiteral("booking"),
        QStringLiteral("book"),
        QStringLiteral("erreichen"),
        QStringLiteral("melden"),
        QStringLiteral("write"),
    };
    // Spanish verbs with "us" attached: "escribirnos", "visitarnos", "llamarnos"; German compounds that name
    // appointments: "Beratungstermin unter …", "Terminvereinbarung".
    return verbs.contains(norm) || norm.endsWith(QLatin1String("termin")) || norm.endsWith(QLatin1String("termine"))
           || (norm.size() > 7
               && (norm.endsWith(QLatin1String("arnos")) || norm.endsWith(QLatin1String("ernos"))
                   || norm.endsWith(QLatin1String("irnos"))));
}

bool isSendVerb(const QString& norm)
{
    static const WordSet verbs{
        QStringLiteral("text"),        QStringLiteral("texted"),      QStringLiteral("send"),
        QStringLiteral("sent"),        QStringLiteral("fax"),         QStringLiteral("faxed"),
        QStringLiteral("email"),       QStringLiteral("emailed"),     QStringLiteral("mail"),
        QStringLiteral("mailed"),      QStringLiteral("resent"),      QStringLiteral("forward"),
        QStringLiteral("sms"),         QStringLiteral("schicken"),    QStringLiteral("senden"),
        QStringLiteral("gesendet"),    QStringLiteral("mandamos"),    QStringLiteral("enviamos"),
        QStringLiteral("llamaremos"),  QStringLiteral("geschickt"),   QStringLiteral("gemailt"),
        QStringLiteral("gefaxt"),      QStringLiteral("enviado"),     QStringLiteral("mandado"),
        QStringLiteral("übermittelt"), QStringLiteral("ubermittelt"),
    };
    return verbs.contains(norm);
}

bool isBusinessMailbox(const QString& local)
{
    // Role mailboxes: "patientcare@", "front.desk@", "billing-team@".
    static const QStringList words{
        QStringLiteral("care"),    QStringLiteral("info"),      QStringLiteral("team"),    QStringLiteral("office"),
        QStringLiteral("admin"),   QStringLiteral("contact"),   QStringLiteral("billing"), QStringLiteral("appoint"),
        QStringLiteral("booking"), QStringLiteral("reception"), QStringLiteral("desk"),    QStringLiteral("support"),
        QStringLiteral("service"), QStringLiteral("praxis"),    QStringLiteral("clinic"),  QStringLiteral("practice"),
        QStringLiteral("noreply"), QStringLiteral("enquir"),    QStringLiteral("inquir"),  QStringLiteral("career"),
        QStringLiteral("recruit"), QStringLiteral("hello"),     QStringLiteral("kontakt"), QStringLiteral("termin")};
    const QString lower = local.toLower();
    for (const QString& w : words) {
        if (lower.contains(w)) {
            return true;
        }
    }
    static const WordSet boxes{
        QStringLiteral("hello"),        QStringLiteral("hi"),        QStringLiteral("info"),
        QStringLiteral("contact"),      QStringLiteral("office"),    QStringLiteral("admin"),
        QStringLiteral("team"),         QStringLiteral("careers"),   QStringLiteral("jobs"),
        QStringLiteral("reception"),    QStringLiteral("frontdesk"), QStringLiteral("front.desk"),
        QStringLiteral("appointments"), QStringLiteral("booking"),   QStringLiteral("bookings"),
        QStringLiteral("noreply"),      QStringLiteral("no-reply"),  QStringLiteral("support"),
        QStringLiteral("mail"),         QStringLiteral("praxis"),    QStringLiteral("kontakt"),
        QStringLiteral("service"),      QStringLiteral("desk"),      QStringLiteral("clinic"),
        QStringLiteral("billing"),      QStringLiteral("referrals"), QStringLiteral("press"),
        QStringLiteral("media"),        QStringLiteral("marketing"), QStringLiteral("citas"),
        QStringLiteral("recepcion"),    QStringLiteral("hr"),        QStringLiteral("privacy"),
        QStringLiteral("dpo"),          QStringLiteral("help"),      QStringLiteral("enquiries"),
        QStringLiteral("inquiries"),    QStringLiteral("sales"),
    };
    return boxes.contains(local.toLower());
}

class OwnerJudge
{
public:
    explicit OwnerJudge(const CheckState& st)
        : m_st(st)
    { }

    // Whether the identifier at [start, end) belongs to an individual rather than the practice or the public.
    bool personal(qsizetype start, qsizetype end = -1) const
    {
        // A job advert's contact details are where applicants write to: the practice's.
        if (m_st.jobAdvert) {
            return false;
        }
        const QList<Token>& tokens = m_st.text.tokens();
        const int before = m_st.text.tokenBefore(start);
        const int sentence = before >= 0 ? tokens[before].sentence : m_st.text.sentenceAt(start);
        // German and Spanish put the verb after: "Wir haben ihn an thomas.vogt83@web.de geschickt".
        if (end > start && before >= 0
            && (tokens[before].norm == QLatin1String("an") || tokens[before].norm == QLatin1String("a"))) {
            const int after = m_st.text.tokenFrom(end);
            for (int k = after; k < std::min(int(tokens.size()), after + 2); ++k) {
                if (tokens[k].sentence == sentence && isSendVerb(tokens[k].norm)) {
                    return true;
                }
            }
        }
        // "We've emailed gracie.bamford@btinternet.com": the address something was sent to directly.
        if (before >= 0 && tokens[before].sentence == sentence && tokens[before].end <= start
            && m_st.text.view(tokens[before].end, start).trimmed().isEmpty()) {
            static const WordSet sentWords{QStringLiteral("emailed"),
                                           QStringLiteral("e-mailed"),
                                           QStringLiteral("texted"),
                                           QStringLiteral("messaged"),
                                           QStringLiteral("gemailt"),
                                           QStringLiteral("enviamos")};
            if (sentWords.contains(tokens[before].norm)) {
                return true;
            }
        }
        // "Reception can check what you're eligible for on 01632 …", "the front desk can run your benefits at …":
        // a sentence whose subject is the practice or its staff gives their line, whoever else it mentions.
        bool ourSubject = false;
        if (sentence >= 0 && sentence < m_st.text.sentences().size()) {
            const TextRange& s = m_st.text.sentences()[sentence];
            for (int k = s.firstToken; k <= s.lastToken && k < before && !ourSubject; ++k) {
                if (m_st.isLex(k, Lex::SecondPerson) || m_st.tokenInPerson(k, false)) {
                    break;
                }
                ourSubject = m_st.isLex(k, Lex::BusinessPronoun) || ourStaffRole(k) || isPracticeWord(k);
            }
            // …but not where the practice gets in touch: "we also tried you on …", "rufen wir Sie unter … an",
            // "we faxed the letter to your office fax", "le confirmamos su cita por mensaje al …".
            static const WordSet reaching{
                QStringLiteral("call"),    QStringLiteral("called"),      QStringLiteral("calling"),
                QStringLiteral("ring"),    QStringLiteral("rang"),        QStringLiteral("tried"),
                QStringLiteral("try"),     QStringLiteral("reach"),       QStringLiteral("reached"),
                QStringLiteral("contact"), QStringLiteral("contacted"),   QStringLiteral("rufen"),
                QStringLiteral("anrufen"), QStringLiteral("erreichen"),   QStringLiteral("versucht"),
                QStringLiteral("llamar"),  QStringLiteral("llamamos"),    QStringLiteral("llamaremos"),
                QStringLiteral("mensaje"), QStringLiteral("confirmamos"), QStringLiteral("fax"),
                QStringLiteral("faxed"),   QStringLiteral("re-sent"),     QStringLiteral("resent")};
            for (int k = s.firstToken; k <= s.lastToken && ourSubject; ++k) {
                ourSubject = !reaching.contains(tokens[k].norm) && !isSendVerb(tokens[k].norm);
            }
        }
        // Walk back to the nearest cue: a person makes it theirs, the practice makes it the practice's.
        for (int k = before, steps = 0; k >= 0 && steps < 12; --k, ++steps) {
            if (tokens[k].sentence != sentence) {
                break;
            }
            const QString& n = tokens[k].norm;
            // "ist gern für Sie da: 0761 …", "here for you at …": the reader as whom the number serves.
            static const WordSet forWords{QStringLiteral("for"), QStringLiteral("fur"), QStringLiteral("para")};
            static const WordSet readerObjects{QStringLiteral("you"),
                                               QStringLiteral("sie"),
                                               QStringLiteral("dich"),
                                               QStringLiteral("ti"),
                                               QStringLiteral("usted"),
                                               QStringLiteral("ustedes")};
            // "would like to hear from you at …": the reader as who gets in touch.
            static const WordSet fromWords{QStringLiteral("from"), QStringLiteral("von")};
            const bool servedReader =
                readerObjects.contains(n) && k >= 1
                && (forWords.contains(tokens[k - 1].norm) || fromWords.contains(tokens[k - 1].norm));
            // "the voice you'll hear on 01632 …", "you can reach her at …": a number the reader calls.
            static const WordSet readerCalls{QStringLiteral("hear"),
                                             QStringLiteral("reach"),
                                             QStringLiteral("call"),
                                             QStringLiteral("ring"),
                                             QStringLiteral("text"),
                                             QStringLiteral("email")};
            int verb = k + 1;
            while (verb < before && verb <= k + 2
                   && (tokens[verb].norm == QLatin1String("can") || tokens[verb].norm == QLatin1String("will"))) {
                ++verb;
            }
            static const WordSet readerSubjects{
                QStringLiteral("you"), QStringLiteral("you'll"), QStringLiteral("you'd"), QStringLiteral("you've")};
            const bool readerCalling =
                readerSubjects.contains(n) && verb <= before && readerCalls.contains(tokens[verb].norm);
            if (readerCalling) {
                return false;
            }
            if (servedReader) {
                continue;
            }
            // …unless the reader is whom it calls ("we'll call you back on …") or whose line it is ("your mobile").
            if (ourSubject && m_st.isLex(k, Lex::SecondPerson) && !m_st.tokenInPerson(k, false)) {
                static const WordSet calls{QStringLiteral("call"),
                                           QStringLiteral("ring"),
                                           QStringLiteral("text"),
                                           QStringLiteral("reach"),
                                           QStringLiteral("contact"),
                                           QStringLiteral("email"),
                                           QStringLiteral("message"),
                                           QStringLiteral("phone"),
                                           QStringLiteral("anrufen"),
                                           QStringLiteral("erreichen"),
                                           QStringLiteral("llamar"),
                                           QStringLiteral("llamaremos")};
                static const WordSet lines{QStringLiteral("phone"),
                                           QStringLiteral("number"),
                                           QStringLiteral("mobile"),
                                           QStringLiteral("cell"),
                                           QStringLiteral("line"),
                                           QStringLiteral("home"),
                                           QStringLiteral("handy"),
                                           QStringLiteral("nummer"),
                                           QStringLiteral("telefon"),
                                           QStringLiteral("celular"),
                                           QStringLiteral("movil"),
                                           QStringLiteral("telefono")};
                const bool called = k >= 1 && calls.contains(tokens[k - 1].norm);
                const bool ownLine = k + 1 < tokens.size() && lines.contains(tokens[k + 1].norm);
                if (!called && !ownLine) {
                    continue;
                }
            }
            if (m_st.tokenInPerson(k, false) || m_st.isLex(k, Lex::SecondPerson)
                || m_st.isLex(k, Lex::FirstPersonSingular) || m_st.isLex(k, Lex::ThirdPersonPossessive)
                || m_st.isLex(k, Lex::FamilyWord)) {
                return true;
            }
            if ((n == QLatin1String("to") || n == QLatin1String("an") || n == QLatin1String("al")) && steps <= 1) {
                // "we'll text the report to …": sent to someone's number.
                for (int j = k - 1; j >= std::max(0, k - 6); --j) {
                    if (tokens[j].sentence == sentence && isSendVerb(tokens[j].norm)) {
                        bool ours = false;
                        for (int q = j + 1; q < k; ++q) {
                            ours = ours || m_st.isLex(q, Lex::BusinessPronoun);
                        }
                        if (!ours) {
                            return true;
                        }
                    }
                }
            }
            if (n == QLatin1String("at") && steps <= 1) {
                // "we left a voicemail at (207) 555-0152": a number we called is someone's; "leave us a
                // message at …" is ours.
                static const WordSet messages{QStringLiteral("voicemail"),
                                              QStringLiteral("message"),
                                              QStringLiteral("text"),
                                              QStringLiteral("sms"),
                                              QStringLiteral("texted"),
                                              QStringLiteral("called"),
                                              QStringLiteral("rang"),
                                              QStringLiteral("messaged"),
                                              QStringLiteral("left")};
                for (int j = k - 1; j >= std::max(0, k - 4); --j) {
                    if (tokens[j].sentence != sentence || !messages.contains(tokens[j].norm)) {
                        continue;
                    }
                    bool ours = false;
                    for (int q = std::max(0, j - 2); q < k; ++q) {
                        ours = ours || m_st.isLex(q, Lex::BusinessPronoun) || tokens[q].norm == QLatin1String("us");
                    }
                    if (!ours) {
                        return true;
                    }
                }
            }
            if (isFieldLabel(k)) {
                return recordOfPerson(k); // "Phone: 0490 75 40 81" in someone's details
            }
            // "our office manager, Cliff Morgan, would like to hear from you at …": a staff member's line.
            if (m_st.isLex(k, Lex::BusinessPronoun) || isCallVerb(n) || m_st.tokenInPerson(k, true)
                || m_st.isLex(k, Lex::EmergencyCall) || isPracticeWord(k) || ourStaffRole(k)) {
                return false;
            }
        }
        if (m_st.reply) {
            return true;
        }
        if (sentence >= 0 && sentence < m_st.text.sentences().size() && m_st.individualContext(sentence)) {
            return true;
        }
        // "Questions? (802) 555-0119": a call to action in the sentence before.
        if (sentence > 0) {
            const TextRange& prev = m_st.text.sentences()[sentence - 1];
            if (prev.lastToken >= prev.firstToken && isFieldLabel(prev.lastToken)) {
                return recordOfPerson(prev.lastToken); // "Phone:" on the line above
            }
            for (int k = prev.lastToken; k >= std::max(prev.firstToken, prev.lastToken - 2); --k) {
                if (isCallVerb(tokens[k].norm) || m_st.isLex(k, Lex::BusinessPronoun)) {
                    return false;
                }
            }
        }
        // Nothing says whose number it is: when the text speaks as the practice it is most likely
        // the practice's or another organisation's; otherwise it is someone's.
        return !m_st.practiceVoice;
    }

private:
    // A word at the start of a line followed by a colon: "Phone:", "E-mail:", "Tel.:", "Mobile:".
    bool isFieldLabel(int k) const
    {
        const QList<Token>& tokens = m_st.text.tokens();
        const QString& text = m_st.text.text();
        qsizetype p = tokens[k].end;
        while (p < text.size() && (text[p] == QLatin1Char('.') || text[p] == QLatin1Char(' '))) {
            ++p;
        }
        if (p >= text.size() || text[p] != QLatin1Char(':')) {
            return false;
        }
        qsizetype b = tokens[k].start;
        while (b > 0
               && (text[b - 1] == QLatin1Char(' ') || text[b - 1] == QLatin1Char('-') || text[b - 1].isLetter())) {
            --b; // "E-mail", "Mobile phone"
        }
        return b == 0 || text[b - 1] == QLatin1Char('\n') || text[b - 1] == QLatin1Char('>');
    }
    // Whose details a labelled field gives: a person named before it and no practice speaking.
    bool recordOfPerson(int label) const
    {
        for (const PersonMention& p : m_st.persons) {
            if (!p.staff && p.lastToken < label) {
                return true;
            }
        }
        return !m_st.practiceVoice;
    }

    // A staff role that is not someone else's: "our office manager", not "your manager at the depot".
    bool ourStaffRole(int k) const
    {
        if (!m_st.isLex(k, Lex::StaffRole)) {
            return false;
        }
        for (int j = k - 1; j >= std::max(0, k - 3); --j) {
            if (m_st.isLex(j, Lex::SecondPersonPossessive) || m_st.isLex(j, Lex::ThirdPersonPossessive)
                || m_st.text.tokens()[j].possessive) {
                return false;
            }
            if (m_st.isLex(j, Lex::BusinessPronoun)) {
                return true;
            }
        }
        return true;
    }

    // A capitalised organisation word ("Lakeshore Family Practice", "our team"), not "program" in running text.
    bool isPracticeWord(int k) const
    {
        const Token& t = m_st.text.tokens()[k];
        return m_st.isLex(k, Lex::OrgWord) && (t.capitalized || t.norm == QLatin1String("team"));
    }

    const CheckState& m_st;
};

bool ownedByPractice(const CheckState& st, const IdentifierMatch& m)
{
    const Practice& p = st.context.practice;
    const QStringView value = QStringView(st.text.text()).mid(m.start, m.end - m.start);
    if (m.category == category::PhiPhone || m.category == category::PhiFax) {
        const QString d = digitsOf(value);
        const QString own = digitsOf(p.phone);
        return !own.isEmpty() && d.size() >= 7 && (own.endsWith(d.right(7)) && d.endsWith(own.right(7)));
    }
    if (m.category == category::PhiEmail || m.category == category::PhiUrl) {
        const QString host = hostOf(value);
        return (!p.website.isEmpty() && host == hostOf(p.website)) || (!p.email.isEmpty() && host == hostOf(p.email));
    }
    return false;
}

} // namespace

namespace {

// 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16 and IPv6 loopback, link-local (fe80::/10) and unique local
// (fc00::/7) addresses.
bool localAddress(QStringView ip)
{
    QHostAddress a;
    if (!a.setAddress(ip.toString())) {
        return false;
    }
    if (a.isLoopback() || a.isLinkLocal()) {
        return true;
    }
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = a.toIPv4Address();
        return (v >> 24) == 10 || (v >> 20) == ((172u << 4) | 1u) || (v >> 16) == ((192u << 8) | 168u);
    }
    return a.isUniqueLocalUnicast();
}

} // namespace

void detectIdentifiers(CheckState& st)
{
    const OwnerJudge judge(st);
    const QString& text = st.text.text();
    for (const IdentifierMatch& m : std::as_const(st.identifiers)) {
        // The practice's own details, and lines no person owns ("Telefonseelsorge … 0800 111 0 111").
        if (ownedByPractice(st, m) || m.service) {
            continue;
        }
        bool flag = false;
        if (m.category == category::PhiId) {
            flag = true;
        } else if (m.category == category::PhiIp) {
            // A private, loopback or link-local address ("the Wi-Fi login page is 192.168.10.1") is the same in
            // every building and identifies no one.
            flag = !localAddress(QStringView(text).mid(m.start, m.end - m.start));
        } else if (m.category == category::PhiEmail) {
            const QString local = text.mid(m.start, m.end - m.start).section(QLatin1Char('@'), 0, 0);
            flag = !isBusinessMailbox(local) && judge.personal(m.start, m.end);
        } else if (m.category == category::PhiUrl) {
            if (m.ruleId == QLatin1String("phi.url.profile")) {
                // Someone's profile: in a reply it is the reader's or another person's, and a profile that
                // carries a name from the text ("facebook.com/marcus.delane.73") is that person's.
                const QString url = TextAnalysis::fold(QStringView(text).mid(m.start, m.end - m.start));
                bool named = false;
                for (const PersonMention& p : std::as_const(st.persons)) {
                    for (const QString& k : p.keys) {
                        named = named || (!p.staff && k.size() >= 3 && url.contains(k));
                    }
                }
                flag = judge.personal(m.start) || !st.anyHit(Lex::BusinessPronoun) || st.reply || named;
            } else {
                // Other links are the practice's or public pages, unless a person shares their own.
                const int sentence = st.text.sentenceAt(m.start);
                const TextRange& s = st.text.sentences().value(sentence);
                flag = (st.lexIn(Lex::FirstPersonSingular, s.firstToken, s.lastToken)
                        && !st.lexIn(Lex::BusinessPronoun, s.firstToken, s.lastToken))
                       || (!st.practiceVoice && (st.anyPatientPerson() || st.anyHit(Lex::FirstPersonSingular)));
                // A personal site: the host carries a name from the text ("garethwalks.co.uk").
                const QString host = hostOf(text.mid(m.start, m.end - m.start));
                for (const PersonMention& p : std::as_const(st.persons)) {
                    for (const QString& k : p.keys) {
                        flag = flag || (!p.staff && k.size() >= 4 && host.contains(k));
                    }
                }
                // "Website:" in someone's contact details, "just posted a photo …".
                const int before = st.text.tokenBefore(m.start);
                if (!flag && !st.practiceVoice && before >= 0) {
                    const QString& w = st.text.tokens()[before].norm;
                    flag = w == QLatin1String("website") || w == QLatin1String("homepage") || w == QLatin1String("blog")
                           || w == QLatin1String("photo") || w == QLatin1String("you");
                }
            }
        } else {
            flag = judge.personal(m.start, m.end);
        }
        if (!flag) {
            continue;
        }
        st.add(m.ruleId, m.category, identifierSeverity(st), m.start, m.end);
    }
}

// ---------------------------------------------------------------------------

namespace {

bool insideIdentifier(const CheckState& st, qsizetype start, qsizetype end)
{
    for (const IdentifierMatch& m : st.identifiers) {
        if (start < m.end && end > m.start) {
            return true;
        }
    }
    return false;
}

int numberValue(const Token& t, bool* ok)
{
    return t.norm.toInt(ok);
}

bool orJoiner(const QString& norm)
{
    static const WordSet words{QStringLiteral("and"),
                               QStringLiteral("or"),
                               QStringLiteral("und"),
                               QStringLiteral("oder"),
                               QStringLiteral("y"),
                               QStringLiteral("o")};
    return words.contains(norm);
}

bool isOrdinalSuffix(const Token& t)
{
    return t.norm == QLatin1String("th") || t.norm == QLatin1String("st") || t.norm == QLatin1String("nd")
           || t.norm == QLatin1String("rd");
}

bool plausibleNumericDate(const QString& s, bool trailingDot)
{
    if (s.contains(QLatin1Char(':')) || s.contains(QLatin1Char(','))) {
        return false;
    }
    QChar sep;
    for (QChar c : s) {
        if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            if (!sep.isNull() && c != sep) {
                return false;
            }
            sep = c;
        }
    }
    if (sep.isNull()) {
        return false;
    }
    const QStringList parts = s.split(sep);
    QList<int> v;
    for (const QString& p : parts) {
        bool ok = false;
        v.append(p.toInt(&ok));
        if (!ok) {
            return false;
        }
    }
    auto validDay = [](int d, int m) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; };
    if (parts.size() == 3) {
        if (parts[0].size() == 4) {
            return validDay(v[2], v[1]); // ISO
        }
        const bool yearOk = parts[2].size() == 2 || parts[2].size() == 4;
        return yearOk && (validDay(v[1], v[0]) || validDay(v[0], v[1]));
    }
    if (parts.size() == 2) {
        if (sep == QLatin1Char('.')) {
            return trailingDot && validDay(v[0], v[1]); // 17.11.
        }
        if (sep == QLatin1Char('/')) {
            if (s == QLatin1String("24/7")) {
                return false;
            }
            return parts[0].size() <= 2 && parts[1].size() <= 2 && (validDay(v[1], v[0]) || validDay(v[0], v[1]));
        }
    }
    return false;
}

// English number words up to 125: "five", "ninety-one", "a hundred and four" is not needed in posts.
int numberWord(const QList<Token>& tokens, int i, int* end)
{
    static const QHash<QString, int> ones{{QStringLiteral("one"), 1},
                                          {QStringLiteral("two"), 2},
                                          {QStringLiteral("three"), 3},
                                          {QStringLiteral("four"), 4},
                                          {QStringLiteral("five"), 5},
                                          {QStringLiteral("six"), 6},
                                          {QStringLiteral("seven"), 7},
                                          {QStringLiteral("eight"), 8},
                                          {QStringLiteral("nine"), 9},
                                          {QStringLiteral("ten"), 10},
                                          {QStringLiteral("eleven"), 11},
                                          {QStringLiteral("twelve"), 12},
                                          {QStringLiteral("thirteen"), 13},
                                          {QStringLiteral("fourteen"), 14},
                                          {QStringLiteral("fifteen"), 15},
                                          {QStringLiteral("sixteen"), 16},
                                          {QStringLiteral("seventeen"), 17},
                                          {QStringLiteral("eighteen"), 18},
                                          {QStringLiteral("nineteen"), 19}};
    static const QHash<QString, int> tens{{QStringLiteral("twenty"), 20},
                                          {QStringLiteral("thirty"), 30},
                                          {QStringLiteral("forty"), 40},
                                          {QStringLiteral("fifty"), 50},
                                          {QStringLiteral("sixty"), 60},
                                          {QStringLiteral("seventy"), 70},
                                          {QStringLiteral("eighty"), 80},
                                          {QStringLiteral("ninety"), 90}};
    *end = i;
    const QString& w = tokens[i].norm;
    if (const auto it = ones.constFind(w); it != ones.constEnd()) {
        return it.value();
    }
    if (const auto it = tens.constFind(w); it != tens.constEnd()) {
        if (tokens[i].hyphenNext && i + 1 < tokens.size()) {
            if (const auto o = ones.constFind(tokens[i + 1].norm); o != ones.constEnd() && o.value() < 10) {
                *end = i + 1;
                return it.value() + o.value();
            }
        }
        return it.value();
    }
    return -1;
}

// "90 today", "turns 5 tomorrow".
const WordSet& todayWords()
{
    static const WordSet words{QStringLiteral("today"),
                               QStringLiteral("tomorrow"),
                               QStringLiteral("heute"),
                               QStringLiteral("morgen"),
                               QStringLiteral("hoy"),
                               QStringLiteral("manana")};
    return words;
}

// "she is only 9", "he was nearly 90".
const WordSet& ageAdverbs()
{
    static const WordSet words{QStringLiteral("only"),
                               QStringLiteral("just"),
                               QStringLiteral("nearly"),
                               QStringLiteral("almost"),
                               QStringLiteral("barely"),
                               QStringLiteral("already"),
                               QStringLiteral("now"),
                               QStringLiteral("still")};
    return words;
}

// "From 1 June … you can also book routine appointments online": every care word of the sentence is offered
// to anyone (booked, not someone's), and no one is named.
bool careOnlyOffered(const CheckState& st, const TextRange& s)
{
    static const WordSet booking{QStringLiteral("book"),
                                 QStringLiteral("schedule"),
                                 QStringLiteral("request"),
                                 QStringLiteral("buchen"),
                                 QStringLiteral("vereinbaren"),
                                 QStringLiteral("reservar"),
                                 QStringLiteral("pedir")};
    const QList<Token>& tokens = st.text.tokens();
    bool any = false;
    for (int k = s.firstToken; k <= s.lastToken; ++k) {
        if (!st.isLex(k, Lex::CareWord)) {
            continue;
        }
        any = true;
        bool offered = false;
        for (int q = k - 1; q >= std::max(s.firstToken, k - 3) && !offered; --q) {
            if (st.isLex(q, Lex::SecondPersonPossessive) || st.isLex(q, Lex::ThirdPersonPossessive)) {
                return false; // "book your follow-up": the reader's own
            }
            offered = booking.contains(tokens[q].norm);
        }
        if (!offered) {
            return false;
        }
    }
    return any && !st.lexIn(Lex::CareVerb, s.firstToken, s.lastToken)
           && !st.personInSentence(tokens[s.firstToken].sentence);
}

bool dateContext(const CheckState& st, int sentence)
{
    if (st.veterinary) {
        return false;
    }
    if (careOnlyOffered(st, st.text.sentences()[sentence])) {
        return false;
    }
    if (st.individualContext(sentence)) {
        return true;
    }
    // In a reply every date is the reader's, unless the practice speaks of itself: "From 1 September we're
    // opening online booking at 7am".
    // "Nos alegra que la extracción del 12 de marzo saliera bien": the practice speaking of the reader's care.
    const TextRange& s = st.text.sentences()[sentence];
    if (!st.reply) {
        return false;
    }
    if (!st.lexIn(Lex::BusinessPronoun, s.firstToken, s.lastToken) || st.lexIn(Lex::CareWord, s.firstToken, s.lastToken)
        || st.lexIn(Lex::CareVerb, s.firstToken, s.lastToken)) {
        return true;
    }
    // "the extraction", "la extracción", "Ihre Behandlung": one particular treatment, the reader's.
    static const WordSet determiners{QStringLiteral("the"),
                                     QStringLiteral("your"),
                                     QStringLiteral("la"),
                                     QStringLiteral("el"),
                                     QStringLiteral("su"),
                                     QStringLiteral("tu"),
                                     QStringLiteral("die"),
                                     QStringLiteral("der"),
                                     QStringLiteral("ihre"),
                                     QStringLiteral("ihr"),
                                     QStringLiteral("deine")};
    const QList<Token>& tokens = st.text.tokens();
    for (int k = s.firstToken + 1; k <= s.lastToken; ++k) {
        if (st.isLex(k, Lex::HealthTerm) && determiners.contains(tokens[k - 1].norm)) {
            return true;
        }
    }
    return false;
}

} // namespace

void detectDatesAndAges(CheckState& st)
{
    const QList<Token>& tokens = st.text.tokens();
    const QString& text = st.text.text();
    const int n = int(tokens.size());
    const Severity dateSeverity = identifierSeverity(st);

    // Dates: "April 22", "12 November", "9 de septiembre", "28. Juli", "06/21/2012", "17.11.", "the 14th".
    for (int i = 0; i < n; ++i) {
        const Token& t = tokens[i];
        int first = -1;
        int last = -1;
        if (st.isLex(i, Lex::Month) && (t.capitalized || t.norm.size() > 3)
            && !(t.norm == QLatin1String("may") && !t.capitalized) && i + 1 < n
            && tokens[i + 1].kind == Token::Kind::Number && tokens[i + 1].sentence == t.sentence) {
            bool ok = false;
            const int day = numberValue(tokens[i + 1], &ok);
            if (ok && day >= 1 && day <= 31 && tokens[i + 1].norm.size() <= 2) {
                first = i;
                last = i + 1;
                if (last + 1 < n && isOrdinalSuffix(tokens[last + 1])) {
                    ++last;
                }
            }
        } else if (t.kind == Token::Kind::Number && t.norm.size() <= 2) {
            bool ok = false;
            const int day = numberValue(t, &ok);
            int m = i + 1;
            if (m < n && isOrdinalSuffix(tokens[m])) {
                ++m;
            }
            if (m < n && (tokens[m].norm == QLatin1String("de") || tokens[m].norm == QLatin1String("of"))) {
                ++m;
            }
            if (ok && day >= 1 && day <= 31 && m < n && st.isLex(m, Lex::Month) && tokens[m].sentence == t.sentence
                && m - i <= 3) {
                first = i;
                last = m;
            } else if (ok && day >= 1 && day <= 31 && i + 1 < n && isOrdinalSuffix(tokens[i + 1]) && i > 0
                       && tokens[i - 1].norm == QLatin1String("the")) {
                first = i - 1; // "the 14th"
                last = i + 1;
            }
        } else if (t.kind == Token::Kind::Number) {
            const bool trailingDot = t.end < text.size() && text[t.end] == QLatin1Char('.');
            if (plausibleNumericDate(t.norm, trailingDot)) {
                first = i;
                last = i;
            }
        }
        if (first < 0) {
            continue;
        }
        // A year after the date belongs to it.
        if (last + 1 < n && tokens[last + 1].kind == Token::Kind::Number && tokens[last + 1].norm.size() == 4
            && tokens[last + 1].sentence == t.sentence) {
            ++last;
        }
        qsizetype end = tokens[last].end;
        // "17.11.": a German day and month end with a full stop of their own. Elsewhere ("14/03/2025.",
        // "Mar 14.", "14.03.2025.") the full stop ends the sentence and stays out of the finding.
        if (end < text.size() && text[end] == QLatin1Char('.') && tokens[last].kind == Token::Kind::Number
            && !st.isLex(last, Lex::Month)) {
            const QString& v = tokens[last].norm;
            const qsizetype dot = v.lastIndexOf(QLatin1Char('.'));
            if (dot > 0 && v.size() - dot - 1 <= 2) {
                ++end;
            }
        }
        // A full date some years back (a birth date, an old admission) or a timestamp is about
        // someone even without other words around it; practices announce current dates.
        bool record = false;
        for (int k = first; k <= last; ++k) {
            const QString& v = tokens[k].norm;
            const int year = v.size() >= 4 ? v.right(4).toInt() : 0;
            const int isoYear = v.size() >= 10 && v[4] == QLatin1Char('-') ? v.left(4).toInt() : 0;
            const int y = std::max(year, isoYear);
            record = record || (y >= 1900 && y <= st.today().year() - 2);
        }
        const bool iso = tokens[first].norm.size() == 10 && tokens[first].norm[4] == QLatin1Char('-');
        if (iso && last + 1 < n && tokens[last + 1].kind == Token::Kind::Number
            && tokens[last + 1].norm.contains(QLatin1Char(':'))) {
            record = true; // "2000-04-16 11:34:35"
            end = tokens[last + 1].end;
        }
        if (insideIdentifier(st, tokens[first].start, end)
            || (!dateContext(st, tokens[i].sentence) && !(record && !st.practiceVoice && !st.veterinary))) {
            i = last;
            continue;
        }
        // A birth date gets its own rule id; other cues ("appointment on", "seen on") are visits.
        static const WordSet birthWords{
            QStringLiteral("dob"),
            QStringLiteral("born"),
            QStringLiteral("birthday"),
            QStringLiteral("birth"),
            QStringLiteral("geboren"),
            QStringLiteral("geburtstag"),
            QStringLiteral("geburtsdatum"),
            QStringLiteral("nacimiento"),
            QStringLiteral("nacio"),
            QStringLiteral("nació"),
            QStringLiteral("cumpleanos"),
            QStringLiteral("cumpleaños"),
        };
        bool birth = false;
        const TextRange& dateSentence = st.text.sentences()[tokens[i].sentence];
        for (int k = dateSentence.firstToken; k <= dateSentence.lastToken && !birth; ++k) {
            birth = birthWords.contains(tokens[k].norm);
        }
        // The weekday written with the date is part of it: "Thursday the 9th", "Montag, den 14. April".
        int from = first;
        {
            int k = first - 1;
            if (k >= 0 && tokens[k].sentence == tokens[first].sentence
                && (tokens[k].norm == QLatin1String("the") || tokens[k].norm == QLatin1String("den")
                    || tokens[k].norm == QLatin1String("el"))) {
                --k;
            }
            if (k >= 0 && k < first && tokens[k].sentence == tokens[first].sentence && st.isLex(k, Lex::Weekday)
                && st.text.view(tokens[k].end, tokens[k + 1].start).trimmed().size() <= 1) {
                from = k;
            }
        }
        st.add(birth ? QStringLiteral("phi.date.birth") : QStringLiteral("phi.date"),
               category::PhiDate,
               dateSeverity,
               tokens[from].start,
               end);
        i = last;
    }

    // Ages: "96-year-old", "turned 3", "6 days old", "aged 68", "Henrietta Paulson, 71,", "8 años", "turned five".
    for (int i = 0; i < n; ++i) {
        const Token& t = tokens[i];
        int age = -1;
        int numberEnd = i; // "ninety-one" spans two tokens
        if (t.kind == Token::Kind::Number && t.norm.size() <= 3) {
            bool ok = false;
            age = t.norm.toInt(&ok);
            age = ok ? age : -1;
        } else if (t.kind == Token::Kind::Word
                   && (st.isLex(i - 1, Lex::AgeCue) || st.isLex(i + 1, Lex::AgeCue) || st.isLex(i + 2, Lex::AgeCue)
                       || t.commaAfter
                       || (i >= 2
                           && (tokens[i - 1].norm == QLatin1String("was")
                               || tokens[i - 1].norm == QLatin1String("is"))))) {
            age = numberWord(tokens, i, &numberEnd);
        }
        if (age < 0 || age > 125) {
            continue;
        }
        int first = -1;
        int last = -1;
        // Number then a unit: "96-year-old", "6 days old", "8 años", "15-jährige".
        if (numberEnd + 1 < n && st.isLex(numberEnd + 1, Lex::AgeCue) && tokens[numberEnd + 1].sentence == t.sentence) {
            const QString& next = tokens[numberEnd + 1].norm;
            const bool unitOnly = next == QLatin1String("years") || next == QLatin1String("year")
                                  || next == QLatin1String("months") || next == QLatin1String("days")
                                  || next == QLatin1String("weeks");
            int k = numberEnd + 1;
            while (k + 1 < n && st.isLex(k + 1, Lex::AgeCue) && tokens[k + 1].sentence == t.sentence) {
                ++k;
            }
            // "92 years young" is said with a wink, but still an age.
            const bool hasOld =
                st.text.view(tokens[numberEnd].end, tokens[k].end).contains(QLatin1String("old"))
                || st.text.view(tokens[numberEnd].end, tokens[k].end).contains(QLatin1String("young"))
                || st.text.view(tokens[numberEnd].end, tokens[k].end).contains(QLatin1String("birthday"));
            // "3 años seguidos", "5 years in a row", "3 Jahre in Folge": how long something has gone on.
            static const WordSet running{QStringLiteral("seguidos"),
                                         QStringLiteral("seguidas"),
                                         QStringLiteral("consecutivos"),
                                         QStringLiteral("consecutive"),
                                         QStringLiteral("running"),
                                         QStringLiteral("hintereinander"),
                                         QStringLiteral("row"),
                                         QStringLiteral("folge")};
            bool duration = false;
            for (int q = k + 1; q < std::min(n, k + 4) && tokens[q].sentence == t.sentence && !duration; ++q) {
                duration = running.contains(tokens[q].norm);
            }
            // "después de 2 años", "nach 2 Jahren", "seit 3 Jahren": how long, where years and age share a word.
            static const WordSet since{QStringLiteral("despues"),
                                       QStringLiteral("durante"),
                                       QStringLiteral("hace"),
                                       QStringLiteral("tras"),
                                       QStringLiteral("desde"),
                                       QStringLiteral("cada"),
                                       QStringLiteral("nach"),
                                       QStringLiteral("seit"),
                                       QStringLiteral("vor"),
                                       QStringLiteral("alle"),
                                       QStringLiteral("innerhalb")};
            for (int q = i - 1; q >= std::max(0, i - 2) && !duration && tokens[q].sentence == t.sentence; --q) {
                duration = since.contains(tokens[q].norm);
            }
            if ((!unitOnly || hasOld) && !duration) {
                first = i;
                last = k;
            }
        }
        // A verb or phrase before: "turned 3", "aged 68", "at the age of 68", "cumplió 8", "cumpleaños número 7".
        if (first < 0 && i > 0 && st.isLex(i - 1, Lex::AgeCue) && tokens[i - 1].sentence == t.sentence
            && !st.isLex(i - 1, Lex::AgePolicyCue) && !(i > 1 && st.isLex(i - 2, Lex::AgePolicyCue))) {
            first = i - 1;
            last = numberEnd;
            if (first > 0 && st.isLex(first - 1, Lex::AgeCue) && tokens[first - 1].sentence == t.sentence
                && !st.isLex(first - 1, Lex::AgePolicyCue)) {
                --first;
            }
        }
        // "Henrietta Paulson, 71, …", "Mrs. Alvarez, 90 today", "Kayla R., 7,": an age in commas right after a name.
        const QStringView afterName = i > 0 ? st.text.view(tokens[i - 1].end, t.start).trimmed() : QStringView();
        if (first < 0 && i > 0 && (tokens[i - 1].commaAfter || afterName == QLatin1String(".,"))
            && st.tokenInPerson(i - 1, false)
            && (t.commaAfter
                || (i + 1 < n && tokens[i + 1].sentence == t.sentence && todayWords().contains(tokens[i + 1].norm)))) {
            first = i;
            last = i;
        }
        // "Svenja (34)", "Lucas (11)": an age in brackets right after a name.
        if (first < 0 && i > 0 && st.tokenInPerson(i - 1, false) && age > 0 && age < 120) {
            const QStringView before = st.text.view(tokens[i - 1].end, t.start).trimmed();
            const QStringView after = st.text.view(t.end, std::min(t.end + 2, st.text.text().size()));
            if (before == QLatin1String("(") && after.startsWith(QLatin1Char(')'))) {
                first = i;
                last = i;
            }
        }
        // "At 97, Harold still walks to every appointment", "Mit 97 kommt sie noch zu Fuß".
        if (first < 0 && i >= 1 && age > 0 && age < 120 && t.kind == Token::Kind::Number
            && (tokens[i - 1].norm == QLatin1String("at") || tokens[i - 1].norm == QLatin1String("mit"))
            && tokens[i - 1].sentenceStart && t.commaAfter && i + 1 < n && st.tokenInPerson(i + 1, false)
            && !st.isLex(i + 1, Lex::ProviderTitle) && !st.isLex(i + 1, Lex::Honorific)) {
            // …with the person right after the comma: "At 10, Dr. Kim starts her rounds" is a time.
            first = i - 1;
            last = i;
        }
        // "Hi Tom, at 67 your hip is healing well", "Not bad for 84!": a number no clock shows, after "at" or
        // "for" at the end of a clause or before whose it is. Past 89 it may sit anywhere ("Fitting your new hearing
        // aids at 94 was the highlight of our week").
        if (first < 0 && i >= 1 && age >= 25 && age < 120 && t.kind == Token::Kind::Number
            && (tokens[i - 1].norm == QLatin1String("at") || tokens[i - 1].norm == QLatin1String("for")
                || tokens[i - 1].norm == QLatin1String("mit"))) {
            // "Eileen, who at 78 walked the whole path": right after a relative pronoun that follows a name.
            static const WordSet relatives{QStringLiteral("who"), QStringLiteral("die"), QStringLiteral("der")};
            bool relative = false;
            for (int k = i - 3; k >= std::max(0, i - 6) && i >= 3 && relatives.contains(tokens[i - 2].norm) && !relative
                                && tokens[k].sentence == t.sentence;
                 --k) {
                relative = st.tokenInPerson(k, false); // "Eileen from Hexham, who at 78 …"
            }
            const bool clauseStart = relative || tokens[i - 1].sentenceStart || (i >= 2 && tokens[i - 2].commaAfter)
                                     || (i >= 2 && tokens[i - 1].clause != tokens[i - 2].clause)
                                     || tokens[i - 1].norm == QLatin1String("for");
            const bool clauseEnd = i + 1 >= n || tokens[i + 1].clause != t.clause
                                   || st.isLex(i + 1, Lex::SecondPersonPossessive)
                                   || st.isLex(i + 1, Lex::ThirdPersonPossessive);
            const bool verbAfter =
                i + 1 < n
                && (tokens[i + 1].norm == QLatin1String("was") || tokens[i + 1].norm == QLatin1String("is")
                    || tokens[i + 1].norm == QLatin1String("and"));
            if ((clauseStart && clauseEnd) || relative || (age >= 90 && (clauseEnd || verbAfter))) {
                first = i - 1;
                last = i;
            }
        }
        // "he's 11", "she's 61".
        if (first < 0 && i >= 1 && age > 0 && age < 120
            && (tokens[i - 1].norm == QLatin1String("he's") || tokens[i - 1].norm == QLatin1String("she's")
                || tokens[i - 1].norm == QLatin1String("i'm"))
            && (i + 1 >= n || tokens[i + 1].sentence != t.sentence || tokens[i + 1].kind != Token::Kind::Word)) {
            first = i - 1;
            last = i;
        }
        // "when he was 78", "she is 61", "Elena, who is 34,", "your son is only 9".
        const int verb = i >= 2 && ageAdverbs().contains(tokens[i - 1].norm) ? i - 2 : i - 1;
        if (first < 0 && verb >= 1
            && (tokens[verb].norm == QLatin1String("was") || tokens[verb].norm == QLatin1String("is"))
            && (st.isLex(verb - 1, Lex::ThirdPersonSubject) || st.isLex(verb - 1, Lex::FirstPersonSingular)
                || st.isLex(verb - 1, Lex::FamilyWord) || st.tokenInPerson(verb - 1, false)
                || (tokens[verb - 1].norm == QLatin1String("who") && verb >= 2 && st.tokenInPerson(verb - 2, false)))
            && (i + 1 >= n || tokens[i + 1].sentence != t.sentence || tokens[i + 1].kind != Token::Kind::Word
                || t.commaAfter)) {
            first = i;
            last = i;
        }
        if (first < 0) {
            continue;
        }
        const int sentence = t.sentence;
        const TextRange& s = st.text.sentences()[sentence];
        // "from age three", "patients aged 65 and over", "ages 2–5": a rule for a group, not someone's age.
        const bool policy =
            (st.lexIn(Lex::AgePolicyCue, std::max(s.firstToken, first - 2), first - 1) && !st.isLex(first, Lex::AgeCue))
            || (last + 1 < n && tokens[last + 1].sentence == sentence
                && (st.isLex(last + 1, Lex::AgePolicyCue)
                    // "65 and over", "18 o más" — but not "a sus 94 años sigue viniendo desde …"
                    || (last + 2 <= s.lastToken && orJoiner(tokens[last + 1].norm)
                        && st.isLex(last + 2, Lex::AgePolicyCue))));
        // "niños de 5 a 12 años", "kids aged 6 to 12", "Kinder von 3 bis 6 Jahren": the end of an age range.
        bool range = false;
        {
            int num = -1;
            for (int k = first; k <= last && num < 0; ++k) {
                num = tokens[k].kind == Token::Kind::Number ? k : -1;
            }
            // ("3 and 5" lists two children's ages; only a range's words join here.)
            static const WordSet joiners{
                QStringLiteral("a"), QStringLiteral("to"), QStringLiteral("bis"), QStringLiteral("hasta")};
            auto dashBetween = [&](int a, int b) {
                const QStringView gap = st.text.view(tokens[a].end, tokens[b].start).trimmed();
                return gap == QLatin1String("-") || gap == QStringView(u"\u2013") || gap == QStringView(u"\u2014");
            };
            auto number = [&](int k) {
                return k >= 0 && k < n && tokens[k].kind == Token::Kind::Number && tokens[k].sentence == sentence;
            };
            // …or its start: "students aged 16–18", "from 4 to 10".
            range = num >= 1
                    && ((number(num - 1) && dashBetween(num - 1, num))
                        || (joiners.contains(tokens[num - 1].norm) && number(num - 2))
                        || (number(num + 1) && dashBetween(num, num + 1))
                        || (num + 2 < n && joiners.contains(tokens[num + 1].norm) && number(num + 2)));
        }
        // "zu unserem 10-jährigen Jubiläum", "our 25th anniversary": the practice's years, not someone's age.
        static const WordSet anniversaries{QStringLiteral("jubilaum"),
                                           QStringLiteral("bestehen"),
                                           QStringLiteral("praxisjubilaum"),
                                           QStringLiteral("firmenjubilaum"),
                                           QStringLiteral("anniversary"),
                                           QStringLiteral("aniversario")};
        const bool anniversary = last + 1 < n && anniversaries.contains(tokens[last + 1].norm);
        // "Great job today, Ethan! Not bad for a 6-year-old.": a short sentence right after one that names
        // someone speaks of them.
        const bool afterPerson = sentence > 0 && s.lastToken - s.firstToken < 10 && st.personInSentence(sentence - 1);
        // "Happy 10th birthday to our practice!": the practice's age, in a sentence about no one else.
        bool practiceAge = !st.personInSentence(sentence) && !st.lexIn(Lex::PatientWord, s.firstToken, s.lastToken)
                           && !st.lexIn(Lex::FamilyWord, s.firstToken, s.lastToken);
        bool ours = false;
        for (int k = last + 1; k < std::min(s.lastToken, last + 4) && practiceAge && !ours; ++k) {
            ours = st.isLex(k, Lex::BusinessPronoun) && st.isLex(k + 1, Lex::OrgWord);
        }
        // "Happy 40th birthday to our hygienist Grace Obi!", "Meet Hope, our newest dental nurse! … turns 21": a
        // staff member's age.
        // "¡Feliz cumpleaños a nuestra higienista Alegría, que hoy cumple 40!": "our" and a staff role say whose.
        bool ourRole = false;
        for (int k = s.firstToken + 1; k <= s.lastToken && !ourRole; ++k) {
            ourRole = st.isLex(k, Lex::StaffRole) && st.isLex(k - 1, Lex::BusinessPronoun);
        }
        const bool staffAge = practiceAge
                              && (st.staffInSentence(sentence) || ourRole
                                  || (st.anyHit(Lex::StaffCue) && !st.anyPatientPerson() && !st.patientStoryCue()));
        practiceAge = practiceAge && (ours || staffAge);
        const bool tied = !practiceAge
                          && (st.individualContext(sentence) || st.lexIn(Lex::PatientWord, s.firstToken, s.lastToken)
                              || st.reply || afterPerson);
        // "For a 4 year old you can give 7.5 ml": any child of that age, when no one is named around it.
        static const WordSet indefinite{QStringLiteral("a"),
                                        QStringLiteral("an"),
                                        QStringLiteral("ein"),
                                        QStringLiteral("einem"),
                                        QStringLiteral("einen"),
                                        QStringLiteral("un"),
                                        QStringLiteral("una")};
        static const WordSet forWhom{QStringLiteral("for"), QStringLiteral("fur"), QStringLiteral("para")};
        const bool anyone = first >= 2 && indefinite.contains(tokens[first - 1].norm)
                            && forWhom.contains(tokens[first - 2].norm) && !st.personInSentence(sentence)
                            && !afterPerson && !st.anyPatientPerson()
                            && !st.lexIn(Lex::PatientWord, s.firstToken, s.lastToken);
        if (st.veterinary || policy || range || anniversary || anyone || !tied
            || insideIdentifier(st, tokens[first].start, tokens[last].end)) {
            i = last;
            continue;
        }
        if (age > 89) {
            st.add(QStringLiteral("phi.age.over89"),
                   category::PhiAge,
                   Severity::Blocker,
                   tokens[first].start,
                   tokens[last].end);
        } else {
            st.add(QStringLiteral("phi.age"), category::PhiAge, dateSeverity, tokens[first].start, tokens[last].end);
        }
        i = last;
    }
}

// ---------------------------------------------------------------------------

namespace {

bool isUkPostcodeAt(const QString& text, qsizetype pos, qsizetype* end)
{
    // A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA
    auto up = [&](qsizetype p) { return p < text.size() && text[p].isUpper() && text[p].unicode() < 128; };
    auto dig = [&](qsizetype p) { return p < text.size() && text[p].isDigit(); };
    qsizetype p = pos;
    if (!up(p)) {
        return false;
    }
    ++p;
    if (up(p)) {
        ++p;
    }
    if (!dig(p)) {
        return false;
    }
    ++p;
    if (dig(p) || up(p)) {
        ++p;
    }
    if (p >= text.size() || text[p] != QLatin1Char(' ')) {
        return false;
    }
    ++p;
    if (!(dig(p) && up(p + 1) && up(p + 2))) {
        return false;
    }
    p += 3;
    if (p < text.size() && text[p].isLetterOrNumber()) {
        return false;
    }
    *end = p;
    return true;
}

// Words that begin town names: "North Shields", "Much Wenlock", "Bad Tölz", "San José".
const WordSet& townPrefixes()
{
    static const WordSet words{
        QStringLiteral("north"),    QStringLiteral("south"), QStringLiteral("east"),   QStringLiteral("west"),
        QStringLiteral("upper"),    QStringLiteral("lower"), QStringLiteral("great"),  QStringLiteral("little"),
        QStringLiteral("new"),      QStringLiteral("old"),   QStringLiteral("port"),   QStringLiteral("fort"),
        QStringLiteral("mount"),    QStringLiteral("saint"), QStringLiteral("san"),    QStringLiteral("santa"),
        QStringLiteral("bad"),      QStringLiteral("sankt"), QStringLiteral("st"),     QStringLiteral("los"),
        QStringLiteral("las"),      QStringLiteral("el"),    QStringLiteral("la"),     QStringLiteral("much"),
        QStringLiteral("long"),     QStringLiteral("high"),  QStringLiteral("market"), QStringLiteral("nether"),
        QStringLiteral("chipping"),
    };
    return words;
}

class AddressFinder
{
public:
    explicit AddressFinder(CheckState& st)
        : m_st(st)
        , m_tokens(st.text.tokens())
    {
        m_street.assign(m_tokens.size(), -1);
        m_glued.assign(m_tokens.size(), -1);
        m_prefix.assign(m_tokens.size(), -1);
        m_unit.assign(m_tokens.size(), -1);
        m_nameWord.assign(m_tokens.size(), -1);
    }

    void run();

private:
    // Whether a word names a kind of street ("Crescent", "Kaiserstraße", "vej"); looked up once, when asked.
    bool isStreetWord(int i) const
    {
        if (m_street[i] < 0) {
            const Token& t = m_tokens[i];
            const QString& n = t.norm;
            // "in 2 Tagen weg": the German adverb, where the street word ("Weg") is a capitalised noun; "1 g
            // paracetamol", "5 ml": a dose unit, not an abbreviated street word.
            const bool adverb = (n == QLatin1String("weg") && !t.capitalized) || m_st.isLex(i, Lex::DoseUnit);
            m_street[i] = t.kind == Token::Kind::Word && !adverb
                                  && (m_st.book.streets().isSuffix(n) || isBuiltInSuffix(n) || hasGluedSuffix(i))
                              ? 1
                              : 0;
        }
        return m_street[i] == 1;
    }
    // A word of its own that ends street names ("Avenue", "Lane", "Straße"), not a glued ending.
    bool endsStreetNames(int i) const
    {
        return m_st.book.streets().isSuffix(m_tokens[i].norm) || isBuiltInSuffix(m_tokens[i].norm);
    }
    // "Kaiserstraße", "hersnapvej": a street ending glued to the name; looked up once, when asked.
    bool hasGluedSuffix(int i) const
    {
        if (m_glued[i] < 0) {
            m_glued[i] = m_st.book.streets().hasGluedSuffix(m_tokens[i].norm) ? 1 : 0;
        }
        return m_glued[i] == 1;
    }
    static bool isBuiltInSuffix(const QString& n)
    {
        static const WordSet words{
            QStringLiteral("street"),    QStringLiteral("st"),      QStringLiteral("avenue"),
            QStringLiteral("ave"),       QStringLiteral("road"),    QStringLiteral("rd"),
            QStringLiteral("lane"),      QStringLiteral("ln"),      QStringLiteral("drive"),
            QStringLiteral("dr"),        QStringLiteral("court"),   QStringLiteral("ct"),
            QStringLiteral("place"),     QStringLiteral("pl"),      QStringLiteral("way"),
            QStringLiteral("boulevard"), QStringLiteral("blvd"),    QStringLiteral("crescent"),
            QStringLiteral("terrace"),   QStringLiteral("close"),   QStringLiteral("square"),
            QStringLiteral("parkway"),   QStringLiteral("highway"), QStringLiteral("circle"),
            QStringLiteral("cir"),       QStringLiteral("trail"),   QStringLiteral("pike"),
            QStringLiteral("row"),
        };
        static const QStringList glued{QStringLiteral("strasse"),
                                       QStringLiteral("str"),
                                       QStringLiteral("gasse"),
                                       QStringLiteral("weg"),
                                       QStringLiteral("allee"),
                                       QStringLiteral("platz"),
                                       QStringLiteral("damm"),
                                       QStringLiteral("ring"),
                                       QStringLiteral("ufer")};
        if (words.contains(n)) {
            return true;
        }
        for (const QString& g : glued) {
            if (n.size() > g.size() + 2 && n.endsWith(g)) {
                return true;
            }
        }
        return false;
    }
    bool isPrefixWord(int i) const
    {
        if (m_prefix[i] < 0) {
            m_prefix[i] = m_tokens[i].kind == Token::Kind::Word && lookUpPrefixWord(i) ? 1 : 0;
        }
        return m_prefix[i] == 1;
    }
    bool lookUpPrefixWord(int i) const { return m_st.book.streets().isPrefix(m_tokens[i].norm) || builtInPrefix(i); }
    bool builtInPrefix(int i) const
    {
        static const WordSet words{QStringLiteral("calle"),
                                   QStringLiteral("avenida"),
                                   QStringLiteral("avda"),
                                   QStringLiteral("av"),
                                   QStringLiteral("paseo"),
                                   QStringLiteral("plaza"),
                                   QStringLiteral("camino"),
                                   QStringLiteral("via"),
                                   QStringLiteral("rue"),
                                   QStringLiteral("rua"),
                                   QStringLiteral("ul"),
                                   QStringLiteral("carrera")};
        return words.contains(m_tokens[i].norm);
    }
    bool isUnit(int i) const
    {
        if (m_unit[i] < 0) {
            m_unit[i] = m_tokens[i].kind == Token::Kind::Word && lookUpUnit(i) ? 1 : 0;
        }
        return m_unit[i] == 1;
    }
    bool lookUpUnit(int i) const
    {
        static const WordSet words{QStringLiteral("apt"),
                                   QStringLiteral("apartment"),
                                   QStringLiteral("suite"),
                                   QStringLiteral("ste"),
                                   QStringLiteral("unit"),
                                   QStringLiteral("flat"),
                                   QStringLiteral("floor"),
                                   QStringLiteral("fl"),
                                   QStringLiteral("og"),
                                   QStringLiteral("stock"),
                                   QStringLiteral("piso"),
                                   QStringLiteral("depto"),
                                   QStringLiteral("box"),
                                   QStringLiteral("psc")};
        const StreetWords& streets = m_st.book.streets();
        return streets.isUnit(m_tokens[i].norm) || (m_tokens[i].dotAfter && streets.isDottedUnit(m_tokens[i].norm))
               || words.contains(m_tokens[i].norm);
    }
    // Lower-case words inside street names: "Rua do Arenque", "Avenue du Golf", "Calle de la Paz".
    bool isNameParticle(int i) const
    {
        return m_tokens[i].kind == Token::Kind::Word && !m_tokens[i].capitalized
               && TextAnalysis::isNameParticle(m_tokens[i].norm);
    }
    // A street ending in lower case that is no word of the post's language: "gate" in Norwegian, "vej", "utca".
    bool lowerStreetEnding(int i) const
    {
        if (m_tokens[i].kind != Token::Kind::Word || m_tokens[i].hasDigit || !isStreetWord(i)) {
            return false;
        }
        const auto info = m_st.nameInfo(i);
        return !info || !info->isWordIn(m_st.language);
    }
    // A post box and its number: "Box 242" (after "P.O." or "PSC 0413,"), "Postfach 1020", "Apartado 12".
    bool isPostBox(int i) const
    {
        const int n = int(m_tokens.size());
        if (i + 1 >= n || m_tokens[i].kind != Token::Kind::Word || m_tokens[i + 1].kind != Token::Kind::Number
            || !sameLineOrNext(i, i + 1)) {
            return false;
        }
        const QString& w = m_tokens[i].norm;
        if (w == QLatin1String("postfach") || w == QLatin1String("apartado") || w == QLatin1String("psc")
            || w == QLatin1String("postbox") || w == QLatin1String("postboks") || w == QLatin1String("casilla")) {
            return m_tokens[i].capitalized || m_tokens[i].allCaps;
        }
        if (w != QLatin1String("box") || !isUnit(i)) {
            return false;
        }
        // Military mail: "Unit 8524 Box 0979", "PSC 4574, Box 8393".
        if (i >= 2 && m_tokens[i - 1].kind == Token::Kind::Number && isUnit(i - 2)) {
            return true;
        }
        // "P.O. Box", "PO Box", "Post Office Box"
        if (i >= 1
            && (m_tokens[i - 1].norm == QLatin1String("po") || m_tokens[i - 1].norm == QLatin1String("office"))) {
            return true;
        }
        return i >= 2 && m_tokens[i - 1].norm == QLatin1String("o") && m_tokens[i - 2].norm == QLatin1String("p");
    }
    bool isHouseNumber(int i) const
    {
        const Token& t = m_tokens[i];
        const bool percent =
            i + 1 < m_tokens.size() && m_tokens[i + 1].norm == QLatin1String("%") && m_tokens[i + 1].start == t.end;
        return t.kind == Token::Kind::Number && t.norm.size() <= 5 && !t.norm.contains(QLatin1Char(':'))
               && !t.norm.contains(QLatin1Char('/')) && !t.norm.contains(QLatin1Char(',')) && !percent;
    }
    bool isNameWord(int i) const
    {
        if (m_nameWord[size_t(i)] < 0) {
            m_nameWord[size_t(i)] = lookUpNameWord(i) ? 1 : 0;
        }
        return m_nameWord[size_t(i)] == 1;
    }
    bool lookUpNameWord(int i) const
    {
        const Token& t = m_tokens[i];
        if (t.kind != Token::Kind::Word || t.hasDigit || m_st.masked.value(i)) {
            return false;
        }
        // Lower-case street names still count when their ending says "street": "hersnapvej 18", in text written
        // all in lower case. ("tienes 15" is Spanish for "you have 15", "en 3 sesiones" a count: a dictionary
        // word, or a word in a sentence with capitals, is no street.)
        if (t.capitalized || t.norm.size() == 1) {
            return true;
        }
        if (!m_st.lowerSentences[size_t(t.sentence)] || !hasGluedSuffix(i)) {
            return false;
        }
        const auto info = m_st.nameInfo(i);
        return !info || !info->isAnyWord();
    }
    bool sameLineOrNext(int a, int b) const
    {
        // Address parts follow each other with spaces, commas or line breaks. A new line may start with a quote
        // or list marker: "> Suite 828", "• Apt. 342", "- Maribor".
        const QStringView gap = m_st.text.view(m_tokens[a].end, m_tokens[b].start);
        int newlines = 0;
        bool lineStart = false;
        for (QChar c : gap) {
            if (c == QLatin1Char('\n')) {
                ++newlines;
                lineStart = true;
            } else if (c.isSpace()) {
                continue;
            } else if (lineStart && isListMarker(c)) {
                continue;
            } else if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
                lineStart = false;
            } else {
                return false;
            }
        }
        return newlines <= 1 && gap.size() <= 8;
    }
    // A Canadian postcode, letter-digit-letter digit-letter-digit: "B0J 2H0", "K1A 0B1".
    bool canadianPostcodeAt(int k, int* last) const
    {
        const QString& text = m_st.text.text();
        const qsizetype at = m_tokens[k].start;
        if (at + 7 > text.size() || (at + 7 < text.size() && text[at + 7].isLetterOrNumber())) {
            return false;
        }
        static const char shape[] = "A9A 9A9";
        for (int c = 0; c < 7; ++c) {
            const QChar ch = text[at + c];
            const bool ok = shape[c] == 'A'   ? (ch >= u'A' && ch <= u'Z')
                            : shape[c] == '9' ? (ch >= u'0' && ch <= u'9')
                                              : ch == u' ';
            if (!ok) {
                return false;
            }
        }
        *last = m_st.text.tokenBefore(at + 7);
        return *last > k;
    }
    // "Riisa⏎⏎ Estonia 62488": a blank line, then a country with the postcode, ends an address.
    bool countryAfterBlankLine(int a, int b) const
    {
        const QStringView gap = m_st.text.view(m_tokens[a].end, m_tokens[b].start);
        if (gap.count(QLatin1Char('\n')) != 2 || !gap.trimmed().isEmpty() || gap.size() > 10) {
            return false;
        }
        const int n = int(m_tokens.size());
        int e = b;
        while (e < n && e - b < 3 && isNameWord(e) && m_tokens[e].capitalized
               && (e == b || !m_st.text.view(m_tokens[e - 1].end, m_tokens[e].start).contains(QLatin1Char('\n')))) {
            ++e;
        }
        return e > b && e < n && m_tokens[e].kind == Token::Kind::Number && m_tokens[e].norm.size() >= 4
               && m_tokens[e].norm.size() <= 6 && m_st.text.view(m_tokens[e - 1].end, m_tokens[e].start) == u" "
               && (e + 1 >= n || breakBefore(e + 1));
    }
    // Someone's home right before the preposition at `prep`: "your place on Maple Avenue", "her house on",
    // "seiner Wohnung in", "su casa en".
    bool homeBefore(int prep) const
    {
        static const WordSet homes{QStringLiteral("place"),
                                   QStringLiteral("home"),
                                   QStringLiteral("house"),
                                   QStringLiteral("flat"),
                                   QStringLiteral("apartment"),
                                   QStringLiteral("wohnung"),
                                   QStringLiteral("haus"),
                                   QStringLiteral("casa"),
                                   QStringLiteral("departamento"),
                                   QStringLiteral("apartamento")};
        if (prep < 2 || !homes.contains(m_tokens[prep - 1].norm)
            || m_tokens[prep - 2].sentence != m_tokens[prep].sentence) {
            return false;
        }
        const int owner = prep - 2;
        return m_st.isLex(owner, Lex::SecondPersonPossessive) || m_st.isLex(owner, Lex::ThirdPersonPossessive)
               || m_tokens[owner].possessive || m_tokens[owner].norm == QLatin1String("ihrer")
               || m_tokens[owner].norm == QLatin1String("seiner") || m_tokens[owner].norm == QLatin1String("su");
    }
    // A town written in capitals ("ÖSTERSKÄR", "LEPPEN") has the vowels of a word; an acronym ("AHCCCS", "NHS")
    // has few.
    bool townInCapitals(int k) const
    {
        const QString& w = m_tokens[k].norm; // folded: "osterskar"
        if (w.size() < 5) {
            return false;
        }
        int vowels = 0;
        for (QChar c : w) {
            vowels += QStringView(u"aeiouy").contains(c) ? 1 : 0;
        }
        if (vowels < 2 || vowels * 4 < w.size()) {
            return false;
        }
        // "in HIPAA training": an acronym before a noun names a kind of thing. A town ends its phrase.
        static const WordSet phraseEnds{QStringLiteral("on"),   QStringLiteral("at"),    QStringLiteral("in"),
                                        QStringLiteral("for"),  QStringLiteral("with"),  QStringLiteral("and"),
                                        QStringLiteral("to"),   QStringLiteral("this"),  QStringLiteral("last"),
                                        QStringLiteral("next"), QStringLiteral("since"), QStringLiteral("from"),
                                        QStringLiteral("by"),   QStringLiteral("am"),    QStringLiteral("im"),
                                        QStringLiteral("um"),   QStringLiteral("el"),    QStringLiteral("la"),
                                        QStringLiteral("por"),  QStringLiteral("para"),  QStringLiteral("de")};
        const int next = k + 1;
        return next >= m_tokens.size() || m_tokens[next].sentence != m_tokens[k].sentence
               || m_tokens[next].clause != m_tokens[k].clause || m_tokens[next].kind != Token::Kind::Word
               || m_tokens[next].capitalized || phraseEnds.contains(m_tokens[next].norm);
    }
    // A home visit before the preposition at `prep`: "our physio will come out to you at Trevarno Farm", "wir
    // besuchen Sie in Handschuhsheim": the reader's home.
    bool homeVisit(int prep) const
    {
        static const WordSet visitVerbs{QStringLiteral("visit"),
                                        QStringLiteral("visiting"),
                                        QStringLiteral("come"),
                                        QStringLiteral("coming"),
                                        QStringLiteral("out"),
                                        QStringLiteral("besuchen"),
                                        QStringLiteral("besucht"),
                                        QStringLiteral("kommen"),
                                        QStringLiteral("kommt"),
                                        QStringLiteral("visitar"),
                                        QStringLiteral("visitamos"),
                                        QStringLiteral("visitaremos")};
        static const WordSet readers{QStringLiteral("you"),
                                     QStringLiteral("sie"),
                                     QStringLiteral("ihnen"),
                                     QStringLiteral("dich"),
                                     QStringLiteral("dir"),
                                     QStringLiteral("usted"),
                                     QStringLiteral("le"),
                                     QStringLiteral("te")};
        if (prep < 2 || !readers.contains(m_tokens[prep - 1].norm)) {
            return false;
        }
        for (int k = prep - 2; k >= std::max(0, prep - 4); --k) {
            if (m_tokens[k].sentence != m_tokens[prep].sentence) {
                break;
            }
            if (visitVerbs.contains(m_tokens[k].norm)) {
                return true;
            }
        }
        return false;
    }
    // A verb of living or coming from before the preposition at `prep`: "grew up in", "lives in", "moved here
    // from", "originally from", "wohnt in", "vive en".
    bool livesCue(int prep) const
    {
        static const WordSet verbs{
            QStringLiteral("grew"),
            QStringLiteral("raised"),
            QStringLiteral("born"),
            QStringLiteral("lives"),
            QStringLiteral("lived"),
            QStringLiteral("living"),
            QStringLiteral("moved"),
            QStringLiteral("originally"),
            QStringLiteral("wohnt"),
            QStringLiteral("wohnte"),
            QStringLiteral("lebt"),
            QStringLiteral("geboren"),
            QStringLiteral("vive"),
            QStringLiteral("vivía"),
            QStringLiteral("vivia"),
            QStringLiteral("nació"),
            QStringLiteral("nacio"),
            QStringLiteral("creció"),
            QStringLiteral("crecio"),
            QStringLiteral("stammt"),
            QStringLiteral("move"),
            QStringLiteral("moving"),
            QStringLiteral("relocated"),
            QStringLiteral("umzug"),
            QStringLiteral("umgezogen"),
            QStringLiteral("mudanza"),
            QStringLiteral("mudó"),
            QStringLiteral("mudo"),
            // Where someone travels: "flew to Leppen", "returned to Altoona".
            QStringLiteral("flew"),
            QStringLiteral("travelled"),
            QStringLiteral("traveled"),
            QStringLiteral("returned"),
            QStringLiteral("flog"),
            QStringLiteral("voló"),
            QStringLiteral("volo"),
            // The way to the practice: "the drive in from Much Wenlock", "den Weg aus Ziegelhausen".
            QStringLiteral("drive"),
            QStringLiteral("trip"),
            QStringLiteral("journey"),
            QStringLiteral("commute"),
            QStringLiteral("weg"),
            QStringLiteral("anfahrt"),
            QStringLiteral("anreise"),
            QStringLiteral("viaje"),
            QStringLiteral("trayecto"),
        };
        for (int k = prep - 1; k >= std::max(0, prep - 2); --k) {
            if (m_tokens[k].sentence != m_tokens[prep].sentence) {
                return false;
            }
            if (verbs.contains(m_tokens[k].norm)) {
                return true;
            }
        }
        if (homeVisit(prep)) {
            return true;
        }
        // "moved from Austin to Schwabing": the second place of a move.
        const QString& p = m_tokens[prep].norm;
        if ((p == QLatin1String("to") || p == QLatin1String("nach") || p == QLatin1String("a")) && prep >= 3
            && m_tokens[prep - 2].sentence == m_tokens[prep].sentence
            && (m_tokens[prep - 2].norm == QLatin1String("from") || m_tokens[prep - 2].norm == QLatin1String("aus")
                || m_tokens[prep - 2].norm == QLatin1String("von") || m_tokens[prep - 2].norm == QLatin1String("de"))) {
            return livesCue(prep - 2);
        }
        return false;
    }
    // "55 Pine St, Unit 2, Austin, TX 78701": a town that is also a given name, after a comma and before a state
    // code or postcode, is the town (the name finder could not know).
    bool townAfterUnit(int last, int k) const
    {
        const int n = int(m_tokens.size());
        return m_st.text.view(m_tokens[last].end, m_tokens[k].start).contains(QLatin1Char(',')) && m_st.place(k, k)
               && k + 1 < n && sameLineOrNext(k, k + 1)
               && ((m_tokens[k + 1].allCaps && m_tokens[k + 1].norm.size() == 2)
                   || m_tokens[k + 1].kind == Token::Kind::Number);
    }
    // A letter's or a card's layout: someone's name (not staff) ends a line at most three lines above the address,
    // with at most a company or job title between: "Lina Artemova⏎Irecycle⏎2224 Trenerys gate 232".
    bool addresseeAbove(int first) const
    {
        for (const PersonMention& p : std::as_const(m_st.persons)) {
            if (p.staff || p.handle || p.lastToken >= first || first - p.lastToken > 9) {
                continue;
            }
            const QStringView between = m_st.text.view(p.end, m_tokens[first].start);
            const qsizetype lineEnd = between.indexOf(QLatin1Char('\n'));
            const auto breaks = between.count(QLatin1Char('\n'));
            if (lineEnd >= 0 && between.left(lineEnd).trimmed().isEmpty() && breaks <= 4) {
                return true;
            }
        }
        return false;
    }
    bool breakBefore(int k) const
    {
        return k <= 0 || m_st.text.view(m_tokens[k - 1].end, m_tokens[k].start).contains(QLatin1Char('\n'));
    }
    // A line of two to four capitalised words that are no ordinary words, initials allowed: "Hafþór Smárason",
    // "Mijail C Adomo". On a line of its own above an address it names the addressee.
    bool nameLine(int a, int b) const
    {
        if (b - a < 1 || b - a > 4) {
            return false;
        }
        int initials = 0;
        int particles = 0;
        for (int k = a; k <= b; ++k) {
            const Token& t = m_tokens[k];
            const QStringView gap = k > a ? m_st.text.view(m_tokens[k - 1].end, t.start).trimmed() : QStringView();
            // "Dyan van Gijn", "Maika van de Noort"
            if (k > a && k < b && isNameParticle(k) && gap.isEmpty()) {
                ++particles;
                continue;
            }
            if (t.kind != Token::Kind::Word || !t.capitalized || t.hasDigit || m_st.tokenLex[k] != 0
                || m_st.masked.value(k) || endsStreetNames(k) || isUnit(k)
                || !(gap.isEmpty() || gap == QLatin1String("."))) {
                return false;
            }
            if (t.norm.size() == 1) {
                ++initials;
                continue;
            }
            const auto info = m_st.nameInfo(k);
            if (info && info->isWordIn(m_st.language) && !info->isName()) {
                return false;
            }
        }
        return b - a + 1 - initials - particles >= 2 && b - a - particles <= 3;
    }
    // Finds the addressee's name line above an address that starts a line: directly above, or above one line
    // (a company or job title) between. An unknown name found so becomes a person.
    bool nameLineAbove(int first)
    {
        if (!breakBefore(first)) {
            return false;
        }
        int k = first - 1;
        for (int line = 0; line < 2 && k >= 0; ++line) {
            int a = k;
            while (!breakBefore(a)) {
                --a;
            }
            if (nameLine(a, k)) {
                if (m_st.tokenInPerson(a, true) && m_st.tokenInPerson(k, true)) {
                    return false; // the person finder knew it: addresseeAbove() decides
                }
                // "Csenger Gábor", where only the given name was known: the whole line is the name.
                m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                                  m_st.persons.end(),
                                                  [&](const PersonMention& p) {
                                                      return !p.staff && p.firstToken >= a && p.lastToken <= k;
                                                  }),
                                   m_st.persons.end());
                PersonMention p;
                p.firstToken = a;
                p.lastToken = k;
                p.start = m_tokens[a].start;
                p.end = m_tokens[k].end;
                p.strong = true;
                for (int q = a; q <= k; ++q) {
                    if (m_tokens[q].norm.size() > 1) {
                        p.keys.append(m_tokens[q].norm);
                    }
                }
                p.staff = m_st.onRoster(p.keys);
                m_st.persons.append(p);
                // The same name written again elsewhere ("Lina Artemova⏎Irecycle⏎Lina Artemova⏎…") is the same person.
                const int length = k - a;
                for (int j = 0; j + length < int(m_tokens.size()); ++j) {
                    bool same = j != a && !m_st.tokenInPerson(j, true);
                    for (int q = 0; q <= length && same; ++q) {
                        same = m_tokens[j + q].norm == m_tokens[a + q].norm;
                    }
                    if (same) {
                        PersonMention again = p;
                        again.firstToken = j;
                        again.lastToken = j + length;
                        again.start = m_tokens[j].start;
                        again.end = m_tokens[j + length].end;
                        m_st.persons.append(again);
                    }
                }
                return !p.staff;
            }
            if (k - a > 4) {
                return false;
            }
            k = a - 1;
        }
        return false;
    }
    // Extends an address over unit, town, state, postcode and country that follow it.
    int extend(int last) const;
    // `tied`: the caller already knows whose place it is (a patient's care home).
    void flag(int first, int last, bool street, bool tied = false);
    void scanCorners();
    void scanResidences();
    void scanNamedStreets();
    void scanSignatureTowns();

    CheckState& m_st;
    const QList<Token>& m_tokens;
    mutable std::vector<qint8> m_street;   // -1 not looked up yet
    mutable std::vector<qint8> m_glued;    // -1 not looked up yet
    mutable std::vector<qint8> m_prefix;   // -1 not looked up yet
    mutable std::vector<qint8> m_unit;     // -1 not looked up yet
    mutable std::vector<qint8> m_nameWord; // -1 not looked up yet
    struct Seen
    {
        qsizetype start;
        qsizetype end;
        bool flagged;
    };
    QList<Seen> m_found; // addresses looked at, flagged or found to be the practice's or public
};

int AddressFinder::extend(int last) const
{
    const int n = int(m_tokens.size());
    int pieces = 0;
    bool afterUnitOrNumber = true;
    while (last + 1 < n && pieces < 10) {
        const int k = last + 1;
        if (!sameLineOrNext(last, k) && !countryAfterBlankLine(last, k)) {
            break;
        }
        const Token& t = m_tokens[k];
        qsizetype postcodeEnd = 0;
        int canadianEnd = -1;
        // "Lindenweg 7 in Gröbenzell", "12 Main St in Springfield": the town after "in".
        if ((t.norm == QLatin1String("in") || t.norm == QLatin1String("en")) && pieces == 0 && k + 1 < n
            && m_tokens[k + 1].capitalized && isNameWord(k + 1) && !m_st.tokenInPerson(k + 1, true)
            && m_st.text.view(t.end, m_tokens[k + 1].start).trimmed().isEmpty()
            && (m_st.place(k + 1, k + 1) || m_st.tokenLex[k + 1] == 0)) {
            int e = k + 1;
            while (e + 1 < n && m_tokens[e + 1].capitalized && isNameWord(e + 1) && m_st.tokenLex[e + 1] == 0
                   && m_st.text.view(m_tokens[e].end, m_tokens[e + 1].start).trimmed().isEmpty() && e - k < 3) {
                ++e;
            }
            last = e;
            afterUnitOrNumber = false;
            ++pieces;
            continue;
        }
        if (canadianPostcodeAt(k, &canadianEnd)) {
            last = canadianEnd; // B0J 2H0
            afterUnitOrNumber = true;
        } else if (t.kind == Token::Kind::Word && t.capitalized
                   && isUkPostcodeAt(m_st.text.text(), t.start, &postcodeEnd)) {
            last = std::max(k, m_st.text.tokenBefore(postcodeEnd));
            afterUnitOrNumber = true;

        } else if (isUnit(k) && k + 1 < n
                   && (m_tokens[k + 1].kind == Token::Kind::Number || m_tokens[k + 1].hasDigit)) {
            last = k + 1; // Apt. 864, Suite 727, Box 0609
            afterUnitOrNumber = true;
        } else if (t.kind == Token::Kind::Number && t.norm.size() >= 3 && t.norm.size() <= 6) {
            last = k; // postcode
            if (k + 1 < n && m_tokens[k + 1].kind == Token::Kind::Number && m_tokens[k + 1].norm.size() == 2
                && sameLineOrNext(k, k + 1)) {
                last = k + 1; // "340 12"
            }
            afterUnitOrNumber = true;
        } else if (t.kind == Token::Kind::Number && t.norm.size() <= 3 && k + 1 < n && isUnit(k + 1)) {
            last = k + 1; // "3. OG"
            afterUnitOrNumber = true;
        } else if (t.kind == Token::Kind::Word && t.allCaps && t.norm.size() <= 3
                   && !m_st.isLex(k, Lex::BusinessPronoun)) {
            last = k; // state or region code: CO, NI, WHT
            afterUnitOrNumber = true;
        } else if (isNameWord(k) && !m_st.isLex(k, Lex::BusinessPronoun) && !m_st.isLex(k, Lex::Greeting)
                   && (!m_st.tokenInPerson(k, true) || townAfterUnit(last, k))
                   && !(m_st.isLex(k, Lex::OrgWord) && !isStreetWord(k))) {
            // A town, a country or more of the street: capitalised words up to the next comma or line.
            // Each line is a piece of its own ("Brakpan⏎South Africa 70651"); inside a line a town's name may
            // hold a lower-case particle ("Črni Vrh nad Idrijo", "Soto del Barco").
            auto onLine = [&](int a, int b) {
                const QStringView gap = m_st.text.view(m_tokens[a].end, m_tokens[b].start);
                return gap.trimmed().isEmpty() && !gap.contains(QLatin1Char('\n'));
            };
            // Words that join a town's name to a river, a hill or a neighbour: "Ostrov nad Ohří", "Frankfurt am
            // Main", "Turkovice u Přelouče", "Saint-Denis sur Mer", "Newcastle upon Tyne".
            static const WordSet townParticles{QStringLiteral("nad"),
                                               QStringLiteral("pod"),
                                               QStringLiteral("u"),
                                               QStringLiteral("am"),
                                               QStringLiteral("im"),
                                               QStringLiteral("bei"),
                                               QStringLiteral("sur"),
                                               QStringLiteral("sous"),
                                               QStringLiteral("lès"),
                                               QStringLiteral("upon")};
            int e = k;
            while (e - k < 3 && e + 1 < n && onLine(e, e + 1)) {
                if (isNameWord(e + 1) && !(m_st.tokenInPerson(e + 1, true) && !breakBefore(k))) {
                    ++e;
                } else if ((isNameParticle(e + 1) || townParticles.contains(m_tokens[e + 1].norm)) && e + 2 < n
                           && onLine(e + 1, e + 2) && isNameWord(e + 2) && m_tokens[e + 2].capitalized) {
                    e += 2;
                } else {
                    break;
                }
            }
            bool caps = false;
            for (int q = k; q <= e; ++q) {
                caps = caps || m_tokens[q].allCaps;
            }
            const bool place = m_st.place(k, e).has_value();
            const bool street = isStreetWord(e);
            const bool followedByCode =
                e + 1 < n && sameLineOrNext(e, e + 1)
                && (m_tokens[e + 1].kind == Token::Kind::Number
                    || (m_tokens[e + 1].allCaps && m_tokens[e + 1].norm.size() <= 3) || isUnit(e + 1));
            const QStringView gap = m_st.text.view(m_tokens[last].end, m_tokens[k].start);
            const bool separated = gap.contains(QLatin1Char(',')) || gap.contains(QLatin1Char('\n'));
            if (!(place || street || caps || followedByCode || (separated && afterUnitOrNumber))) {
                break;
            }
            last = e;
            afterUnitOrNumber = false;
        } else {
            break;
        }
        ++pieces;
    }
    return last;
}

void AddressFinder::flag(int first, int last, bool street, bool tied)
{
    const qsizetype start = m_tokens[first].start;
    const qsizetype end = m_tokens[last].end;
    // An address already looked at is not looked at again, unless it was let go and the caller now knows whose
    // place it is ("the drive in from Much Wenlock", where a street-name look saw no one).
    for (const Seen& f : std::as_const(m_found)) {
        if (start < f.end && end > f.start && (f.flagged || !tied)) {
            return;
        }
    }
    m_found.append({start, end, false});
    // A town the name finder took for a first name ("…, Austin, TX") or a street named after someone ("Avenida
    // Pedro Ulisses 888", "ul. Narewska 94") is part of the address, not a person.
    m_st.persons.erase(std::remove_if(m_st.persons.begin(),
                                      m_st.persons.end(),
                                      [&](const PersonMention& p) {
                                          return !p.staff && !p.handle && p.start >= start && p.end <= end;
                                      }),
                       m_st.persons.end());
    const int sentence = m_tokens[first].sentence;
    const TextRange& s = m_st.text.sentences()[sentence];
    // The practice's own address, or a public place of the practice, is not PHI.
    int businessNear = -1;
    // "we've posted it to 12 Wren Close": sent to someone's address.
    bool sentTo = false;
    // "we can drop it off at 88 Cedar Ct": brought to someone's door.
    if (first > 1 && m_tokens[first - 1].norm == QLatin1String("at")) {
        static const WordSet dropVerbs{QStringLiteral("drop"),
                                       QStringLiteral("dropped"),
                                       QStringLiteral("dropping"),
                                       QStringLiteral("deliver"),
                                       QStringLiteral("delivered"),
                                       QStringLiteral("leave"),
                                       QStringLiteral("left")};
        for (int k = first - 2; k >= std::max(s.firstToken, first - 5) && !sentTo; --k) {
            sentTo = dropVerbs.contains(m_tokens[k].norm);
        }
    }
    if (first > 0
        && (m_tokens[first - 1].norm == QLatin1String("to") || m_tokens[first - 1].norm == QLatin1String("an")
            || m_tokens[first - 1].norm == QLatin1String("a"))) {
        static const WordSet sendVerbs{QStringLiteral("posted"),
                                       QStringLiteral("sent"),
                                       QStringLiteral("shipped"),
                                       QStringLiteral("mailed"),
                                       QStringLiteral("delivered"),
                                       QStringLiteral("send"),
                                       QStringLiteral("ship"),
                                       QStringLiteral("mail"),
                                       QStringLiteral("post"),
                                       QStringLiteral("forwarded"),
                                       QStringLiteral("geschickt"),
                                       QStringLiteral("gesendet"),
                                       QStringLiteral("enviamos"),
                                       QStringLiteral("mandamos"),
                                       QStringLiteral("enviado")};
        for (int k = first - 2; k >= std::max(s.firstToken, first - 7); --k) {
            sentTo = sentTo || sendVerbs.contains(m_tokens[k].norm);
        }
    }
    // "at ClearTone Hearing, 2150 Fair Oaks Blvd": a business introduced right before the address.
    for (int k = first - 1; k >= std::max(s.firstToken, first - 5) && !sentTo; --k) {
        const QString& w = m_tokens[k].norm;
        if (w == QLatin1String("at") || w == QLatin1String("bei") || w == QLatin1String("visit")) {
            // Only with a name in between: "at Gneisenaustraße 41" says where, not whose.
            businessNear = k < first - 1 || !street ? k : -1;
            break;
        }
        if (!m_tokens[k].capitalized || m_st.tokenInPerson(k, false)) {
            break;
        }
    }
    for (int k = first - 1; k >= std::max(s.firstToken, first - 6) && !sentTo && businessNear < 0; --k) {
        // A staff member's name says whose address it is ("Dr. Patel, 12 Main St"); anyone else's makes it PHI.
        if (m_st.isLex(k, Lex::BusinessPronoun)
            || (m_st.isLex(k, Lex::OrgWord) && m_tokens[k].capitalized && !isStreetWord(k))
            || (m_st.tokenInPerson(k, true) && !m_st.tokenInPerson(k, false))) {
            businessNear = k;
            break;
        }
        if (m_st.isLex(k, Lex::SecondPerson) || m_st.isLex(k, Lex::ThirdPersonPossessive)
            || m_st.tokenInPerson(k, false) || m_st.isLex(k, Lex::AddressCue)) {
            break;
        }
    }
    // Both looks run: the name line above becomes a person even where a company line was taken for one.
    // "📍 88 Harbor St": a location pin marks where to find the practice or an event.
    {
        const QString& text = m_st.text.text();
        qsizetype p = m_tokens[first].start;
        while (p > 0 && text[p - 1].isSpace()) {
            --p;
        }
        if (p >= 2 && QStringView(text).mid(p - 2, 2) == QStringView(u"\U0001F4CD")) {
            businessNear = first;
        }
    }
    const bool addressee = !m_st.veterinary && street && (int(addresseeAbove(first)) | int(nameLineAbove(first))) != 0;
    // "Our newest patient moved from Austin to Schwabing": one patient, spoken of by the practice.
    bool onePatient = false;
    for (int k = s.firstToken; k <= s.lastToken && !onePatient; ++k) {
        onePatient = m_st.isLex(k, Lex::PatientWord) && !m_tokens[k].norm.endsWith(QLatin1Char('s'))
                     && !m_st.isLex(k, Lex::StaffRole) && !m_st.isLex(k + 1, Lex::StaffRole);
    }
    // "Apt. 892", "Wohnung 3", "piso 2": a flat is someone's home, whoever writes about it.
    bool home = false;
    for (int k = first; k <= last && street && !home; ++k) {
        static const WordSet homeUnits{QStringLiteral("apt"),
                                       QStringLiteral("apartment"),
                                       QStringLiteral("flat"),
                                       QStringLiteral("wohnung"),
                                       QStringLiteral("whg"),
                                       QStringLiteral("piso"),
                                       QStringLiteral("depto"),
                                       QStringLiteral("departamento")};
        home = homeUnits.contains(m_tokens[k].norm) && isUnit(k) && k + 1 <= last;
    }
    const bool personal =
        !m_st.veterinary && (businessNear < 0 || sentTo || addressee || home || (onePatient && !street))
        && (sentTo || addressee || home || onePatient || m_st.reply || m_st.individualContext(sentence)
            || m_st.lexIn(Lex::AddressCue, s.firstToken, s.lastToken)
            || m_st.lexIn(Lex::PatientStoryCue, s.firstToken, s.lastToken) || (street && !m_st.practiceVoice)
            || (!m_st.practiceVoice && (m_st.anyPatientPerson() || m_st.anyHit(Lex::FirstPersonSingular))));
    // "Les presentamos a Dulce … es de Hermosillo y vive en Phoenix": a staff member's towns, in a post about staff.
    const bool staffPlace = !street && !m_st.reply && !m_st.personInSentence(sentence)
                            && (m_st.staffInSentence(sentence)
                                || (m_st.anyHit(Lex::StaffCue) && !m_st.anyPatientPerson() && !m_st.patientStoryCue()));
    // "parking is free in the lot behind 18 Elm Street", "gegenüber Hauptstraße 3": a landmark on the way.
    bool landmark = false;
    if (first >= 1 && !m_st.personInSentence(sentence)
        && !m_st.lexIn(Lex::SecondPersonPossessive, s.firstToken, s.lastToken)) {
        static const WordSet near{QStringLiteral("behind"),
                                  QStringLiteral("opposite"),
                                  QStringLiteral("beside"),
                                  QStringLiteral("hinter"),
                                  QStringLiteral("neben"),
                                  QStringLiteral("gegenuber"),
                                  QStringLiteral("detras"),
                                  QStringLiteral("frente")};
        const QString& w = m_tokens[first - 1].norm;
        const QString& w2 = first >= 2 ? m_tokens[first - 2].norm : QString();
        landmark = near.contains(w) || near.contains(w2) || (w == QLatin1String("to") && w2 == QLatin1String("next"))
                   || (w == QLatin1String("from") && w2 == QLatin1String("across"));
    }
    // A job advert's "drop your CV off at 3100 N Riverbend Pkwy": where applicants go is the practice.
    const bool applicants = m_st.jobAdvert && !home && !addressee;
    if ((!personal || (staffPlace && !sentTo) || (landmark && !sentTo && !home) || applicants)
        && !(tied && !m_st.veterinary)) {
        return;
    }
    m_found.last().flagged = true;
    m_st.add(street ? QStringLiteral("phi.address.street") : QStringLiteral("phi.address.place"),
             category::PhiAddress,
             m_st.healthContext ? Severity::Blocker : Severity::Warning,
             start,
             end);
}

// A street named without a number, where someone lives or comes from: "the Martinez family from Elm Street",
// "Hal now lives on Birch Lane". The practice's own street ("our office on Main Street") stays unflagged.
void AddressFinder::scanNamedStreets()
{
    static const WordSet prepositions{QStringLiteral("on"),
                                      QStringLiteral("from"),
                                      QStringLiteral("off"),
                                      QStringLiteral("auf"),
                                      QStringLiteral("aus"),
                                      QStringLiteral("en"),
                                      QStringLiteral("de")};
    const int n = int(m_tokens.size());
    for (int i = 1; i < n; ++i) {
        // A word that leads street names in some language ("Rue", "Calle") ends none, unless it also ends
        // them in another ("Avenue", "Lane").
        if (!m_tokens[i].capitalized || !isStreetWord(i) || isUnit(i) || (isPrefixWord(i) && !endsStreetNames(i))
            || (i + 1 < n && m_tokens[i + 1].kind == Token::Kind::Number)) {
            continue;
        }
        int first = i;
        while (first > 0 && i - first < 3 && isNameWord(first - 1) && m_tokens[first - 1].capitalized
               && !m_tokens[first - 1].sentenceStart && m_st.tokenLex[first - 1] == 0
               && !m_st.tokenInPerson(first - 1, true)
               && m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start).trimmed().isEmpty()) {
            --first;
        }
        const int prep = first - 1;
        if (first == i || prep < 0 || m_tokens[prep].sentence != m_tokens[i].sentence
            || !prepositions.contains(m_tokens[prep].norm)) {
            continue;
        }
        const int sentence = m_tokens[i].sentence;
        if (livesCue(prep) || m_st.personInSentence(sentence) || homeBefore(prep)) {
            flag(first, i, true);
        }
    }
    // Where someone lives, a name and a house number are a street even without a street word: "Trivo lives on
    // Grössgstötten 50", "wohnt in der Kirchgasse 4" has its word already.
    static const WordSet livesPrepositions{
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("auf"), QStringLiteral("en")};
    for (int prep = 1; prep + 2 < n; ++prep) {
        if (!livesPrepositions.contains(m_tokens[prep].norm) || !livesCue(prep)) {
            continue;
        }
        int last = prep;
        while (last + 1 < n && last - prep < 3 && isNameWord(last + 1) && m_tokens[last + 1].capitalized
               && m_tokens[last + 1].sentence == m_tokens[prep].sentence && !isUnit(last + 1)
               && m_st.tokenLex[last + 1] == 0) {
            ++last;
        }
        if (last <= prep || last + 1 >= n || !isHouseNumber(last + 1) || !sameLineOrNext(last, last + 1)
            || m_tokens[last + 1].sentence != m_tokens[prep].sentence) {
            continue;
        }
        // "lives at Oak 5 minutes away": a count of something, not a house number.
        const int after = last + 2;
        if (after < n && m_tokens[after].sentence == m_tokens[prep].sentence && !m_tokens[after].commaAfter
            && m_tokens[after].kind == Token::Kind::Word && !m_tokens[after].capitalized && !isStreetWord(after)
            && !m_st.text.view(m_tokens[last + 1].end, m_tokens[after].start).contains(QLatin1Char(','))) {
            continue;
        }
        flag(prep + 1, extend(last + 1), true);
    }
}

namespace {
// ", " or "., " between a name and a town: "Teresa M., Scarborough".
bool signatureGap(QStringView gap)
{
    int commas = 0;
    for (QChar c : gap) {
        if (c == QLatin1Char(',')) {
            ++commas;
        } else if (c != QLatin1Char('.') && c != QLatin1Char(' ')) {
            return false;
        }
    }
    return commas == 1;
}
} // namespace

// A town after someone's name at the end of a line or sentence, as testimonials are signed: "— Teresa M.,
// Scarborough", "Mike R., Naperville".
void AddressFinder::scanSignatureTowns()
{
    const int n = int(m_tokens.size());
    for (const PersonMention& p : std::as_const(m_st.persons)) {
        const int k = p.lastToken + 1;
        if (p.staff || p.handle || k >= n || !m_tokens[k].capitalized
            || m_tokens[k].sentence != m_tokens[p.lastToken].sentence
            || !signatureGap(m_st.text.view(p.end, m_tokens[k].start))) {
            continue;
        }
        int best = -1;
        for (int e = k; e < std::min(n, k + 3) && m_tokens[e].capitalized; ++e) {
            const auto place = m_st.place(k, e);
            if (place && place->smallerThanState()) {
                best = e;
            }
        }
        if (best < 0) {
            continue;
        }
        const bool ends = best + 1 >= n || m_tokens[best + 1].sentence != m_tokens[best].sentence
                          || m_st.text.view(m_tokens[best].end, m_tokens[best + 1].start).contains(QLatin1Char('\n'));
        if (ends) {
            flag(k, best, false);
        }
    }
}

// Where a patient lives when it is a home for many: "Mr. Lee at Sunnyvale Care Home, Room 12", "Frau Roth im
// Seniorenheim Lindenhof". The home's name with the person in the sentence (or the reader of a reply) is their
// address.
void AddressFinder::scanResidences()
{
    static const WordSet single{QStringLiteral("hospice"),
                                QStringLiteral("pflegeheim"),
                                QStringLiteral("altenheim"),
                                QStringLiteral("seniorenheim"),
                                QStringLiteral("seniorenresidenz"),
                                QStringLiteral("residencia")};
    static const WordSet homeKinds{QStringLiteral("care"),
                                   QStringLiteral("nursing"),
                                   QStringLiteral("retirement"),
                                   QStringLiteral("assisted"),
                                   QStringLiteral("senior")};
    const int n = int(m_tokens.size());
    for (int i = 1; i < n; ++i) {
        const QString& w = m_tokens[i].norm;
        int kindFirst = -1;
        if (single.contains(w)) {
            kindFirst = i;
        } else if ((w == QLatin1String("home") || w == QLatin1String("living"))
                   && homeKinds.contains(m_tokens[i - 1].norm) && m_tokens[i - 1].capitalized) {
            kindFirst = i - 1;
        }
        if (kindFirst < 0 || !m_tokens[kindFirst].capitalized) {
            continue;
        }
        const int sentence = m_tokens[i].sentence;
        // The home's own name: capitalised words before the kind ("Sunnyvale Care Home") or after it
        // ("Seniorenheim Lindenhof").
        int first = kindFirst;
        while (first > 0 && kindFirst - first < 3 && m_tokens[first - 1].sentence == sentence
               && m_tokens[first - 1].capitalized && isNameWord(first - 1) && m_st.tokenLex[first - 1] == 0
               && !m_st.tokenInPerson(first - 1, true) && !m_tokens[first - 1].sentenceStart) {
            --first;
        }
        int last = i;
        if (first == kindFirst) {
            while (last + 1 < n && last - i < 2 && m_tokens[last + 1].sentence == sentence
                   && m_tokens[last + 1].capitalized && isNameWord(last + 1) && !m_st.tokenInPerson(last + 1, true)
                   && m_st.text.view(m_tokens[last].end, m_tokens[last + 1].start).trimmed().isEmpty()) {
                ++last;
            }
        }
        if (first == kindFirst && last == i) {
            continue; // "a care home" names none
        }
        if (!(m_st.personInSentence(sentence) || m_st.reply)) {
            continue;
        }
        // "…, Room 12", "Zimmer 4": the room goes with it.
        if (last + 2 < n && sameLineOrNext(last, last + 1) && m_tokens[last + 2].kind == Token::Kind::Number
            && (m_tokens[last + 1].norm == QLatin1String("room") || m_tokens[last + 1].norm == QLatin1String("zimmer")
                || m_tokens[last + 1].norm == QLatin1String("habitacion"))) {
            last += 2;
        }
        flag(first, last, false, true);
        i = last;
    }
}

void AddressFinder::scanCorners()
{
    // Street corners: "the corner of 3744 Retreat Avenue and Władysława Route", "Ecke Hauptstraße und
    // Lindenweg", "esquina de Calle Mayor y Calle Luna".
    const int n = int(m_tokens.size());
    for (int i = 0; i + 3 < n; ++i) {
        const QString& w = m_tokens[i].norm;
        int a = i + 1;
        if (w == QLatin1String("corner") || w == QLatin1String("esquina")) {
            if (m_tokens[a].norm != QLatin1String("of") && m_tokens[a].norm != QLatin1String("de")) {
                continue;
            }
            ++a;
        } else if (w != QLatin1String("ecke")) {
            continue;
        }
        const int sentence = m_tokens[i].sentence;
        auto isJoin = [](const QString& t) {
            return t == QLatin1String("and") || t == QLatin1String("&") || t == QLatin1String("und")
                   || t == QLatin1String("y") || t == QLatin1String("con");
        };
        // Each side: up to six words and numbers; one of them names a street or carries a house number.
        auto side = [&](int from, bool stopAtJoin) {
            bool streetish = false;
            int k = from;
            for (; k < n && k - from < 6 && m_tokens[k].sentence == sentence; ++k) {
                if (stopAtJoin && isJoin(m_tokens[k].norm)) {
                    break;
                }
                if (k > from && !sameLineOrNext(k - 1, k)) {
                    break;
                }
                // A lower-case street ending no word list knows, before the house number: "Csabai kapu 39".
                const auto info = m_st.nameInfo(k);
                const bool foreignEnding = k > from && k + 1 < n && isHouseNumber(k + 1) && !m_tokens[k].capitalized
                                           && !m_tokens[k].hasDigit && m_st.tokenLex[k] == 0
                                           && (!info || !info->isAnyWord());
                if (!(isNameWord(k) || isHouseNumber(k) || isStreetWord(k) || isNameParticle(k) || lowerStreetEnding(k)
                      || foreignEnding)) {
                    break;
                }
                streetish = streetish || isStreetWord(k) || isPrefixWord(k) || isHouseNumber(k);
            }
            return std::make_pair(k - 1, streetish);
        };
        const auto [aLast, aStreet] = side(a, true);
        if (aLast < a || aLast + 2 >= n || !isJoin(m_tokens[aLast + 1].norm)) {
            continue;
        }
        const auto [bLast, bStreet] = side(aLast + 2, false);
        if (bLast < aLast + 2 || !(aStreet || bStreet)) {
            continue;
        }
        flag(a, bLast, true);
        i = bLast;
    }
}

void AddressFinder::run()
{
    scanCorners();
    scanResidences();
    scanNamedStreets();
    scanSignatureTowns();
    const int n = int(m_tokens.size());
    const QString& text = m_st.text.text();
    // Street addresses.
    for (int i = 0; i < n; ++i) {
        int first = -1;
        int last = -1;
        if (isHouseNumber(i)) {
            // 22 Bootham Crescent, 915 E Glenn St, 6750 Koskikatu 25, 172 Maneeži 75
            int k = i + 1;
            int words = 0;
            // "33 avenue de Provence", "688 rue du centre 320": a lower-case street word that leads a name.
            if (k + 2 < n && isPrefixWord(k) && !m_tokens[k].capitalized && isNameParticle(k + 1)
                && sameLineOrNext(k, k + 1)) {
                int e = k + 1;
                while (e + 1 < n && e - k < 5 && m_tokens[e + 1].kind == Token::Kind::Word
                       && m_tokens[e + 1].sentence == m_tokens[k].sentence
                       && m_st.text.view(m_tokens[e].end, m_tokens[e + 1].start).trimmed().isEmpty()
                       && !m_st.isLex(e + 1, Lex::OrgWord)) {
                    ++e;
                }
                if (e + 1 < n && isHouseNumber(e + 1) && sameLineOrNext(e, e + 1)) {
                    ++e;
                }
                if (e > k + 1) {
                    first = i;
                    last = e;
                }
            }
            // Street endings may be written in lower case after the name: "Trenerys gate 232", "Csabai kapu 39".
            while (first < 0 && k < n && words < 4 && (isNameWord(k) || (words >= 1 && lowerStreetEnding(k)))
                   && m_tokens[k].sentence == m_tokens[i].sentence && sameLineOrNext(k - 1, k)
                   && !m_st.text.view(m_tokens[k - 1].end, m_tokens[k].start).contains(QLatin1Char(','))) {
                if (isStreetWord(k)) {
                    first = i;
                    last = k;
                    // A street word that also leads a name: "2456 Rue de Virton 38", "63 Avenue du Golf".
                    if (isPrefixWord(k) && words == 0) {
                        int e = k;
                        while (e + 1 < n && e - k < 5 && m_tokens[e + 1].sentence == m_tokens[k].sentence
                               && (isNameWord(e + 1) || (isNameParticle(e + 1) && e + 2 < n && isNameWord(e + 2)))
                               && m_st.text.view(m_tokens[e].end, m_tokens[e + 1].start).trimmed().isEmpty()) {
                            ++e;
                        }
                        last = e;
                    }
                    // "Langeskov-Centret 83": the name goes on after a hyphen.
                    while (m_tokens[last].hyphenNext && last + 1 < n && isNameWord(last + 1)) {
                        ++last;
                    }
                    if (last + 1 < n && m_tokens[last + 1].kind == Token::Kind::Number
                        && m_tokens[last + 1].norm.size() <= 4 && sameLineOrNext(last, last + 1)) {
                        last = last + 1;
                    }
                    break;
                }
                ++k;
                ++words;
            }
            // "6750 Koskikatu 25" names a street; "alle 6 Stunden 10 mg" only has a word between numbers.
            bool realWords = words >= 1;
            bool nameLike = false;
            for (int q = i + 1; q < k; ++q) {
                realWords = realWords && m_tokens[q].norm.size() >= 2;
                const auto info = m_st.nameInfo(q);
                nameLike = nameLike || isUnit(q) || ((!info || !info->isAnyWord()) && m_st.tokenLex[q] == 0);
                // "Top 5 Musicians Of The 70s": a title in title case, not a street.
                static const WordSet functionWords{QStringLiteral("of"),
                                                   QStringLiteral("the"),
                                                   QStringLiteral("and"),
                                                   QStringLiteral("for"),
                                                   QStringLiteral("to"),
                                                   QStringLiteral("in"),
                                                   QStringLiteral("a"),
                                                   QStringLiteral("an"),
                                                   QStringLiteral("with"),
                                                   QStringLiteral("by"),
                                                   QStringLiteral("on"),
                                                   QStringLiteral("or")};
                realWords = realWords && !functionWords.contains(m_tokens[q].norm)
                            && !(info && info->isWordIn(m_st.language) && m_tokens[q].norm.size() <= 3);
            }
            // "the 70s": a decade, not a house number.
            realWords = realWords && !(k + 1 < n && m_tokens[k + 1].start == m_tokens[k].end);
            realWords = realWords && nameLike;
            if (first < 0 && realWords && k < n && m_tokens[k].kind == Token::Kind::Number
                && m_tokens[k].norm.size() <= 4
                && m_st.text.view(m_tokens[k - 1].end, m_tokens[k].start).trimmed().isEmpty()) {
                first = i; // number, name, number: the international layout
                last = k;
            }
        } else if (((isNameWord(i) && isStreetWord(i) && !isUnit(i))
                    || ((isNameWord(i)
                         || m_tokens[i].dotAfter
                         // "vecina de la calle Mayor 14": a lower-case prefix before a capitalised name (not an
                         // acronym: "protector solar FPS 30")
                         || (i + 1 < n && m_tokens[i + 1].capitalized && !m_tokens[i + 1].allCaps && isNameWord(i + 1)))
                        && isPrefixWord(i)))
                   && i + 1 < n
                   && m_tokens[i].kind == Token::Kind::Word
                   // "Vertretung: Dr. Sonnenberg, Hauptstraße 21": a title of a person found, not "Drive".
                   && !(m_st.isLex(i, Lex::ProviderTitle) && m_st.tokenInPerson(i, true))) {
            // Kaiserstraße 41, Calle Mayor 5, Via Franscini 71, ul. Słowicza 10, Rua Cidade de Maracajá 468
            int k = i + 1;
            if (isPrefixWord(i)) {
                while (k < n && k - i <= 5 && m_tokens[k].sentence == m_tokens[i].sentence
                       && (isNameWord(k) || (isNameParticle(k) && k + 1 < n && isNameWord(k + 1)))) {
                    ++k;
                }
            }
            const QStringView gap = k < n ? m_st.text.view(m_tokens[k - 1].end, m_tokens[k].start) : QStringView();
            // "Calle 5" names a street by its number; "Call 111" is an English word before a number.
            const auto prefixInfo = m_st.nameInfo(i);
            const bool numberedStreet = k > i + 1 || !isPrefixWord(i) || builtInPrefix(i)
                                        || !(prefixInfo && prefixInfo->isWordIn(m_st.language));
            if (k < n && k > i && numberedStreet && isHouseNumber(k) && gap.trimmed().isEmpty()
                && !gap.contains(QLatin1Char('\n'))) {
                first = i;
                last = k;
                // A separate street word ends the name written before it: "Bergheimer Straße 87".
                while (!isPrefixWord(i) && first > 0 && i - first < 2 && m_tokens[first - 1].capitalized
                       && isNameWord(first - 1) && m_st.tokenLex[first - 1] == 0 && !m_st.tokenInPerson(first - 1, true)
                       && m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start).trimmed().isEmpty()) {
                    --first;
                }
                // "Ring 111 if you're worried", "Dale 5 mL": a street ending standing alone needs the street's
                // name before it ("Kaiserstraße 41" has it glued on).
                if (!isPrefixWord(i) && first == i && m_st.book.streets().isSuffix(m_tokens[i].norm)) {
                    first = -1;
                }
            }
        }
        if (first < 0 && isPostBox(i)) {
            // P.O. Box 242, PSC 0413, Box 8144 APO AA 42323, Postfach 10 20 30
            first = i;
            last = i + 1;
            if (first >= 2 && m_tokens[first - 1].kind == Token::Kind::Number && isUnit(first - 2)) {
                first -= 2; // "Unit 8524 Box 0979"
            }
            // The "P" and "O" of "P.O.", or "PO".
            while (first > 0 && first > i - 2 && m_tokens[first - 1].capitalized
                   && (m_tokens[first - 1].norm == QLatin1String("p") || m_tokens[first - 1].norm == QLatin1String("o")
                       || m_tokens[first - 1].norm == QLatin1String("po"))
                   && m_tokens[first].start - m_tokens[first - 1].end <= 2) {
                --first;
            }
        }
        if (first < 0) {
            continue;
        }
        // A house or building number in front: "3369 24 Clarke Avenue", "86036 Rua do Arenque 1634".
        if (first >= 1 && isHouseNumber(first - 1) && m_tokens[first].kind != Token::Kind::Word
            && m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start).trimmed().isEmpty()) {
            --first;
        } else if (first >= 1 && isHouseNumber(first - 1) && isPrefixWord(first)
                   && m_st.text.view(m_tokens[first - 1].end, m_tokens[first].start).trimmed().isEmpty()) {
            --first;
        }
        // A unit written before: "Flat 3, 22 Bootham Crescent".
        if (first >= 2 && isUnit(first - 2) && m_tokens[first - 1].kind == Token::Kind::Number) {
            first -= 2;
        } else if (first >= 1 && isUnit(first - 1) && m_tokens[first].kind == Token::Kind::Number) {
            first -= 1; // "Apt. 675 62314 Mellemvej 32"
        }
        last = extend(last);
        flag(first, last, true);
        i = last;
    }
    // US military and diplomatic mail: "APO AA 81998", "USS Mahler FPO AA 70489".
    for (int i = 0; i + 2 < n; ++i) {
        const QString& w = m_tokens[i].norm;
        const QString& region = m_tokens[i + 1].norm;
        // All in capitals, or in a text written all in lower case ("sent to uscgc aslakhanov⏎fpo ae 44941").
        if ((!m_tokens[i].allCaps
             && !(m_tokens[i].norm == m_st.text.view(m_tokens[i].start, m_tokens[i].end)
                  && region == m_st.text.view(m_tokens[i + 1].start, m_tokens[i + 1].end)))
            || !(w == QLatin1String("apo") || w == QLatin1String("fpo") || w == QLatin1String("dpo"))
            || !(region == QLatin1String("aa") || region == QLatin1String("ae") || region == QLatin1String("ap"))
            || m_tokens[i + 2].kind != Token::Kind::Number || m_tokens[i + 2].norm.size() != 5) {
            continue;
        }
        int first = i;
        // The ship or unit line before: "USS Mahler", "USNS Rappahannock", "Unit 8524 Box 0979".
        int k = i - 1;
        while (k >= 0 && i - k <= 5 && sameLineOrNext(k, k + 1)
               && (isNameWord(k) || m_tokens[k].kind == Token::Kind::Number
                   || (!m_tokens[i].allCaps && m_tokens[k].kind == Token::Kind::Word))) {
            const QString& ship = m_tokens[k].norm;
            if (ship == QLatin1String("uss") || ship == QLatin1String("usns") || ship == QLatin1String("usnv")
                || ship == QLatin1String("uscgc")) {
                first = k;
                break;
            }
            --k;
        }
        flag(first, i + 2, true);
        i += 2;
    }
    // Postcodes announced as such: "ZIP: 8592", "my zip code is 610", "PLZ 28203".
    for (int i = 0; i + 1 < n; ++i) {
        const QString& w = m_tokens[i].norm;
        if (w != QLatin1String("zip") && w != QLatin1String("postcode") && w != QLatin1String("plz")
            && w != QLatin1String("postleitzahl") && w != QLatin1String("zipcode")) {
            continue;
        }
        int k = i + 1;
        while (k < n && k - i <= 3 && m_tokens[k].kind == Token::Kind::Word && !m_tokens[k].capitalized
               && m_tokens[k].norm.size() <= 4) {
            ++k; // "code is"
        }
        if (k < n && (m_tokens[k].kind == Token::Kind::Number || m_tokens[k].hasDigit)
            && m_tokens[k].norm.size() <= 10) {
            int last = k;
            if (last + 1 < n && m_tokens[last + 1].kind == Token::Kind::Number && sameLineOrNext(last, last + 1)
                && m_tokens[last + 1].norm.size() <= 4) {
                ++last;
            }
            flag(k, last, true);
        }
    }
    // UK postcodes on their own.
    for (int i = 0; i < n; ++i) {
        qsizetype end = 0;
        if (m_tokens[i].kind == Token::Kind::Word && m_tokens[i].allCaps
            && isUkPostcodeAt(text, m_tokens[i].start, &end)) {
            const int last = m_st.text.tokenBefore(end);
            if (last >= i) {
                flag(i, last, true);
                i = last;
            }
        }
    }
    // Towns and districts tied to a person: "from East Portlemouth", "en Mission", "in Findorff".
    static const WordSet prepositions{
        QStringLiteral("in"),
        QStringLiteral("from"),
        QStringLiteral("of"),
        QStringLiteral("at"),
        QStringLiteral("to"),
        QStringLiteral("near"),
        QStringLiteral("en"),
        QStringLiteral("aus"),
        QStringLiteral("de"),
        QStringLiteral("bei"),
        QStringLiteral("nach"),
        QStringLiteral("im"),
        QStringLiteral("desde"),
        QStringLiteral("around"),
    };
    for (int i = 1; i < n; ++i) {
        // "my friend lives in harburg": a town in lower case, where someone lives, when it is no word.
        if (!m_tokens[i].capitalized && m_tokens[i].kind == Token::Kind::Word && i >= 2
            && prepositions.contains(m_tokens[i - 1].norm) && livesCue(i - 1) && !m_st.masked.value(i)
            && m_st.tokenLex[i] == 0) {
            const auto place = m_st.place(i, i);
            const auto info = m_st.nameInfo(i);
            const TextRange& here = m_st.text.sentences()[m_tokens[i].sentence];
            if (place && place->smallerThanState() && !(info && info->isAnyWord())
                && (m_st.personInSentence(m_tokens[i].sentence) || m_st.reply
                    || m_st.lexIn(Lex::FirstPersonSingular, here.firstToken, here.lastToken)
                    || m_st.lexIn(Lex::FamilyWord, here.firstToken, here.lastToken))) {
                flag(i, i, false);
                continue;
            }
        }
        if (!isNameWord(i) || !prepositions.contains(m_tokens[i - 1].norm) || m_st.tokenInPerson(i, true)
            || ((m_st.isLex(i, Lex::Month) || m_st.isLex(i, Lex::Weekday)) && !(i + 1 < n && m_st.place(i, i + 1)))
            || m_tokens[i].kind != Token::Kind::Word || m_st.masked.value(i) || m_st.masked.value(i - 1)) {
            continue;
        }
        // The longest place name starting here (up to three words).
        int best = -1;
        for (int e = i; e < std::min(n, i + 3); ++e) {
            if (e > i
                && (!isNameWord(e) || !m_st.text.view(m_tokens[e - 1].end, m_tokens[e].start).trimmed().isEmpty())) {
                break;
            }
            const auto place = m_st.place(i, e);
            // "a cost estimate in English": a language, holiday or other word the packs say is no name is no
            // town on its own either ("East Portlemouth" is one).
            if (place && place->smallerThanState() && !(e == i && m_st.isLex(i, Lex::NotName))) {
                best = e;
            }
        }
        // A town no gazetteer knows, in a reply or a sentence about a person: "from East Portlemouth",
        // "in Findorff". Only capitalised words unknown as names, places and vocabulary qualify.
        // Where someone lives or comes from: "grew up in Shelly Park", "originally from Egkomi", "lives in
        // Mill Village". After such a verb, capitalised words that are no ordinary words name the place.
        const TextRange& here = m_st.text.sentences()[m_tokens[i].sentence];
        bool lived = false;
        // "Frau Klein aus Ehrenfeld", "Jim from Naperville": where a named person comes from.
        const bool comesFrom =
            i >= 2 && (m_tokens[i - 1].norm == QLatin1String("from") || m_tokens[i - 1].norm == QLatin1String("aus"))
            && m_st.tokenInPerson(i - 2, false);
        if (best < 0 && i >= 2 && (livesCue(i - 1) || comesFrom)
            && (m_st.personInSentence(m_tokens[i].sentence) || m_st.reply
                || m_st.lexIn(Lex::FirstPersonSingular, here.firstToken, here.lastToken)
                || m_st.lexIn(Lex::PatientWord, here.firstToken, here.lastToken))) {
            // "Much Wenlock", "North Shields": a word that begins town names, before a capitalised name.
            const bool prefixed = townPrefixes().contains(m_tokens[i].norm) && i + 1 < n && m_tokens[i + 1].capitalized
                                  && m_tokens[i + 1].sentence == m_tokens[i].sentence;
            int e = i - 1;
            while (e + 1 < n && e + 1 - i < 3 && isNameWord(e + 1) && m_tokens[e + 1].capitalized
                   && m_tokens[e + 1].sentence == m_tokens[i].sentence
                   && (m_st.tokenLex[e + 1] == 0 || (e >= i && m_st.isLex(e + 1, Lex::OrgWord))
                       || (e + 1 == i && prefixed))
                   && !m_st.tokenInPerson(e + 1, true)
                   && (e >= i || !(m_st.nameInfo(e + 1) && m_st.nameInfo(e + 1)->isWordIn(m_st.language)) || prefixed)
                   && (e + 1 == i || m_st.text.view(m_tokens[e].end, m_tokens[e + 1].start).trimmed().isEmpty())) {
                ++e;
            }
            best = e >= i ? e : -1;
            lived = best >= 0;
        }
        if (best < 0 && !m_tokens[i].sentenceStart) {

            auto germanNoun = [&](int k) {
                static const QStringList endings{QStringLiteral("en"),
                                                 QStringLiteral("ung"),
                                                 QStringLiteral("heit"),
                                                 QStringLiteral("keit"),
                                                 QStringLiteral("schaft"),
                                                 QStringLiteral("ion"),
                                                 QStringLiteral("tat"),
                                                 QStringLiteral("nis"),
                                                 QStringLiteral("chen"),
                                                 QStringLiteral("lein"),
                                                 QStringLiteral("ismus"),
                                                 QStringLiteral("gen"),
                                                 QStringLiteral("ern"),
                                                 QStringLiteral("ie"),
                                                 QStringLiteral("ik")};
                if (m_st.language != QLatin1String("de")) {
                    return false;
                }
                for (const QString& e : endings) {
                    if (m_tokens[k].norm.endsWith(e)) {
                        return true;
                    }
                }
                return false;
            };
            auto unknown = [&](int k) {
                return m_tokens[k].capitalized && m_tokens[k].norm.size() >= 4 && !germanNoun(k) && !m_st.nameInfo(k)
                       && !m_st.place(k, k) && m_st.tokenLex[k] == 0 && !m_st.isLex(k, Lex::OrgWord)
                       && !m_st.isLex(k, Lex::NotName) && (!m_tokens[k].allCaps || townInCapitals(k));
            };
            int e = -1;
            // "im Patientenportal", "am Empfang": German prepositions fused with an article go with nouns; an
            // unknown word after them is no town.
            const QString& prep = m_tokens[i - 1].norm;
            const bool articled = prep == QLatin1String("im") || prep == QLatin1String("am")
                                  || prep == QLatin1String("zum") || prep == QLatin1String("beim");
            if (!articled && townPrefixes().contains(m_tokens[i].norm) && i + 1 < n && isNameWord(i + 1)
                && unknown(i + 1) && m_tokens[i + 1].sentence == m_tokens[i].sentence) {
                e = i + 1;
            } else if (!articled && unknown(i)) {
                e = i;
            }
            const bool followedByName =
                e >= 0 && e + 1 < n && m_tokens[e + 1].sentence == m_tokens[e].sentence && isNameWord(e + 1);
            // …or where the writer is: "I am in Sutri for a business trip".
            const bool writer = m_st.lexIn(Lex::FirstPersonSingular, here.firstToken, here.lastToken);
            if (e >= 0 && !followedByName && (m_st.reply || writer || m_st.personInSentence(m_tokens[i].sentence))) {
                best = e;
            }
        }
        if (best < 0) {
            continue;
        }
        // "our Hove branch", "Bay View clinic": the practice's own places.
        if (!lived && best + 1 < n && m_tokens[best + 1].sentence == m_tokens[i].sentence
            && m_st.isLex(best + 1, Lex::OrgWord)) {
            continue;
        }
        // A home visited goes on with its town: "Trevarno Farm, Constantine".
        const bool cue = lived || (livesCue(i - 1) && (m_st.reply || m_st.personInSentence(m_tokens[i].sentence)));
        const bool visited = cue && homeVisit(i - 1);
        // In a reply, where someone lives or comes from is the reader's, unless the practice says it of itself
        // ("we moved here from Kenosha"); "we hope the drive in from Much Wenlock…" is the reader's way.
        const bool readersPlace = cue && m_st.reply && !m_st.lexIn(Lex::BusinessPronoun, std::max(0, i - 4), i - 1);
        if (visited) {
            best = extend(best);
        }
        flag(i, best, false, visited || readersPlace);
        i = best;
    }
}

} // namespace

void detectAddresses(CheckState& st)
{
    AddressFinder(st).run();
}

} // namespace clearpost
