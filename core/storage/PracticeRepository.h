#pragma once

#include "domain/Practice.h"
#include "util/Result.h"

namespace clearpost {

class Database;

// The practice profile and staff roster (one practice per database).
class PracticeRepository
{
public:
    explicit PracticeRepository(Database& db)
        : m_db(db)
    { }

    // NotFound when the database has no practice yet (a new file).
    Result<Practice> load() const;
    Status save(const Practice& practice);
    bool exists() const;

private:
    Database& m_db;
};

} // namespace clearpost
