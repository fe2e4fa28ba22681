#include "Cli.h"
#include "CommandLine.h"

#include "MainWindow.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "demo/DemoBuilder.h"
#include "domain/AuditEvent.h"
#include "settings/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PracticeRepository.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace clearpost::app {

namespace {

Status createDemo(const QString& path)
{
    Database db;
    if (Status s = db.open(path); !s) {
        return s;
    }
    DemoOptions options;
    options.mediaFolder = path + QStringLiteral("-media");
    return DemoBuilder::build(db, options);
}

Status createPractice(Session& session, const QString& path, const Practice& practice)
{
    if (Status s = session.open(path); !s) {
        return s;
    }
    Database& db = session.database();
    Transaction tx(db);
    if (Status s = PracticeRepository(db).save(practice); !s) {
        return s;
    }
    AuditEvent e;
    e.actor = session.actor();
    e.action = QStringLiteral("practice.create");
    e.entityType = QStringLiteral("practice");
    e.entityId = 1;
    if (Status s = AuditRepository(db).append(e).status(); !s) {
        return s;
    }
    if (Status s = tx.commit(); !s) {
        return s;
    }
    Q_EMIT session.practiceChanged();
    return {};
}

// Runs the welcome dialog until the session has an open practice; false if the user gave up.
bool welcome(Session& session, const QString& suggestedPath, const QString& firstProblem)
{
    QString problem = firstProblem;
    while (true) {
        WelcomeDialog dialog(suggestedPath);
        if (!problem.isEmpty()) {
            dialog.showError(problem);
        }
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        Status s;
        switch (dialog.choice()) {
        case WelcomeDialog::Choice::Create:
            if (QFileInfo::exists(dialog.path()) && QFileInfo(dialog.path()).size() > 0) {
                s = session.open(dialog.path());
                if (s && PracticeRepository(session.database()).exists()) {
                    s = Error(QCoreApplication::translate("Cli", "%1 already holds a practice; it was opened instead.")
                                  .arg(QDir::toNativeSeparators(dialog.path())));
                    QMessageBox::information(
                        nullptr, QCoreApplication::translate("Cli", "Practice opened"), s.message());
                    return true;
                }
            }
            s = createPractice(session, dialog.path(), dialog.practice());
            break;
        case WelcomeDialog::Choice::Demo: {
            const QString demo = AppPaths::demoDatabase();
            if (!QFileInfo::exists(demo)) {
                s = createDemo(demo);
            }
            if (s) {
                s = session.open(demo);
            }
            break;
        }
        case WelcomeDialog::Choice::Open:
            s = session.open(dialog.path());
            if (s && !PracticeRepository(session.database()).exists()) {
                s = Error(QCoreApplication::translate("Cli", "%1 holds no practice yet; create one.")
                              .arg(QDir::toNativeSeparators(dialog.path())));
            }
            break;
        case WelcomeDialog::Choice::None:
            return false;
        }
        if (s) {
            return true;
        }
        problem = s.message();
    }
}

} // namespace

int runGui(const QStringList& args)
{
    CommandLine cli(QString(), QCoreApplication::translate("Cli", "Starts the Clearpost desktop app."));
    cli.addOption({QStringLiteral("theme"),
                   QCoreApplication::translate("Cli", "light, dark or system (default)."),
                   QStringLiteral("THEME")});
    cli.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("Cli", "Show the version.")});
    if (auto exit = cli.parse(args)) {
        return *exit;
    }
    Theme::Mode mode = Theme::Mode::System;
    if (cli.parser().isSet(QStringLiteral("theme"))
        && !Theme::parseMode(cli.parser().value(QStringLiteral("theme")), &mode)) {
        return cli.usageError(QCoreApplication::translate("Cli", "--theme must be light, dark or system, not “%1”")
                                  .arg(cli.parser().value(QStringLiteral("theme"))));
    }
    Theme::apply(mode);
    QApplication::setWindowIcon(Icons::appIcon());

    Settings settings(Settings::defaultFile());
    Session session(settings);
    QString path = cli.database();
    const bool explicitPath = !path.isEmpty();
    if (!explicitPath) {
        const QString last = settings.value(Settings::Key::LastDatabase).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : AppPaths::defaultDatabase();
    }

    bool ready = false;
    if (QFileInfo::exists(path)) {
        const Status s = session.open(path);
        if (s && PracticeRepository(session.database()).exists()) {
            ready = true;
        } else {
            ready = welcome(session, explicitPath ? path : AppPaths::defaultDatabase(), s ? QString() : s.message());
        }
    } else {
        ready = welcome(session, path, {});
    }
    if (!ready) {
        return ExitOk;
    }

    MainWindow window(session);
    window.restoreUiState();
    window.show();
    session.probeKeychain();
    return QApplication::exec();
}

} // namespace clearpost::app
