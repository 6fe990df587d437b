#pragma once

#include <QFrame>

class OutboxSender;
class QLabel;

// A strip above the workspaces while this workstation's unsent changes are
// held: the server went back to a backup (or is another one) since they
// were made, so they might repeat or contradict what it now holds. They are
// listed for the clerk, who sends them or discards them (asked first); until
// then nothing is sent. Not a modal: the clerk keeps working meanwhile.
class HeldWritesBanner : public QFrame
{
    Q_OBJECT

public:
    explicit HeldWritesBanner(OutboxSender *outbox, QWidget *parent = nullptr);

private:
    void rebuild();
    void discard();

    OutboxSender *m_outbox;
    QLabel *m_text;
    QLabel *m_list;
};
