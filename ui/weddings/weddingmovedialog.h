#pragma once

#include "core/domain/wedding.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

// "Verlegen": where a booked wedding can go. The free slots of the coming
// weeks, narrowed by room, weekday and a range of days, in one list to pick
// from (a single drop-down of a hundred slots was not usable).
class WeddingMoveDialog : public QDialog
{
    Q_OBJECT

public:
    // `free` are the slots the booking may move to, in time order.
    WeddingMoveDialog(const WeddingBooking &booking, const QList<WeddingSlot> &free,
                      QWidget *parent = nullptr);

    std::optional<WeddingSlot> chosenSlot() const;
    // The slots the filters let through, as listed.
    QList<WeddingSlot> listedSlots() const { return m_listed; }

private:
    void applyFilters();
    void updateOk();

    QList<WeddingSlot> m_free;
    QList<WeddingSlot> m_listed;
    QComboBox *m_room;
    QComboBox *m_weekday;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_ok;
};
