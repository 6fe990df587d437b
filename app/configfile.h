#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A program's options from a configuration file, as `tresen-server serve
// --config /etc/tresen/server.conf` reads them: one option a line, `name =
// value` with the command line's names (without the dashes), `#` starting a
// comment line; a switch is `name = true` (or false); an option that may be
// given more than once takes several lines. The options come back as
// command-line arguments, to go before the real ones; an option given on
// the command line replaces the file's (all its lines).
namespace ConfigFile {
// Nothing, and in `error` the file, the line and what is wrong with it, when
// the file cannot be read or a line not used: an unknown name, a switch
// that is neither true nor false, an option without its value, one of the
// options not `repeatable` given twice, a comment after a value.
std::optional<QStringList> arguments(const QString &path, const QList<QCommandLineOption> &known,
                                     const QStringList &repeatable, QString *error);
// `fromFile` without the options `commandLine` gives again.
QStringList withoutOverridden(const QStringList &fromFile, const QStringList &commandLine,
                              const QList<QCommandLineOption> &known);
// The value of `--config FILE` or `--config=FILE` among `arguments`, empty without.
QString pathIn(const QStringList &arguments);
} // namespace ConfigFile
