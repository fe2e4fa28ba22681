#pragma once

#include "TextAnalysis.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace clearpost {

// Finds many phrases in one pass over a text's tokens. A phrase is a sequence
// of tokens written like the text ("before and after", "#ad", "no 1"); special
// tokens: <num> any number, <mention> any @mention, <code> a promo code such as
// SMILE20, <word> any one word (not first: "thanks for the <word> package"), and
// word* any word starting with "word". Each phrase carries a tag
// (the list it came from). Phrases never match across sentences.
//
// Words are interned when phrases are added, so matching compares integers:
// one hash lookup per token, whatever the number of phrases.
class PhraseMatcher
{
public:
    struct Hit
    {
        int first = 0; // token index
        int last = 0;  // inclusive
        int tag = 0;
        int language = 0; // the pack the phrase came from
    };

    void add(const QString& phrase, int tag, int language = 0);
    // Whether add() understands every part: known placeholders only, not starting with <word>.
    static bool isValidPhrase(const QString& phrase);
    int phraseCount() const { return int(m_phrases.size()); }

    // All matches, at every start, every length; sorted by first token.
    QList<Hit> match(const TextAnalysis& text) const;

private:
    struct Part
    {
        enum class Kind { Word, Hashtag, Number, AnyNumber, AnyWord, Mention, Code, Prefix };
        Kind kind = Kind::Word;
        int id = -1;  // interned text for Word, Hashtag and Number
        QString text; // for Prefix
    };
    // The phrases form a trie: one walk per start token follows every phrase that begins there.
    struct Node
    {
        std::vector<std::pair<int, int>> words;   // (interned id, child), sorted by id
        std::vector<std::pair<Part, int>> others; // (special part, child)
        std::vector<int> ends;                    // phrases ending here, in the order they were added
    };
    // Where a phrase's first part puts it among the hits of one start token: words, numbers,
    // mentions, codes, prefixes; then the order the phrases were added.
    enum class FirstGroup { Word, Number, Mention, Code, Prefix };
    struct PhraseInfo
    {
        int tag = 0;
        int language = 0;
        FirstGroup group = FirstGroup::Word;
    };
    struct Found
    {
        int phrase = 0;
        int last = 0;
    };
    int intern(Part::Kind kind, const QString& text);
    int idOf(const Token& token) const;
    static bool partMatches(const Part& part, const Token& token, int tokenId, QStringView raw);
    int childFor(int node, const Part& part);
    void walk(const TextAnalysis& text, const int* ids, int node, int next, std::vector<Found>& found) const;

    std::vector<PhraseInfo> m_phrases;
    std::vector<Node> m_nodes{Node()}; // node 0 is the root
    std::vector<int> m_rootWords;      // the root's child by interned id, -1 for none
    // Prefix parts at the root ("guarant*"), by the prefix's first letter: folded words start with ASCII
    // letters nearly always, so those have a slot each; the rest share a hash.
    std::array<std::vector<std::pair<Part, int>>, 128> m_rootPrefixesAscii;
    QHash<QChar, std::vector<std::pair<Part, int>>> m_rootPrefixes;
    std::vector<std::pair<Part, int>>& rootPrefixBucket(QChar first);
    const std::vector<std::pair<Part, int>>* findRootPrefixBucket(QChar first) const;
    // Interned words, one table per token kind; ids are unique across the three.
    QHash<QString, int> m_words;
    QHash<QString, int> m_hashtags;
    QHash<QString, int> m_numbers;
};

} // namespace clearpost
