#include "configfile.h"

#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QCommandLineOption *optionNamed(const QList<QCommandLineOption> &known, const QString &name)
{
    for (const QCommandLineOption &option : known) {
        if (option.names().contains(name))
            return &option;
    }
    return nullptr;
}

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2);
    return value;
}
} // namespace

std::optional<QStringList> ConfigFile::arguments(const QString &path,
                                                 const QList<QCommandLineOption> &known,
                                                 const QStringList &repeatable, QString *error)
{
    QHash<QString, int> lineOf; // where each option was given first
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QStringList arguments;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto fail = [&](const QString &why) {
            *error = u"%1, line %2: %3"_s.arg(path).arg(number).arg(why);
            return std::nullopt;
        };
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return fail(u"expected name = value, not \"%1\""_s.arg(line));
        const QString name = line.left(equals).trimmed();
        const QString raw = line.mid(equals + 1).trimmed();
        const QString value = unquoted(raw);
        const QCommandLineOption *option = optionNamed(known, name);
        if (!option || name == u"config"_s)
            return fail(u"there is no option \"%1\" here"_s.arg(name));
        if (lineOf.contains(name) && !repeatable.contains(name))
            return fail(u"%1 was given on line %2 already"_s.arg(name).arg(lineOf.value(name)));
        lineOf.insert(name, number);
        // `value # comment` would otherwise become part of the value.
        if (value == raw && (raw.contains(u" #"_s) || raw.contains(u"\t#"_s)))
            return fail(u"a comment goes on a line of its own (or quote the value)"_s);
        if (option->valueName().isEmpty()) {
            static const QStringList yes{u"true"_s, u"yes"_s, u"on"_s, u"1"_s};
            static const QStringList no{u"false"_s, u"no"_s, u"off"_s, u"0"_s};
            if (yes.contains(value.toLower()))
                arguments.append(u"--"_s + name);
            else if (!no.contains(value.toLower()))
                return fail(u"%1 is a switch: true or false, not \"%2\""_s.arg(name, value));
            continue;
        }
        if (value.isEmpty())
            return fail(u"%1 needs a value"_s.arg(name));
        arguments << u"--"_s + name << value;
    }
    return arguments;
}

QStringList ConfigFile::withoutOverridden(const QStringList &fromFile,
                                          const QStringList &commandLine,
                                          const QList<QCommandLineOption> &known)
{
    const auto given = [&commandLine](const QString &name) {
        return std::any_of(commandLine.cbegin(), commandLine.cend(), [&name](const QString &arg) {
            return arg == u"--"_s + name || arg.startsWith(u"--"_s + name + u'=');
        });
    };
    QStringList kept;
    for (qsizetype i = 0; i < fromFile.size(); ++i) {
        const QString name = fromFile.at(i).mid(2); // the file's are "--name" [value]
        const QCommandLineOption *option = optionNamed(known, name);
        const bool takesValue = option && !option->valueName().isEmpty();
        if (given(name)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        kept.append(fromFile.at(i));
        if (takesValue && i + 1 < fromFile.size())
            kept.append(fromFile.at(++i));
    }
    return kept;
}

QString ConfigFile::pathIn(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--config"_s)
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(u"--config="_s))
            return arguments.at(i).mid(9);
    }
    return {};
}
