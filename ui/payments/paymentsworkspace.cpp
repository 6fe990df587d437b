#include "ui/payments/paymentsworkspace.h"

#include "ui/common/emptystate.h"
#include "ui/common/money.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

struct Badge
{
    QString text;
    Theme::Tone tone;
};

Badge badgeFor(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
        return {PaymentsWorkspace::tr("Paid"), Theme::Tone::Success};
    case PaymentStatus::Open:
        return {PaymentsWorkspace::tr("Open – not paid"), Theme::Tone::Problem};
    case PaymentStatus::PartiallyPaid:
        return {PaymentsWorkspace::tr("Partially paid"), Theme::Tone::Warning};
    case PaymentStatus::Pending:
        return {PaymentsWorkspace::tr("Payment in progress"), Theme::Tone::Info};
    case PaymentStatus::Failed:
        return {PaymentsWorkspace::tr("Payment failed – not paid"), Theme::Tone::Problem};
    case PaymentStatus::Refunded:
        return {PaymentsWorkspace::tr("Refunded"), Theme::Tone::Neutral};
    case PaymentStatus::Cancelled:
        return {PaymentsWorkspace::tr("Cancelled – nothing due"), Theme::Tone::Neutral};
    }
    return {};
}

QString paidOn(const PaymentInfo &payment)
{
    return QLocale().toString(payment.paidAt.toLocalTime(), QLocale::ShortFormat);
}

// What the card says about the amounts, one (label, value) a line, so that
// no line contradicts the status: a cancelled payment names no amount as
// due, a refunded one says what was paid and refunded, and when it was paid.
QList<std::pair<QString, QString>> amountLines(const PaymentInfo &payment)
{
    QList<std::pair<QString, QString>> lines;
    switch (payment.status) {
    case PaymentStatus::Cancelled:
        lines.append({PaymentsWorkspace::tr("Original amount"),
                      PaymentsWorkspace::tr("%1 (cancelled, nothing is due)")
                          .arg(formatEuros(payment.amountDueCents))});
        if (payment.amountPaidCents > 0)
            lines.append(
                {PaymentsWorkspace::tr("Paid"), PaymentsWorkspace::tr("%1 (to be paid back)")
                                                    .arg(formatEuros(payment.amountPaidCents))});
        break;
    case PaymentStatus::Refunded: {
        // The provider reports what is kept after the refund as paid.
        const qint64 refunded =
            payment.amountPaidCents > 0 ? payment.amountPaidCents : payment.amountDueCents;
        lines.append(
            {PaymentsWorkspace::tr("Paid"),
             payment.paidAt.isValid()
                 ? PaymentsWorkspace::tr("%1 on %2").arg(formatEuros(refunded), paidOn(payment))
                 : formatEuros(refunded)});
        lines.append({PaymentsWorkspace::tr("Refunded"), formatEuros(refunded)});
        break;
    }
    case PaymentStatus::PartiallyPaid:
        lines.append({PaymentsWorkspace::tr("Due"), formatEuros(payment.amountDueCents)});
        lines.append({PaymentsWorkspace::tr("Paid"), formatEuros(payment.amountPaidCents)});
        lines.append({PaymentsWorkspace::tr("Still open"),
                      formatEuros(payment.amountDueCents - payment.amountPaidCents)});
        if (payment.paidAt.isValid())
            lines.append({PaymentsWorkspace::tr("Last paid on"), paidOn(payment)});
        break;
    case PaymentStatus::Paid:
        lines.append({PaymentsWorkspace::tr("Due"), formatEuros(payment.amountDueCents)});
        lines.append({PaymentsWorkspace::tr("Paid"), formatEuros(payment.amountPaidCents)});
        if (payment.paidAt.isValid())
            lines.append({PaymentsWorkspace::tr("Paid on"), paidOn(payment)});
        break;
    case PaymentStatus::Open:
    case PaymentStatus::Pending:
    case PaymentStatus::Failed:
        lines.append({PaymentsWorkspace::tr("Due"), formatEuros(payment.amountDueCents)});
        if (payment.amountPaidCents > 0)
            lines.append({PaymentsWorkspace::tr("Paid"), formatEuros(payment.amountPaidCents)});
        break;
    }
    return lines;
}

QString methodName(const QString &method)
{
    if (method == u"giropay"_s)
        return u"giropay"_s;
    if (method == u"paypal"_s)
        return u"PayPal"_s;
    if (method == u"credit_card"_s)
        return PaymentsWorkspace::tr("credit card");
    if (method == u"transfer"_s)
        return PaymentsWorkspace::tr("bank transfer");
    return method;
}
} // namespace

QString formatIban(const QString &iban)
{
    QString grouped;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        grouped += (i ? u" "_s : QString()) + iban.mid(i, 4);
    return grouped;
}

