#pragma once

#include "Platform.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clearpost {

// How often the plan wants to post on one network.
struct PlanCadence
{
    Platform platform = Platform::Facebook;
    int postsPerWeek = 0;

    bool operator==(const PlanCadence&) const = default;
};

// A content pillar ("Education", "Team", "Community") and its share of posts.
struct PlanPillar
{
    QString name;
    int targetPercent = 0;

    bool operator==(const PlanPillar&) const = default;
};

// What the practice means to post over a period, and why.
struct ContentPlan
{
    qint64 id = 0;
    QString name;
    QString goals;
    QDate startDate;
    QDate endDate;
    QList<PlanCadence> cadence;
    QList<PlanPillar> pillars;

    bool operator==(const ContentPlan&) const = default;
};

// A themed run of posts inside a plan ("Children's Dental Health Month").
struct Campaign
{
    qint64 id = 0;
    qint64 planId = 0; // 0 = not part of a plan
    QString name;
    QString pillar;
    QDate startDate;
    QDate endDate;
    QString notes;

    bool operator==(const Campaign&) const = default;
};

} // namespace clearpost
