// Sponsorship, gifts, partnerships, affiliate links and discount codes need a
// clear disclosure near the start (#ad, Ad:, Sponsored, Paid partnership,
// Werbung, Anzeige, Publicidad). One buried among trailing hashtags, after the
// "…more" cut, or a vague one (#spon, #collab) does not count.

#include "CheckState.h"
#include "PlatformCounter.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <string_view>

namespace clearpost {

namespace {

bool isAffiliateUrl(QStringView url)
{
    static constexpr std::u16string_view markers[] = {u"amzn.to",
                                                      u"amazon.",
                                                      u"shareasale",
                                                      u"rstyle.me",
                                                      u"go.magik.ly",
                                                      u"bit.ly",
                                                      u"?tag=",
                                                      u"&tag=",
                                                      u"?ref=",
                                                      u"&ref=",
                                                      u"/ref/",
                                                      u"affiliate",
                                                      u"?aff",
                                                      u"linktr.ee"};
    // Lower-case ASCII copy on the stack: links are short, and this runs for every link of every check.
    QVarLengthArray<char16_t, 256> lower(url.size());
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    const std::u16string_view text(lower.constData(), std::size_t(lower.size()));
    return std::any_of(std::begin(markers), std::end(markers), [&](std::u16string_view m) {
        return text.find(m) != std::u16string_view::npos;
    });
}

// Where the closing block of hashtags starts (three or more hashtags with nothing else after them).
qsizetype trailingHashtagBlock(const TextAnalysis& text)
{
    const QList<Token>& tokens = text.tokens();
    int k = int(tokens.size()) - 1;
    int count = 0;
    while (k >= 0 && tokens[k].kind == Token::Kind::Hashtag) {
        ++count;
        --k;
    }
    if (count < 3) {
        return text.text().size() + 1;
    }
    return tokens[k + 1].start;
}

// "Leave us a 5-star review and we'll take $25 off": a reward for a review. Rewards that depend on praise are
// prohibited outright (FTC 16 CFR 465.4); the networks' review policies forbid any reward, and no disclosure
// cures either. One finding per sentence that asks for a review and offers the reward; returns those sentences.
QList<int> detectReviewIncentives(CheckState& st)
{
    QList<int> flagged;
    const QList<PhraseMatcher::Hit> asks = st.hitsOf(RuleBook::tag(Lex::ReviewAsk));
    if (asks.isEmpty()) {
        return flagged;
    }
    const QList<Token>& tokens = st.text.tokens();
    const QList<TextRange>& sentences = st.text.sentences();
    int done = -1;
    for (const PhraseMatcher::Hit& ask : asks) {
        const int sentence = tokens[ask.first].sentence;
        if (sentence == done || !st.lexInSentence(Lex::ReviewIncentive, sentence)) {
            continue;
        }
        done = sentence;
        const bool praise = st.lexInSentence(Lex::ReviewSentiment, sentence);
        const QString rule = praise ? QStringLiteral("endorsement.undisclosed.incentive.positive")
                                    : QStringLiteral("endorsement.undisclosed.incentive");
        if (!st.ruleEnabled(rule)) {
            continue; // a pack that switches the rule off keeps the sponsorship check for the sentence
        }
        flagged.append(sentence);
        st.add(rule,
               category::EndorsementUndisclosed,
               praise ? Severity::Blocker : Severity::Warning,
               sentences[sentence].start,
               sentences[sentence].end);
    }
    return flagged;
}

} // namespace

void detectEndorsements(CheckState& st)
{
    // A reward for a review has its own finding; the same discount is no sponsorship as well.
    const QList<int> rewarded = detectReviewIncentives(st);

    const QList<Token>& tokens = st.text.tokens();
    const QString& text = st.text.text();

    // Signals of a material connection: a gift, a partnership, an affiliate link, a discount code.
    struct Signal
    {
        qsizetype start;
        int sentence;
    };
    QList<Signal> signals_;
    for (const PhraseMatcher::Hit& h : st.hitsOf(RuleBook::tag(Lex::SponsorSignal))) {
        // "Thanks to @lincolnelementary for having us": thanks for hosting the practice is no gift to it.
        const bool thanks = h.first + 1 <= h.last && tokens[h.last].kind == Token::Kind::Mention;
        if (thanks && st.lexInSentence(Lex::HostCue, tokens[h.first].sentence)) {
            continue;
        }
        // "Huge thanks to @jenny.runs for the kind words": thanks to a person (a patient's handle) is no gift.
        if (thanks && st.tokenInPerson(h.last, true)) {
            continue;
        }
        // "what your Krankenkasse sent us": information someone of the reader's sent, not a gift.
        if (h.first >= 1
            && (tokens[h.first].norm == QLatin1String("sent") || tokens[h.first].norm == QLatin1String("they"))) {
            bool readers = false;
            for (int k = h.first - 1; k >= std::max(0, h.first - 3) && !readers; --k) {
                readers = tokens[k].sentence == tokens[h.first].sentence
                          && (st.isLex(k, Lex::SecondPersonPossessive) || tokens[k].norm == QLatin1String("what"));
            }
            if (readers) {
                continue;
            }
        }
        if (!rewarded.contains(tokens[h.first].sentence)) {
            signals_.append({tokens[h.first].start, tokens[h.first].sentence});
        }
    }
    for (const auto& url : std::as_const(st.urls)) {
        if (isAffiliateUrl(QStringView(text).mid(url.first, url.second - url.first))) {
            const int t = st.text.tokenFrom(url.first);
            signals_.append({url.first, t < tokens.size() ? tokens[t].sentence : 0});
        }
    }

    // Disclosures and where they are.
    const qsizetype block = trailingHashtagBlock(st.text);
    bool clear = false;
    bool buried = false;
    for (const PhraseMatcher::Hit& h : st.hitsOf(RuleBook::tag(Lex::DisclosureStrong))) {
        const qsizetype at = tokens[h.first].start;
        // A plain "ad" only counts as a label: at the start, or as "Ad:" / "Ad |".
        if (tokens[h.first].kind == Token::Kind::Word && tokens[h.first].norm == QLatin1String("ad") && h.first > 0
            && h.first == h.last) {
            continue;
        }
        // "Thank you to everyone who sponsored us": a verb about the writer's fundraiser, not a label.
        if (h.first == h.last && tokens[h.first].kind == Token::Kind::Word) {
            static const WordSet objects{QStringLiteral("us"),
                                         QStringLiteral("me"),
                                         QStringLiteral("uns"),
                                         QStringLiteral("mich"),
                                         QStringLiteral("nos")};
            static const WordSet relatives{
                QStringLiteral("who"), QStringLiteral("that"), QStringLiteral("die"), QStringLiteral("que")};
            const bool object = h.last + 1 < tokens.size() && tokens[h.last + 1].sentence == tokens[h.first].sentence
                                && objects.contains(tokens[h.last + 1].norm);
            const bool relative = h.first > 0 && tokens[h.first - 1].sentence == tokens[h.first].sentence
                                  && relatives.contains(tokens[h.first - 1].norm);
            if (object || relative) {
                continue;
            }
        }
        if (at < st.pack.disclosureWindow && at < block) {
            clear = true;
        } else {
            buried = true;
        }
    }
    const bool weak = st.anyHit(Lex::DisclosureWeak);
    // "Loving our new @OraGlow kits … #collab #smile": a weak hashtag label shows a connection by itself and
    // discloses it too vaguely; the finding then covers what is advertised, the opening sentence.
    const QList<PhraseMatcher::Hit> weakHits = st.hitsOf(RuleBook::tag(Lex::DisclosureWeak));
    const bool weakTag = std::any_of(weakHits.cbegin(), weakHits.cend(), [&](const PhraseMatcher::Hit& h) {
        return tokens[h.first].kind == Token::Kind::Hashtag;
    });
    if (clear) {
        return;
    }
    if (signals_.isEmpty() && !buried && !weakTag) {
        return;
    }
    // The finding covers the sentences that show the connection; with only a buried
    // label, the opening sentence (what is advertised).
    const QList<TextRange>& sentences = st.text.sentences();
    if (sentences.isEmpty()) {
        return;
    }
    // From the first sentence with a signal to the last: the gift, the partnership and the code that
    // comes with them all need the label.
    int from = -1;
    int to = -1;
    for (const Signal& s : signals_) {
        from = from < 0 ? s.sentence : std::min(from, s.sentence);
        to = std::max(to, s.sentence);
    }
    if (from < 0) {
        from = to = 0;
    }
    QString rule = QStringLiteral("endorsement.undisclosed");
    if (buried) {
        rule = QStringLiteral("endorsement.undisclosed.buried");
    } else if (weak) {
        rule = QStringLiteral("endorsement.undisclosed.weak");
    }
    FindingFix fix;
    fix.kind = FindingFix::Kind::Action;
    fix.action = QStringLiteral("disclose-at-start");
    fix.label = QCoreApplication::translate("Compliance", "Put “%1” at the start")
                    .arg(st.language == QLatin1String("de")   ? QStringLiteral("Werbung")
                         : st.language == QLatin1String("es") ? QStringLiteral("Publicidad")
                                                              : QStringLiteral("#ad"));
    st.add(rule, category::EndorsementUndisclosed, Severity::Warning, sentences[from].start, sentences[to].end, fix);
}

} // namespace clearpost
