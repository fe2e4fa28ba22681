#pragma once

#include "TextAnalysis.h"

#include <QHash>
#include <QList>
#include <QString>

namespace clearpost {

// Finds many phrases in one pass over a text's tokens. A phrase is a sequence
// of tokens written like the text ("before and after", "#ad", "no 1"); special
// tokens: <num> any number, <mention> any @mention, <code> a promo code such as
// SMILE20, and word* any word starting with "word". Each phrase carries a tag
// (the list it came from). Phrases never match across sentences.
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
    int phraseCount() const { return int(m_phrases.size()); }

    // All matches, at every start, every length; sorted by first token.
    QList<Hit> match(const TextAnalysis& text) const;

private:
    struct Part
    {
        enum class Kind { Word, Hashtag, Number, AnyNumber, Mention, Code, Prefix };
        Kind kind = Kind::Word;
        QString text;
    };
    struct Phrase
    {
        QList<Part> parts;
        int tag = 0;
        int language = 0;
    };
    static bool partMatches(const Part& part, const Token& token, QStringView raw);

    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byWord; // phrases by their first token's text, per token kind
    QHash<QString, QList<int>> m_byHashtag;
    QHash<QString, QList<int>> m_byNumber;
    QList<int> m_wildFirst; // phrases starting with a special part
};

} // namespace clearpost
