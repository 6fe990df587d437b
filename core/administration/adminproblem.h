#pragma once

#include <QCoreApplication>
#include <QString>

struct ApiResponse;

// What an administrator reads when the server refuses a change: the problem's
// code in German words (the server's detail is English and for logs), or the
// client's own message for a network failure.
struct AdminProblem
{
    Q_DECLARE_TR_FUNCTIONS(AdminProblem)

public:
    static QString message(const ApiResponse &response);
    // 409 version-conflict: someone else saved the record first.
    static bool isVersionConflict(const ApiResponse &response);
};
