#pragma once

// For widget tests: answering the modal dialogs and message boxes that the
// code under test opens (each runs its own event loop on top of the test's).

#include <QApplication>
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
} // namespace TestSupport
