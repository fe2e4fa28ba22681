#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace clearpost {

// One word, number, hashtag or mention of a text, with what the detectors ask
// about it. Offsets are UTF-16 indices into the analysed text.
struct Token
{
    enum class Kind { Word, Number, Hashtag, Mention };

    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Word;
    QString norm;             // lower case, accents folded (é→e, ß→ss), apostrophes as '
    bool capitalized = false; // first letter upper case
    bool allCaps = false;     // two or more letters, all upper case
    bool hasDigit = false;
    bool possessive = false;    // followed by 's / ’s (split off, not part of the token)
    bool hyphenNext = false;    // joined to the next token by a hyphen ("pain-free")
    bool dotAfter = false;      // directly followed by '.' ("Mr.", "Dr.", "St.")
    bool commaAfter = false;    // followed by ',' (possibly after spaces)
    bool sentenceStart = false; // first token of its sentence
    int sentence = 0;
    int clause = 0; // clauses split sentences at , ; : dashes and brackets
};

struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    int firstToken = 0; // index into tokens; firstToken > lastToken when empty
    int lastToken = -1;
};

// Tokens, sentences and clauses of a text, computed once per check and shared by
// every detector. Hand-written scanning: this runs on every keystroke.
class TextAnalysis
{
public:
    explicit TextAnalysis(const QString& text);

    const QString& text() const { return m_text; }
    const QList<Token>& tokens() const { return m_tokens; }
    const QList<TextRange>& sentences() const { return m_sentences; }
    const QList<TextRange>& clauses() const { return m_clauses; }

    QStringView view(qsizetype start, qsizetype end) const { return QStringView(m_text).mid(start, end - start); }
    // Where the words of `wanted` occur here in a row (first token of each occurrence), compared folded.
    QList<int> occurrences(const TextAnalysis& wanted) const;
    QStringView tokenText(int i) const { return view(m_tokens[i].start, m_tokens[i].end); }
    // The index of the first token starting at or after `pos` (tokens().size() when none).
    int tokenFrom(qsizetype pos) const;
    // The index of the last token ending at or before `pos` (-1 when none).
    int tokenBefore(qsizetype pos) const;
    const TextRange& sentenceOf(int token) const { return m_sentences[m_tokens[token].sentence]; }
    const TextRange& clauseOf(int token) const { return m_clauses[m_tokens[token].clause]; }
    // The sentence containing a character position.
    int sentenceAt(qsizetype pos) const;

    // Lower case with accents folded, as Token::norm.
    static QString fold(QStringView s);
    static bool isArrow(char32_t c); // ←, →, ➡, ⬅, 🡒: arrows between words
    static bool isEmoji(char32_t c);
    // Lower-case words inside names of people and streets: "van de Noort", "Rua do Arenque", "bin Salman".
    static bool isNameParticle(QStringView norm);

private:
    void tokenize();
    void segment();

    QString m_text;
    QList<Token> m_tokens;
    QList<TextRange> m_sentences;
    QList<TextRange> m_clauses;
};

} // namespace clearpost
