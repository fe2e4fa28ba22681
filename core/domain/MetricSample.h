#pragma once

#include <QDate>
#include <QString>

namespace clearpost {

// One measured number: an account's daily figure (followers, reach…) or, with a
// post target, that post's figure on that day.
struct MetricSample
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 postTargetId = 0; // 0 = account-level
    QDate day;
    QString metric; // "impressions", "reach", "engagements", "likes", "comments", "shares", "clicks", "followers"
    double value = 0;
    QString source; // "demo", "import:<file name>", "api"

    bool operator==(const MetricSample&) const = default;
};

} // namespace clearpost
