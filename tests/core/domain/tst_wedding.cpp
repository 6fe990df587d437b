// The wedding booking's lifecycle as a pure function, its checklist and its
// JSON form.

#include "core/domain/isotime.h"
#include "core/domain/wedding.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kStart = 1'900'000'000'000; // some day in 2030

WeddingBooking booking(WeddingStatus status)
{
    WeddingBooking b;
    b.id = u"7"_s;
    b.startsAt = kStart;
    b.durationMinutes = 45;
    b.status = status;
    b.documents = WeddingDocuments::initialChecklist();
    return b;
}

void allPapersIn(WeddingBooking &b)
{
    for (const QString &key : WeddingDocuments::keys())
        b.documents.insert(key, WeddingDocuments::isRequired(key) ? DocumentState::Received
                                                                  : DocumentState::NotNeeded);
}
} // namespace

class tst_Wedding : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void registeringNeedsEveryPaperSettled();
    void confirmingNeedsRegistrarAndFee();
    void completingWaitsForTheStart();
    void lapsing();
    void jsonRoundTrip();
    void jsonRejects();
};

void tst_Wedding::transitions_data()
{
    QTest::addColumn<WeddingStatus>("from");
    QTest::addColumn<WeddingStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = WeddingStatus;
    const QList<S> all{S::Reserved, S::Registered, S::Confirmed, S::Completed, S::Cancelled};
    const QList<QPair<S, S>> allowed{
        {S::Reserved, S::Registered}, {S::Registered, S::Confirmed}, {S::Confirmed, S::Completed},
        {S::Reserved, S::Cancelled},  {S::Registered, S::Cancelled}, {S::Confirmed, S::Cancelled},
    };
    for (S from : all) {
        for (S to : all) {
            QTest::addRow("%s -> %s", qPrintable(weddingStatusName(from)),
                          qPrintable(weddingStatusName(to)))
                << from << to << allowed.contains({from, to});
        }
    }
}

void tst_Wedding::transitions()
{
    QFETCH(WeddingStatus, from);
    QFETCH(WeddingStatus, to);
    QFETCH(bool, allowed);
    // With everything a step may need in place, only the lifecycle decides.
    WeddingBooking b = booking(from);
    allPapersIn(b);
    b.registrar = u"schmidt"_s;
    b.feeReference = u"5.0002.000001.4"_s;
    const auto refusal = weddingChangeRefusal(b, to, kStart + 1);
    QCOMPARE(!refusal.has_value(), allowed);
    if (refusal)
        QCOMPARE(*refusal, u"transition"_s);
}

void tst_Wedding::registeringNeedsEveryPaperSettled()
{
    WeddingBooking b = booking(WeddingStatus::Reserved);
    QCOMPARE(b.missingDocuments(), WeddingDocuments::keys());
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Registered, 0), u"documents-missing"_s);
    allPapersIn(b);
    b.documents.insert(WeddingDocuments::kPreviousMarriage.toString(), DocumentState::Missing);
    QCOMPARE(b.missingDocuments(), QStringList{WeddingDocuments::kPreviousMarriage.toString()});
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Registered, 0), u"documents-missing"_s);
    b.documents.insert(WeddingDocuments::kPreviousMarriage.toString(), DocumentState::Received);
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Registered, 0), std::nullopt);
    // A paper nobody has said anything about counts as missing.
    b.documents.remove(WeddingDocuments::kResidence.toString());
    QCOMPARE(b.missingDocuments(), QStringList{WeddingDocuments::kResidence.toString()});
    // Cancelling never waits for papers.
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Cancelled, 0), std::nullopt);
}

void tst_Wedding::confirmingNeedsRegistrarAndFee()
{
    WeddingBooking b = booking(WeddingStatus::Registered);
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Confirmed, 0), u"registrar-missing"_s);
    b.registrar = u"schmidt"_s;
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Confirmed, 0), u"fee-missing"_s);
    b.feeReference = u"5.0002.000002.2"_s;
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Confirmed, 0), std::nullopt);
}

