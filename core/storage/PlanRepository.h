#pragma once

#include "domain/ContentPlan.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// Content plans (with their cadence and pillars) and the campaigns inside them.
class PlanRepository
{
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insertPlan(const ContentPlan& plan);
    Status updatePlan(const ContentPlan& plan);
    Status removePlan(qint64 id);
    Result<ContentPlan> getPlan(qint64 id) const;
    Result<QList<ContentPlan>> listPlans() const;

    Result<qint64> insertCampaign(const Campaign& campaign);
    Status updateCampaign(const Campaign& campaign);
    Status removeCampaign(qint64 id);
    Result<Campaign> getCampaign(qint64 id) const;
    Result<QList<Campaign>> listCampaigns(qint64 planId = 0) const; // 0 = all

private:
    Status writePlanChildren(const ContentPlan& plan, qint64 planId);
    Database& m_db;
};

} // namespace clearpost
