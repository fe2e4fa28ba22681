#include "PlanRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
};

Status validatePlan(const ContentPlan& p)
{
    if (p.name.trimmed().isEmpty()) {
        return Error(Tr::tr("The plan needs a name."), Error::Code::InvalidInput);
    }
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate) {
        return Error(Tr::tr("The plan cannot end before it starts."), Error::Code::InvalidInput);
    }
    int total = 0;
    QSet<QString> names;
    for (const PlanPillar& pillar : p.pillars) {
        if (pillar.name.trimmed().isEmpty()) {
            return Error(Tr::tr("Every content pillar needs a name."), Error::Code::InvalidInput);
        }
        if (names.contains(pillar.name.trimmed())) {
            return Error(Tr::tr("Two content pillars have the same name."), Error::Code::InvalidInput);
        }
        names.insert(pillar.name.trimmed());
        if (pillar.targetPercent < 0 || pillar.targetPercent > 100) {
            return Error(Tr::tr("A pillar's share must be between 0 and 100 %."), Error::Code::InvalidInput);
        }
        total += pillar.targetPercent;
    }
    if (total > 100) {
        return Error(Tr::tr("The pillars' shares add up to more than 100 %."), Error::Code::InvalidInput);
    }
    for (const PlanCadence& c : p.cadence) {
        if (c.postsPerWeek < 0) {
            return Error(Tr::tr("Posts per week cannot be negative."), Error::Code::InvalidInput);
        }
    }
    return {};
}

Status validateCampaign(const Campaign& c)
{
    if (c.name.trimmed().isEmpty()) {
        return Error(Tr::tr("The campaign needs a name."), Error::Code::InvalidInput);
    }
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate) {
        return Error(Tr::tr("The campaign cannot end before it starts."), Error::Code::InvalidInput);
    }
    return {};
}

Campaign campaignFromRow(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.planId = sql::toId(q.value(1));
    c.name = q.value(2).toString();
    c.pillar = q.value(3).toString();
    c.startDate = sql::toDay(q.value(4));
    c.endDate = sql::toDay(q.value(5));
    c.notes = q.value(6).toString();
    return c;
}

const QString kCampaignColumns = QStringLiteral("id, plan_id, name, pillar, start_date, end_date, notes");
} // namespace

Result<qint64> PlanRepository::insertPlan(const ContentPlan& p)
{
    if (Status v = validatePlan(p); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    auto q =
        sql::exec(m_db.connection(),
                  QStringLiteral("INSERT INTO content_plan (name, goals, start_date, end_date) VALUES (?, ?, ?, ?)"),
                  {p.name.trimmed(), p.goals, sql::day(p.startDate), sql::day(p.endDate)},
                  Tr::tr("save the plan"));
    if (!q) {
        return q.error();
    }
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = writePlanChildren(p, id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status PlanRepository::updatePlan(const ContentPlan& p)
{
    if (Status v = validatePlan(p); !v) {
        return v;
    }
    Transaction tx(m_db);
    Status s = sql::expectRow(
        sql::exec(
            m_db.connection(),
            QStringLiteral("UPDATE content_plan SET name = ?, goals = ?, start_date = ?, end_date = ? WHERE id = ?"),
            {p.name.trimmed(), p.goals, sql::day(p.startDate), sql::day(p.endDate), p.id},
            Tr::tr("save the plan")),
        Tr::tr("The plan no longer exists."));
    if (!s) {
        return s;
    }
    if (s = writePlanChildren(p, p.id); !s) {
        return s;
    }
    return tx.commit();
}

Status PlanRepository::writePlanChildren(const ContentPlan& p, qint64 planId)
{
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("save the plan's cadence and pillars");
    for (const char* table : {"plan_cadence", "plan_pillar"}) {
        auto q =
            sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)), {planId}, what);
        if (!q) {
            return q.error();
        }
    }
    for (const PlanCadence& c : p.cadence) {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT OR REPLACE INTO plan_cadence (plan_id, platform, posts_per_week) "
                                          "VALUES (?, ?, ?)"),
                           {planId, platformId(c.platform), c.postsPerWeek},
                           what);
        if (!q) {
            return q.error();
        }
    }
    int position = 0;
    for (const PlanPillar& pillar : p.pillars) {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT INTO plan_pillar (plan_id, position, name, target_percent) "
                                          "VALUES (?, ?, ?, ?)"),
                           {planId, position++, pillar.name.trimmed(), pillar.targetPercent},
                           what);
        if (!q) {
            return q.error();
        }
    }
    return {};
}

Status PlanRepository::removePlan(qint64 id)
{
    return sql::expectRow(sql::exec(m_db.connection(),
                                    QStringLiteral("DELETE FROM content_plan WHERE id = ?"),
                                    {id},
                                    Tr::tr("delete the plan")),
                          Tr::tr("The plan no longer exists."));
}

