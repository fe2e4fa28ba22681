#include "TextAnalysis.h"

#include "WordSet.h"

#include <array>

namespace clearpost {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018);
}

bool isWordCharSlow(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Called for every character: ASCII answers inline, the rest asks Unicode.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    return isWordCharSlow(c);
}

// Words whose 's is "is"/"us", not a possessive.
bool isContractionBase(QStringView norm)
{
    static const std::array<QLatin1String, 13> bases{
        QLatin1String("it"),
        QLatin1String("he"),
        QLatin1String("she"),
        QLatin1String("that"),
        QLatin1String("there"),
        QLatin1String("what"),
        QLatin1String("who"),
        QLatin1String("let"),
        QLatin1String("here"),
        QLatin1String("where"),
        QLatin1String("how"),
        QLatin1String("everyone"),
        QLatin1String("nobody"),
    };
    for (const auto& b : bases) {
        if (norm == b) {
            return true;
        }
    }
    return false;
}

// Abbreviations after which a full stop does not end a sentence.
bool isAbbreviation(QStringView norm)
{
    static const std::array<QLatin1String, 57> abbreviations{
        QLatin1String("mr"),
        QLatin1String("mrs"),
        QLatin1String("ms"),
        QLatin1String("mx"),
        QLatin1String("dr"),
        QLatin1String("st"),
        QLatin1String("sr"),
        QLatin1String("sra"),
        QLatin1String("srta"),
        QLatin1String("jr"),
        QLatin1String("prof"),
        QLatin1String("no"),
        QLatin1String("nr"),
        QLatin1String("vs"),
        QLatin1String("etc"),
        QLatin1String("eg"),
        QLatin1String("ie"),
        QLatin1String("approx"),
        QLatin1String("dept"),
        QLatin1String("ave"),
        QLatin1String("blvd"),
        QLatin1String("rd"),
        QLatin1String("apt"),
        QLatin1String("ste"),
        QLatin1String("fl"),
        QLatin1String("og"),
        QLatin1String("str"),
        QLatin1String("tel"),
        QLatin1String("ca"),
        QLatin1String("bzw"),
        QLatin1String("inc"),
        QLatin1String("ltd"),
        QLatin1String("co"),
        QLatin1String("avda"),
        QLatin1String("av"),
        QLatin1String("dra"),
        QLatin1String("hr"),
        QLatin1String("fr"),
        QLatin1String("ul"),
        QLatin1String("mt"),
        // Months: "Oct. 3", "3. Okt. 2025", "12 dic. 2024".
        QLatin1String("jan"),
        QLatin1String("feb"),
        QLatin1String("apr"),
        QLatin1String("jun"),
        QLatin1String("jul"),
        QLatin1String("aug"),
        QLatin1String("sep"),
        QLatin1String("sept"),
        QLatin1String("oct"),
        QLatin1String("okt"),
        QLatin1String("nov"),
        QLatin1String("dec"),
        QLatin1String("dez"),
        QLatin1String("ene"),
        QLatin1String("abr"),
        QLatin1String("ago"),
        QLatin1String("dic"),
    };
    if (norm.size() == 1) {
        return true; // an initial
    }
    for (const auto& a : abbreviations) {
        if (norm == a) {
            return true;
        }
    }
    return false;
}

// Latin letters with diacritics folded to their base letter(s).
struct FoldTable
{
    std::array<char16_t, 0x180 - 0xC0> base{};

    FoldTable()
    {
        for (char16_t c = 0xC0; c < 0x180; ++c) {
            const QString d = QChar(c).decomposition();
            char16_t out = QChar(c).toLower().unicode();
            if (!d.isEmpty() && d.at(0).isLetter()) {
                out = d.at(0).toLower().unicode();
            }
            base[c - 0xC0] = out;
        }
        base[0xD8 - 0xC0] = u'o';  // Ø
        base[0xF8 - 0xC0] = u'o';  // ø
        base[0x141 - 0xC0] = u'l'; // Ł
        base[0x142 - 0xC0] = u'l'; // ł
        base[0x110 - 0xC0] = u'd'; // Đ
        base[0x111 - 0xC0] = u'd'; // đ
        base[0x131 - 0xC0] = u'i'; // ı
        base[0xD0 - 0xC0] = u'd';  // Ð
        base[0xF0 - 0xC0] = u'd';  // ð
        base[0xDE - 0xC0] = u't';  // Þ
        base[0xFE - 0xC0] = u't';  // þ
    }
};

} // namespace

