#pragma once

#include "Platform.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clearpost {

// Draft -> In review -> Approved -> Scheduled -> Publishing -> Published | Failed; any -> Archived.
enum class PostState {
    Draft,
    InReview,
    Approved,
    Scheduled,
    Publishing,
    Published,
    Failed,
    Archived,
};

QList<PostState> allPostStates();
QString postStateId(PostState s);
std::optional<PostState> postStateFromId(const QString& id);
QString postStateName(PostState s);

// What a text is: a post of the practice's own, or a reply under someone else's review or comment.
// Replies are checked most strictly for confirming that someone is a patient.
enum class PostKind {
    Post,
    ReviewReply,
    CommentReply,
};

QString postKindId(PostKind k);
std::optional<PostKind> postKindFromId(const QString& id);
QString postKindName(PostKind k);

enum class TargetState {
    Pending,
    Publishing,
    Published,
    Failed,
};

QString targetStateId(TargetState s);
std::optional<TargetState> targetStateFromId(const QString& id);

// One network's variant of a post: its own text (empty = the post's body), and
// what publishing recorded. The remote id makes retries idempotent.
struct PostTarget
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    QString text;
    TargetState state = TargetState::Pending;
    QString remoteId;
    QString remoteUrl;
    int attempts = 0;
    QString lastError;
    QDateTime publishedAt;

    bool operator==(const PostTarget&) const = default;
};

struct Post
{
    qint64 id = 0;
    QString title; // internal label, never published
    QString body;
    PostKind kind = PostKind::Post;
    PostState state = PostState::Draft;
    qint64 campaignId = 0; // 0 = none
    qint64 templateId = 0; // 0 = none
    QDateTime scheduledAt; // UTC; invalid = not scheduled
    QString author;
    QString approvedBy;
    QString overrideJustification; // why an approver accepted remaining blockers
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PostTarget> targets;
    QList<qint64> mediaIds; // in display order
    QList<qint64> consentIds;

    bool operator==(const Post&) const = default;

    // The text published to a target: its own variant, or the post's body.
    QString textFor(const PostTarget& target) const { return target.text.isEmpty() ? body : target.text; }
};

} // namespace clearpost
