#include "ui/common/keytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

QString enterKeyName()
{
    const QString name =
        QCoreApplication::translate("KeyText", "Enter", "the name of the Return/Enter key");
    // Qt's German catalogue keeps "Return" and "Enter"; the key reads "Eingabe"
    // on German keyboards, so German gets it even before our catalogue has it.
    if (name == u"Enter"_s && QLocale().language() == QLocale::German)
        return u"Eingabe"_s;
    return name;
}

QString keyText(const QKeySequence &key)
{
    // Qt's own (translated) names of the two keys, as toString() writes them.
    const QString returnName = QCoreApplication::translate("QShortcut", "Return");
    const QString enterName = QCoreApplication::translate("QShortcut", "Enter");
    QStringList combinations;
    for (int i = 0; i < key.count(); ++i) {
        QStringList parts = QKeySequence(key[i]).toString(QKeySequence::NativeText).split(u'+');
        // The key is the last part ("Strg+Return"); a lone "+" key splits empty.
        QString &last = parts.last();
        const Qt::Key pressed = key[i].key();
        if ((pressed == Qt::Key_Return || pressed == Qt::Key_Enter) &&
            (last == returnName || last == enterName))
            last = enterKeyName();
        combinations.append(parts.join(u'+'));
    }
    return combinations.join(u", "_s);
}
