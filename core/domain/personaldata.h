#pragma once

#include "core/domain/appointment.h"
#include "core/domain/textmember.h"
#include "core/domain/wedding.h"

#include <QList>
#include <QStringList>

// The citizens in appointments and wedding bookings, named once: what a
// request takes from them and which members of the entities' JSON are
// personal data. The routes and need-to-know go by these lists, so that a
// contact member added here is handled everywhere.

namespace AppointmentContact {
// The contact members a booking takes (name, phone, e-mail, notes), with
// their longest text.
const QList<TextMember<Appointment>> &fields();
// Every member of an appointment's JSON that is personal data: the contact
// members and the booking code.
const QStringList &personalMembers();
} // namespace AppointmentContact

namespace WeddingCouple {
// What a reservation takes of the couple (both partners, e-mail, phone,
// notes), with their longest text.
const QList<TextMember<WeddingBooking>> &fields();
// Every member of a booking's JSON that is about the couple: those, the
// booking code, the fee reference (Kassenzeichen) and the checklist of their
// papers (which papers a couple needs tells about them, e.g. foreign ones).
const QStringList &personalMembers();
} // namespace WeddingCouple
