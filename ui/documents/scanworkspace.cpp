#include "ui/documents/scanworkspace.h"

#include "core/documents/documentupload.h"
#include "core/domain/appointment.h"
#include "core/payments/payloadinterpreter.h"
#include "ui/common/emptystate.h"
#include "ui/common/feedbackline.h"
#include "ui/common/keytext.h"
#include "ui/common/money.h"
#include "ui/common/theme.h"
#include "ui/documents/scannerdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {
// Each key is shown on its button and bound to its action: written once.
constexpr QKeyCombination kScanKey = Qt::CTRL | Qt::SHIFT | Qt::Key_S;
constexpr QKeyCombination kReadInboxKey = Qt::CTRL | Qt::SHIFT | Qt::Key_E;

QString describeCode(const DecodedCode &code, const InterpretedPayload &meaning)
{
    if (meaning.kind == u"epc"_s && meaning.error.isEmpty()) {
        // The code's amount as the code writes it ("12.30"), shown as the clerk's locale does.
        bool ok = false;
        const double euros = meaning.fields.value(u"amount"_s).toString().toDouble(&ok);
        const QString payee = meaning.fields.value(u"name"_s).toString();
        if (!ok)
            return ScanWorkspace::tr("Payment code: %1, no amount given").arg(payee);
        return ScanWorkspace::tr("Payment code: %1, %2")
            .arg(payee, formatEuros(qRound64(euros * 100)));
    }
    if (meaning.kind == u"epc"_s)
        return ScanWorkspace::tr("Invalid payment code: %1").arg(meaning.error);
    if (meaning.kind == u"fine"_s)
        return ScanWorkspace::tr("Fine notice %1")
            .arg(meaning.fields.value(u"reference"_s).toString());
    if (meaning.kind == u"separator"_s)
        return ScanWorkspace::tr("Separator sheet");
    if (meaning.kind == u"appointment"_s)
        return ScanWorkspace::tr("Appointment confirmation %1")
            .arg(meaning.fields.value(u"bookingCode"_s).toString());
    return u"%1: %2"_s.arg(code.format, code.text.simplified().left(80));
}
} // namespace

