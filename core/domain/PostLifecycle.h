#pragma once

#include "Post.h"

#include <QString>

namespace clearpost {

// The rules of the post lifecycle, in one place. Storage and UI ask here; nobody
// else decides whether a state change is allowed.
class PostLifecycle
{
public:
    static bool canTransition(PostState from, PostState to);
    // Why a transition is refused, in words a user can act on; empty when allowed.
    static QString refusal(PostState from, PostState to);
    // States a post in `from` may move to, for menus and buttons.
    static QList<PostState> nextStates(PostState from);
    // Editing the content of a post in this state sends it back to review.
    static bool editReturnsToReview(PostState s);
    // The content may be edited at all (not while publishing, not once published or archived).
    static bool isEditable(PostState s);
};

} // namespace clearpost
