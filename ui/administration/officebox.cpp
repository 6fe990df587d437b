#include "ui/administration/officebox.h"

#include "core/administration/recordtablemodel.h"

using namespace Qt::StringLiterals;

OfficeBox::OfficeBox(RecordTableModel *offices, const QString &kind, QWidget *parent)
    : QComboBox(parent)
    , m_offices(offices)
    , m_kind(kind)
{
    setObjectName(u"officeBox"_s);
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentData().toString();
        if (id == m_officeId)
            return;
        m_officeId = id;
        emit officeChanged(id);
    });
    connect(offices, &RecordTableModel::loaded, this, &OfficeBox::fill);
    connect(offices, &RecordTableModel::saved, this, &OfficeBox::fill);
    fill();
}

void OfficeBox::setOfficeId(const QString &officeId)
{
    QSignalBlocker blocker(this);
    setCurrentIndex(qMax(0, findData(officeId)));
    m_officeId = currentData().toString();
}

void OfficeBox::fill()
{
    const QString current = m_officeId;
    {
        QSignalBlocker blocker(this);
        clear();
        for (int row = 0; row < m_offices->rowCount(); ++row) {
            const QJsonObject office = m_offices->record(row);
            if (!m_kind.isEmpty() && office.value(u"kind"_s).toString() != m_kind)
                continue;
            if (office.value(u"active"_s).toBool(true))
                addItem(office.value(u"name"_s).toString(),
                        m_offices->data(m_offices->index(row, 0), RecordTableModel::IdRole));
        }
        setCurrentIndex(qMax(0, findData(current)));
    }
    emit currentIndexChanged(currentIndex());
}

MessageLine::MessageLine(QWidget *parent)
    : FeedbackLine(parent)
{
    setObjectName(u"message"_s);
}

void MessageLine::showMessage(const QString &text, bool problem)
{
    FeedbackLine::showMessage(text, problem ? Theme::Tone::Problem : Theme::Tone::Success);
}
