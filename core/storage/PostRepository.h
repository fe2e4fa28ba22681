#pragma once

#include "domain/Post.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace clearpost {

class Database;

struct PostFilter
{
    QDateTime from;             // scheduled at or after (UTC); invalid = open
    QDateTime to;               // scheduled before; invalid = open
    QList<PostState> states;    // empty = all
    bool onlyScheduled = false; // only posts with a scheduled time
    int limit = 0;              // 0 = no limit
};

// What the status bar tells: posts waiting to go out and the next one planned.
struct OutboxSummary
{
    int due = 0; // scheduled for now or earlier, not yet out
    int failed = 0;
    int publishing = 0;
    QDateTime next; // the next scheduled post after now; invalid = none
};

// Posts with their per-network targets, media and consent links. Saving a post
// saves all of it in one transaction. State changes go through PostService, which
// checks the lifecycle and writes the audit trail.
class PostRepository
{
public:
    explicit PostRepository(Database& db)
        : m_db(db)
    { }

    Result<qint64> insert(const Post& post);
    // Saves content, schedule, targets and links. Targets are matched by account,
    // so a target keeps its id, remote id and publishing record across edits.
    Status update(const Post& post);
    Status remove(qint64 id);
    Result<Post> get(qint64 id) const;
    Result<QList<Post>> list(const PostFilter& filter = {}) const;
    Result<QMap<PostState, int>> countByState() const;
    Result<OutboxSummary> outbox(const QDateTime& now) const;

    // Low-level state write; callers are PostService (lifecycle) and the publisher.
    Status writeState(qint64 id, PostState state, const QString& approvedBy, const QString& overrideJustification);
    Status updateTarget(const PostTarget& target);

private:
    Status writeChildren(const Post& post, qint64 postId);
    Status loadChildren(QList<Post>& posts) const;
    Database& m_db;
};

} // namespace clearpost
