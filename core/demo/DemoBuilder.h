#pragma once

#include "util/Result.h"

#include <QDate>

namespace clearpost {

class Database;

struct DemoOptions
{
    quint32 seed = 1;
    int months = 6;      // months of posts, about two thirds in the past
    QDate anchor;        // "today" of the sample; invalid = the current date
    QString mediaFolder; // where sample images are written; empty = no image files
};

// Writes a realistic sample practice into an empty database: Lakeshore Family
// Dental in Chicago, its staff, four accounts, templates, a content plan with
// campaigns, consents, posts in every lifecycle state (some with the compliance
// problems real drafts have), and daily account and per-post metrics.
// The same seed and anchor always give the same data.
class DemoBuilder
{
public:
    static Status build(Database& db, const DemoOptions& options);
};

} // namespace clearpost
