#include "Sql.h"

#include "StorageLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clearpost::sql {

QVariant bindable(const QVariant& v)
{
    // Qt Sql binds a null QString as NULL; in Clearpost an empty text is '' and
    // only an invalid QVariant means NULL.
    if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return v;
}

QString describe(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

Error errorFor(const QString& what, const QString& driverText)
{
    qCWarning(lcStorage) << "could not" << what << ":" << driverText;
    return Error(QCoreApplication::translate("Storage", "Could not %1: %2").arg(what, driverText),
                 Error::Code::Storage);
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& args, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return errorFor(what, describe(query.lastError()));
    }
    for (const QVariant& arg : args) {
        query.addBindValue(bindable(arg));
    }
    if (!query.exec()) {
        return errorFor(what, describe(query.lastError()));
    }
    return query;
}

QVariant instant(const QDateTime& dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toInstant(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant day(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate toDay(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

qint64 toId(const QVariant& v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace clearpost::sql

namespace clearpost::sql {

Status expectRow(const Result<QSqlQuery>& q, const QString& goneMessage)
{
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(goneMessage, Error::Code::NotFound);
    }
    return {};
}

} // namespace clearpost::sql