QString TextAnalysis::fold(QStringView s)
{
    // Most words are plain ASCII: lower-case them in one pass without growing the string.
    bool ascii = true;
    for (QChar c : s) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QString out(s.size(), Qt::Uninitialized);
        QChar* d = out.data();
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            d[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        }
        return out;
    }
    static const FoldTable table;
    QString out;
    out.reserve(s.size() + 2);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            out += QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        } else if (c == 0xDF) {
            out += QLatin1String("ss");
        } else if (c == 0xC6 || c == 0xE6) {
            out += QLatin1String("ae");
        } else if (c == 0x152 || c == 0x153) {
            out += QLatin1String("oe");
        } else if (c >= 0xC0 && c < 0x180) {
            out += QChar(table.base[c - 0xC0]);
        } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC) {
            out += QLatin1Char('\'');
        } else if (QChar::category(c) == QChar::Mark_NonSpacing) {
            continue;
        } else {
            out += QChar(c).toLower();
        }
    }
    return out;
}

bool TextAnalysis::isNameParticle(QStringView norm)
{
    static const WordSet particles{
        QStringLiteral("van"),   QStringLiteral("von"),   QStringLiteral("de"),  QStringLiteral("del"),
        QStringLiteral("della"), QStringLiteral("delle"), QStringLiteral("dei"), QStringLiteral("degli"),
        QStringLiteral("dello"), QStringLiteral("dal"),   QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("di"),    QStringLiteral("da"),    QStringLiteral("do"),  QStringLiteral("du"),
        QStringLiteral("dos"),   QStringLiteral("das"),   QStringLiteral("des"), QStringLiteral("le"),
        QStringLiteral("la"),    QStringLiteral("las"),   QStringLiteral("los"), QStringLiteral("ter"),
        QStringLiteral("ten"),   QStringLiteral("bin"),   QStringLiteral("ibn"), QStringLiteral("al"),
        QStringLiteral("el"),    QStringLiteral("st"),    QStringLiteral("zu"),  QStringLiteral("y"),
        QStringLiteral("e"),
    };
    return particles.contains(norm);
}

QList<int> TextAnalysis::occurrences(const TextAnalysis& wanted) const
{
    QList<int> found;
    const QList<Token>& words = wanted.tokens();
    if (words.isEmpty()) {
        return found;
    }
    for (qsizetype i = 0; i + words.size() <= m_tokens.size(); ++i) {
        qsizetype k = 0;
        while (k < words.size() && m_tokens[i + k].norm == words[k].norm) {
            ++k;
        }
        if (k == words.size()) {
            found.append(int(i));
        }
    }
    return found;
}

bool TextAnalysis::isArrow(char32_t c)
{
    return (c >= 0x2190 && c <= 0x21FF) || c == 0x27A1 || (c >= 0x2794 && c <= 0x27BF) || (c >= 0x2B05 && c <= 0x2B07)
           || c == 0x2B95 || (c >= 0x1F800 && c <= 0x1F8FF);
}

bool TextAnalysis::isEmoji(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF)
           || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) || c == 0x00A9 || c == 0x00AE || c == 0x3030
           || c == 0x303D;
}

TextAnalysis::TextAnalysis(const QString& text)
    : m_text(text)
{
    tokenize();
    segment();
}

