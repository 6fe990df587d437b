#pragma once

#include <QString>

// What a password of a Tresen account must be: at least kMinimumLength
// characters, not on the list of common passwords kept beside this file
// (commonpasswords.txt, compared ignoring case) and not the login itself.
// It applies wherever a password is chosen: `tresen-server user add`, the
// users API, resets and own changes, for people and devices alike. Only the
// demo's own users keep theirs (demo data runs on loopback only).
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 12;

    // Why `password` is refused for `login`, in English, or empty when it is
    // accepted.
    static QString problem(const QString &password, const QString &login);
    static bool isCommon(const QString &password);
};
