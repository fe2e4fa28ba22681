#include "PostRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)
};

const QString kPostColumns = QStringLiteral("id, title, body, kind, state, campaign_id, template_id, scheduled_at, "
                                            "author, approved_by, override_justification, created_at, updated_at");

Post postFromRow(const QSqlQuery& q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.body = q.value(2).toString();
    p.kind = postKindFromId(q.value(3).toString()).value_or(PostKind::Post);
    p.state = postStateFromId(q.value(4).toString()).value_or(PostState::Draft);
    p.campaignId = sql::toId(q.value(5));
    p.templateId = sql::toId(q.value(6));
    p.scheduledAt = sql::toInstant(q.value(7));
    p.author = q.value(8).toString();
    p.approvedBy = q.value(9).toString();
    p.overrideJustification = q.value(10).toString();
    p.createdAt = sql::toInstant(q.value(11));
    p.updatedAt = sql::toInstant(q.value(12));
    return p;
}

QVariantList targetValues(const PostTarget& t)
{
    return {
        t.text, targetStateId(t.state), t.remoteId, t.remoteUrl, t.attempts, t.lastError, sql::instant(t.publishedAt)};
}
} // namespace

Result<qint64> PostRepository::insert(const Post& post)
{
    Transaction tx(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO post (title, body, kind, state, campaign_id, template_id, "
                                      "scheduled_at, author, approved_by, override_justification, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {post.title,
                        post.body,
                        postKindId(post.kind),
                        postStateId(post.state),
                        sql::id(post.campaignId),
                        sql::id(post.templateId),
                        sql::instant(post.scheduledAt),
                        post.author,
                        post.approvedBy,
                        post.overrideJustification,
                        sql::instant(post.createdAt.isValid() ? post.createdAt : now),
                        sql::instant(post.updatedAt.isValid() ? post.updatedAt : now)},
                       Tr::tr("save the post"));
    if (!q) {
        return q.error();
    }
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = writeChildren(post, id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status PostRepository::update(const Post& post)
{
    Transaction tx(m_db);
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE post SET title = ?, body = ?, kind = ?, state = ?, campaign_id = ?, "
                                      "template_id = ?, scheduled_at = ?, author = ?, approved_by = ?, "
                                      "override_justification = ?, updated_at = ? WHERE id = ?"),
                       {post.title,
                        post.body,
                        postKindId(post.kind),
                        postStateId(post.state),
                        sql::id(post.campaignId),
                        sql::id(post.templateId),
                        sql::instant(post.scheduledAt),
                        post.author,
                        post.approvedBy,
                        post.overrideJustification,
                        sql::instant(post.updatedAt.isValid() ? post.updatedAt : QDateTime::currentDateTimeUtc()),
                        post.id},
                       Tr::tr("save the post"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The post no longer exists."), Error::Code::NotFound);
    }
    if (Status s = writeChildren(post, post.id); !s) {
        return s;
    }
    return tx.commit();
}

Status PostRepository::writeChildren(const Post& post, qint64 postId)
{
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("save the post's networks");

    // Targets: keep rows whose account stays, so publishing records survive edits.
    QHash<qint64, qint64> existing; // account id -> target id
    {
        auto q =
            sql::exec(db, QStringLiteral("SELECT account_id, id FROM post_target WHERE post_id = ?"), {postId}, what);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            existing.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
        }
    }
    QSet<qint64> kept;
    for (const PostTarget& t : post.targets) {
        if (kept.contains(t.accountId)) {
            return Error(Tr::tr("The post targets the same account twice."), Error::Code::InvalidInput);
        }
        kept.insert(t.accountId);
        QVariantList values = targetValues(t);
        if (const auto it = existing.constFind(t.accountId); it != existing.constEnd()) {
            values.append(it.value());
            auto q =
                sql::exec(db,
                          QStringLiteral("UPDATE post_target SET text = ?, state = ?, remote_id = ?, remote_url = ?, "
                                         "attempts = ?, last_error = ?, published_at = ? WHERE id = ?"),
                          values,
                          what);
            if (!q) {
                return q.error();
            }
        } else {
            values.prepend(t.accountId);
            values.prepend(postId);
            auto q = sql::exec(db,
                               QStringLiteral("INSERT INTO post_target (post_id, account_id, text, state, remote_id, "
                                              "remote_url, attempts, last_error, published_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               values,
                               what);
            if (!q) {
                return q.error();
            }
        }
    }
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!kept.contains(it.key())) {
            auto q = sql::exec(db, QStringLiteral("DELETE FROM post_target WHERE id = ?"), {it.value()}, what);
            if (!q) {
                return q.error();
            }
        }
    }

    const QString linkWhat = Tr::tr("save the post's media and consents");
    for (const char* table : {"post_media", "post_consent"}) {
        auto q = sql::exec(
            db, QStringLiteral("DELETE FROM %1 WHERE post_id = ?").arg(QLatin1String(table)), {postId}, linkWhat);
        if (!q) {
            return q.error();
        }
    }
    int position = 0;
    for (qint64 mediaId : post.mediaIds) {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT INTO post_media (post_id, media_id, position) VALUES (?, ?, ?)"),
                           {postId, mediaId, position++},
                           linkWhat);
        if (!q) {
            return q.error();
        }
    }
    for (qint64 consentId : post.consentIds) {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT OR IGNORE INTO post_consent (post_id, consent_id) VALUES (?, ?)"),
                           {postId, consentId},
                           linkWhat);
        if (!q) {
            return q.error();
        }
    }
    return {};
}

