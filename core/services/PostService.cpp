#include "PostService.h"

#include "domain/AuditEvent.h"
#include "domain/PostLifecycle.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PostRepository.h"

#include <QCoreApplication>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostService)
};

// What counts as the content a reviewer approved.
bool sameContent(const Post& a, const Post& b)
{
    if (a.body != b.body || a.kind != b.kind || a.mediaIds != b.mediaIds || a.consentIds != b.consentIds
        || a.targets.size() != b.targets.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.targets.size(); ++i) {
        if (a.targets[i].accountId != b.targets[i].accountId || a.targets[i].text != b.targets[i].text) {
            return false;
        }
    }
    return true;
}

QString transitionDetail(PostState from, PostState to)
{
    return postStateId(from) + QStringLiteral(" -> ") + postStateId(to);
}
} // namespace

Status PostService::audit(const QString& actor, const QString& action, qint64 postId, const QString& detail)
{
    AuditEvent e;
    e.actor = actor;
    e.action = action;
    e.entityType = QStringLiteral("post");
    e.entityId = postId;
    e.detail = detail;
    return AuditRepository(m_db).append(e).status();
}

Result<qint64> PostService::create(Post post, const QString& actor)
{
    if (actor.trimmed().isEmpty()) {
        return Error(Tr::tr("Set your name in Settings before saving posts; the audit trail needs it."),
                     Error::Code::InvalidInput);
    }
    post.state = PostState::Draft;
    post.approvedBy.clear();
    post.overrideJustification.clear();
    if (post.author.isEmpty()) {
        post.author = actor;
    }
    Transaction tx(m_db);
    Result<qint64> id = PostRepository(m_db).insert(post);
    if (!id) {
        return id;
    }
    if (Status s = audit(actor, QStringLiteral("post.create"), *id, postStateId(PostState::Draft)); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<Post> PostService::save(const Post& edited, const QString& actor)
{
    PostRepository posts(m_db);
    Transaction tx(m_db);
    Result<Post> stored = posts.get(edited.id);
    if (!stored) {
        return stored;
    }
    if (!PostLifecycle::isEditable(stored->state)) {
        return Error(Tr::tr("A %1 post cannot be edited.").arg(postStateName(stored->state).toLower()),
                     Error::Code::Conflict);
    }
    Post next = edited;
    // The state is never changed by saving, except the one rule below.
    next.state = stored->state;
    next.approvedBy = stored->approvedBy;
    next.overrideJustification = stored->overrideJustification;
    next.createdAt = stored->createdAt;
    next.updatedAt = QDateTime::currentDateTimeUtc();
    const bool contentChanged = !sameContent(*stored, next);
    if (contentChanged && PostLifecycle::editReturnsToReview(stored->state)) {
        next.state = PostState::InReview;
        next.approvedBy.clear();
        next.overrideJustification.clear();
    }
    if (Status s = posts.update(next); !s) {
        return s.error();
    }
    if (contentChanged) {
        if (Status s = audit(actor, QStringLiteral("post.edit"), next.id, {}); !s) {
            return s.error();
        }
    }
    if (next.state != stored->state) {
        if (Status s = audit(actor,
                             QStringLiteral("post.transition"),
                             next.id,
                             transitionDetail(stored->state, next.state) + QStringLiteral(" (edited)"));
            !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return posts.get(next.id);
}

Status PostService::moveTo(Post& post, PostState to, const QString& actor)
{
    if (actor.trimmed().isEmpty()) {
        return Error(Tr::tr("Set your name in Settings first; the audit trail needs it."), Error::Code::InvalidInput);
    }
    if (const QString why = PostLifecycle::refusal(post.state, to); !why.isEmpty()) {
        return Error(why, Error::Code::Conflict);
    }
    if (to == PostState::Scheduled && !post.scheduledAt.isValid()) {
        return Error(Tr::tr("Pick a date and time before scheduling the post."), Error::Code::InvalidInput);
    }
    if ((to == PostState::InReview || to == PostState::Scheduled) && post.targets.isEmpty()) {
        return Error(Tr::tr("Choose at least one account to post to."), Error::Code::InvalidInput);
    }
    if (to == PostState::InReview && post.body.trimmed().isEmpty()) {
        bool anyText = false;
        for (const PostTarget& t : post.targets) {
            anyText = anyText || !t.text.trimmed().isEmpty();
        }
        if (!anyText) {
            return Error(Tr::tr("The post is empty."), Error::Code::InvalidInput);
        }
    }
    const PostState from = post.state;
    QString approvedBy = post.approvedBy;
    QString justification = post.overrideJustification;
    if (to == PostState::Approved) {
        approvedBy = actor;
    } else if (to == PostState::Draft || to == PostState::InReview) {
        approvedBy.clear();
        justification.clear();
    }
    if (Status s = PostRepository(m_db).writeState(post.id, to, approvedBy, justification); !s) {
        return s;
    }
    if (Status s = audit(actor, QStringLiteral("post.transition"), post.id, transitionDetail(from, to)); !s) {
        return s;
    }
    post.state = to;
    post.approvedBy = approvedBy;
    post.overrideJustification = justification;
    return {};
}

Status PostService::transition(qint64 postId, PostState to, const QString& actor)
{
    if (to == PostState::Approved) {
        return approve(postId, actor);
    }
    Transaction tx(m_db);
    Result<Post> post = PostRepository(m_db).get(postId);
    if (!post) {
        return post.status();
    }
    if (Status s = moveTo(*post, to, actor); !s) {
        return s;
    }
    return tx.commit();
}

Status PostService::approve(qint64 postId, const QString& actor, const QString& overrideJustification)
{
    Transaction tx(m_db);
    PostRepository posts(m_db);
    Result<Post> post = posts.get(postId);
    if (!post) {
        return post.status();
    }
    post->overrideJustification = overrideJustification.trimmed();
    if (Status s = moveTo(*post, PostState::Approved, actor); !s) {
        return s;
    }
    if (!post->overrideJustification.isEmpty()) {
        // The justification itself is in the post row; the trail records that one was given.
        if (Status s = audit(actor, QStringLiteral("post.override"), postId, QStringLiteral("justification recorded"));
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Status PostService::schedule(qint64 postId, const QDateTime& when, const QString& actor)
{
    if (!when.isValid()) {
        return Error(Tr::tr("Pick a date and time before scheduling the post."), Error::Code::InvalidInput);
    }
    Transaction tx(m_db);
    PostRepository posts(m_db);
    Result<Post> post = posts.get(postId);
    if (!post) {
        return post.status();
    }
    if (const QString why = PostLifecycle::refusal(post->state, PostState::Scheduled); !why.isEmpty()) {
        return Error(why, Error::Code::Conflict);
    }
    post->scheduledAt = when.toUTC();
    if (Status s = posts.update(*post); !s) {
        return s;
    }
    if (Status s = moveTo(*post, PostState::Scheduled, actor); !s) {
        return s;
    }
    return tx.commit();
}

Status PostService::remove(qint64 postId, const QString& actor)
{
    Transaction tx(m_db);
    PostRepository posts(m_db);
    Result<Post> post = posts.get(postId);
    if (!post) {
        return post.status();
    }
    if (post->state == PostState::Publishing || post->state == PostState::Published) {
        return Error(
            Tr::tr("A %1 post cannot be deleted; archive it instead.").arg(postStateName(post->state).toLower()),
            Error::Code::Conflict);
    }
    if (Status s = posts.remove(postId); !s) {
        return s;
    }
    if (Status s = audit(actor, QStringLiteral("post.delete"), postId, postStateId(post->state)); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace clearpost
