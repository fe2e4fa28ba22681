#pragma once

#include "domain/MetricSample.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

namespace clearpost {

class Database;

// Measured numbers per account and day, and per post target and day.
class MetricRepository
{
public:
    explicit MetricRepository(Database& db)
        : m_db(db)
    { }

    // Inserts or replaces (same account, target, day and metric) all samples in
    // one transaction: all rows or none.
    Status upsert(const QList<MetricSample>& samples);
    // Samples whose day lies in [from, to]; accountId 0 = all accounts.
    Result<QList<MetricSample>> range(const QDate& from, const QDate& to, qint64 accountId = 0) const;
    Result<QList<MetricSample>> forTarget(qint64 postTargetId) const;
    Result<int> count() const;

private:
    Database& m_db;
};

} // namespace clearpost
