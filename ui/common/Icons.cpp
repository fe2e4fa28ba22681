#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace clearpost {

QIcon Icons::get(const QString& name)
{
    return get(name, QApplication::palette().color(QPalette::WindowText));
}

QIcon Icons::get(const QString& name, const QColor& color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + color.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return it.value();
    }
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("icon %s is not bundled", qPrintable(name));
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(key, icon);
    return icon;
}

QIcon Icons::appIcon()
{
    return QIcon(QStringLiteral(":/icons/app/org.clearpost.Clearpost.svg"));
}

} // namespace clearpost
