#include "ConsentRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)
};

const QString kColumns = QStringLiteral("c.id, c.subject_name, c.record_ref, c.scopes, c.platforms, c.signed_on, "
                                        "c.expires_on, c.revoked_on, c.notes");

QString platformsToString(const QList<Platform>& platforms)
{
    QStringList ids;
    for (Platform p : platforms) {
        ids.append(platformId(p));
    }
    return ids.join(QLatin1Char(','));
}

QList<Platform> platformsFromString(const QString& text)
{
    QList<Platform> result;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& id : parts) {
        if (auto p = platformFromId(id)) {
            result.append(*p);
        }
    }
    return result;
}

Consent fromRow(const QSqlQuery& q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.subjectName = q.value(1).toString();
    c.recordRef = q.value(2).toString();
    c.scopes = consentScopesFromString(q.value(3).toString());
    c.platforms = platformsFromString(q.value(4).toString());
    c.signedOn = sql::toDay(q.value(5));
    c.expiresOn = sql::toDay(q.value(6));
    c.revokedOn = sql::toDay(q.value(7));
    c.notes = q.value(8).toString();
    return c;
}

Status validate(const Consent& c)
{
    if (c.subjectName.trimmed().isEmpty()) {
        return Error(Tr::tr("The consent needs the name of the person who gave it."), Error::Code::InvalidInput);
    }
    if (!c.signedOn.isValid()) {
        return Error(Tr::tr("The consent needs the date it was signed."), Error::Code::InvalidInput);
    }
    if (c.expiresOn.isValid() && c.expiresOn < c.signedOn) {
        return Error(Tr::tr("The consent cannot expire before it was signed."), Error::Code::InvalidInput);
    }
    if (!c.scopes) {
        return Error(Tr::tr("The consent must cover at least one use (testimonial, photo, video or story)."),
                     Error::Code::InvalidInput);
    }
    return {};
}

QVariantList values(const Consent& c)
{
    return {c.subjectName.trimmed(),
            c.recordRef.trimmed(),
            consentScopesToString(c.scopes),
            platformsToString(c.platforms),
            sql::day(c.signedOn),
            sql::day(c.expiresOn),
            sql::day(c.revokedOn),
            c.notes};
}

Result<QList<Consent>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Consent> result;
    while (q->next()) {
        result.append(fromRow(*q));
    }
    return result;
}
} // namespace

Result<qint64> ConsentRepository::insert(const Consent& c)
{
    if (Status v = validate(c); !v) {
        return v.error();
    }
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO consent (subject_name, record_ref, scopes, platforms, signed_on, "
                                      "expires_on, revoked_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       values(c),
                       Tr::tr("save the consent"));
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status ConsentRepository::update(const Consent& c)
{
    if (Status v = validate(c); !v) {
        return v;
    }
    QVariantList args = values(c);
    args.append(c.id);
    return sql::expectRow(sql::exec(m_db.connection(),
                                    QStringLiteral("UPDATE consent SET subject_name = ?, record_ref = ?, scopes = ?, "
                                                   "platforms = ?, signed_on = ?, expires_on = ?, revoked_on = ?, "
                                                   "notes = ? WHERE id = ?"),
                                    args,
                                    Tr::tr("save the consent")),
                          Tr::tr("The consent no longer exists."));
}

Status ConsentRepository::remove(qint64 id)
{
    return sql::expectRow(
        sql::exec(
            m_db.connection(), QStringLiteral("DELETE FROM consent WHERE id = ?"), {id}, Tr::tr("delete the consent")),
        Tr::tr("The consent no longer exists."));
}

Result<Consent> ConsentRepository::get(qint64 id) const
{
    auto all = readAll(sql::exec(m_db.connection(),
                                 QStringLiteral("SELECT %1 FROM consent c WHERE c.id = ?").arg(kColumns),
                                 {id},
                                 Tr::tr("read the consent")));
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error(Tr::tr("The consent no longer exists."), Error::Code::NotFound);
    }
    return all->first();
}

Result<QList<Consent>> ConsentRepository::list() const
{
    return readAll(sql::exec(m_db.connection(),
                             QStringLiteral("SELECT %1 FROM consent c ORDER BY c.signed_on DESC, c.id").arg(kColumns),
                             {},
                             Tr::tr("read the consents")));
}

Result<QList<Consent>> ConsentRepository::forPost(qint64 postId) const
{
    return readAll(sql::exec(m_db.connection(),
                             QStringLiteral("SELECT %1 FROM consent c JOIN post_consent pc ON pc.consent_id = c.id "
                                            "WHERE pc.post_id = ? ORDER BY c.id")
                                 .arg(kColumns),
                             {postId},
                             Tr::tr("read the post's consents")));
}

} // namespace clearpost
