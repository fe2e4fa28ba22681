#pragma once

#include <QDateTime>
#include <QString>

namespace clearpost {

// Who did what, when. `detail` holds ids and states, never post text or patient data.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;     // "post.transition", "post.create", "account.add", …
    QString entityType; // "post", "account", "consent", …
    qint64 entityId = 0;
    QString detail;

    bool operator==(const AuditEvent&) const = default;
};

} // namespace clearpost