ScanWorkspace::ScanWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"scanWorkspace"_s);
    setAcceptDrops(true);
    m_open = new QPushButton(tr("Open files… (%1)").arg(keyText(QKeySequence(QKeySequence::Open))),
                             this);
    m_open->setIcon(Theme::icon(Theme::Icon::Open));
    m_cancel = new QPushButton(tr("Stop reading"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->hide();
    m_message = new FeedbackLine(this);
    m_message->showMessage(tr("Open PDF or image files, or drop them here. Every QR code and "
                              "barcode on every page is read."),
                           Theme::Tone::Neutral);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(u"thumbnails"_s);
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setIconSize(QSize(110, 150));
    m_thumbnails->setFixedWidth(150);
    m_thumbnails->setMovement(QListView::Static);
    m_pageView = new QLabel(this);
    m_pageView->setObjectName(u"pageView"_s);
    m_pageView->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"pageScroll"_s);
    scroll->setWidget(m_pageView);
    m_pageScroll = scroll;
    // The page fills the width it has (read it top to bottom, no sideways scrolling).
    scroll->viewport()->installEventFilter(this);
    scroll->setWidgetResizable(true);
    m_codes = new QListWidget(this);
    EmptyStateHint::install(m_codes, tr("Open or drop a file, or scan one: every code found on "
                                        "it is listed here."));
    m_codes->setObjectName(u"codes"_s);
    m_codes->setAccessibleName(tr("Codes found"));
    m_codes->setMinimumWidth(320);
    m_lookUp = new QPushButton(tr("Look up the payment"), this);
    m_lookUp->setIcon(Theme::icon(Theme::Icon::Search));
    m_lookUp->setObjectName(u"lookUpPayment"_s);
    m_lookUp->setEnabled(false);
    m_checkIn = new QPushButton(tr("Check in the appointment"), this);
    m_checkIn->setObjectName(u"checkInAppointment"_s);
    m_checkIn->setEnabled(false);
    m_openWedding = new QPushButton(tr("Open the wedding booking"), this);
    m_openWedding->setObjectName(u"openWedding"_s);
    m_openWedding->hide();

    m_documentList = new QListWidget(this);
    m_documentList->setObjectName(u"documents"_s);
    m_documentList->setAccessibleName(tr("Documents"));
    m_documentList->setMaximumHeight(130);
    m_attach = new QPushButton(tr("Attach to a case…"), this);
    m_attach->setIcon(Theme::icon(Theme::Icon::Send));
    m_attach->setObjectName(u"attachDocument"_s);
    m_attach->setEnabled(false);
    m_attach->setToolTip(tr("Sends the selected document to the server, attached to an "
                            "appointment, a wedding booking, a ticket or a payment case."));

    m_scanButton = new QPushButton(tr("Scan… (%1)").arg(keyText(QKeySequence(kScanKey))), this);
    m_scanButton->setObjectName(u"scanButton"_s);
    m_scanButton->setIcon(Theme::icon(Theme::Icon::Scan));
    m_scanButton->hide();
    m_inboxButton = new QPushButton(this);
    m_inboxButton->setObjectName(u"inboxButton"_s);
    m_inboxButton->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_scanButton);
    top->addWidget(m_inboxButton);
    top->addWidget(m_open);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Codes on this page"), this));
    side->addWidget(m_codes, 1);
    side->addWidget(m_lookUp);
    side->addWidget(m_checkIn);
    side->addWidget(m_openWedding);
    side->addSpacing(12);
    side->addWidget(new QLabel(tr("Documents (split at separator sheets)"), this));
    side->addWidget(m_documentList);
    side->addWidget(m_attach);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_thumbnails);
    middle->addWidget(scroll, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);

    auto *openAction = new QAction(tr("Open PDF or image files"), this); // named in F1
    openAction->setShortcut(QKeySequence::Open);
    addAction(openAction);
    connect(openAction, &QAction::triggered, this, &ScanWorkspace::openFiles);
    connect(m_open, &QPushButton::clicked, this, &ScanWorkspace::openFiles);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job.cancel();
        if (m_scanCancelled)
            *m_scanCancelled = true;
    });
    connect(m_scanButton, &QPushButton::clicked, this, &ScanWorkspace::chooseScanner);
    auto *scanAction = new QAction(tr("Scan from a scanner"), this);
    scanAction->setShortcut(kScanKey);
    scanAction->setShortcutContext(Qt::WindowShortcut); // works while this workspace is shown
    addAction(scanAction);
    connect(scanAction, &QAction::triggered, this, &ScanWorkspace::chooseScanner);
    connect(m_inboxButton, &QPushButton::clicked, this, &ScanWorkspace::readInbox);
    auto *inboxAction = new QAction(tr("Read the scan folder"), this);
    inboxAction->setShortcut(kReadInboxKey);
    inboxAction->setShortcutContext(Qt::WindowShortcut);
    addAction(inboxAction);
    connect(inboxAction, &QAction::triggered, this, &ScanWorkspace::readInbox);
    connect(&m_job, &ScanJob::pageRead, this, &ScanWorkspace::addPage);
    connect(&m_job, &ScanJob::fileFailed, this, [this](const QString &file, const QString &error) {
        m_failures.append(tr("%1: %2").arg(QFileInfo(file).fileName(), error));
    });
    connect(&m_job, &ScanJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&m_job, &ScanJob::finished, this, &ScanWorkspace::finishBatch);
    connect(&m_job, &ScanJob::passwordNeeded, this,
            [this](const QString &file, const QString &error) {
                m_locked.append({file, error});
            });
    connect(m_documentList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_attach->setEnabled(row >= 0 && m_upload);
        if (row >= 0 && row < m_documents.size())
            selectPage(m_documents.at(row).pages.first());
    });
    connect(m_attach, &QPushButton::clicked, this, &ScanWorkspace::attachSelected);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, &ScanWorkspace::showPage);
    connect(m_codes, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString kind =
            row < 0 ? QString() : m_codes->item(row)->data(Qt::UserRole).toString();
        m_lookUp->setEnabled(kind == u"epc"_s || kind == u"fine"_s);
        // Weddings and appointments share the booking codes' space.
        const QString wedding =
            kind == u"appointment"_s
                ? weddingOf(m_codes->item(row)->data(Qt::UserRole + 1).toString())
                : QString();
        m_checkIn->setEnabled(kind == u"appointment"_s && wedding.isEmpty());
        m_openWedding->setVisible(!wedding.isEmpty());
        m_openWedding->setProperty("bookingId", wedding);
    });
    connect(m_openWedding, &QPushButton::clicked, this,
            [this] { emit weddingRequested(m_openWedding->property("bookingId").toString()); });
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_codes->currentItem())
            emit checkInRequested(item->data(Qt::UserRole + 1).toString().trimmed());
    });
    connect(m_lookUp, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_codes->currentItem())
            emit paymentLookupRequested(item->data(Qt::UserRole + 1).toString());
    });
}

