#pragma once

#include "core/statistics/whatif.h"

#include <QDialog>
#include <QTimer>

class FeedbackLine;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// "Was wäre, wenn …": the office's past days played again with other
// counters per hour, under each way of calling (policy), side by side; and
// the fewest counters per hour for 80 % called within the wait target. The
// days come from the server as a scenario (times only); the playing happens
// here, in a moment.
class WhatIfDialog : public QDialog
{
    Q_OBJECT

public:
    // `basis`: the office and the period of the Statistik workspace.
    WhatIfDialog(WhatIf *whatIf, const WhatIf::Basis &basis, const QString &officeName,
                 QWidget *parent = nullptr);

    // The share the advice aims at.
    static constexpr double kAdviceShare = 0.8;

private:
    void load();
    void showScenario();
    void play();
    void advise();
    QSpinBox *spinOfHour(int hour) const;

    WhatIf *m_whatIf;
    WhatIf::Basis m_basis;
    QComboBox *m_weekday;
    QComboBox *m_policy; // of the advice and the hours' column
    QLabel *m_basedOn;
    QTableWidget *m_hours;
    QTableWidget *m_results;
    QPushButton *m_advise;
    FeedbackLine *m_feedback;
    QTimer m_replay; // a burst of changed counters plays once
};