PaymentsWorkspace::PaymentsWorkspace(PaymentCheck *check, QWidget *parent)
    : QWidget(parent)
    , m_check(check)
{
    setObjectName(u"paymentsWorkspace"_s);
    auto *title = new QLabel(tr("Has it been paid?"), this);
    Theme::setTextRole(title, Theme::TextRole::Title);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"referenceInput"_s);
    m_input->setAccessibleName(tr("Payment reference"));
    m_input->setPlaceholderText(
        tr("Kassenzeichen or Aktenzeichen – type it or scan the notice's code"));
    m_input->setClearButtonEnabled(true);
    Theme::setTextRole(m_input, Theme::TextRole::LargeInput);
    m_lookUp = new QPushButton(tr("Look up (Enter)"), this);
    m_lookUp->setObjectName(u"lookUpButton"_s);
    m_lookUp->setIcon(Theme::icon(Theme::Icon::Search));

    m_card = new QFrame(this);
    m_card->setObjectName(u"resultCard"_s);
    m_card->setFrameShape(QFrame::StyledPanel);
    m_badge = new QLabel(m_card);
    m_badge->setObjectName(u"statusBadge"_s);
    m_details = new QLabel(m_card);
    m_details->setObjectName(u"details"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    Theme::setTextRole(m_details, Theme::TextRole::Action);
    m_giroCode = new QLabel(m_card);
    m_giroCode->setObjectName(u"giroCode"_s);
    m_giroCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_giroCode->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy confirmation"), m_card);
    m_print = new QPushButton(tr("Print confirmation"), m_card);
    m_copy->setIcon(Theme::icon(Theme::Icon::Copy));
    m_print->setIcon(Theme::icon(Theme::Icon::Print));
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_copy);
    cardButtons->addWidget(m_print);
    cardButtons->addStretch();
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_badge);
    cardLayout->addWidget(m_details);
    cardLayout->addWidget(m_giroCode);
    cardLayout->addLayout(cardButtons);
    cardLayout->addStretch();

    // Every lookup of the session, each entry whole (wrapped, not cut off);
    // the list scrolls when it is longer than the screen.
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"recentLookups"_s);
    m_recent->setAccessibleName(tr("Recent lookups"));
    m_recent->setMinimumWidth(260);
    m_recent->setMaximumWidth(360);
    m_recent->setWordWrap(true);
    m_recent->setTextElideMode(Qt::ElideNone);
    m_recent->setResizeMode(QListView::Adjust);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    EmptyStateHint::install(m_recent, tr("The references you look up are listed here."));

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_lookUp);
    auto *left = new QVBoxLayout;
    left->addWidget(title);
    left->addLayout(inputRow);
    left->addWidget(m_card, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Recent lookups"), this));
    right->addWidget(m_recent, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right);

    m_badge->setText(tr("Type a reference and press Enter. A handheld scanner types the "
                        "code for you."));
    m_badge->setWordWrap(true);
    Theme::setTextRole(m_badge, Theme::TextRole::Action);
    Theme::setTone(m_badge, Theme::Tone::Muted);
    m_copy->setEnabled(false);
    m_print->setEnabled(false);

    m_scanPause.setSingleShot(true);
    m_scanPause.setInterval(300);
    connect(&m_scanPause, &QTimer::timeout, this, [this] {
        const QString scanned = m_scanBuffer + m_input->text();
        m_scanBuffer.clear();
        m_input->clear();
        lookUp(scanned);
    });
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        if (!m_scanBuffer.isEmpty())
            m_scanPause.start();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &PaymentsWorkspace::handleEnter);
    connect(m_lookUp, &QPushButton::clicked, this, [this] { lookUp(m_input->text()); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { lookUp(item->data(Qt::UserRole).toString()); });
    connect(m_check, &PaymentCheck::finished, this, &PaymentsWorkspace::showResult);
    connect(m_copy, &QPushButton::clicked, this, &PaymentsWorkspace::copyConfirmation);
    connect(m_print, &QPushButton::clicked, this, &PaymentsWorkspace::printConfirmation);
    setFocusProxy(m_input);
}

void PaymentsWorkspace::handleEnter()
{
    const QString line = m_input->text();
    if (m_scanBuffer.isEmpty() && line.trimmed() != u"BCD"_s) {
        lookUp(line);
        return;
    }
    m_scanBuffer += line + u'\n';
    m_input->clear();
    m_scanPause.start();
}

void PaymentsWorkspace::lookUp(const QString &input)
{
    if (input.trimmed().isEmpty() || m_check->isBusy())
        return;
    m_badge->setText(tr("Looking up…"));
    Theme::clearBadge(m_badge);
    Theme::setTextRole(m_badge, Theme::TextRole::Action);
    Theme::setTone(m_badge, Theme::Tone::Muted);
    m_lookUp->setEnabled(false);
    m_check->check(input);
}

