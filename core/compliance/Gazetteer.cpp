#include "Gazetteer.h"

#include <algorithm>
#include <cstring>

namespace clearpost {

namespace {
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n > 0 ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0) {
        return c;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}
} // namespace

bool SortedIndex::load(QByteArray data)
{
    m_data = std::move(data);
    m_lines.clear();
    m_lines.reserve(m_data.size() / 16);
    const char* begin = m_data.constData();
    const qsizetype n = m_data.size();
    qsizetype pos = 0;
    m_keyLengths.clear();
    m_keyLengths.reserve(m_data.size() / 16);
    while (pos < n) {
        m_lines.append(int(pos));
        const void* nl = std::memchr(begin + pos, '\n', size_t(n - pos));
        const qsizetype lineEnd = nl ? static_cast<const char*>(nl) - begin : n;
        const void* tab = std::memchr(begin + pos, '\t', size_t(lineEnd - pos));
        m_keyLengths.append(int((tab ? static_cast<const char*>(tab) - begin : lineEnd) - pos));
        if (!nl) {
            break;
        }
        pos = lineEnd + 1;
    }
    // Lines are sorted by key, so each bucket is one run of lines.
    m_buckets.assign(65537, 0);
    int bucket = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const int b = bucketOf(keyAt(i));
        if (b < bucket) {
            m_lines.clear(); // not sorted (tst_sortedindex checks the whole order of the shipped files)
            return false;
        }
        while (bucket < b) {
            m_buckets[size_t(++bucket)] = i;
        }
    }
    while (bucket < 65536) {
        m_buckets[size_t(++bucket)] = int(m_lines.size());
    }
    return !m_lines.isEmpty();
}

QByteArrayView SortedIndex::keyAt(int line) const
{
    return QByteArrayView(m_data.constData() + m_lines[line], m_keyLengths[line]);
}

int SortedIndex::lowerBound(QByteArrayView key) const
{
    const int bucket = bucketOf(key);
    int lo = m_buckets[size_t(bucket)];
    int hi = m_buckets[size_t(bucket) + 1];
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (compareBytes(keyAt(mid), key) < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

std::optional<QByteArrayView> SortedIndex::find(QByteArrayView key) const
{
    if (m_lines.isEmpty() || key.isEmpty()) {
        return std::nullopt;
    }
    const int i = lowerBound(key);
    if (i >= m_lines.size() || compareBytes(keyAt(i), key) != 0) {
        return std::nullopt;
    }
    const qsizetype start = m_lines[i] + keyAt(i).size() + 1;
    qsizetype end = i + 1 < m_lines.size() ? m_lines[i + 1] - 1 : m_data.size();
    if (end > 0 && end <= m_data.size() && end > start && m_data.at(end - 1) == '\n') {
        --end;
    }
    if (start > end) {
        return QByteArrayView();
    }
    return QByteArrayView(m_data.constData() + start, end - start);
}

bool SortedIndex::hasLongerKey(QByteArrayView prefix) const
{
    if (m_lines.isEmpty()) {
        return false;
    }
    QByteArray probe(prefix.data(), prefix.size());
    probe.append(' ');
    const int i = lowerBound(probe);
    return i < m_lines.size() && keyAt(i).startsWith(probe);
}

bool NameInfo::isWordIn(const QString& language) const
{
    // Asked for most words of every check: compare the two letters directly.
    if (language.size() == 2 && language[0] == u'd' && language[1] == u'e') {
        return wordDe;
    }
    if (language.size() == 2 && language[0] == u'e' && language[1] == u's') {
        return wordEs;
    }
    return wordEn;
}

namespace {
// UTF-8 of a folded word; ASCII words (nearly all) are encoded into a stack buffer.
class Utf8Key
{
public:
    explicit Utf8Key(QStringView s)
    {
        bool ascii = s.size() <= qsizetype(sizeof(m_buffer));
        for (qsizetype i = 0; ascii && i < s.size(); ++i) {
            ascii = s[i].unicode() < 0x80;
            m_buffer[i] = char(s[i].unicode());
        }
        if (ascii) {
            m_view = QByteArrayView(m_buffer, s.size());
        } else {
            m_heap = s.toUtf8();
            m_view = m_heap;
        }
    }
    QByteArrayView view() const { return m_view; }

private:
    char m_buffer[64];
    QByteArray m_heap;
    QByteArrayView m_view;
};
} // namespace

std::optional<NameInfo> NameGazetteer::find(QStringView folded) const
{
    const Utf8Key key(folded);
    const auto cols = m_index.find(key.view());
    if (!cols) {
        return std::nullopt;
    }
    NameInfo info;
    // given<TAB>surname<TAB>langs ("en,de"): read in one pass, this runs for most words of a check.
    const QByteArrayView v = *cols;
    qsizetype p = 0;
    auto number = [&](int& out) {
        const qsizetype from = p;
        out = 0;
        while (p < v.size() && v[p] >= '0' && v[p] <= '9') {
            out = out * 10 + (v[p] - '0');
            ++p;
        }
        return p > from || (p < v.size() && v[p] == '\t');
    };
    if (!number(info.given) || p >= v.size() || v[p] != '\t') {
        return std::nullopt;
    }
    ++p;
    number(info.surname);
    for (p = p + 1; p + 1 < v.size(); ++p) {
        const char a = v[p];
        const char b = v[p + 1];
        info.wordEn = info.wordEn || (a == 'e' && b == 'n');
        info.wordDe = info.wordDe || (a == 'd' && b == 'e');
        info.wordEs = info.wordEs || (a == 'e' && b == 's');
    }
    return info;
}

std::optional<PlaceInfo> PlaceGazetteer::find(QStringView folded) const
{
    const Utf8Key key(folded);
    const auto cols = m_index.find(key.view());
    if (!cols) {
        return std::nullopt;
    }
    PlaceInfo info;
    const QByteArrayView v = *cols;
    const qsizetype tab = v.indexOf('\t');
    const QByteArrayView kind = tab < 0 ? v : v.first(tab);
    const QByteArrayView tags = tab < 0 ? QByteArrayView() : v.sliced(tab + 1);
    if (kind == "country") {
        info.kind = PlaceInfo::Kind::Country;
    } else if (kind == "region") {
        info.kind = PlaceInfo::Kind::Region;
    } else if (kind == "county") {
        info.kind = PlaceInfo::Kind::County;
    }
    info.isWord = tags.contains("word-");
    info.isAbbreviation = tags.contains("abbr");
    return info;
}

bool PlaceGazetteer::continues(QStringView foldedPrefix) const
{
    return m_index.hasLongerKey(foldedPrefix.toUtf8());
}

} // namespace clearpost
