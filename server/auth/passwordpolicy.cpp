#include "server/auth/passwordpolicy.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QSet<QString> loadCommonPasswords()
{
    QSet<QString> passwords;
    QFile file(u":/server/auth/commonpasswords.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The list of common passwords is missing from the build.");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            passwords.insert(line.toCaseFolded());
    }
    return passwords;
}
} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    static const QSet<QString> common = loadCommonPasswords();
    return common.contains(password.trimmed().toCaseFolded());
}

QString PasswordPolicy::problem(const QString &password, const QString &login)
{
    if (password.size() < kMinimumLength)
        return u"The password is too short: it needs at least %1 characters."_s.arg(kMinimumLength);
    if (!login.isEmpty() && password.compare(login, Qt::CaseInsensitive) == 0)
        return u"The password must not be the login."_s;
    if (isCommon(password))
        return u"The password is on the list of common passwords; choose a less guessable one."_s;
    return {};
}