void tst_Wedding::completingWaitsForTheStart()
{
    const WeddingBooking b = booking(WeddingStatus::Confirmed);
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Completed, kStart - 1), u"too-early"_s);
    QCOMPARE(weddingChangeRefusal(b, WeddingStatus::Completed, kStart), std::nullopt);
}

void tst_Wedding::lapsing()
{
    WeddingBooking b = booking(WeddingStatus::Reserved);
    QVERIFY(!b.hasLapsed(kStart)); // no expiry set
    b.expiresAt = kStart - 1000;
    QVERIFY(!b.hasLapsed(kStart - 1001));
    QVERIFY(b.hasLapsed(kStart - 1000));
    b.status = WeddingStatus::Registered;
    QVERIFY(!b.hasLapsed(kStart));
}

void tst_Wedding::jsonRoundTrip()
{
    WeddingBooking b = booking(WeddingStatus::Registered);
    b.slotId = u"12"_s;
    b.roomId = u"2"_s;
    b.roomName = u"Trausaal Schloss"_s;
    b.bookingCode = u"K7M2-9QXP"_s;
    b.partner1 = u"Zoë Ağaoğlu"_s;
    b.partner2 = u"Jürgen Weiß"_s;
    b.email = u"zoe@example.org"_s;
    b.phone = u"0170 1"_s;
    b.notes = u"Dolmetscher"_s;
    b.registrar = u"schmidt"_s;
    b.feeReference = u"5.0002.000001.4"_s;
    b.documents.insert(u"identity"_s, DocumentState::Received);
    b.documents.insert(u"foreignDocuments"_s, DocumentState::NotNeeded);
    b.expiresAt = kStart - 86'400'000;
    b.version = 3;
    const QJsonObject json = b.toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"registered"_s);
    QCOMPARE(msecsFromIsoTime(json.value(u"endsAt"_s).toString()), kStart + 45 * 60 * 1000);
    QCOMPARE(json.value(u"documents"_s).toObject().value(u"foreignDocuments"_s).toString(),
             u"not_needed"_s);
    const auto back = WeddingBooking::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->documents, b.documents);

    WeddingSlot slot;
    slot.id = u"12"_s;
    slot.roomName = u"Trauzimmer"_s;
    slot.startsAt = kStart;
    slot.durationMinutes = 60;
    slot.status = WeddingSlotStatus::Blocked;
    slot.blockReason = u"Stadtfest"_s;
    const auto slotBack = WeddingSlot::fromJson(slot.toJson());
    QVERIFY(slotBack);
    QCOMPARE(slotBack->toJson(), slot.toJson());
    QVERIFY(slot.toJson().value(u"bookingId"_s).isNull());
}

void tst_Wedding::jsonRejects()
{
    QJsonObject json = booking(WeddingStatus::Reserved).toJson();
    json.insert(u"status"_s, u"married"_s);
    QCOMPARE(WeddingBooking::fromJson(json).error(), u"status is not one of the known names"_s);
    json = booking(WeddingStatus::Reserved).toJson();
    json.remove(u"startsAt"_s);
    QCOMPARE(WeddingBooking::fromJson(json).error(), u"startsAt is missing"_s);
    // An unknown checklist state is left out, not guessed.
    json = booking(WeddingStatus::Reserved).toJson();
    json.insert(u"documents"_s, QJsonObject{{u"identity"_s, u"perhaps"_s}});
    QVERIFY(WeddingBooking::fromJson(json)->documents.isEmpty());
    QCOMPARE(WeddingSlot::fromJson(QJsonObject{{u"id"_s, u"1"_s}}).error(),
             u"startsAt is missing"_s);
}

QTEST_GUILESS_MAIN(tst_Wedding)
#include "tst_wedding.moc"
