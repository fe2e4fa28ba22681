#pragma once

#include <QString>
#include <QStringList>

namespace clearpost::app {

// Exit codes of every command: 0 done, 1 done with a negative answer or a
// failure while working, 2 bad input (arguments, files, values).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

int run(int argc, char** argv);

// Writes "clearpost: <message>" as one line to stderr.
void printError(const QString& message);
void printOut(const QString& text);

// The commands; each parses its own options from `args` (the command word removed).
int runGui(const QStringList& args);
int runDemo(const QStringList& args);
int runScreenshot(const QStringList& args);
int runCheck(const QStringList& args);

} // namespace clearpost::app
