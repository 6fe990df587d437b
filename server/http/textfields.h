#pragma once

#include "core/domain/textmember.h"
#include "server/http/httpreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Copies the `fields` (TextMember<Record>s, e.g. AppointmentContact::fields())
// present in `body` into `record`, trimmed; a 400 naming the first one that is
// not text or is too long.
template <typename Record, typename Fields>
std::optional<HttpReply> takeTextFields(const QJsonObject &body, Record &record,
                                        const Fields &fields)
{
    for (const TextMember<Record> &limit : fields) {
        const QJsonValue value = body.value(limit.key);
        if (value.isUndefined())
            continue;
        if (!value.isString() || value.toString().size() > limit.maxLength)
            return HttpReply::badRequest(QString::fromUtf16(u"%1 must be text of at most %2 "
                                                            u"characters.")
                                             .arg(limit.key)
                                             .arg(limit.maxLength));
        record.*limit.member = value.toString().trimmed();
    }
    return std::nullopt;
}
