#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

// What an empty list or table says instead of a blank area: what to do next.
// Painted in the middle of the view while its model has no rows; no layout
// changes, so any view can have one with a single line.
class EmptyStateHint : public QObject
{
    Q_OBJECT

public:
    // The hint belongs to `view` and lives as long as it does.
    static EmptyStateHint *install(QAbstractItemView *view, const QString &text);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // True while the view's model has no rows (and so the hint is shown).
    bool isShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyStateHint(QAbstractItemView *view, const QString &text);

    QAbstractItemView *m_view;
    QString m_text;
};
