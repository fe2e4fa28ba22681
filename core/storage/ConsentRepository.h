#pragma once

#include "domain/Consent.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// The consent registry: who allowed what, on which networks, until when.
class ConsentRepository
{
public:
    explicit ConsentRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insert(const Consent& consent);
    Status update(const Consent& consent);
    Status remove(qint64 id);
    Result<Consent> get(qint64 id) const;
    Result<QList<Consent>> list() const;
    Result<QList<Consent>> forPost(qint64 postId) const;

private:
    Database& m_db;
};

} // namespace clearpost