void ScanWorkspace::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open documents"), QString(),
        tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    importFiles(files);
}

void ScanWorkspace::importFiles(const QStringList &files)
{
    if (files.isEmpty() || isBusy())
        return;
    beginBatch(files, tr("Reading %n file(s)…", nullptr, static_cast<int>(files.size())));
    m_job.start(files);
}

void ScanWorkspace::setInbox(InboxWatcher *inbox)
{
    m_inbox = inbox;
    m_inboxProblem.clear();
    if (m_inbox) {
        m_inbox->setListener([this] { updateInboxButton(); },
                             [this](const QString &problem) {
                                 m_inboxProblem = problem;
                                 updateInboxButton();
                             });
    }
    updateInboxButton();
}

void ScanWorkspace::updateInboxButton()
{
    m_inboxButton->setVisible(m_inbox != nullptr);
    if (!m_inbox)
        return;
    const int waiting = int(m_inbox->waiting().size());
    const QString shortcut = keyText(QKeySequence(kReadInboxKey));
    m_inboxButton->setText(m_inboxProblem.isEmpty()
                               ? tr("Scan folder: %n new (%1)", nullptr, waiting).arg(shortcut)
                               : tr("Scan folder unreachable"));
    m_inboxButton->setToolTip(m_inboxProblem.isEmpty()
                                  ? tr("Documents a network scanner put into %1. Reading them "
                                       "moves them into its subfolder \"eingelesen\".")
                                        .arg(m_inbox->location())
                                  : m_inboxProblem);
    m_inboxButton->setEnabled(m_inboxProblem.isEmpty() && waiting > 0 && !isBusy());
}

void ScanWorkspace::readInbox()
{
    if (!m_inbox || isBusy() || m_inbox->waiting().isEmpty())
        return;
    const QStringList files = m_inbox->waiting();
    importFiles(files);
    m_inboxBatch = files;
    updateInboxButton();
}

void ScanWorkspace::beginBatch(const QStringList &sources, const QString &message)
{
    m_pages.clear();
    m_failures.clear();
    m_locked.clear();
    m_files = sources;
    m_documents.clear();
    m_documentList->clear();
    m_thumbnails->clear();
    m_codes->clear();
    m_shownPage = QImage();
    m_pageView->clear();
    m_open->setEnabled(false);
    m_scanButton->setEnabled(false);
    m_inboxButton->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_message->showMessage(message, Theme::Tone::Neutral);
}

void ScanWorkspace::finishBatch(bool cancelled)
{
    m_scanning = false;
    m_cancel->setEnabled(false);
    m_open->setEnabled(true);
    m_scanButton->setEnabled(true);
    m_progress->hide();
    int codes = 0;
    for (const ScanJob::Page &page : std::as_const(m_pages))
        codes += static_cast<int>(page.codes.size());
    QString text = cancelled ? tr("Cancelled. ") : QString();
    text +=
        tr("%n page(s)", nullptr, pageCount()) + u", "_s + tr("%n code(s) found.", nullptr, codes);
    if (!m_failures.isEmpty())
        text += u"\n"_s + tr("Not read: %1").arg(m_failures.join(u"; "_s));
    m_message->showMessage(text,
                           m_failures.isEmpty() ? Theme::Tone::Neutral : Theme::Tone::Problem);
    splitIntoDocuments();
    if (m_thumbnails->currentRow() < 0 && !m_pages.isEmpty())
        selectPage(0);
    if (!cancelled && !m_locked.isEmpty()) {
        // Ask once the batch is shown, not from inside the job's signal.
        QTimer::singleShot(0, this, &ScanWorkspace::askForPasswords);
        return;
    }
    m_locked.clear();
    markInboxFilesRead(cancelled);
    emit batchFinished();
}

