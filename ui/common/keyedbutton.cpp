#include "ui/common/keyedbutton.h"

#include "ui/common/keytext.h"

#include <QAction>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

QPushButton *actionButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *button =
        new QPushButton(key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, keyText(key)), parent);
    button->setMinimumHeight(36);
    return button;
}

QPushButton *compactButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(32);
    const QString shown = keyText(key);
    button->setProperty("keyText", shown);
    button->setToolTip(shown);
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
