#include "core/domain/memberreader.h"

#include "core/domain/isotime.h"
#include "core/domain/payment.h"

#include <QDate>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEntityRead, "tresen.entity")

void MemberReader::id(QStringView key, qint64 &out, Presence presence)
{
    const QJsonValue value = member(key, presence);
    if (value.isUndefined())
        return;
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    if (!value.isString() || !ok || id <= 0)
        return fail(key, "is not an id");
    out = id;
}

void MemberReader::key(QStringView key, QString &out, Presence presence)
{
    const QJsonValue value = member(key, presence);
    if (value.isUndefined())
        return;
    if (!value.isString() || value.toString().isEmpty())
        return fail(key, "is not an id");
    out = value.toString();
}

void MemberReader::time(QStringView key, qint64 &out, Presence presence)
{
    const QJsonValue value = member(key, presence);
    if (value.isUndefined())
        return;
    const qint64 msecs = msecsFromIsoTime(value.toString());
    if (msecs == 0)
        return fail(key, "is not an ISO 8601 time");
    out = msecs;
}

void MemberReader::text(QStringView key, QString &out, Presence presence)
{
    const QJsonValue value = member(key, presence);
    if (value.isUndefined())
        return;
    if (!value.isString())
        return fail(key, "is not text");
    if (presence == Required && value.toString().isEmpty())
        return fail(key, "is empty");
    out = value.toString();
}

void MemberReader::day(QStringView key, QString &out)
{
    const QJsonValue value = member(key, Required);
    if (value.isUndefined())
        return;
    if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return fail(key, "is not an ISO 8601 date");
    out = value.toString();
}

void MemberReader::count(QStringView key, int &out)
{
    const QJsonValue value = member(key, Optional);
    if (value.isUndefined())
        return;
    const int whole = value.toInt(-1); // -1 also for fractions and text
    if (whole < 0)
        return fail(key, "is not a whole number of at least 0");
    out = whole;
}

void MemberReader::cents(QStringView key, qint64 &out)
{
    const QJsonValue value = member(key, Required);
    if (value.isUndefined())
        return;
    const auto cents = centsFromText(value.toString());
    if (!value.isString() || !cents)
        return fail(key, "is not an amount such as \"12.30\"");
    out = *cents;
}

QJsonValue MemberReader::member(QStringView key, Presence presence)
{
    const QJsonValue value = m_json.value(key);
    if (!value.isUndefined() && !value.isNull())
        return value;
    if (presence == Required)
        fail(key, "is missing");
    return QJsonValue(QJsonValue::Undefined);
}

void MemberReader::fail(QStringView key, const char *problem)
{
    if (m_failure.isEmpty())
        m_failure = key.toString() + u' ' + QString::fromLatin1(problem);
}

void warnPassedOver(const char *where, const char *kind, const QJsonObject &json,
                    const Reason &reason)
{
    qCWarning(lcEntityRead, "%s: %s %s passed over: %s", where, kind,
              qPrintable(json.value(u"id"_s).toVariant().toString()), qPrintable(reason.message));
}
