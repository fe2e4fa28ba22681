#include "Post.h"

#include <QCoreApplication>

namespace clearpost {

QList<PostState> allPostStates()
{
    return {PostState::Draft,
            PostState::InReview,
            PostState::Approved,
            PostState::Scheduled,
            PostState::Publishing,
            PostState::Published,
            PostState::Failed,
            PostState::Archived};
}

QString postStateId(PostState s)
{
    switch (s) {
    case PostState::Draft:
        return QStringLiteral("draft");
    case PostState::InReview:
        return QStringLiteral("in_review");
    case PostState::Approved:
        return QStringLiteral("approved");
    case PostState::Scheduled:
        return QStringLiteral("scheduled");
    case PostState::Publishing:
        return QStringLiteral("publishing");
    case PostState::Published:
        return QStringLiteral("published");
    case PostState::Failed:
        return QStringLiteral("failed");
    case PostState::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<PostState> postStateFromId(const QString& id)
{
    for (PostState s : allPostStates()) {
        if (postStateId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString postStateName(PostState s)
{
    switch (s) {
    case PostState::Draft:
        return QCoreApplication::translate("Post", "Draft");
    case PostState::InReview:
        return QCoreApplication::translate("Post", "In review");
    case PostState::Approved:
        return QCoreApplication::translate("Post", "Approved");
    case PostState::Scheduled:
        return QCoreApplication::translate("Post", "Scheduled");
    case PostState::Publishing:
        return QCoreApplication::translate("Post", "Publishing");
    case PostState::Published:
        return QCoreApplication::translate("Post", "Published");
    case PostState::Failed:
        return QCoreApplication::translate("Post", "Failed");
    case PostState::Archived:
        return QCoreApplication::translate("Post", "Archived");
    }
    return {};
}

QString postKindId(PostKind k)
{
    switch (k) {
    case PostKind::Post:
        return QStringLiteral("post");
    case PostKind::ReviewReply:
        return QStringLiteral("review_reply");
    case PostKind::CommentReply:
        return QStringLiteral("comment_reply");
    }
    return {};
}

std::optional<PostKind> postKindFromId(const QString& id)
{
    for (auto k : {PostKind::Post, PostKind::ReviewReply, PostKind::CommentReply}) {
        if (postKindId(k) == id) {
            return k;
        }
    }
    return std::nullopt;
}

QString postKindName(PostKind k)
{
    switch (k) {
    case PostKind::Post:
        return QCoreApplication::translate("Post", "Post");
    case PostKind::ReviewReply:
        return QCoreApplication::translate("Post", "Review reply");
    case PostKind::CommentReply:
        return QCoreApplication::translate("Post", "Comment reply");
    }
    return {};
}

QString targetStateId(TargetState s)
{
    switch (s) {
    case TargetState::Pending:
        return QStringLiteral("pending");
    case TargetState::Publishing:
        return QStringLiteral("publishing");
    case TargetState::Published:
        return QStringLiteral("published");
    case TargetState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<TargetState> targetStateFromId(const QString& id)
{
    for (auto s : {TargetState::Pending, TargetState::Publishing, TargetState::Published, TargetState::Failed}) {
        if (targetStateId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace clearpost
