#pragma once

#include <QFrame>
#include <QStringList>

class OtherLoginsWrites;
class QVBoxLayout;

// A strip above the workspaces, shown while other logins' writes wait on
// this workstation: who made them and how many, and that they are sent when
// that login returns. Not a modal: a clerk keeps working. A supervisor gets a
// "Discard…" button per login (confirmed first, audited by the server).
// It also names one's own writes too old to be sent, and the unsent writes
// deleted with the caches of logins gone too long.
class OtherLoginsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OtherLoginsBanner(OtherLoginsWrites *writes, QWidget *parent = nullptr);

private:
    void rebuild();
    // One row: `text` (a label named `name`), what the writes are
    // (`summaries`, if any), and for a supervisor a button that discards
    // `count` writes of `login` (none when `login` is empty).
    void addRow(const QString &name, const QString &text, const QStringList &summaries,
                const QString &login, int count);
    void discard(const QString &login, int count);

    OtherLoginsWrites *m_writes;
    QVBoxLayout *m_rows;
};
