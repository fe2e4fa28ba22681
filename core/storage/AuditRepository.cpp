#include "AuditRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
};

const QString kColumns = QStringLiteral("id, at, actor, action, entity_type, entity_id, detail");

Result<QList<AuditEvent>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<AuditEvent> result;
    while (q->next()) {
        AuditEvent e;
        e.id = q->value(0).toLongLong();
        e.at = sql::toInstant(q->value(1));
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entityType = q->value(4).toString();
        e.entityId = q->value(5).toLongLong();
        e.detail = q->value(6).toString();
        result.append(e);
    }
    return result;
}
} // namespace

Result<qint64> AuditRepository::append(const AuditEvent& e)
{
    if (e.actor.isEmpty() || e.action.isEmpty()) {
        return Error(Tr::tr("An audit event needs an actor and an action."), Error::Code::InvalidInput);
    }
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO audit_event (at, actor, action, entity_type, entity_id, detail) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {sql::instant(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()),
                        e.actor,
                        e.action,
                        e.entityType,
                        e.entityId,
                        e.detail},
                       Tr::tr("record the audit event"));
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Result<QList<AuditEvent>> AuditRepository::forEntity(const QString& entityType, qint64 entityId) const
{
    return readAll(sql::exec(m_db.connection(),
                             QStringLiteral("SELECT %1 FROM audit_event WHERE entity_type = ? AND entity_id = ? "
                                            "ORDER BY at, id")
                                 .arg(kColumns),
                             {entityType, entityId},
                             Tr::tr("read the audit trail")));
}

Result<QList<AuditEvent>> AuditRepository::recent(int limit) const
{
    return readAll(
        sql::exec(m_db.connection(),
                  QStringLiteral("SELECT %1 FROM audit_event ORDER BY at DESC, id DESC LIMIT ?").arg(kColumns),
                  {limit},
                  Tr::tr("read the audit trail")));
}

} // namespace clearpost
