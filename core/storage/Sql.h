#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Small helpers shared by the repositories. Only code in core/storage includes this.
namespace clearpost::sql {

// Prepares, binds positionally and executes. `what` names the action for the
// error message ("save the post"); driver texts carry no row values.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& args, const QString& what);

QVariant instant(const QDateTime& dt); // ms since epoch UTC, or NULL
QDateTime toInstant(const QVariant& v);
QVariant day(const QDate& d); // ISO date text, or NULL
QDate toDay(const QVariant& v);
QVariant id(qint64 value);      // NULL for 0
qint64 toId(const QVariant& v); // 0 for NULL

Error errorFor(const QString& what, const QString& driverText);
// Empty texts stay '' rather than NULL; use for values bound by hand.
QVariant bindable(const QVariant& v);
QString describe(const QSqlError& error);

} // namespace clearpost::sql

namespace clearpost::sql {

// For UPDATE/DELETE by id: NotFound with `goneMessage` when no row matched.
Status expectRow(const Result<QSqlQuery>& q, const QString& goneMessage);

} // namespace clearpost::sql
