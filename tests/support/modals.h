#pragma once

// For widget tests: answering the modal dialogs and message boxes that the
// code under test opens (each runs its own event loop on top of the test's).

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TestSupport {
// Runs `action` on the next modal dialog or message box, once it is shown.
inline void onNextModal(std::function<void(QWidget *)> action)
{
    QTimer::singleShot(0, [action] {
        QWidget *modal = nullptr;
        (void)QTest::qWaitFor([&modal] {
            modal = QApplication::activeModalWidget();
            return modal != nullptr;
        });
        if (modal)
            action(modal);
    });
}

// The message box's button of `role` ("Log out" is AcceptRole, "Discard …"
// DestructiveRole), or null when it has none.
inline QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}
} // namespace TestSupport
