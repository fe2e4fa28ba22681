#include "PhraseMatcher.h"

#include <QVarLengthArray>

#include <algorithm>

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
    const int id = int(m_rootWords.size());
    table.insert(text, id);
    m_rootWords.push_back(-1);
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
    QList<Part> parts;
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
            parts.append({Part::Kind::AnyNumber, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<mention>")) {
            parts.append({Part::Kind::Mention, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<word>")) {
            if (parts.isEmpty()) {
                return; // a phrase cannot start with any word: it would be tried at every token
            }
            parts.append({Part::Kind::AnyWord, -1, {}});
            continue;
        }
        if (piece == QLatin1String("<code>")) {
            parts.append({Part::Kind::Code, -1, {}});
            continue;
        }
        if (piece.size() > 1 && piece.endsWith(QLatin1Char('*'))) {
            parts.append({Part::Kind::Prefix, -1, TextAnalysis::fold(piece.chopped(1))});
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
            parts.append({kind, intern(kind, QString(t.norm.constData(), t.norm.size())), {}});
        }
    }
    if (parts.isEmpty()) {
        return;
    }
    const int index = int(m_phrases.size());
    const Part& first = parts.first();
    PhraseInfo info{tag, language, FirstGroup::Word};
    switch (first.kind) {
    case Part::Kind::Word:
    case Part::Kind::Hashtag:
    case Part::Kind::Number:
    case Part::Kind::AnyWord: // not reached: refused above
        break;
    case Part::Kind::AnyNumber:
        info.group = FirstGroup::Number;
        break;
    case Part::Kind::Mention:
        info.group = FirstGroup::Mention;
        break;
    case Part::Kind::Code:
        info.group = FirstGroup::Code;
        break;
    case Part::Kind::Prefix:
        info.group = FirstGroup::Prefix;
        break;
    }
    int node = 0;
    for (const Part& part : std::as_const(parts)) {
        node = childFor(node, part);
    }
    m_nodes[std::size_t(node)].ends.push_back(index);
    m_phrases.push_back(info);
}

int PhraseMatcher::childFor(int node, const Part& part)
{
    const bool interned =
        part.kind == Part::Kind::Word || part.kind == Part::Kind::Hashtag || part.kind == Part::Kind::Number;
    auto sameSpecial = [&](const std::pair<Part, int>& other) {
        return other.first.kind == part.kind && other.first.text == part.text;
    };
    auto newNode = [&] {
        m_nodes.emplace_back();
        return int(m_nodes.size()) - 1;
    };
    if (node == 0 && interned) {
        int& child = m_rootWords[std::size_t(part.id)];
        if (child < 0) {
            child = newNode();
        }
        return child;
    }
    if (node == 0 && part.kind == Part::Kind::Prefix) {
        std::vector<std::pair<Part, int>>& bucket = rootPrefixBucket(part.text.front());
        const auto it = std::find_if(bucket.begin(), bucket.end(), sameSpecial);
        if (it != bucket.end()) {
            return it->second;
        }
        const int child = newNode();
        rootPrefixBucket(part.text.front()).emplace_back(part, child);
        return child;
    }
    if (interned) {
        std::vector<std::pair<int, int>>& words = m_nodes[std::size_t(node)].words;
        const auto it = std::lower_bound(words.begin(), words.end(), std::make_pair(part.id, -1));
        if (it != words.end() && it->first == part.id) {
            return it->second;
        }
        const auto at = it - words.begin();
        const int child = newNode(); // may reallocate m_nodes: index again below
        std::vector<std::pair<int, int>>& again = m_nodes[std::size_t(node)].words;
        again.insert(again.begin() + at, {part.id, child});
        return child;
    }
    std::vector<std::pair<Part, int>>& others = m_nodes[std::size_t(node)].others;
    const auto it = std::find_if(others.begin(), others.end(), sameSpecial);
    if (it != others.end()) {
        return it->second;
    }
    const int child = newNode();
    m_nodes[std::size_t(node)].others.emplace_back(part, child);
    return child;
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

std::vector<std::pair<PhraseMatcher::Part, int>>& PhraseMatcher::rootPrefixBucket(QChar first)
{
    return first.unicode() < m_rootPrefixesAscii.size() ? m_rootPrefixesAscii[first.unicode()] : m_rootPrefixes[first];
}

const std::vector<std::pair<PhraseMatcher::Part, int>>* PhraseMatcher::findRootPrefixBucket(QChar first) const
{
    if (first.unicode() < m_rootPrefixesAscii.size()) {
        const auto& bucket = m_rootPrefixesAscii[first.unicode()];
        return bucket.empty() ? nullptr : &bucket;
    }
    const auto it = m_rootPrefixes.constFind(first);
    return it == m_rootPrefixes.constEnd() ? nullptr : &it.value();
}

// Follows the trie from `node`, whose phrases' parts matched the tokens before `next`.
void PhraseMatcher::walk(const TextAnalysis& text, const int* ids, int node, int next, std::vector<Found>& found) const
{
    const Node& here = m_nodes[std::size_t(node)];
    for (int phrase : here.ends) {
        found.push_back({phrase, next - 1});
    }
    const QList<Token>& tokens = text.tokens();
    if (next >= tokens.size() || tokens[next].sentence != tokens[next - 1].sentence) {
        return;
    }
    const int id = ids[next];
    if (id >= 0 && !here.words.empty()) {
        const auto it = std::lower_bound(here.words.begin(), here.words.end(), std::make_pair(id, -1));
        if (it != here.words.end() && it->first == id) {
            walk(text, ids, it->second, next + 1, found);
        }
    }
    for (const auto& [part, child] : here.others) {
        if (partMatches(part, tokens[next], id, text.tokenText(next))) {
            walk(text, ids, child, next + 1, found);
        }
    }
}

QList<PhraseMatcher::Hit> PhraseMatcher::match(const TextAnalysis& text) const
{
    QList<Hit> hits;
    const QList<Token>& tokens = text.tokens();
    const int n = int(tokens.size());
    hits.reserve(n / 2);
    QVarLengthArray<int, 512> ids(n);
    for (int i = 0; i < n; ++i) {
        ids[i] = idOf(tokens[i]);
    }
    const Node& root = m_nodes.front();
    std::vector<Found> found;
    for (int i = 0; i < n; ++i) {
        found.clear();
        const Token& t = tokens[i];
        if (ids[i] >= 0 && m_rootWords[std::size_t(ids[i])] >= 0) {
            walk(text, ids.constData(), m_rootWords[std::size_t(ids[i])], i + 1, found);
        }
        for (const auto& [part, child] : root.others) {
            if (partMatches(part, t, ids[i], text.tokenText(i))) {
                walk(text, ids.constData(), child, i + 1, found);
            }
        }
        if (t.kind == Token::Kind::Word && !t.norm.isEmpty()) {
            if (const auto* bucket = findRootPrefixBucket(t.norm.front())) {
                for (const auto& [part, child] : *bucket) {
                    if (partMatches(part, t, ids[i], text.tokenText(i))) {
                        walk(text, ids.constData(), child, i + 1, found);
                    }
                }
            }
        }
        if (found.size() > 1) {
            std::sort(found.begin(), found.end(), [&](const Found& a, const Found& b) {
                const PhraseInfo& pa = m_phrases[std::size_t(a.phrase)];
                const PhraseInfo& pb = m_phrases[std::size_t(b.phrase)];
                return pa.group != pb.group ? pa.group < pb.group : a.phrase < b.phrase;
            });
        }
        for (const Found& f : found) {
            const PhraseInfo& p = m_phrases[std::size_t(f.phrase)];
            hits.append({i, f.last, p.tag, p.language});
        }
    }
    return hits;
}

} // namespace clearpost
