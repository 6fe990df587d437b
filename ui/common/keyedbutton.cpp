#include "ui/common/keyedbutton.h"

#include <QAction>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

QPushButton *actionButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *button = new QPushButton(
        key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText)),
        parent);
    button->setMinimumHeight(36);
    return button;
}

QPushButton *compactButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(32);
    const QString keyText = key.toString(QKeySequence::NativeText);
    button->setProperty("keyText", keyText);
    button->setToolTip(keyText);
    return button;
}

void bindKey(QWidget *workspace, QPushButton *button, const QKeySequence &key, const QString &text)
{
    auto *action = new QAction(text, workspace);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    workspace->addAction(action);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled())
            button->click();
    });
}
