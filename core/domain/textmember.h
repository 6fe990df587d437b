#pragma once

#include <QString>
#include <QStringView>

// A text member of a record that a request may set: its JSON key, the longest
// text it takes, and where it lands in the record.
template <typename Record> struct TextMember
{
    QStringView key;
    int maxLength = 0;
    QString Record::*member = nullptr;
};
