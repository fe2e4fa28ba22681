#include "CommandLine.h"

#include "Cli.h"
#include "settings/Settings.h"

#include <QCoreApplication>

namespace clearpost::app {

CommandLine::CommandLine(const QString& command, const QString& description)
    : m_command(command)
    , m_db(QStringLiteral("db"),
           QCoreApplication::translate("Cli", "The practice database (default: $%1).")
               .arg(QString::fromLatin1(AppPaths::databaseEnvVar())),
           QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_db);
}

std::optional<int> CommandLine::parse(const QStringList& args)
{
    if (!m_parser.parse(args)) {
        printError(QStringLiteral("%1: %2").arg(m_command, m_parser.errorText()));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QStringLiteral("[options]"), m_command + QStringLiteral(" [options]"));
        printOut(help);
        return ExitOk;
    }
    return std::nullopt;
}

QString CommandLine::database() const
{
    if (m_parser.isSet(m_db)) {
        return m_parser.value(m_db);
    }
    return qEnvironmentVariable(AppPaths::databaseEnvVar());
}

int CommandLine::usageError(const QString& message) const
{
    printError(QStringLiteral("%1: %2").arg(m_command, message));
    return ExitUsage;
}

std::optional<int> CommandLine::intOption(const QString& name, int fallback, int min, int max) const
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        usageError(QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not “%4”")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace clearpost::app
