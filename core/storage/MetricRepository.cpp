#include "MetricRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricRepository)
};

const QString kColumns = QStringLiteral("id, account_id, post_target_id, day, metric, value, source");

Result<QList<MetricSample>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<MetricSample> result;
    while (q->next()) {
        MetricSample m;
        m.id = q->value(0).toLongLong();
        m.accountId = q->value(1).toLongLong();
        m.postTargetId = sql::toId(q->value(2));
        m.day = sql::toDay(q->value(3));
        m.metric = q->value(4).toString();
        m.value = q->value(5).toDouble();
        m.source = q->value(6).toString();
        result.append(m);
    }
    return result;
}
} // namespace

Status MetricRepository::upsert(const QList<MetricSample>& samples)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // One prepared statement for the whole batch: imports can be large.
    if (!q.prepare(QStringLiteral("INSERT INTO metric_sample (account_id, post_target_id, day, metric, value, source) "
                                  "VALUES (?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (account_id, ifnull(post_target_id, 0), day, metric) "
                                  "DO UPDATE SET value = excluded.value, source = excluded.source"))) {
        return sql::errorFor(Tr::tr("save the metrics"), sql::describe(q.lastError()));
    }
    for (const MetricSample& m : samples) {
        if (!m.day.isValid() || m.metric.isEmpty() || m.accountId <= 0) {
            return Error(Tr::tr("A metric needs an account, a day and a name."), Error::Code::InvalidInput);
        }
        q.bindValue(0, m.accountId);
        q.bindValue(1, sql::id(m.postTargetId));
        q.bindValue(2, sql::day(m.day));
        q.bindValue(3, m.metric);
        q.bindValue(4, m.value);
        q.bindValue(5, sql::bindable(m.source));
        if (!q.exec()) {
            return sql::errorFor(Tr::tr("save the metrics"), sql::describe(q.lastError()));
        }
    }
    return tx.commit();
}

Result<QList<MetricSample>> MetricRepository::range(const QDate& from, const QDate& to, qint64 accountId) const
{
    if (accountId > 0) {
        return readAll(sql::exec(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM metric_sample WHERE day BETWEEN ? AND ? "
                                                "AND account_id = ? ORDER BY day, id")
                                     .arg(kColumns),
                                 {sql::day(from), sql::day(to), accountId},
                                 Tr::tr("read the metrics")));
    }
    return readAll(sql::exec(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM metric_sample WHERE day BETWEEN ? AND ? ORDER BY day, id").arg(kColumns),
        {sql::day(from), sql::day(to)},
        Tr::tr("read the metrics")));
}

Result<QList<MetricSample>> MetricRepository::forTarget(qint64 postTargetId) const
{
    return readAll(sql::exec(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM metric_sample WHERE post_target_id = ? ORDER BY day, metric").arg(kColumns),
        {postTargetId},
        Tr::tr("read the post's metrics")));
}

Result<int> MetricRepository::count() const
{
    auto q = sql::exec(
        m_db.connection(), QStringLiteral("SELECT count(*) FROM metric_sample"), {}, Tr::tr("count the metrics"));
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toInt();
}

} // namespace clearpost
