#pragma once

#include "TextAnalysis.h"

#include <QHash>
#include <QList>
#include <QString>

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
    struct Phrase
    {
        QList<Part> parts;
        int tag = 0;
        int language = 0;
    };
    int intern(Part::Kind kind, const QString& text);
    int idOf(const Token& token) const;
    static bool partMatches(const Part& part, const Token& token, int tokenId, QStringView raw);

    QList<Phrase> m_phrases;
    // Interned words, one table per token kind.
    QHash<QString, int> m_words;
    QHash<QString, int> m_hashtags;
    QHash<QString, int> m_numbers;
    QList<QList<int>> m_byFirstId; // phrases by the id of their first token
    // Phrases starting with a special part, by the kind of token that can start them.
    QList<int> m_numberFirst;
    QList<int> m_mentionFirst;
    QList<int> m_codeFirst;
    QHash<QChar, QList<int>> m_prefixFirst; // by the prefix's first letter
};

} // namespace clearpost