void TextAnalysis::tokenize()
{
    const QString& t = m_text;
    const qsizetype n = t.size();
    m_tokens.reserve(n / 5 + 4);
    qsizetype i = 0;
    while (i < n) {
        const QChar c = t[i];
        const bool special =
            c == QLatin1Char('#') || c == QLatin1Char('@') || c == QLatin1Char('%') || c == QLatin1Char('&');
        if (!special && !isWordChar(c)) {
            ++i; // spaces and punctuation: the common case, nothing to build
            continue;
        }
        Token tok;
        tok.start = i;
        if ((c == QLatin1Char('#') || c == QLatin1Char('@')) && !(i > 0 && isWordChar(t[i - 1])) && i + 1 < n
            && isWordChar(t[i + 1])) {
            tok.kind = c == QLatin1Char('#') ? Token::Kind::Hashtag : Token::Kind::Mention;
            qsizetype j = i + 1;
            while (j < n
                   && (isWordChar(t[j]) || t[j] == QLatin1Char('_')
                       || (tok.kind == Token::Kind::Mention && (t[j] == QLatin1Char('.') || t[j] == QLatin1Char('-'))
                           && j + 1 < n && isWordChar(t[j + 1])))) {
                ++j;
            }
            tok.end = j;
            tok.norm = fold(QStringView(t).mid(i + 1, j - i - 1));
            tok.capitalized = t[i + 1].isUpper();
            m_tokens.append(std::move(tok));
            i = j;
            continue;
        }
        if (c == QLatin1Char('%') || c == QLatin1Char('&')) {
            // Kept as tokens: "90% of clients", "before & after".
            tok.kind = Token::Kind::Word;
            tok.end = i + 1;
            tok.norm = QString(c);
            m_tokens.append(std::move(tok));
            ++i;
            continue;
        }
        // A mark alone (the emoji variation selector U+FE0F after "➡", a stray accent) starts no word.
        if (!isWordChar(c) || (c.unicode() >= 0x300 && c.isMark())) {
            ++i;
            continue;
        }
        qsizetype j = i;
        // One pass over the word: where it ends, whether it is plain lower-case ASCII (its norm is then a view
        // of the text, no copy), its letters and capitals.
        bool plain = true;
        int letters = 0;
        int upper = 0;
        if (c.isDigit()) {
            tok.kind = Token::Kind::Number;
            // Digits with inner separators: 8:40, 06/21/2012, 2,200, 412-68-3390, 17.11
            while (j < n) {
                if (t[j].isDigit()) {
                    plain = plain && t[j].unicode() < 0x80;
                    ++j;
                } else if ((t[j] == QLatin1Char('.') || t[j] == QLatin1Char(',') || t[j] == QLatin1Char(':')
                            || t[j] == QLatin1Char('/') || t[j] == QLatin1Char('-'))
                           && j + 1 < n && t[j + 1].isDigit()) {
                    ++j;
                } else {
                    break;
                }
            }
            tok.hasDigit = true;
        } else {
            tok.kind = Token::Kind::Word;
            while (j < n) {
                const QChar ch = t[j];
                const char16_t u = ch.unicode();
                if (u < 0x80) {
                    if (u >= u'a' && u <= u'z') {
                        ++letters;
                        ++j;
                        continue;
                    }
                    if (u >= u'A' && u <= u'Z') {
                        ++letters;
                        ++upper;
                        plain = false;
                        ++j;
                        continue;
                    }
                    if (u >= u'0' && u <= u'9') {
                        tok.hasDigit = true;
                        ++j;
                        continue;
                    }
                } else if (isWordCharSlow(ch)) {
                    plain = false;
                    if (ch.isLetter()) {
                        ++letters;
                        upper += ch.isUpper() ? 1 : 0;
                    }
                    tok.hasDigit = tok.hasDigit || ch.isDigit();
                    ++j;
                    continue;
                }
                if (isApostrophe(ch) && j + 1 < n && t[j + 1].isLetter()) {
                    // 's possessive is split off below; other contractions stay in the word.
                    const bool sFollows = (t[j + 1] == QLatin1Char('s') || t[j + 1] == QLatin1Char('S'))
                                          && (j + 2 >= n || !isWordChar(t[j + 2]));
                    if (sFollows && !isContractionBase(fold(QStringView(t).mid(i, j - i)))) {
                        break;
                    }
                    plain = false;
                    ++j;
                    continue;
                }
                break;
            }
        }
        tok.end = j;
        const QStringView word = QStringView(t).mid(i, j - i);
        tok.norm = plain ? QString::fromRawData(word.data(), word.size()) : fold(word);
        tok.capitalized = word.front().isUpper();
        tok.allCaps = letters >= 2 && upper == letters;
        // What follows the token.
        if (j < n && isApostrophe(t[j]) && j + 1 < n && (t[j + 1] == QLatin1Char('s') || t[j + 1] == QLatin1Char('S'))
            && (j + 2 >= n || !isWordChar(t[j + 2]))) {
            tok.possessive = true;
            j += 2;
        } else if (j < n && isApostrophe(t[j]) && tok.norm.endsWith(QLatin1Char('s'))
                   && (j + 1 >= n || !isWordChar(t[j + 1]))) {
            tok.possessive = true; // parents'
            j += 1;
        }
        if (j + 1 < n && t[j] == QLatin1Char('-') && isWordChar(t[j + 1])) {
            tok.hyphenNext = true;
            j += 1;
        }
        tok.dotAfter = tok.end < n && t[tok.end] == QLatin1Char('.');
        qsizetype k = j;
        while (k < n && t[k] == QLatin1Char(' ')) {
            ++k;
        }
        tok.commaAfter = k < n && t[k] == QLatin1Char(',');
        m_tokens.append(std::move(tok));
        i = j;
    }
}

