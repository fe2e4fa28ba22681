#include "MediaRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaRepository)
};

const QString kColumns = QStringLiteral("m.id, m.file_path, m.sha256, m.mime_type, m.alt_text, m.shows_patient, "
                                        "m.consent_id, m.created_at");

Media fromRow(const QSqlQuery& q)
{
    Media m;
    m.id = q.value(0).toLongLong();
    m.filePath = q.value(1).toString();
    m.sha256 = q.value(2).toString();
    m.mimeType = q.value(3).toString();
    m.altText = q.value(4).toString();
    m.showsPatient = q.value(5).toBool();
    m.consentId = sql::toId(q.value(6));
    m.createdAt = sql::toInstant(q.value(7));
    return m;
}

Result<QList<Media>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Media> result;
    while (q->next()) {
        result.append(fromRow(*q));
    }
    return result;
}
} // namespace

Result<qint64> MediaRepository::insert(const Media& m)
{
    if (m.filePath.isEmpty()) {
        return Error(Tr::tr("The media entry needs a file."), Error::Code::InvalidInput);
    }
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO media (file_path, sha256, mime_type, alt_text, shows_patient, "
                                      "consent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {m.filePath,
                        m.sha256,
                        m.mimeType,
                        m.altText,
                        m.showsPatient ? 1 : 0,
                        sql::id(m.consentId),
                        sql::instant(m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc())},
                       Tr::tr("add the media file"));
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status MediaRepository::update(const Media& m)
{
    return sql::expectRow(
        sql::exec(m_db.connection(),
                  QStringLiteral("UPDATE media SET file_path = ?, sha256 = ?, mime_type = ?, "
                                 "alt_text = ?, shows_patient = ?, consent_id = ? WHERE id = ?"),
                  {m.filePath, m.sha256, m.mimeType, m.altText, m.showsPatient ? 1 : 0, sql::id(m.consentId), m.id},
                  Tr::tr("save the media details")),
        Tr::tr("The media file no longer exists."));
}

Status MediaRepository::remove(qint64 id)
{
    return sql::expectRow(
        sql::exec(
            m_db.connection(), QStringLiteral("DELETE FROM media WHERE id = ?"), {id}, Tr::tr("remove the media file")),
        Tr::tr("The media file no longer exists."));
}

Result<Media> MediaRepository::get(qint64 id) const
{
    auto all = readAll(sql::exec(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM media m WHERE m.id = ?").arg(kColumns),
                                 {id},
                                 Tr::tr("read the media file")));
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error(Tr::tr("The media file no longer exists."), Error::Code::NotFound);
    }
    return all->first();
}

Result<QList<Media>> MediaRepository::list() const
{
    return readAll(sql::exec(m_db.connection(),
                             QStringLiteral("SELECT %1 FROM media m ORDER BY m.id").arg(kColumns),
                             {},
                             Tr::tr("read the media library")));
}

Result<QList<Media>> MediaRepository::forPost(qint64 postId) const
{
    return readAll(sql::exec(m_db.connection(),
                             QStringLiteral("SELECT %1 FROM media m JOIN post_media pm ON pm.media_id = m.id "
                                            "WHERE pm.post_id = ? ORDER BY pm.position")
                                 .arg(kColumns),
                             {postId},
                             Tr::tr("read the post's media")));
}

} // namespace clearpost
