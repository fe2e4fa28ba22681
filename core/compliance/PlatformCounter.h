#pragma once

#include "domain/Platform.h"

#include <QList>
#include <QPair>
#include <QString>

namespace clearpost {

// Limits that depend on the account or the practice's settings.
struct PlatformLimits
{
    int mastodonMaxChars = 500;     // per server: /api/v2/instance configuration.statuses.max_characters
    int instagramHashtagLimit = 30; // documented 30; newer docs say 5, so it is a setting
};

// A text measured the way one network measures it. The composer shows these live
// ("X 212/280"); the compliance engine reports platform.limit when one is over.
struct PlatformCount
{
    Platform platform = Platform::X;
    int length = 0; // in the network's own unit
    int limit = 0;
    int bytes = 0;     // UTF-8 bytes, where the network also limits bytes (Bluesky); else 0
    int byteLimit = 0; // 0 = no byte limit
    int hashtags = 0;
    int hashtagLimit = 0; // 0 = no hashtag limit
    int links = 0;
    int linkLimit = 0; // 0 = no link limit

    bool lengthOver() const { return limit > 0 && length > limit; }
    bool bytesOver() const { return byteLimit > 0 && bytes > byteLimit; }
    bool hashtagsOver() const { return hashtagLimit > 0 && hashtags > hashtagLimit; }
    bool linksOver() const { return linkLimit > 0 && links > linkLimit; }
    bool isOver() const { return lengthOver() || bytesOver() || hashtagsOver() || linksOver(); }
    // Short form for a chip: "X 212/280".
    QString summary() const;
};

// Counting rules per network (sources in resources/rules/README.md and RULES.md §7):
// - X: twitter-text v3 weighting, 280 weighted; code points in U+0000–U+10FF,
//   U+2000–U+200D, U+2010–U+201F, U+2032–U+2037 weigh 1, everything else 2; an
//   emoji sequence (ZWJ, skin tone, flags, keycaps) counts once at 2; every URL 23;
//   text NFC-normalised first.
// - Bluesky: 300 extended grapheme clusters and 3,000 UTF-8 bytes; links count as written.
// - Mastodon: grapheme clusters of the stripped text, every URL with a scheme 23 (Mastodon links
//   no others, so "example.com/a" counts as written), `@user@domain` counts as `@user`; limit per
//   account.
// - Threads: 500 characters where an emoji counts as its number of UTF-8 bytes; at most 5
//   distinct links.
// - Instagram: 2,200 characters and a configurable hashtag cap. LinkedIn 3,000, Google
//   Business Profile 1,500, Facebook 63,206 characters. These services do not say what a
//   character is; code points (an emoji is one, a combining accent counts on its own).
class PlatformCounter
{
public:
    static PlatformCount count(Platform platform, const QString& text, const PlatformLimits& limits = {});
    // False when the text cannot be over the network's limits, decided from its UTF-16 length and
    // '#' signs alone (a code point, grapheme or character is never more than one UTF-16 unit here);
    // true means "count to know". The checker asks this first on every keystroke.
    static bool mayExceed(Platform platform, const QString& text, const PlatformLimits& limits = {});

    static int xWeightedLength(const QString& text);
    static int graphemeCount(const QString& text);
    static int utf8Length(const QString& text);
    static int threadsLength(const QString& text);
    static int mastodonLength(const QString& text);
    // URLs as twitter-text's extractor finds them (with or without scheme, known TLD); UTF-16 [start, end).
    static QList<QPair<qsizetype, qsizetype>> findUrls(const QString& text);
    static int hashtagCount(const QString& text);
};

} // namespace clearpost
