#include "core/administration/adminproblem.h"

#include "core/sync/apiresponse.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool AdminProblem::isVersionConflict(const ApiResponse &response)
{
    return response.status == 409 &&
           response.body.toObject().value(u"code"_s).toString() == u"version-conflict"_s;
}

QString AdminProblem::message(const ApiResponse &response)
{
    if (response.failure != ApiResponse::Failure::Http)
        return response.message;
    const QString code = response.body.toObject().value(u"code"_s).toString();
    if (code == u"version-conflict"_s)
        return tr("Someone else changed this in the meantime. The table shows the current state; "
                  "please make your change again.");
    if (code == u"in-use"_s)
        return tr("It is still in use (waiting tickets, coming appointments or weddings), so it "
                  "cannot be retired yet.");
    if (code == u"moves-office"_s)
        return tr("It cannot move to another office. Create it anew there and retire this one.");
    if (code == u"closure-has-bookings"_s)
        return tr("Appointments or weddings are booked on a closure day. Move or cancel them "
                  "first.");
    if (code == u"name-taken"_s)
        return tr("This name is taken already in this office.");
    if (code == u"prefix-taken"_s)
        return tr("This prefix is taken already in this office.");
    if (code == u"retired"_s)
        return tr("It belongs to something retired. Activate that first.");
    if (code == u"login-taken"_s)
        return tr("This login exists already.");
    if (code == u"last-admin"_s)
        return tr("This is the last active administrator. Give another account the role first.");
    if (code == u"weak-password"_s)
        return tr("The password is too weak: at least 12 characters, not a common password and "
                  "not the login.");
    if (code == u"other-office"_s)
        return tr("This belongs to an office you do not administer.");
    if (response.status == 400)
        return tr("The server did not accept the values: %1").arg(response.problemDetail());
    return response.message;
}
