#include "ui/shell/localdatadialogs.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

bool LocalDataDialogs::askToDeleteOnLogout(QWidget *parent, const QString &login, int pendingWrites)
{
    QMessageBox box(parent);
    box.setObjectName(u"deleteLocalDataQuestion"_s);
    box.setWindowTitle(tr("Log out"));
    box.setText(tr("Delete the local data of %1 on this workstation?").arg(login));
    if (pendingWrites > 0) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(
            tr("%n change(s) of %1 have not reached the server yet. Deleting would lose them. "
               "Kept, they are sent when %1 logs in here again.",
               nullptr, pendingWrites)
                .arg(login));
    } else {
        box.setIcon(QMessageBox::Question);
        box.setInformativeText(tr("Everything is saved on the server. The data is loaded again "
                                  "at the next login on this workstation."));
    }
    QPushButton *remove =
        box.addButton(pendingWrites > 0 ? tr("Delete and lose changes") : tr("Delete"),
                      QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteButton"_s);
    QPushButton *keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepButton"_s);
    box.setDefaultButton(pendingWrites > 0 ? keep : remove);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

bool LocalDataDialogs::confirmDiscard(QWidget *parent, const QString &login, int count)
{
    QMessageBox box(parent);
    box.setObjectName(u"discardWritesQuestion"_s);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Discard changes"));
    box.setText(tr("Discard %n change(s) of %1 that have not reached the server?", nullptr, count)
                    .arg(login));
    box.setInformativeText(tr("They are lost for good; %1 would have to make them again. The "
                              "server's audit log records that you discarded them.")
                               .arg(login));
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == discard;
}
