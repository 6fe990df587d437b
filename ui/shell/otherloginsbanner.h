#pragma once

#include <QFrame>

class OtherLoginsWrites;
class QVBoxLayout;

// A strip above the workspaces, shown while other logins' writes wait on
// this workstation: who made them and how many, and that they are sent when
// that login returns. Not a modal: a clerk keeps working. A supervisor gets a
// "Discard…" button per login (confirmed first, audited by the server).
class OtherLoginsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OtherLoginsBanner(OtherLoginsWrites *writes, QWidget *parent = nullptr);

private:
    void rebuild();
    void discard(const QString &login, int count);

    OtherLoginsWrites *m_writes;
    QVBoxLayout *m_rows;
};
