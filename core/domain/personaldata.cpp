#include "core/domain/personaldata.h"

using namespace Qt::StringLiterals;

namespace {
template <typename Record>
QStringList keysOf(const QList<TextMember<Record>> &fields, const QStringList &more)
{
    QStringList keys;
    for (const TextMember<Record> &field : fields)
        keys.append(field.key.toString());
    return keys + more;
}
} // namespace

const QList<TextMember<Appointment>> &AppointmentContact::fields()
{
    static const QList<TextMember<Appointment>> fields{
        {u"name", 100, &Appointment::name},
        {u"phone", 40, &Appointment::phone},
        {u"email", 120, &Appointment::email},
        {u"notes", 200, &Appointment::notes},
    };
    return fields;
}

const QStringList &AppointmentContact::personalMembers()
{
    static const QStringList members = keysOf(fields(), {u"bookingCode"_s});
    return members;
}

const QList<TextMember<WeddingBooking>> &WeddingCouple::fields()
{
    static const QList<TextMember<WeddingBooking>> fields{
        {u"partner1", 100, &WeddingBooking::partner1},
        {u"partner2", 100, &WeddingBooking::partner2},
        {u"email", 120, &WeddingBooking::email},
        {u"phone", 40, &WeddingBooking::phone},
        {u"notes", 500, &WeddingBooking::notes},
    };
    return fields;
}

const QStringList &WeddingCouple::personalMembers()
{
    static const QStringList members =
        keysOf(fields(), {u"bookingCode"_s, u"feeReference"_s, u"documents"_s});
    return members;
}
