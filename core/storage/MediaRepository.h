#pragma once

#include "domain/Media.h"
#include "util/Result.h"

#include <QList>

namespace clearpost {

class Database;

// Attached images and videos, with alt text and the shows-a-patient answer.
class MediaRepository
{
public:
    explicit MediaRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insert(const Media& media);
    Status update(const Media& media);
    Status remove(qint64 id);
    Result<Media> get(qint64 id) const;
    Result<QList<Media>> list() const;
    Result<QList<Media>> forPost(qint64 postId) const;

private:
    Database& m_db;
};

} // namespace clearpost
