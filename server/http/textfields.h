#pragma once

#include "server/http/httpreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A text field of a request body and the member of the record it fills.
template <typename Record> struct TextField
{
    const char *field;
    int maxLength;
    QString Record::*member;
};

// Copies the fields present in `body` into `record`, trimmed; a 400 naming
// the first one that is not text or is too long.
template <typename Record, size_t N>
std::optional<HttpReply> takeTextFields(const QJsonObject &body, Record &record,
                                        const TextField<Record> (&fields)[N])
{
    for (const TextField<Record> &limit : fields) {
        const QString field = QString::fromLatin1(limit.field);
        const QJsonValue value = body.value(field);
        if (value.isUndefined())
            continue;
        if (!value.isString() || value.toString().size() > limit.maxLength)
            return HttpReply::badRequest(
                QString::fromUtf16(u"%1 must be text of at most %2 characters.")
                    .arg(field)
                    .arg(limit.maxLength));
        record.*limit.member = value.toString().trimmed();
    }
    return std::nullopt;
}