// The inbox's files whose pages are now in the batch leave the inbox; one
// that could not be read (or a cancelled batch) stays and is offered again.
void ScanWorkspace::markInboxFilesRead(bool cancelled)
{
    const QStringList files = std::exchange(m_inboxBatch, {});
    if (m_inbox && !cancelled) {
        QStringList problems;
        for (const QString &file : files) {
            const bool read =
                std::any_of(m_pages.cbegin(), m_pages.cend(),
                            [&file](const ScanJob::Page &page) { return page.file == file; });
            if (!read)
                continue;
            if (const Result<void> marked = m_inbox->markRead(file); !marked)
                problems.append(marked.error());
        }
        if (!problems.isEmpty())
            m_message->showProblem(m_message->text() + u"\n"_s + problems.join(u"\n"_s));
    }
    updateInboxButton();
}

void ScanWorkspace::askForPasswords()
{
    QHash<QString, QString> passwords;
    const auto locked = std::exchange(m_locked, {});
    for (const auto &[file, reason] : locked) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Protected PDF"),
                                  tr("%1\n%2\nPassword (from the sender of the document):")
                                      .arg(QFileInfo(file).fileName(), reason),
                                  QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty())
            passwords.insert(file, password);
        else
            m_failures.append(tr("%1: %2").arg(QFileInfo(file).fileName(), reason));
    }
    if (passwords.isEmpty()) {
        finishBatch(false);
        return;
    }
    // The other pages stay; the unlocked files' pages join them.
    m_open->setEnabled(false);
    m_scanButton->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_message->showMessage(tr("Reading %n protected file(s)…", nullptr, int(passwords.size())),
                           Theme::Tone::Neutral);
    m_job.start(passwords.keys(), passwords);
}

void ScanWorkspace::setScannerBackends(const QList<ScannerBackend *> &backends)
{
    m_scanners = backends;
    m_scanButton->setVisible(!backends.isEmpty());
}

void ScanWorkspace::chooseScanner()
{
    if (m_scanners.isEmpty() || isBusy())
        return;
    ScannerDialog dialog(m_scanners, this);
    if (dialog.exec() == QDialog::Accepted && dialog.backend())
        scanFrom(dialog.backend(), dialog.device(), dialog.settings());
}

void ScanWorkspace::scanFrom(ScannerBackend *backend, const QString &device,
                             const ScanSettings &settings)
{
    if (isBusy())
        return;
    const QString source =
        tr("Scan %1").arg(QLocale().toString(QDateTime::currentDateTime(), u"dd.MM. HH:mm:ss"_s));
    beginBatch({source}, tr("Scanning from %1…").arg(device));
    m_progress->setRange(0, 0); // the feeder does not say how many sheets it holds
    m_scanning = true;
    m_scanCancelled = std::make_shared<std::atomic_bool>(false);
    const auto cancelled = m_scanCancelled;
    QPointer<ScanWorkspace> self(this);
    // The scanner and the decoder work off the UI thread; pages come back one by one.
    m_scanTask = QtConcurrent::run([backend, device, settings, source, cancelled, self] {
        int number = 0;
        const Result<void> scanned = backend->scan(device, settings, [&](const QImage &image) {
            if (*cancelled)
                return false;
            ScanJob::Page page{source, ++number, image, readCodes(image)};
            QMetaObject::invokeMethod(qApp, [self, page] {
                if (self)
                    self->addPage(page);
            });
            return !*cancelled;
        });
        QMetaObject::invokeMethod(qApp, [self, scanned, cancelled] {
            if (!self)
                return;
            if (!scanned)
                self->m_failures.append(tr("Scanner: %1").arg(scanned.error()));
            self->finishBatch(*cancelled);
        });
    });
}

