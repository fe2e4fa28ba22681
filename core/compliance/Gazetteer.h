#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace clearpost {

// A read-only table of lines `key<TAB>columns…`, sorted by the UTF-8 bytes of the
// folded key (scripts/build-lookup-index.py writes them). Loading only indexes line
// starts; lookups are binary searches. Shared read-only across threads.
class SortedIndex
{
public:
    bool load(QByteArray data);
    int size() const { return int(m_lines.size()); }
    // The columns after the key (without the key and its tab), or nullopt.
    std::optional<QByteArrayView> find(QByteArrayView key) const;
    // True when some key starts with `prefix` followed by a space (multi-word entries).
    bool hasLongerKey(QByteArrayView prefix) const;

private:
    QByteArrayView keyAt(int line) const;
    int lowerBound(QByteArrayView key) const;

    // The first two bytes of a key (the second 0 for one-byte keys): bucket of the binary search.
    static int bucketOf(QByteArrayView key)
    {
        return key.isEmpty() ? 0 : (int(quint8(key[0])) << 8) | (key.size() > 1 ? int(quint8(key[1])) : 0);
    }

    QByteArray m_data;
    QList<int> m_lines;
    QList<int> m_keyLengths;    // bytes before the first tab of each line
    std::vector<int> m_buckets; // first line of each two-byte bucket; 65,537 entries
};

// How common a word is as a given name and as a surname, and whether it is also
// an ordinary word in English, German or Spanish.
struct NameInfo
{
    int given = 0; // 0 = not a given name; 1..1000 = how common
    int surname = 0;
    bool wordEn = false;
    bool wordDe = false;
    bool wordEs = false;

    bool isName() const { return given > 0 || surname > 0; }
    bool isWordIn(const QString& language) const;
    bool isAnyWord() const { return wordEn || wordDe || wordEs; }
};

class NameGazetteer
{
public:
    bool load(QByteArray data) { return m_index.load(std::move(data)); }
    int size() const { return m_index.size(); }
    // `folded` as TextAnalysis::fold gives it.
    std::optional<NameInfo> find(QStringView folded) const;

private:
    SortedIndex m_index;
};

struct PlaceInfo
{
    enum class Kind { City, County, Region, Country };
    Kind kind = Kind::City;
    bool isWord = false;         // also an ordinary word ("Mission", "Reading")
    bool isAbbreviation = false; // a state code such as "IL"
    // HIPAA allows states and countries; only places smaller than a state are identifiers.
    bool smallerThanState() const { return kind == Kind::City || kind == Kind::County; }
};

class PlaceGazetteer
{
public:
    bool load(QByteArray data) { return m_index.load(std::move(data)); }
    int size() const { return m_index.size(); }
    std::optional<PlaceInfo> find(QStringView folded) const;
    // Whether some place name starts with these words ("san" → "san jose").
    bool continues(QStringView foldedPrefix) const;

private:
    SortedIndex m_index;
};

} // namespace clearpost
