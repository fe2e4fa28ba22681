#include "TemplateRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)
};

const QString kColumns = QStringLiteral("id, title, category, language, body, created_at, updated_at");

Template fromRow(const QSqlQuery& q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.category = q.value(2).toString();
    t.language = q.value(3).toString();
    t.body = q.value(4).toString();
    t.createdAt = sql::toInstant(q.value(5));
    t.updatedAt = sql::toInstant(q.value(6));
    return t;
}

Status validate(const Template& t)
{
    if (t.title.trimmed().isEmpty()) {
        return Error(Tr::tr("The template needs a title."), Error::Code::InvalidInput);
    }
    return {};
}
} // namespace

Result<qint64> TemplateRepository::insert(const Template& t)
{
    if (Status v = validate(t); !v) {
        return v.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO template (title, category, language, body, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {t.title.trimmed(),
                        t.category,
                        t.language,
                        t.body,
                        sql::instant(t.createdAt.isValid() ? t.createdAt : now),
                        sql::instant(t.updatedAt.isValid() ? t.updatedAt : now)},
                       Tr::tr("save the template"));
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status TemplateRepository::update(const Template& t)
{
    if (Status v = validate(t); !v) {
        return v;
    }
    return sql::expectRow(
        sql::exec(m_db.connection(),
                  QStringLiteral("UPDATE template SET title = ?, category = ?, language = ?, body = ?, updated_at = ? "
                                 "WHERE id = ?"),
                  {t.title.trimmed(),
                   t.category,
                   t.language,
                   t.body,
                   sql::instant(t.updatedAt.isValid() ? t.updatedAt : QDateTime::currentDateTimeUtc()),
                   t.id},
                  Tr::tr("save the template")),
        Tr::tr("The template no longer exists."));
}

Status TemplateRepository::remove(qint64 id)
{
    return sql::expectRow(sql::exec(m_db.connection(),
                                    QStringLiteral("DELETE FROM template WHERE id = ?"),
                                    {id},
                                    Tr::tr("delete the template")),
                          Tr::tr("The template no longer exists."));
}

Result<Template> TemplateRepository::get(qint64 id) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM template WHERE id = ?").arg(kColumns),
                       {id},
                       Tr::tr("read the template"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(Tr::tr("The template no longer exists."), Error::Code::NotFound);
    }
    return fromRow(*q);
}

Result<QList<Template>> TemplateRepository::list() const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM template ORDER BY category, title").arg(kColumns),
                       {},
                       Tr::tr("read the templates"));
    if (!q) {
        return q.error();
    }
    QList<Template> result;
    while (q->next()) {
        result.append(fromRow(*q));
    }
    return result;
}

} // namespace clearpost
