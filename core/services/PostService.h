#pragma once

#include "domain/Post.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace clearpost {

class Database;

// Every change to a post goes through here: the lifecycle is checked, the
// change and its audit event are written in one transaction, and editing an
// approved or scheduled post sends it back to review.
class PostService
{
public:
    explicit PostService(Database& db)
        : m_db(db)
    { }

    // Saves a new post as a draft.
    Result<qint64> create(Post post, const QString& actor);
    // Saves edits. Content changes to an approved, scheduled or failed post return it to review.
    // Returns the post as stored.
    Result<Post> save(const Post& post, const QString& actor);
    // Moves a post to `to`, or refuses with a message saying why.
    Status transition(qint64 postId, PostState to, const QString& actor);
    // Approves a post in review. `overrideJustification` records why remaining blockers were accepted.
    Status approve(qint64 postId, const QString& actor, const QString& overrideJustification = {});
    // Sets the time and schedules an approved post.
    Status schedule(qint64 postId, const QDateTime& when, const QString& actor);
    Status remove(qint64 postId, const QString& actor);

private:
    Status audit(const QString& actor, const QString& action, qint64 postId, const QString& detail);
    Status moveTo(Post& post, PostState to, const QString& actor);
    Database& m_db;
};

} // namespace clearpost
