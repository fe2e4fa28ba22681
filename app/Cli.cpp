#include "Cli.h"

#include "settings/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace clearpost::app {

namespace {

struct Command
{
    const char* name;
    const char* summary;
    bool needsWidgets;
    int (*run)(const QStringList&);
};

const Command kCommands[] = {
    {"check", QT_TRANSLATE_NOOP("Cli", "Check a text for privacy and advertising-rule problems"), false, runCheck},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Write a realistic sample practice into a new database"), false, runDemo},
    {"screenshot",
     QT_TRANSLATE_NOOP("Cli", "Render a page of the app to a PNG file, without a window"),
     true,
     runScreenshot},
};

const Command* findCommand(const QString& name)
{
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            return &c;
        }
    }
    return nullptr;
}

// Global options that take a value, so their value is not mistaken for the command.
bool takesValue(const QString& arg)
{
    static const QStringList withValue{QStringLiteral("--db"),
                                       QStringLiteral("--theme"),
                                       QStringLiteral("--platforms"),
                                       QStringLiteral("--jurisdiction"),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("--kind"),
                                       QStringLiteral("--batch"),
                                       QStringLiteral("--page"),
                                       QStringLiteral("--out"),
                                       QStringLiteral("--size"),
                                       QStringLiteral("--seed"),
                                       QStringLiteral("--months"),
                                       QStringLiteral("--anchor")};
    return withValue.contains(arg);
}

void installTranslations(QCoreApplication& app)
{
    const Settings settings(Settings::defaultFile());
    const QString chosen = settings.value(Settings::Key::Language).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("clearpost"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

QString usage()
{
    QString text = QCoreApplication::translate("Cli",
                                               "Usage: clearpost [--db FILE] [COMMAND] [OPTIONS]\n\n"
                                               "Clearpost plans, checks and publishes a medical practice's social "
                                               "media. Without a command it starts the desktop app.\n\n"
                                               "Options:\n"
                                               "  --db FILE     the practice database (also $%1)\n"
                                               "  -h, --help    show this help; COMMAND --help shows a command's "
                                               "options\n"
                                               "  -v, --version show the version\n\n"
                                               "Commands:\n")
                       .arg(QString::fromLatin1(AppPaths::databaseEnvVar()));
    for (const Command& c : kCommands) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(14), QCoreApplication::translate("Cli", c.summary));
    }
    return text;
}

} // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "clearpost: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
}

int run(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }

    // Find the command word: the first argument that is neither an option nor an option's value.
    const Command* command = nullptr;
    QString commandWord;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            continue;
        }
        commandWord = a;
        command = findCommand(a);
        args.removeAt(i);
        break;
    }
    if (!commandWord.isEmpty() && !command) {
        QCoreApplication app(argc, argv);
        printError(QCoreApplication::translate("Cli", "unknown command “%1” (see clearpost --help)").arg(commandWord));
        return ExitUsage;
    }

    if (!command) {
        // Top-level help and version need no window.
        if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
            QCoreApplication app(argc, argv);
            printOut(usage());
            return ExitOk;
        }
        if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
            QCoreApplication app(argc, argv);
            printOut(QStringLiteral("clearpost %1").arg(QStringLiteral(CLEARPOST_VERSION)));
            return ExitOk;
        }
    }

    QCoreApplication::setOrganizationName(QStringLiteral("Clearpost"));
    QCoreApplication::setApplicationName(QStringLiteral("Clearpost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARPOST_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (!command || command->needsWidgets) {
        if (command && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // commands never open a window
        }
        QApplication::setDesktopFileName(QStringLiteral(CLEARPOST_APP_ID));
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    installTranslations(*app);
    return command ? command->run(args) : runGui(args);
}

} // namespace clearpost::app
