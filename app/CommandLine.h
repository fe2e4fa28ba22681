#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace clearpost::app {

// A command's options: its own plus the global --db and --help. Parse errors
// become one line on stderr and exit code 2.
class CommandLine
{
public:
    CommandLine(const QString& command, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }

    // nullopt: go on; a value: exit with it (help printed, or an error reported).
    std::optional<int> parse(const QStringList& args);

    // --db, else $CLEARPOST_DB; empty when neither is given.
    QString database() const;
    // Reports "<what> must be …" style problems uniformly; returns ExitUsage.
    int usageError(const QString& message) const;
    // Parses an integer option within [min, max]; on failure reports and returns nullopt.
    std::optional<int> intOption(const QString& name, int fallback, int min, int max) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
};

} // namespace clearpost::app
