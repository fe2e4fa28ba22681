#include "Cli.h"
#include "CommandLine.h"

#include "demo/DemoBuilder.h"
#include "storage/Database.h"
#include "storage/MetricRepository.h"
#include "storage/PostRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace clearpost::app {

int runDemo(const QStringList& args)
{
    CommandLine cli(QStringLiteral("demo"),
                    QCoreApplication::translate("Cli",
                                                "Writes Lakeshore Family Dental, a realistic sample practice, into a "
                                                "new database. The same seed and anchor give the same database."));
    cli.addOption(
        {QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."), QStringLiteral("N")});
    cli.addOption({QStringLiteral("months"),
                   QCoreApplication::translate("Cli", "Months of posts, about two thirds in the past (default 6)."),
                   QStringLiteral("N")});
    cli.addOption({QStringLiteral("anchor"),
                   QCoreApplication::translate("Cli", "The sample's “today” as YYYY-MM-DD (default: today)."),
                   QStringLiteral("DATE")});
    cli.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace FILE if it exists.")});
    if (auto exit = cli.parse(args)) {
        return *exit;
    }
    if (!cli.parser().positionalArguments().isEmpty()) {
        return cli.usageError(QCoreApplication::translate("Cli", "unexpected argument “%1”")
                                  .arg(cli.parser().positionalArguments().first()));
    }
    const QString path = cli.database();
    if (path.isEmpty()) {
        return cli.usageError(QCoreApplication::translate("Cli", "--db FILE is required"));
    }
    const auto seed = cli.intOption(QStringLiteral("seed"), 1, 0, 2147483647);
    const auto months = cli.intOption(QStringLiteral("months"), 6, 1, 36);
    if (!seed || !months) {
        return ExitUsage;
    }
    QDate anchor = QDate::currentDate();
    if (cli.parser().isSet(QStringLiteral("anchor"))) {
        anchor = QDate::fromString(cli.parser().value(QStringLiteral("anchor")), Qt::ISODate);
        if (!anchor.isValid()) {
            return cli.usageError(
                QCoreApplication::translate("Cli", "--anchor must be a date like 2026-11-22, not “%1”")
                    .arg(cli.parser().value(QStringLiteral("anchor"))));
        }
    }
    const QString mediaFolder = path + QStringLiteral("-media");
    if (QFileInfo::exists(path)) {
        if (!cli.parser().isSet(QStringLiteral("force"))) {
            return cli.usageError(QCoreApplication::translate("Cli",
                                                              "%1 already exists; choose a new file or add "
                                                              "--force to replace it")
                                      .arg(QDir::toNativeSeparators(path)));
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
        QDir(mediaFolder).removeRecursively();
    }

    // Build into a temporary file and move it into place, so a failure never leaves half a demo behind.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(partial + suffix);
    }
    int posts = 0;
    int metrics = 0;
    {
        Database db;
        if (Status s = db.open(partial); !s) {
            printError(s.message());
            return ExitFailure;
        }
        DemoOptions options;
        options.seed = quint32(*seed);
        options.months = *months;
        options.anchor = anchor;
        options.mediaFolder = mediaFolder;
        if (Status s = DemoBuilder::build(db, options); !s) {
            db.close();
            QFile::remove(partial);
            printError(s.message());
            return ExitFailure;
        }
        auto all = PostRepository(db).list();
        posts = all ? int(all->size()) : 0;
        metrics = MetricRepository(db).count().valueOr(0);
        // Fold the WAL into the main file before it moves.
        (void)QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!QFile::rename(partial, path)) {
        printError(QCoreApplication::translate("Cli", "could not move the demo into place at %1")
                       .arg(QDir::toNativeSeparators(path)));
        return ExitFailure;
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(partial + suffix);
    }
    printOut(QCoreApplication::translate("Cli", "Wrote the demo practice to %1: %2 posts, %3 metric samples.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(posts)
                 .arg(metrics));
    return ExitOk;
}

} // namespace clearpost::app
