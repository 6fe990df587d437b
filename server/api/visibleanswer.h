#pragma once

#include "server/http/httpreply.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

struct ApiRequest;
class NeedToKnow;

// Answers a read with entities as the asking user may receive them
// (NeedToKnow). One the user may not receive at all is "not found", so that
// an answer does not even tell that it exists.
HttpReply visibleEntity(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                        const ApiRequest &request, const QString &notFoundDetail);
// Whether the asking user may receive `entity` at all: a write to one they may
// not is "not found" too, or its answer would tell what a read would not.
bool mayReceive(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                const ApiRequest &request);
// 403 `other-office` when the asking user does not work in `officeId`: a
// user with offices acts only on the counters, tickets, appointments and
// rooms of those (NeedToKnow filters what they read the same way).
std::optional<HttpReply> refuseOtherOffice(const ApiRequest &request, qint64 officeId);
HttpReply visibleList(const NeedToKnow &needToKnow, QStringView kind, const QJsonArray &list,
                      const ApiRequest &request);