void ScanWorkspace::addPage(const ScanJob::Page &page)
{
    m_pages.append(page);
    auto *item = new QListWidgetItem(
        QIcon(QPixmap::fromImage(
            page.image.scaled(110, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
        tr("%1, p. %2").arg(QFileInfo(page.file).fileName()).arg(page.number), m_thumbnails);
    item->setToolTip(tr("%n code(s)", nullptr, static_cast<int>(page.codes.size())));
}

void ScanWorkspace::selectPage(int index)
{
    m_thumbnails->setCurrentRow(index);
}

void ScanWorkspace::showPage(int index)
{
    m_codes->clear();
    if (index < 0 || index >= m_pages.size()) {
        m_shownPage = QImage();
        m_pageView->clear();
        return;
    }
    const ScanJob::Page &page = m_pages.at(index);
    QImage shown = page.image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&shown);
    painter.setPen(QPen(Theme::markerColour(), qMax(3, shown.width() / 300)));
    for (const DecodedCode &code : page.codes) {
        painter.drawPolygon(code.position);
        const InterpretedPayload meaning = interpretPayload(code.bytes);
        const QString wedding = meaning.kind == u"appointment"_s ? weddingOf(code.text) : QString();
        auto *item = new QListWidgetItem(
            wedding.isEmpty() ? describeCode(code, meaning)
                              : tr("Wedding reservation %1")
                                    .arg(meaning.fields.value(u"bookingCode"_s).toString()),
            m_codes);
        item->setData(Qt::UserRole, meaning.kind);
        item->setData(Qt::UserRole + 1, code.text);
    }
    painter.end();
    m_shownPage = shown;
    fitPageToWidth();
    if (page.codes.isEmpty())
        new QListWidgetItem(tr("No code on this page."), m_codes);
}

void ScanWorkspace::fitPageToWidth()
{
    if (m_shownPage.isNull())
        return;
    const int room = m_pageScroll->viewport()->width() - 4;
    if (room <= 0)
        return;
    m_pageView->setPixmap(QPixmap::fromImage(
        m_shownPage.scaledToWidth(qMin(m_shownPage.width(), room), Qt::SmoothTransformation)));
}

bool ScanWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pageScroll->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() !=
            static_cast<QResizeEvent *>(event)->size().width())
        fitPageToWidth();
    return QWidget::eventFilter(watched, event);
}

ScanWorkspace::~ScanWorkspace()
{
    if (m_scanCancelled)
        *m_scanCancelled = true;
    m_scanTask.waitForFinished();
    // The inbox outlives this workspace (it belongs to the application).
    if (m_inbox)
        m_inbox->setListener({}, {});
}

void ScanWorkspace::setDocumentUpload(DocumentUpload *upload, CaseLookup lookup)
{
    m_upload = upload;
    m_caseLookup = std::move(lookup);
}

QString ScanWorkspace::weddingOf(const QString &text) const
{
    const auto code = BookingCode::normalise(text);
    const auto id = code && m_caseLookup ? m_caseLookup(u"wedding"_s, *code) : std::nullopt;
    return id.value_or(QString());
}

void ScanWorkspace::splitIntoDocuments()
{
    // Files finish in any order: put the pages back in the order of the stack.
    QList<int> order(m_pages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const ScanJob::Page &left = m_pages.at(a);
        const ScanJob::Page &right = m_pages.at(b);
        const qsizetype leftFile = m_files.indexOf(left.file);
        const qsizetype rightFile = m_files.indexOf(right.file);
        return leftFile != rightFile ? leftFile < rightFile : left.number < right.number;
    });
    // The thumbnails move with their pages: scaling every page again would
    // cost more than the sort. No page is shown until one is selected again.
    m_thumbnails->setCurrentRow(-1);
    QList<QListWidgetItem *> thumbnails;
    while (m_thumbnails->count() > 0)
        thumbnails.append(m_thumbnails->takeItem(0));
    QList<ScanJob::Page> sorted;
    for (const int index : order) {
        sorted.append(m_pages.at(index));
        m_thumbnails->addItem(thumbnails.at(index));
    }
    m_pages = sorted;
    m_documents = splitAtSeparators(m_pages);
    // A booking code on the papers may be a wedding's: file them there.
    for (ScannedDocument &document : m_documents) {
        for (CaseSuggestion &suggestion : document.suggestions) {
            if (suggestion.caseType == u"appointment"_s && !weddingOf(suggestion.caseId).isEmpty())
                suggestion.caseType = u"wedding"_s;
        }
    }
    m_documentList->clear();
    for (const ScannedDocument &document : std::as_const(m_documents))
        m_documentList->addItem(describe(document));
}

