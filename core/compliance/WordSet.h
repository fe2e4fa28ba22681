#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <initializer_list>

namespace clearpost {

// A filter over folded words by their length and first letter: one bit test that
// answers "certainly not in the set" for most words of a text, before any hashing.
class WordFilter
{
public:
    void add(QStringView word) { m_bits[slot(word) / 64] |= std::uint64_t(1) << (slot(word) % 64); }
    bool mayContain(QStringView word) const
    {
        return !word.isEmpty() && (m_bits[slot(word) / 64] >> (slot(word) % 64)) & 1;
    }

private:
    // 16 length classes (15 and longer share one) × 64 classes of first letters.
    static std::size_t slot(QStringView word)
    {
        const std::size_t length = word.size() < 15 ? std::size_t(word.size()) : 15;
        const std::size_t first = word.isEmpty() ? 0 : word.front().unicode() & 63u;
        return length * 64 + first;
    }
    std::array<std::uint64_t, 16> m_bits{};
};

// A set of folded words, asked "contains?" for nearly every token of every check:
// the filter turns most answers into one bit test.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString& w : words) {
            insert(w);
        }
    }

    void insert(const QString& word)
    {
        m_set.insert(word);
        m_filter.add(word);
    }
    bool contains(QStringView word) const
    {
        // A view needs no copy: the lookup key borrows its characters.
        return m_filter.mayContain(word) && m_set.contains(QString::fromRawData(word.data(), word.size()));
    }
    bool contains(const QString& word) const { return m_filter.mayContain(word) && m_set.contains(word); }
    bool isEmpty() const { return m_set.isEmpty(); }
    qsizetype size() const { return m_set.size(); }
    QSet<QString>::const_iterator begin() const { return m_set.cbegin(); }
    QSet<QString>::const_iterator end() const { return m_set.cend(); }

private:
    QSet<QString> m_set;
    WordFilter m_filter;
};

} // namespace clearpost