Result<ContentPlan> PlanRepository::getPlan(qint64 id) const
{
    auto all = listPlans();
    if (!all) {
        return all.error();
    }
    for (const ContentPlan& p : *all) {
        if (p.id == id) {
            return p;
        }
    }
    return Error(Tr::tr("The plan no longer exists."), Error::Code::NotFound);
}

Result<QList<ContentPlan>> PlanRepository::listPlans() const
{
    const QSqlDatabase db = m_db.connection();
    auto q = sql::exec(db,
                       QStringLiteral("SELECT id, name, goals, start_date, end_date FROM content_plan "
                                      "ORDER BY start_date, id"),
                       {},
                       Tr::tr("read the plans"));
    if (!q) {
        return q.error();
    }
    QList<ContentPlan> plans;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        ContentPlan p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.goals = q->value(2).toString();
        p.startDate = sql::toDay(q->value(3));
        p.endDate = sql::toDay(q->value(4));
        index.insert(p.id, plans.size());
        plans.append(p);
    }
    auto c = sql::exec(
        db,
        QStringLiteral("SELECT plan_id, platform, posts_per_week FROM plan_cadence ORDER BY plan_id, platform"),
        {},
        Tr::tr("read the plans"));
    if (!c) {
        return c.error();
    }
    while (c->next()) {
        const auto platform = platformFromId(c->value(1).toString());
        if (platform && index.contains(c->value(0).toLongLong())) {
            plans[index.value(c->value(0).toLongLong())].cadence.append({*platform, c->value(2).toInt()});
        }
    }
    auto pl =
        sql::exec(db,
                  QStringLiteral("SELECT plan_id, name, target_percent FROM plan_pillar ORDER BY plan_id, position"),
                  {},
                  Tr::tr("read the plans"));
    if (!pl) {
        return pl.error();
    }
    while (pl->next()) {
        if (index.contains(pl->value(0).toLongLong())) {
            plans[index.value(pl->value(0).toLongLong())].pillars.append(
                {pl->value(1).toString(), pl->value(2).toInt()});
        }
    }
    return plans;
}

Result<qint64> PlanRepository::insertCampaign(const Campaign& c)
{
    if (Status v = validateCampaign(c); !v) {
        return v.error();
    }
    auto q =
        sql::exec(m_db.connection(),
                  QStringLiteral("INSERT INTO campaign (plan_id, name, pillar, start_date, end_date, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {sql::id(c.planId), c.name.trimmed(), c.pillar, sql::day(c.startDate), sql::day(c.endDate), c.notes},
                  Tr::tr("save the campaign"));
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status PlanRepository::updateCampaign(const Campaign& c)
{
    if (Status v = validateCampaign(c); !v) {
        return v;
    }
    return sql::expectRow(
        sql::exec(
            m_db.connection(),
            QStringLiteral("UPDATE campaign SET plan_id = ?, name = ?, pillar = ?, "
                           "start_date = ?, end_date = ?, notes = ? WHERE id = ?"),
            {sql::id(c.planId), c.name.trimmed(), c.pillar, sql::day(c.startDate), sql::day(c.endDate), c.notes, c.id},
            Tr::tr("save the campaign")),
        Tr::tr("The campaign no longer exists."));
}

Status PlanRepository::removeCampaign(qint64 id)
{
    return sql::expectRow(sql::exec(m_db.connection(),
                                    QStringLiteral("DELETE FROM campaign WHERE id = ?"),
                                    {id},
                                    Tr::tr("delete the campaign")),
                          Tr::tr("The campaign no longer exists."));
}

Result<Campaign> PlanRepository::getCampaign(qint64 id) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM campaign WHERE id = ?").arg(kCampaignColumns),
                       {id},
                       Tr::tr("read the campaign"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(Tr::tr("The campaign no longer exists."), Error::Code::NotFound);
    }
    return campaignFromRow(*q);
}

Result<QList<Campaign>> PlanRepository::listCampaigns(qint64 planId) const
{
    auto q =
        planId > 0 ? sql::exec(
            m_db.connection(),
            QStringLiteral("SELECT %1 FROM campaign WHERE plan_id = ? ORDER BY start_date, id").arg(kCampaignColumns),
            {planId},
            Tr::tr("read the campaigns"))
                   : sql::exec(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM campaign ORDER BY start_date, id").arg(kCampaignColumns),
                               {},
                               Tr::tr("read the campaigns"));
    if (!q) {
        return q.error();
    }
    QList<Campaign> result;
    while (q->next()) {
        result.append(campaignFromRow(*q));
    }
    return result;
}

} // namespace clearpost
