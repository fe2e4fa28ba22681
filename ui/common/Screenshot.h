#pragma once

#include "util/Result.h"

#include <QSize>
#include <QString>

namespace clearpost {

class Session;

// Renders one page of the main window into a PNG without showing a window
// (README screenshots, and looking at every page in review).
Status renderScreenshot(Session& session, const QString& pageId, const QSize& size, const QString& outFile);

} // namespace clearpost
