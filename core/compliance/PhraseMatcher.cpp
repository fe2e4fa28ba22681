#include "PhraseMatcher.h"

#include <QVarLengthArray>

namespace clearpost {

int PhraseMatcher::intern(Part::Kind kind, const QString& text)
{
    QHash<QString, int>& table = kind == Part::Kind::Hashtag  ? m_hashtags
                                 : kind == Part::Kind::Number ? m_numbers
                                                              : m_words;
    const auto it = table.constFind(text);
    if (it != table.constEnd()) {
        return it.value();
    }
    const int id = int(m_byFirstId.size());
    table.insert(text, id);
    m_byFirstId.append(QList<int>());
    return id;
}

int PhraseMatcher::idOf(const Token& token) const
{
    const QHash<QString, int>& table = token.kind == Token::Kind::Hashtag  ? m_hashtags
                                       : token.kind == Token::Kind::Number ? m_numbers
                                                                           : m_words;
    if (token.kind == Token::Kind::Mention) {
        return -1;
    }
    return table.value(token.norm, -1);
}

void PhraseMatcher::add(const QString& phrase, int tag, int language)
{
    Phrase p;
    p.tag = tag;
    p.language = language;
    QStringList pieces;
    for (const QString& piece : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // "<num>%" is "<num>" and "%".
        if (piece.startsWith(QLatin1String("<num>")) && piece.size() > 5) {
            pieces << QStringLiteral("<num>") << piece.mid(5);
        } else {
            pieces << piece;
        }
    }
    for (const QString& piece : std::as_const(pieces)) {
        if (piece == QLatin1String("<num>")) {
            p.parts.append({Part::Kind::AnyNumber, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<mention>")) {
            p.parts.append({Part::Kind::Mention, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<word>")) {
            if (p.parts.isEmpty()) {
                return; // a phrase cannot start with any word: it would be tried at every token
            }
            p.parts.append({Part::Kind::AnyWord, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<code>")) {
            p.parts.append({Part::Kind::Code, -1, {}});
            continue;
        }
        if (piece.size() > 1 && piece.endsWith(QLatin1Char('*'))) {
            p.parts.append({Part::Kind::Prefix, -1, TextAnalysis::fold(piece.chopped(1))});
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
            // An own copy of the text: `sub` is temporary and its norms may point into it.
            p.parts.append({kind, intern(kind, QString(t.norm.constData(), t.norm.size())), {}});
        }
    }
    if (p.parts.isEmpty()) {
        return;
    }
    const int index = int(m_phrases.size());
    const Part& first = p.parts.first();
    switch (first.kind) {
    case Part::Kind::Word:
    case Part::Kind::Hashtag:
    case Part::Kind::Number:
        m_byFirstId[first.id].append(index);
        break;
    case Part::Kind::AnyNumber:
        m_numberFirst.append(index);
        break;
    case Part::Kind::Mention:
        m_mentionFirst.append(index);
        break;
    case Part::Kind::Code:
        m_codeFirst.append(index);
        break;
    case Part::Kind::Prefix:
        m_prefixFirst[first.text.isEmpty() ? QChar() : first.text.front()].append(index);
        break;
    case Part::Kind::AnyWord:
        return; // not reached: refused above
    }
    m_phrases.append(p);
}

bool PhraseMatcher::isValidPhrase(const QString& phrase)
{
    const QStringList pieces = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (pieces.isEmpty() || pieces.first() == QLatin1String("<word>")) {
        return false;
    }
    for (QString piece : pieces) {
        if (piece.startsWith(QLatin1String("<num>"))) {
            piece = piece.mid(5);
        }
        if (piece == QLatin1String("<mention>") || piece == QLatin1String("<code>")
            || piece == QLatin1String("<word>")) {
            continue;
        }
        if (piece.contains(QLatin1Char('<')) || piece.contains(QLatin1Char('>'))) {
            return false; // a placeholder the matcher does not know
        }
    }
    return true;
}

bool PhraseMatcher::partMatches(const Part& part, const Token& token, int tokenId, QStringView raw)
{
    switch (part.kind) {
    case Part::Kind::Word:
    case Part::Kind::Hashtag:
    case Part::Kind::Number:
        // Ids are unique across the three tables, so the kind is implied.
        return tokenId == part.id;
    case Part::Kind::AnyNumber:
        return token.kind == Token::Kind::Number;
    case Part::Kind::AnyWord:
        return token.kind == Token::Kind::Word;
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
    QVarLengthArray<int, 512> ids(n);
    for (int i = 0; i < n; ++i) {
        ids[i] = idOf(tokens[i]);
    }
    auto tryPhrase = [&](int start, int index) {
        const Phrase& p = m_phrases[index];
        const int len = int(p.parts.size());
        if (start + len > n) {
            return;
        }
        const int sentence = tokens[start].sentence;
        for (int k = 0; k < len; ++k) {
            const Token& t = tokens[start + k];
            if (t.sentence != sentence || !partMatches(p.parts[k], t, ids[start + k], text.tokenText(start + k))) {
                return;
            }
        }
        hits.append({start, start + len - 1, p.tag, p.language});
    };
    for (int i = 0; i < n; ++i) {
        if (ids[i] >= 0) {
            for (int index : m_byFirstId[ids[i]]) {
                tryPhrase(i, index);
            }
        }
        const Token& t = tokens[i];
        if (t.kind == Token::Kind::Number) {
            for (int index : m_numberFirst) {
                tryPhrase(i, index);
            }
        } else if (t.kind == Token::Kind::Mention) {
            for (int index : m_mentionFirst) {
                tryPhrase(i, index);
            }
        } else if (t.kind == Token::Kind::Word && !t.norm.isEmpty()) {
            if (t.hasDigit) {
                for (int index : m_codeFirst) {
                    tryPhrase(i, index);
                }
            }
            if (!m_prefixFirst.isEmpty()) {
                const auto p = m_prefixFirst.constFind(t.norm.front());
                if (p != m_prefixFirst.constEnd()) {
                    for (int index : p.value()) {
                        tryPhrase(i, index);
                    }
                }
            }
        }
    }
    return hits;
}

} // namespace clearpost
