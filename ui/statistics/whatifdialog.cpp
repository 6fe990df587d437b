#include "ui/statistics/whatifdialog.h"

#include "ui/common/feedbackline.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QString policyTitle(DispatchPolicy policy)
{
    switch (policy) {
    case DispatchPolicy::Fifo:
        return WhatIfDialog::tr("In order of arrival");
    case DispatchPolicy::Zms:
        return WhatIfDialog::tr("As in ZMS");
    case DispatchPolicy::Tresen:
        return WhatIfDialog::tr("Tresen");
    }
    return {};
}

const QList<DispatchPolicy> kPolicies{DispatchPolicy::Fifo, DispatchPolicy::Zms,
                                      DispatchPolicy::Tresen};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

WhatIfDialog::WhatIfDialog(WhatIf *whatIf, const WhatIf::Basis &basis, const QString &officeName,
                           QWidget *parent)
    : QDialog(parent)
    , m_whatIf(whatIf)
    , m_basis(basis)
{
    setObjectName(u"whatIfDialog"_s);
    setWindowTitle(tr("What if … – %1").arg(officeName));

    auto *intro = new QLabel(
        tr("The office's days from %1 to %2, played again with the counters you set for each "
           "hour, under each way of calling. The days are the same for every trial: what "
           "changes is only what you change.")
            .arg(QLocale().toString(basis.from, QLocale::ShortFormat),
                 QLocale().toString(basis.to, QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(u"weekdayBox"_s);
    m_weekday->addItem(tr("Every day of the period"), 0);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(tr("Only %1s").arg(QLocale().dayName(day)), day);
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(basis.weekday)));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(u"policyBox"_s);
    for (const DispatchPolicy policy :
         {DispatchPolicy::Tresen, DispatchPolicy::Fifo, DispatchPolicy::Zms})
        m_policy->addItem(policyTitle(policy), int(policy));
    m_policy->setToolTip(tr("The way of calling the hours' column and the suggestion follow."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Days:"), m_weekday);
    form->addRow(tr("Calling &order:"), m_policy);
    m_basedOn = new QLabel(this);
    m_basedOn->setObjectName(u"basedOnLabel"_s);
    m_basedOn->setWordWrap(true);

    m_hours = new QTableWidget(0, 3, this);
    m_hours->setObjectName(u"hoursTable"_s);
    m_hours->verticalHeader()->hide();
    m_hours->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hours->setSelectionMode(QAbstractItemView::NoSelection);
    m_results = new QTableWidget(0, int(kPolicies.size()), this);
    m_results->setObjectName(u"resultsTable"_s);
    QStringList policyHeaders;
    for (const DispatchPolicy policy : kPolicies)
        policyHeaders.append(policyTitle(policy));
    m_results->setHorizontalHeaderLabels(policyHeaders);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setFocusPolicy(Qt::NoFocus);
    auto *tables = new QHBoxLayout;
    auto *hoursLabel = new QLabel(tr("Counters &per hour:"), this);
    hoursLabel->setBuddy(m_hours);
    auto *left = new QVBoxLayout;
    left->addWidget(hoursLabel);
    left->addWidget(m_hours, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Waits on those days:"), this));
    right->addWidget(m_results, 1);
    tables->addLayout(left, 2);
    tables->addLayout(right, 3);

    m_advise = new QPushButton(
        tr("&Suggest counters for %1 %").arg(QLocale().toString(kAdviceShare * 100, 'f', 0)), this);
    m_advise->setObjectName(u"adviseButton"_s);
    m_advise->setToolTip(tr("Sets the fewest counters per hour with which %1 % of the visitors "
                            "of each hour are called within the office's wait target.")
                             .arg(QLocale().toString(kAdviceShare * 100, 'f', 0)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_advise, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_feedback = new FeedbackLine(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_basedOn);
    layout->addLayout(tables, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resize(900, 560);

    m_replay.setSingleShot(true);
    m_replay.setInterval(150);
    connect(&m_replay, &QTimer::timeout, this, &WhatIfDialog::play);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, [this] {
        m_basis.weekday = m_weekday->currentData().toInt();
        load();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &WhatIfDialog::play);
    connect(m_advise, &QPushButton::clicked, this, &WhatIfDialog::advise);
    connect(m_whatIf, &WhatIf::loaded, this, &WhatIfDialog::showScenario);
    connect(m_whatIf, &WhatIf::failed, this, [this](const QString &message) {
        m_basedOn->setText(tr("The office's days could not be fetched."));
        m_feedback->showProblem(message);
        m_advise->setEnabled(false);
    });
    load();
}

void WhatIfDialog::load()
{
    m_advise->setEnabled(false);
    m_hours->setRowCount(0);
    m_results->setRowCount(0);
    m_basedOn->setText(tr("The office's days are being fetched …"));
    m_feedback->clearMessage();
    m_whatIf->load(m_basis);
}

QSpinBox *WhatIfDialog::spinOfHour(int hour) const
{
    return qobject_cast<QSpinBox *>(m_hours->cellWidget(hour, 1));
}

void WhatIfDialog::showScenario()
{
    const QLocale locale;
    if (m_whatIf->basedOnDays() == 0) {
        m_basedOn->setText(tr("Nobody came on these days: choose other days in the Statistik "
                              "workspace's period, or every day of it."));
        return;
    }
    m_basedOn->setText(tr("From %n day(s) with %1 visitors; %2 counters serve now.", nullptr,
                          m_whatIf->basedOnDays())
                           .arg(locale.toString(m_whatIf->basedOnVisits()))
                           .arg(m_whatIf->counterCount()));
    const int target = m_whatIf->scenario().serviceLevelTargetMinutes;
    m_hours->setHorizontalHeaderLabels(
        {tr("Hour"), tr("Counters"), tr("Called within %1 min").arg(target)});
    m_hours->setRowCount(m_whatIf->hours());
    for (int hour = 0; hour < m_whatIf->hours(); ++hour) {
        auto *item = new QTableWidgetItem(m_whatIf->hourStart(hour));
        item->setFlags(Qt::ItemIsEnabled);
        m_hours->setItem(hour, 0, item);
        auto *spin = new QSpinBox(m_hours);
        spin->setObjectName(u"countersAt%1"_s.arg(m_whatIf->hourStart(hour)));
        spin->setRange(0, m_whatIf->counterCount());
        spin->setValue(m_whatIf->countersPerHour().value(hour));
        spin->setAccessibleName(tr("Counters from %1").arg(m_whatIf->hourStart(hour)));
        connect(spin, &QSpinBox::valueChanged, this, [this, hour](int counters) {
            m_whatIf->setCounters(hour, counters);
            m_replay.start();
        });
        m_hours->setCellWidget(hour, 1, spin);
        m_hours->setItem(hour, 2, readOnly(QString()));
    }
    m_advise->setEnabled(true);
    play();
    if (QSpinBox *first = spinOfHour(0))
        first->setFocus();
}

void WhatIfDialog::play()
{
    if (!m_whatIf->isLoaded() || m_whatIf->basedOnDays() == 0)
        return;
    const QList<SimulationResult> results = m_whatIf->play();
    const QLocale locale;
    const auto minutes = [&locale](double value) {
        return tr("%1 min").arg(locale.toString(value, 'f', 1));
    };
    const auto share = [&locale](double value) {
        return locale.toString(value * 100.0, 'f', 0) + u" %"_s;
    };
    const int target = m_whatIf->scenario().serviceLevelTargetMinutes;
    const QList<std::pair<QString, std::function<QString(const SimulationResult &)>>> rows{
        {tr("Mean wait"), [&](const auto &r) { return minutes(r.meanWaitMinutes); }},
        {tr("9 in 10 wait at most"), [&](const auto &r) { return minutes(r.p90WaitMinutes); }},
        {tr("19 in 20 wait at most"), [&](const auto &r) { return minutes(r.p95WaitMinutes); }},
        {tr("Longest wait"), [&](const auto &r) { return minutes(r.maxWaitMinutes); }},
        {tr("Called within %1 min").arg(target),
         [&](const auto &r) { return share(r.serviceLevel); }},
        {tr("Appointments late, 9 in 10 at most"),
         [&](const auto &r) { return minutes(r.appointmentLatenessP90Minutes); }},
        {tr("Counters busy"), [&](const auto &r) { return share(r.utilisation); }},
    };
    m_results->setRowCount(int(rows.size()));
    QStringList labels;
    for (int row = 0; row < rows.size(); ++row) {
        labels.append(rows.at(row).first);
        for (int column = 0; column < results.size(); ++column)
            m_results->setItem(row, column, readOnly(rows.at(row).second(results.at(column))));
    }
    m_results->setVerticalHeaderLabels(labels);
    // The hours' column follows the chosen way of calling.
    const auto policy = DispatchPolicy(m_policy->currentData().toInt());
    const SimulationResult &chosen = results.at(kPolicies.indexOf(policy));
    for (int hour = 0; hour < m_hours->rowCount(); ++hour) {
        const double level = chosen.serviceLevelByHour.value(hour, 1.0);
        QTableWidgetItem *item = readOnly(share(level));
        item->setForeground(Theme::toneColour(level + 1e-9 >= kAdviceShare ? Theme::Tone::Success
                                                                           : Theme::Tone::Problem));
        m_hours->setItem(hour, 2, item);
    }
}

void WhatIfDialog::advise()
{
    if (!m_whatIf->isLoaded())
        return;
    const auto policy = DispatchPolicy(m_policy->currentData().toInt());
    const StaffingAdvice advice = m_whatIf->advise(kAdviceShare, policy);
    m_whatIf->setCountersPerHour(advice.countersPerHour);
    for (int hour = 0; hour < m_hours->rowCount(); ++hour) {
        if (QSpinBox *spin = spinOfHour(hour)) {
            const QSignalBlocker quiet(spin);
            spin->setValue(m_whatIf->countersPerHour().value(hour));
        }
    }
    play();
    int total = 0;
    for (const int counters : advice.countersPerHour)
        total += counters;
    if (advice.reached)
        m_feedback->showSuccess(tr("The fewest counters per hour for %1 % called in time: %n "
                                   "counter hour(s) in all.",
                                   nullptr, total)
                                    .arg(QLocale().toString(kAdviceShare * 100, 'f', 0)));
    else
        m_feedback->showMessage(tr("Even every counter does not reach %1 % in every hour; the "
                                   "hours that miss it are marked.")
                                    .arg(QLocale().toString(kAdviceShare * 100, 'f', 0)),
                                Theme::Tone::Warning);
}
