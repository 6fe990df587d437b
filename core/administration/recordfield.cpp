#include "core/administration/recordfield.h"

#include <QJsonArray>
#include <QStringList>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
    return list;
}
} // namespace

QString RecordField::check(const QVariant &value) const
{
    switch (kind) {
    case Kind::Text:
    case Kind::LongText: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return required ? tr("%1 must not be empty.").arg(title) : QString();
        if (text.size() > maximum)
            return tr("%1 may have at most %n characters.", nullptr, maximum).arg(title);
        const QString stored = normalizeUpperCase ? text.toUpper() : text;
        if (pattern.isValid() && !pattern.pattern().isEmpty() && !pattern.match(stored).hasMatch())
            return tr("%1: %2").arg(title, patternHint);
        return {};
    }
    case Kind::Number: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return tr("%1 must be a whole number from %2 to %3.")
                .arg(title)
                .arg(minimum)
                .arg(maximum);
        return {};
    }
    case Kind::Flag:
        return {};
    case Kind::Choice: {
        const QString chosen = value.toString();
        for (const Choice &choice : choices) {
            if (choice.first == chosen)
                return {};
        }
        return tr("%1: please choose one of the offered values.").arg(title);
    }
    case Kind::Choices: {
        const QStringList chosen = value.toStringList();
        if (chosen.isEmpty() && required)
            return tr("%1: please choose at least one.").arg(title);
        for (const QString &item : chosen) {
            if (choiceLabel(item).isEmpty())
                return tr("%1: please choose one of the offered values.").arg(title);
        }
        return {};
    }
    case Kind::Time: {
        const QString text = value.toString().trimmed();
        if (!QTime::fromString(text, u"HH:mm"_s).isValid())
            return tr("%1 must be a time like 09:30.").arg(title);
        return {};
    }
    }
    return {};
}

QJsonValue RecordField::toJson(const QVariant &value) const
{
    switch (kind) {
    case Kind::Text: {
        const QString text = value.toString().trimmed();
        return normalizeUpperCase ? text.toUpper() : text;
    }
    case Kind::Number:
        return value.toString().trimmed().toInt();
    case Kind::Flag:
        return value.toBool();
    case Kind::Choice:
    case Kind::Time:
    case Kind::LongText:
        return value.toString().trimmed();
    case Kind::Choices: {
        QJsonArray list;
        for (const QString &item : value.toStringList()) {
            if (numericChoices)
                list.append(item.toInt());
            else
                list.append(item);
        }
        return list;
    }
    }
    return {};
}

QVariant RecordField::toEditValue(const QJsonValue &value) const
{
    switch (kind) {
    case Kind::Number:
        return value.toInt();
    case Kind::Flag:
        return value.toBool();
    case Kind::Choices:
        return stringList(value);
    case Kind::Text:
    case Kind::Choice:
    case Kind::Time:
    case Kind::LongText:
        break;
    }
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QString RecordField::display(const QJsonValue &value) const
{
    switch (kind) {
    case Kind::Text:
    case Kind::Time:
        return value.toString();
    case Kind::LongText: {
        // A table cell has one short line: the start, and a mark that more follows.
        constexpr qsizetype kShown = 40;
        const QStringList lines = value.toString().split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return {};
        const QString first = lines.first().left(kShown).trimmed();
        return lines.size() == 1 && lines.first().size() <= kShown ? first : first + u" …"_s;
    }
    case Kind::Number:
        if (value.isNull() || value.isUndefined())
            return {};
        return suffix.isEmpty() ? QString::number(value.toInt())
                                : tr("%1 %2").arg(value.toInt()).arg(suffix);
    case Kind::Flag:
        return {};
    case Kind::Choice: {
        const QString label = choiceLabel(value.toString());
        return label.isEmpty() ? value.toString() : label;
    }
    case Kind::Choices: {
        if (value.toArray().isEmpty())
            return emptyText;
        QStringList labels;
        for (const QString &item : stringList(value)) {
            const QString label = choiceLabel(item);
            labels.append(label.isEmpty() ? item : label);
        }
        return labels.join(u", "_s);
    }
    }
    return {};
}

QString RecordField::choiceLabel(const QString &value) const
{
    for (const Choice &choice : choices) {
        if (choice.first == value)
            return choice.second;
    }
    return {};
}