void TextAnalysis::segment()
{
    const QString& t = m_text;
    const qsizetype n = t.size();
    // Boundary strength between token k-1 and token k: 0 none, 1 clause, 2 sentence.
    auto gapStrength = [&](const Token* prev, qsizetype from, qsizetype to) {
        int strength = 0;
        for (qsizetype p = from; p < to; ++p) {
            const QChar c = t[p];
            const char16_t u = c.unicode();
            if (u == u'\n' || u == u'\r') {
                return 2;
            }
            // A full stop, ! or ? ends a sentence only before a space, a line end or a closing mark:
            // "flowroll.de/physiovital", "No.1" and "3.5" go on.
            const bool ends =
                p + 1 >= n || t[p + 1].isSpace() || t[p + 1] == QLatin1Char('"') || t[p + 1] == QLatin1Char(')')
                || t[p + 1] == QChar(0x201D) || t[p + 1] == QChar(0x201C) || t[p + 1] == QLatin1Char('\'')
                || t[p + 1] == QChar(0x2019) || t[p + 1].isHighSurrogate() || isEmoji(t[p + 1].unicode())
                || t[p + 1] == QLatin1Char('!') || t[p + 1] == QLatin1Char('?') || t[p + 1] == QLatin1Char('.');
            if ((u == u'!' || u == u'?' || u == 0x2026) && ends) {
                strength = 2;
            } else if (u == 0xA1 || u == 0xBF) {
                // ¡ and ¿ open a Spanish sentence.
                strength = 2;
            } else if (u == u'.' && !ends) {
                continue;
            } else if (u == u'.') {
                const bool afterToken = prev && p == prev->end;
                // "Dr. med. dent. Jan Roth": a doctorate's field right after the title.
                const bool field =
                    afterToken && prev > m_tokens.constData()
                    && ((prev - 1)->norm == QLatin1String("dr") || (prev - 1)->norm == QLatin1String("med"))
                    && (prev->norm == QLatin1String("med") || prev->norm == QLatin1String("dent")
                        || prev->norm == QLatin1String("vet") || prev->norm == QLatin1String("rer")
                        || prev->norm == QLatin1String("nat"));
                const bool abbreviation =
                    afterToken && prev->kind == Token::Kind::Word && (isAbbreviation(prev->norm) || field);
                // "am 17.11. um", "14. bis 25. Juli": a number's full stop ends nothing unless a capital follows.
                // German ordinals before a capitalised word stay in the sentence: "am 6. Mai", "3. OG".
                // A price is no ordinal: "A hygienist visit is £65. Reception can …".
                const bool price = afterToken && prev->start > 0
                                   && QChar::category(t[prev->start - 1].unicode()) == QChar::Symbol_Currency;
                const bool ordinal = afterToken && prev->kind == Token::Kind::Number && to < n && !price
                                     && (!t[to].isUpper() || (prev->end - prev->start <= 2 && p + 2 == to));
                if (!abbreviation && !ordinal) {
                    strength = 2;
                }
            } else if (u == u',' || u == u';' || u == u':' || u == 0x2013 || u == 0x2014 || u == u'(' || u == u')'
                       || u == u'"' || u == 0x201C || u == 0x201D || u == 0x201E || u == 0xAB || u == 0xBB || u == u'|'
                       || u == 0xB7 || u == 0x2022) {
                strength = std::max(strength, 1);
            } else if (u == u'-' && p > 0 && p + 1 < n && t[p - 1].isSpace() && t[p + 1].isSpace()) {
                strength = std::max(strength, 1);
            } else if (c.isHighSurrogate() && p + 1 < to) {
                const char32_t wide = QChar::surrogateToUcs4(c, t[p + 1]);
                if (isEmoji(wide) && !isArrow(wide)) {
                    strength = 2;
                }
                ++p;
            } else if (isArrow(u)) {
                // "Before ➡️ after", "vorher → nachher": an arrow joins what it points between.
            } else if (isEmoji(u)) {
                strength = 2;
            }
        }
        return strength;
    };

    int sentence = 0;
    int clause = 0;
    const Token* prev = nullptr;
    Token* tokens = m_tokens.data(); // detached once, not on every access
    for (int k = 0; k < m_tokens.size(); ++k) {
        Token& tok = tokens[k];
        if (prev) {
            const qsizetype gap = tok.start - prev->end;
            const int s = gap == 0 || (gap == 1 && t[prev->end] == QLatin1Char(' '))
                              ? 0
                              : gapStrength(prev, prev->end, tok.start);
            if (s == 2) {
                ++sentence;
                ++clause;
            } else if (s == 1) {
                ++clause;
            }
        }
        tok.sentence = sentence;
        tok.clause = clause;
        tok.sentenceStart = !prev || prev->sentence != sentence;
        if (tok.sentenceStart) {
            m_sentences.append({tok.start, tok.end, k, k});
        } else {
            m_sentences.last().end = tok.end;
            m_sentences.last().lastToken = k;
        }
        if (m_clauses.size() <= clause) {
            m_clauses.append({tok.start, tok.end, k, k});
        } else {
            m_clauses.last().end = tok.end;
            m_clauses.last().lastToken = k;
        }
        prev = &tok;
    }
    // Sentences and clauses end at their closing punctuation, so spans read naturally.
    auto extend = [&](TextRange& r) {
        qsizetype e = r.end;
        while (e < n && (t[e] == QLatin1Char('.') || t[e] == QLatin1Char('!') || t[e] == QLatin1Char('?'))) {
            ++e;
        }
        r.end = e;
    };
    for (TextRange& r : m_sentences) {
        extend(r);
    }
    for (TextRange& r : m_clauses) {
        extend(r);
    }
}

int TextAnalysis::tokenFrom(qsizetype pos) const
{
    int lo = 0;
    int hi = int(m_tokens.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_tokens[mid].start < pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

int TextAnalysis::tokenBefore(qsizetype pos) const
{
    int lo = 0;
    int hi = int(m_tokens.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_tokens[mid].end <= pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo - 1;
}

int TextAnalysis::sentenceAt(qsizetype pos) const
{
    for (int s = 0; s < m_sentences.size(); ++s) {
        if (pos < m_sentences[s].end || s + 1 == m_sentences.size()) {
            return s;
        }
        if (pos < m_sentences[s + 1].start) {
            return s;
        }
    }
    return 0;
}

} // namespace clearpost
