#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace clearpost {

// Line icons from the bundled Tabler set, drawn in the palette's text colour so
// they read in light and dark themes ("calendar-month", "settings", …).
class Icons
{
public:
    static QIcon get(const QString& name);
    static QIcon get(const QString& name, const QColor& color);
    static QIcon appIcon();
};

} // namespace clearpost
