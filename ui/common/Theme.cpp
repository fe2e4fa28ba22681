#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace clearpost {

void Theme::apply(Mode mode)
{
    if (mode == Mode::System) {
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (mode == Mode::Dark) {
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0x96));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x6c, 0xb8, 0xff));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
        p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4b));
        p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x81));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x81));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x81));
    } else {
        p = QApplication::style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0x86));
    }
    QApplication::setPalette(p);
}

bool Theme::parseMode(const QString& text, Mode* mode)
{
    if (text == QLatin1String("light")) {
        *mode = Mode::Light;
    } else if (text == QLatin1String("dark")) {
        *mode = Mode::Dark;
    } else if (text == QLatin1String("system")) {
        *mode = Mode::System;
    } else {
        return false;
    }
    return true;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::blocker()
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor Theme::warning()
{
    return isDark() ? QColor(0xf2, 0xb1, 0x3b) : QColor(0xb2, 0x6a, 0x00);
}

QColor Theme::info()
{
    return isDark() ? QColor(0x6c, 0xb8, 0xff) : QColor(0x1f, 0x65, 0xb5);
}

QColor Theme::success()
{
    return isDark() ? QColor(0x5c, 0xc9, 0x8a) : QColor(0x2e, 0x7d, 0x4f);
}

QColor Theme::muted()
{
    QColor c = QApplication::palette().color(QPalette::WindowText);
    c.setAlphaF(0.65f);
    return c;
}

void Theme::makeTitle(QWidget* label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

void Theme::makeMuted(QWidget* label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, muted());
    label->setPalette(p);
}

} // namespace clearpost
