#pragma once

#include "domain/Template.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// The practice's library of reusable post texts.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insert(const Template& tpl);
    Status update(const Template& tpl);
    Status remove(qint64 id);
    Result<Template> get(qint64 id) const;
    Result<QList<Template>> list() const;

private:
    Database& m_db;
};

} // namespace clearpost
