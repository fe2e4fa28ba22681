#include "Cli.h"
#include "CommandLine.h"

#include "MainWindow.h"
#include "common/Screenshot.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace clearpost::app {

int runScreenshot(const QStringList& args)
{
    CommandLine cli(QStringLiteral("screenshot"),
                    QCoreApplication::translate("Cli", "Renders a page of the app to a PNG file, without a window."));
    cli.addOption(
        {QStringLiteral("page"),
         QCoreApplication::translate("Cli", "The page: %1.").arg(MainWindow::pageIds().join(QStringLiteral(", "))),
         QStringLiteral("NAME")});
    cli.addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PNG file to write."), QStringLiteral("FILE")});
    cli.addOption({QStringLiteral("size"),
                   QCoreApplication::translate("Cli", "Window size (default 1280x800)."),
                   QStringLiteral("WxH")});
    cli.addOption({QStringLiteral("theme"),
                   QCoreApplication::translate("Cli", "light, dark or system (default light)."),
                   QStringLiteral("THEME")});
    if (auto exit = cli.parse(args)) {
        return *exit;
    }
    const QString page = cli.parser().value(QStringLiteral("page"));
    const QString out = cli.parser().value(QStringLiteral("out"));
    const QString db = cli.database();
    if (page.isEmpty() || out.isEmpty() || db.isEmpty()) {
        return cli.usageError(QCoreApplication::translate("Cli", "--page, --out and --db are required"));
    }
    if (!MainWindow::pageIds().contains(page)) {
        return cli.usageError(QCoreApplication::translate("Cli", "unknown page “%1”; pages are %2")
                                  .arg(page, MainWindow::pageIds().join(QStringLiteral(", "))));
    }
    QSize size(1280, 800);
    if (cli.parser().isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{3,4})x(\d{3,4})$)"));
        const auto m = pattern.match(cli.parser().value(QStringLiteral("size")));
        if (!m.hasMatch()) {
            return cli.usageError(QCoreApplication::translate("Cli", "--size must look like 1280x800, not “%1”")
                                      .arg(cli.parser().value(QStringLiteral("size"))));
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    Theme::Mode mode = Theme::Mode::Light;
    if (cli.parser().isSet(QStringLiteral("theme"))
        && !Theme::parseMode(cli.parser().value(QStringLiteral("theme")), &mode)) {
        return cli.usageError(QCoreApplication::translate("Cli", "--theme must be light, dark or system, not “%1”")
                                  .arg(cli.parser().value(QStringLiteral("theme"))));
    }
    if (!QFileInfo::exists(db)) {
        return cli.usageError(QCoreApplication::translate("Cli", "%1 does not exist (create one with clearpost demo)")
                                  .arg(QDir::toNativeSeparators(db)));
    }
    Theme::apply(mode);

    // Screenshots never change the user's settings: they use a throwaway settings file.
    Settings settings(
        QDir::temp().filePath(QStringLiteral("clearpost-screenshot-%1.ini")).arg(QCoreApplication::applicationPid()));
    Session session(settings);
    if (Status s = session.open(db); !s) {
        printError(s.message());
        QFile::remove(settings.fileName());
        return ExitUsage;
    }
    {
        // Show the keychain's real state in the status bar; give it a moment to answer.
        QEventLoop wait;
        QObject::connect(&session, &Session::keychainStatusChanged, &wait, &QEventLoop::quit);
        QTimer::singleShot(3000, &wait, &QEventLoop::quit);
        session.probeKeychain();
        wait.exec();
    }
    const Status rendered = renderScreenshot(session, page, size, out);
    QFile::remove(settings.fileName());
    if (!rendered) {
        printError(rendered.message());
        return ExitFailure;
    }
    printOut(QDir::toNativeSeparators(out));
    return ExitOk;
}

} // namespace clearpost::app
