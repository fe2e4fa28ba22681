#include "PhraseMatcher.h"

namespace clearpost {

void PhraseMatcher::add(const QString& phrase, int tag, int language)
{
    Phrase p;
    p.tag = tag;
    p.language = language;
    const QStringList pieces = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        if (piece == QLatin1String("<num>")) {
            p.parts.append({Part::Kind::AnyNumber, {}});
            continue;
        }
        if (piece == QLatin1String("<mention>")) {
            p.parts.append({Part::Kind::Mention, {}});
            continue;
        }
        if (piece == QLatin1String("<code>")) {
            p.parts.append({Part::Kind::Code, {}});
            continue;
        }
        if (piece.size() > 1 && piece.endsWith(QLatin1Char('*'))) {
            p.parts.append({Part::Kind::Prefix, TextAnalysis::fold(piece.chopped(1))});
            continue;
        }
        // Tokenise the piece exactly as texts are tokenised, so "pain-free" or "no.1" line up.
        const TextAnalysis sub(piece);
        for (const Token& t : sub.tokens()) {
            Part::Kind kind = Part::Kind::Word;
            if (t.kind == Token::Kind::Hashtag) {
                kind = Part::Kind::Hashtag;
            } else if (t.kind == Token::Kind::Number) {
                kind = Part::Kind::Number;
            }
            p.parts.append({kind, t.norm});
        }
    }
    if (p.parts.isEmpty()) {
        return;
    }
    const int index = int(m_phrases.size());
    const Part& first = p.parts.first();
    switch (first.kind) {
    case Part::Kind::Word:
        m_byWord[first.text].append(index);
        break;
    case Part::Kind::Hashtag:
        m_byHashtag[first.text].append(index);
        break;
    case Part::Kind::Number:
        m_byNumber[first.text].append(index);
        break;
    default:
        m_wildFirst.append(index);
        break;
    }
    m_phrases.append(p);
}

bool PhraseMatcher::partMatches(const Part& part, const Token& token, QStringView raw)
{
    switch (part.kind) {
    case Part::Kind::Word:
        return token.kind == Token::Kind::Word && token.norm == part.text;
    case Part::Kind::Hashtag:
        return token.kind == Token::Kind::Hashtag && token.norm == part.text;
    case Part::Kind::Number:
        return token.kind == Token::Kind::Number && token.norm == part.text;
    case Part::Kind::AnyNumber:
        return token.kind == Token::Kind::Number;
    case Part::Kind::Mention:
        return token.kind == Token::Kind::Mention;
    case Part::Kind::Prefix:
        return token.kind == Token::Kind::Word && token.norm.startsWith(part.text);
    case Part::Kind::Code: {
        // A promo code: letters and digits, at least one of each, mostly capitals (SMILE20, LUXE10).
        if (token.kind != Token::Kind::Word || !token.hasDigit || raw.size() < 4 || raw.size() > 20) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (QChar c : raw) {
            if (c.isLetter()) {
                ++letters;
                upper += c.isUpper() ? 1 : 0;
            }
        }
        return letters >= 2 && upper * 2 >= letters;
    }
    }
    return false;
}

QList<PhraseMatcher::Hit> PhraseMatcher::match(const TextAnalysis& text) const
{
    QList<Hit> hits;
    const QList<Token>& tokens = text.tokens();
    const int n = int(tokens.size());
    auto tryPhrase = [&](int start, int index) {
        const Phrase& p = m_phrases[index];
        const int len = int(p.parts.size());
        if (start + len > n) {
            return;
        }
        const int sentence = tokens[start].sentence;
        for (int k = 0; k < len; ++k) {
            const Token& t = tokens[start + k];
            if (t.sentence != sentence || !partMatches(p.parts[k], t, text.tokenText(start + k))) {
                return;
            }
        }
        hits.append({start, start + len - 1, p.tag, p.language});
    };
    for (int i = 0; i < n; ++i) {
        const QHash<QString, QList<int>>& table = tokens[i].kind == Token::Kind::Hashtag  ? m_byHashtag
                                                  : tokens[i].kind == Token::Kind::Number ? m_byNumber
                                                                                          : m_byWord;
        const auto it = table.constFind(tokens[i].norm);
        if (it != table.constEnd()) {
            for (int index : it.value()) {
                tryPhrase(i, index);
            }
        }
        for (int index : m_wildFirst) {
            tryPhrase(i, index);
        }
    }
    return hits;
}

} // namespace clearpost
