#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace clearpost {

// Colours with a meaning, chosen to read in light and dark palettes and for
// colour-blind users (always paired with an icon or a word).
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    // Fusion with an explicit palette for Light/Dark (screenshots, tests); System leaves the platform's.
    static void apply(Mode mode);
    static bool parseMode(const QString& text, Mode* mode);
    static bool isDark();

    static QColor blocker();
    static QColor warning();
    static QColor info();
    static QColor success();
    static QColor muted();

    // A larger, bold title font for page headers.
    static void makeTitle(QWidget* label);
    static void makeMuted(QWidget* label);
};

} // namespace clearpost