void PaymentsWorkspace::showResult(const PaymentCheck::Result &result)
{
    m_lookUp->setEnabled(true);
    m_last = result;
    if (!result.reference.isEmpty())
        m_input->setText(result.reference); // a scanned code shows as what it refers to
    m_input->selectAll();                   // the next scan replaces it
    QString giro;
    if (result.giroCode) {
        const EpcQr &code = *result.giroCode;
        giro = tr("<b>From the payment code (GiroCode):</b><br>Payee: %1<br>IBAN: %2<br>"
                  "Amount: %3<br>Reference: %4")
                   .arg(code.name.toHtmlEscaped(), formatIban(code.iban),
                        code.amountCents > 0 ? formatEuros(code.amountCents) : tr("not given"),
                        (code.reference.isEmpty() ? code.text : code.reference).toHtmlEscaped());
    }
    m_giroCode->setText(giro);
    m_giroCode->setVisible(!giro.isEmpty());
    const bool found = result.payment.has_value();
    m_copy->setEnabled(found);
    m_print->setEnabled(found);
    if (!found) {
        const QString text = result.unknown
                                 ? tr("No payment is known under %1. Please check the reference.")
                                       .arg(result.reference)
                                 : result.error;
        m_badge->setText(text);
        Theme::clearBadge(m_badge);
        Theme::setTextRole(m_badge, Theme::TextRole::LargeInput);
        Theme::setTone(m_badge, Theme::Tone::Warning);
        m_details->clear();
        return;
    }
    const PaymentInfo &payment = *result.payment;
    const Badge badge = badgeFor(payment.status);
    m_badge->setText(badge.text);
    Theme::setTone(m_badge, Theme::Tone::Neutral);
    Theme::setBadge(m_badge, badge.tone);
    QStringList rows;
    rows << tr("<b>Reference:</b> %1").arg(payment.reference.toHtmlEscaped());
    if (!payment.purpose.isEmpty())
        rows << tr("<b>Purpose:</b> %1").arg(payment.purpose.toHtmlEscaped());
    for (const auto &[label, value] : amountLines(payment))
        rows << u"<b>%1:</b> %2"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!payment.method.isEmpty())
        rows << tr("<b>Method:</b> %1").arg(methodName(payment.method).toHtmlEscaped());
    m_details->setText(rows.join(u"<br>"_s));

    // Newest first, each reference once.
    for (int row = m_recent->count() - 1; row >= 0; --row) {
        if (m_recent->item(row)->data(Qt::UserRole).toString() == payment.reference)
            delete m_recent->takeItem(row);
    }
    auto *item = new QListWidgetItem(u"%1 – %2"_s.arg(payment.reference, badge.text));
    item->setData(Qt::UserRole, payment.reference);
    item->setToolTip(payment.purpose);
    m_recent->insertItem(0, item);
    m_recent->scrollToTop();
}

QString PaymentsWorkspace::statusText() const
{
    return m_badge->text();
}

QString PaymentsWorkspace::resultText() const
{
    return m_details->text();
}

QStringList PaymentsWorkspace::recentLookups() const
{
    QStringList list;
    for (int row = 0; row < m_recent->count(); ++row)
        list.append(m_recent->item(row)->data(Qt::UserRole).toString());
    return list;
}

QString PaymentsWorkspace::confirmationText() const
{
    if (!m_last || !m_last->payment)
        return {};
    const PaymentInfo &payment = *m_last->payment;
    QStringList amounts;
    for (const auto &[label, value] : amountLines(payment))
        amounts.append(tr("%1: %2").arg(label, value));
    return tr("Payment status for %1 (%2): %3. %4. Checked on %5.")
        .arg(payment.reference, payment.purpose, badgeFor(payment.status).text,
             amounts.join(u"; "_s),
             QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
}

void PaymentsWorkspace::copyConfirmation()
{
    QApplication::clipboard()->setText(confirmationText());
}

void PaymentsWorkspace::printConfirmation()
{
    QTextDocument document;
    document.setPlainText(confirmationText());
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (!info.isNull()) {
        QPrinter printer(info);
        document.print(&printer);
        return;
    }
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Tresen"_s;
    QDir().mkpath(folder);
    const QString path = folder + u"/Zahlung-%1.pdf"_s.arg(m_last ? m_last->reference : QString());
    QPdfWriter writer(path);
    document.print(&writer);
    QMessageBox::information(this, tr("Print confirmation"),
                             tr("No printer is set up. The confirmation was saved as %1.")
                                 .arg(QDir::toNativeSeparators(path)));
}