Status PostRepository::remove(qint64 id)
{
    auto q =
        sql::exec(m_db.connection(), QStringLiteral("DELETE FROM post WHERE id = ?"), {id}, Tr::tr("delete the post"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The post no longer exists."), Error::Code::NotFound);
    }
    return {};
}

Result<Post> PostRepository::get(qint64 id) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT %1 FROM post WHERE id = ?").arg(kPostColumns),
                       {id},
                       Tr::tr("read the post"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(Tr::tr("The post no longer exists."), Error::Code::NotFound);
    }
    QList<Post> posts{postFromRow(*q)};
    if (Status s = loadChildren(posts); !s) {
        return s.error();
    }
    return posts.first();
}

Result<QList<Post>> PostRepository::list(const PostFilter& filter) const
{
    QStringList where;
    QVariantList args;
    if (filter.from.isValid()) {
        where.append(QStringLiteral("scheduled_at >= ?"));
        args.append(sql::instant(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("scheduled_at < ?"));
        args.append(sql::instant(filter.to));
    }
    if (filter.onlyScheduled) {
        where.append(QStringLiteral("scheduled_at IS NOT NULL"));
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (PostState s : filter.states) {
            marks.append(QStringLiteral("?"));
            args.append(postStateId(s));
        }
        where.append(QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    QString statement = QStringLiteral("SELECT %1 FROM post").arg(kPostColumns);
    if (!where.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    statement += QStringLiteral(" ORDER BY scheduled_at IS NULL, scheduled_at, id");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    auto q = sql::exec(m_db.connection(), statement, args, Tr::tr("read the posts"));
    if (!q) {
        return q.error();
    }
    QList<Post> posts;
    while (q->next()) {
        posts.append(postFromRow(*q));
    }
    if (Status s = loadChildren(posts); !s) {
        return s.error();
    }
    return posts;
}

Status PostRepository::loadChildren(QList<Post>& posts) const
{
    if (posts.isEmpty()) {
        return {};
    }
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        index.insert(posts[i].id, i);
        ids.append(QString::number(posts[i].id));
    }
    // Ids are integers we just read, so building the IN list is safe.
    const QString in = ids.join(QLatin1Char(','));
    const QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("read the post's networks");

    auto t = sql::exec(db,
                       QStringLiteral("SELECT id, post_id, account_id, text, state, remote_id, remote_url, attempts, "
                                      "last_error, published_at FROM post_target WHERE post_id IN (%1) ORDER BY id")
                           .arg(in),
                       {},
                       what);
    if (!t) {
        return t.error();
    }
    while (t->next()) {
        PostTarget target;
        target.id = t->value(0).toLongLong();
        target.postId = t->value(1).toLongLong();
        target.accountId = t->value(2).toLongLong();
        target.text = t->value(3).toString();
        target.state = targetStateFromId(t->value(4).toString()).value_or(TargetState::Pending);
        target.remoteId = t->value(5).toString();
        target.remoteUrl = t->value(6).toString();
        target.attempts = t->value(7).toInt();
        target.lastError = t->value(8).toString();
        target.publishedAt = sql::toInstant(t->value(9));
        posts[index.value(target.postId)].targets.append(target);
    }
    auto m = sql::exec(db,
                       QStringLiteral("SELECT post_id, media_id FROM post_media WHERE post_id IN (%1) "
                                      "ORDER BY post_id, position")
                           .arg(in),
                       {},
                       what);
    if (!m) {
        return m.error();
    }
    while (m->next()) {
        posts[index.value(m->value(0).toLongLong())].mediaIds.append(m->value(1).toLongLong());
    }
    auto c = sql::exec(db,
                       QStringLiteral("SELECT post_id, consent_id FROM post_consent WHERE post_id IN (%1) "
                                      "ORDER BY post_id, consent_id")
                           .arg(in),
                       {},
                       what);
    if (!c) {
        return c.error();
    }
    while (c->next()) {
        posts[index.value(c->value(0).toLongLong())].consentIds.append(c->value(1).toLongLong());
    }
    return {};
}

Result<QMap<PostState, int>> PostRepository::countByState() const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT state, count(*) FROM post GROUP BY state"),
                       {},
                       Tr::tr("count the posts"));
    if (!q) {
        return q.error();
    }
    QMap<PostState, int> counts;
    while (q->next()) {
        if (auto s = postStateFromId(q->value(0).toString())) {
            counts.insert(*s, q->value(1).toInt());
        }
    }
    return counts;
}

Result<OutboxSummary> PostRepository::outbox(const QDateTime& now) const
{
    auto q =
        sql::exec(m_db.connection(),
                  QStringLiteral("SELECT "
                                 "(SELECT count(*) FROM post WHERE state = 'scheduled' AND scheduled_at <= ?), "
                                 "(SELECT count(*) FROM post WHERE state = 'failed'), "
                                 "(SELECT count(*) FROM post WHERE state = 'publishing'), "
                                 "(SELECT min(scheduled_at) FROM post WHERE state = 'scheduled' AND scheduled_at > ?)"),
                  {sql::instant(now), sql::instant(now)},
                  Tr::tr("read the outbox"));
    if (!q) {
        return q.error();
    }
    q->next();
    OutboxSummary s;
    s.due = q->value(0).toInt();
    s.failed = q->value(1).toInt();
    s.publishing = q->value(2).toInt();
    s.next = sql::toInstant(q->value(3));
    return s;
}

Status
PostRepository::writeState(qint64 id, PostState state, const QString& approvedBy, const QString& overrideJustification)
{
    auto q = sql::exec(
        m_db.connection(),
        QStringLiteral("UPDATE post SET state = ?, approved_by = ?, override_justification = ?, "
                       "updated_at = ? WHERE id = ?"),
        {postStateId(state), approvedBy, overrideJustification, sql::instant(QDateTime::currentDateTimeUtc()), id},
        Tr::tr("change the post's state"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The post no longer exists."), Error::Code::NotFound);
    }
    return {};
}

Status PostRepository::updateTarget(const PostTarget& target)
{
    QVariantList values = targetValues(target);
    values.append(target.id);
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE post_target SET text = ?, state = ?, remote_id = ?, remote_url = ?, "
                                      "attempts = ?, last_error = ?, published_at = ? WHERE id = ?"),
                       values,
                       Tr::tr("save the publishing record"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return Error(Tr::tr("The post's network entry no longer exists."), Error::Code::NotFound);
    }
    return {};
}

} // namespace clearpost