QString ScanWorkspace::describe(const ScannedDocument &document) const
{
    const ScanJob::Page &first = m_pages.at(document.pages.first());
    const ScanJob::Page &last = m_pages.at(document.pages.last());
    QString text = first.number == last.number
                       ? tr("%1, p. %2").arg(QFileInfo(first.file).fileName()).arg(first.number)
                       : tr("%1, pp. %2–%3")
                             .arg(QFileInfo(first.file).fileName())
                             .arg(first.number)
                             .arg(last.number);
    for (const CaseSuggestion &suggestion : document.suggestions)
        text += u" · "_s + caseText(suggestion.caseType, suggestion.caseId);
    return text;
}

void ScanWorkspace::attachSelected()
{
    const int row = m_documentList->currentRow();
    if (row < 0 || row >= m_documents.size())
        return;
    const ScannedDocument &document = m_documents.at(row);
    QDialog dialog(this);
    dialog.setObjectName(u"attachDialog"_s);
    dialog.setWindowTitle(tr("Attach to a case"));
    auto *type = new QComboBox(&dialog);
    type->setObjectName(u"caseType"_s);
    type->addItem(tr("Appointment (booking code)"), u"appointment"_s);
    type->addItem(tr("Wedding (booking code)"), u"wedding"_s);
    type->addItem(tr("Payment (Kassenzeichen or Aktenzeichen)"), u"payment"_s);
    type->addItem(tr("Ticket (id)"), u"ticket"_s);
    auto *id = new QLineEdit(&dialog);
    id->setObjectName(u"caseId"_s);
    if (!document.suggestions.isEmpty()) {
        type->setCurrentIndex(type->findData(document.suggestions.first().caseType));
        id->setText(document.suggestions.first().caseId);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Case:"), type);
    form->addRow(tr("&Number:"), id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(describe(document), &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        attachDocument(row, type->currentData().toString(), id->text().trimmed());
}

void ScanWorkspace::attachDocument(int index, const QString &caseType, const QString &caseId)
{
    if (!m_upload || index < 0 || index >= m_documents.size())
        return;
    QString id = caseId;
    const bool byCode = caseType == u"appointment"_s || caseType == u"wedding"_s;
    if (const auto code = BookingCode::normalise(caseId); byCode && code) {
        const auto found = m_caseLookup ? m_caseLookup(caseType, *code) : std::nullopt;
        if (!found) {
            m_message->showProblem(
                caseType == u"wedding"_s
                    ? tr("No wedding booking with the booking code %1 is known "
                         "here.")
                          .arg(*code)
                    : tr("No appointment with the booking code %1 is known here.").arg(*code));
            return;
        }
        id = *found;
    }
    m_attach->setEnabled(false);
    m_message->showMessage(tr("Sending the document…"), Theme::Tone::Neutral);
    QListWidgetItem *item = m_documentList->item(index);
    m_upload->send(m_documents.at(index), m_pages, caseType, id, this,
                   [this, item, caseType, caseId](const DocumentUpload::Result &result) {
                       m_attach->setEnabled(m_documentList->currentRow() >= 0);
                       if (!result.ok) {
                           m_message->showProblem(tr("The document was not sent: %1 It stays here; "
                                                     "please try again.")
                                                      .arg(result.message));
                           return;
                       }
                       item->setText(item->text() + u"  ✓ "_s + tr("sent"));
                       m_message->showSuccess(
                           tr("Attached to %1 (checksum %2…).")
                               .arg(caseText(caseType, caseId), result.sha256.left(12)));
                   });
}

QString ScanWorkspace::caseText(const QString &caseType, const QString &caseId)
{
    if (caseType == u"appointment"_s)
        return tr("appointment %1").arg(caseId);
    if (caseType == u"wedding"_s)
        return tr("wedding %1").arg(caseId);
    if (caseType == u"payment"_s)
        return tr("payment %1").arg(caseId);
    return tr("ticket %1").arg(caseId);
}

QStringList ScanWorkspace::codeTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_codes->count(); ++row)
        texts.append(m_codes->item(row)->text());
    return texts;
}

QString ScanWorkspace::messageText() const
{
    return m_message->text();
}

void ScanWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ScanWorkspace::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    importFiles(files);
}
