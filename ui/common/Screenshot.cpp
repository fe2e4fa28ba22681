#include "Screenshot.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace clearpost {

Status renderScreenshot(Session& session, const QString& pageId, const QSize& size, const QString& outFile)
{
    if (!MainWindow::pageIds().contains(pageId)) {
        return Error(QCoreApplication::translate("Screenshot", "Unknown page “%1”; pages are: %2.")
                         .arg(pageId, MainWindow::pageIds().join(QStringLiteral(", "))),
                     Error::Code::InvalidInput);
    }
    MainWindow window(session);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    window.showPage(pageId);
    // Let layouts settle and asynchronous status (keychain probe) arrive.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = window.grab();
    const QFileInfo target(outFile);
    if (!target.dir().exists() && !QDir().mkpath(target.absolutePath())) {
        return Error(QCoreApplication::translate("Screenshot", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(target.absolutePath())),
                     Error::Code::Io);
    }
    if (!pixmap.save(outFile, "PNG")) {
        return Error(
            QCoreApplication::translate("Screenshot", "Could not write %1.").arg(QDir::toNativeSeparators(outFile)),
            Error::Code::Io);
    }
    return {};
}

} // namespace clearpost
