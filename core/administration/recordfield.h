#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <utility>

// One column of an administered record (an office's name, a service's prefix,
// a counter's services): how it is shown, edited and checked before it is sent.
// The server checks again; this check is there so that a slip is named at the
// cell, at once, in German.
struct RecordField
{
    Q_DECLARE_TR_FUNCTIONS(RecordField)

public:
    enum class Kind {
        Text,     // a string; `maximum` is its length
        Number,   // a whole number from `minimum` to `maximum`
        Flag,     // yes/no, shown as a check box
        Choice,   // one of `choices`
        Choices,  // several of `choices` (ids or names), shown joined
        Time,     // "HH:MM"
        LongText, // a string of several lines (a letter's paragraph); `maximum` is its length
    };
    using Choice = std::pair<QString, QString>; // value, label

    QString key; // the JSON member
    QString title;
    Kind kind = Kind::Text;
    bool editable = true;
    bool required = true; // Text: not empty; Choices: at least one
    int minimum = 0;
    int maximum = 100;
    QString suffix;                  // Number: shown after the value ("min")
    QString emptyText;               // Choices: what none chosen means ("every office")
    QList<Choice> choices;           // Choice, Choices
    QRegularExpression pattern;      // Text: when valid, the value must match it whole
    QString patternHint;             // what the pattern asks for, in words
    bool uniqueInOffice = false;     // no two records of one office share it (case-insensitive)
    bool normalizeUpperCase = false; // Text: stored upper case (prefixes)
    bool numericChoices = false;     // Choices: sent as numbers (weekdays 1..7)
    bool onCreateOnly = false;       // set when the record is made, never changed (a login)

    // Why `value` cannot be stored, or empty when it can. `value` is what an
    // editor produced (QString, int, bool, QStringList).
    QString check(const QVariant &value) const;
    // The JSON to send for an editor's value (after check()).
    QJsonValue toJson(const QVariant &value) const;
    // The editor's value for a stored JSON value.
    QVariant toEditValue(const QJsonValue &value) const;
    // The text a table shows.
    QString display(const QJsonValue &value) const;
    QString choiceLabel(const QString &value) const;
};
