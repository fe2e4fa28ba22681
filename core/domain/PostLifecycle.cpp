#include "PostLifecycle.h"

#include <QCoreApplication>

namespace clearpost {

bool PostLifecycle::canTransition(PostState from, PostState to)
{
    if (from == to) {
        return false;
    }
    if (to == PostState::Archived) {
        // Anything may be archived except a post in the middle of being published.
        return from != PostState::Publishing;
    }
    switch (from) {
    case PostState::Draft:
        return to == PostState::InReview;
    case PostState::InReview:
        return to == PostState::Approved || to == PostState::Draft;
    case PostState::Approved:
        return to == PostState::Scheduled || to == PostState::InReview || to == PostState::Draft;
    case PostState::Scheduled:
        return to == PostState::Publishing || to == PostState::Approved || to == PostState::InReview;
    case PostState::Publishing:
        return to == PostState::Published || to == PostState::Failed;
    case PostState::Published:
        return false;
    case PostState::Failed:
        // Retry now, reschedule, or fix the text (which needs a new review).
        return to == PostState::Publishing || to == PostState::Scheduled || to == PostState::InReview;
    case PostState::Archived:
        return to == PostState::Draft; // restore
    }
    return false;
}

QString PostLifecycle::refusal(PostState from, PostState to)
{
    if (canTransition(from, to)) {
        return {};
    }
    if (from == to) {
        return QCoreApplication::translate("PostLifecycle", "The post is already %1.").arg(postStateName(to).toLower());
    }
    if (from == PostState::Publishing && to == PostState::Archived) {
        return QCoreApplication::translate("PostLifecycle",
                                           "The post is being published right now; wait until it has finished.");
    }
    if (from == PostState::Published) {
        return QCoreApplication::translate("PostLifecycle", "The post has been published; it can only be archived.");
    }
    if (to == PostState::Approved) {
        return QCoreApplication::translate("PostLifecycle", "Only a post in review can be approved.");
    }
    if (to == PostState::Scheduled) {
        return QCoreApplication::translate("PostLifecycle", "Only an approved post can be scheduled.");
    }
    if (to == PostState::Published || to == PostState::Failed) {
        return QCoreApplication::translate("PostLifecycle", "Only a post being published can end as %1.")
            .arg(postStateName(to).toLower());
    }
    if (to == PostState::Publishing) {
        return QCoreApplication::translate("PostLifecycle", "Only a scheduled or failed post can be published.");
    }
    return QCoreApplication::translate("PostLifecycle", "A post cannot go from %1 to %2.")
        .arg(postStateName(from).toLower(), postStateName(to).toLower());
}

QList<PostState> PostLifecycle::nextStates(PostState from)
{
    QList<PostState> result;
    for (PostState to : allPostStates()) {
        if (canTransition(from, to)) {
            result.append(to);
        }
    }
    return result;
}

bool PostLifecycle::editReturnsToReview(PostState s)
{
    return s == PostState::Approved || s == PostState::Scheduled || s == PostState::Failed;
}

bool PostLifecycle::isEditable(PostState s)
{
    return s != PostState::Publishing && s != PostState::Published && s != PostState::Archived;
}

} // namespace clearpost
