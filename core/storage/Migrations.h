#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clearpost {

// One numbered schema step. Steps are never edited once released: a change to
// the schema is a new step, with a fixture of the previous schema in tests/data/.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // one SQL statement each
};

const QList<Migration>& schemaMigrations();

// Identifies a Clearpost database in the SQLite header (PRAGMA application_id): "CLPO".
constexpr int kClearpostApplicationId = 0x434C504F;

} // namespace clearpost
