#pragma once

#include "domain/AuditEvent.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// The append-only audit trail. There is no update or delete.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> append(const AuditEvent& event);
    Result<QList<AuditEvent>> forEntity(const QString& entityType, qint64 entityId) const;
    Result<QList<AuditEvent>> recent(int limit) const;

private:
    Database& m_db;
};

} // namespace clearpost
