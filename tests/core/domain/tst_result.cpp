// Result<T>: a value or the reason it is missing, core's one error style.

#include "core/domain/result.h"

#include <QList>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
Result<int> half(int n)
{
    if (n % 2 != 0)
        return Result<int>::failure(u"%1 is odd."_s.arg(n), u"odd"_s);
    return n / 2;
}

Result<void> check(bool fine)
{
    if (!fine)
        return Result<void>::failure(u"Not fine."_s);
    return {};
}

// A failure of one kind passed on as another, as callers do.
Result<QString> described(int n)
{
    const Result<int> result = half(n);
    if (!result)
        return Result<QString>::failure(result.reason());
    return QString::number(*result);
}

Result<std::optional<int>> lookUp(bool found)
{
    if (!found)
        return std::nullopt; // "nothing there" is a success, not a failure
    return std::optional<int>(7);
}
} // namespace

class tst_Result : public QObject
{
    Q_OBJECT

private slots:
    void value();
    void failure();
    void failurePassesOn();
    void voidResult();
    void moveOnlyValue();
    void emptyIsNotFailure();
    void valueOr();
};

void tst_Result::value()
{
    const Result<int> result = half(8);
    QVERIFY(result.ok());
    QVERIFY(bool(result));
    QCOMPARE(result.value(), 4);
    QCOMPARE(*result, 4);
    QVERIFY(result.error().isEmpty());
    QVERIFY(result.code().isEmpty());
}

void tst_Result::failure()
{
    const Result<int> result = half(7);
    QVERIFY(!result.ok());
    QVERIFY(!result);
    QCOMPARE(result.error(), u"7 is odd."_s);
    QCOMPARE(result.code(), u"odd"_s);
    QCOMPARE(result.reason().message, u"7 is odd."_s);
    QCOMPARE(result.reason().code, u"odd"_s);
}

void tst_Result::failurePassesOn()
{
    QCOMPARE(described(6).value(), u"3"_s);
    const Result<QString> failed = described(5);
    QVERIFY(!failed);
    QCOMPARE(failed.error(), u"5 is odd."_s);
    QCOMPARE(failed.code(), u"odd"_s);
}

void tst_Result::voidResult()
{
    const Result<void> fine = check(true);
    QVERIFY(fine.ok());
    QVERIFY(fine.error().isEmpty());
    const Result<void> notFine = check(false);
    QVERIFY(!notFine);
    QCOMPARE(notFine.error(), u"Not fine."_s);
    QVERIFY(notFine.code().isEmpty());
    const Result<void> passedOn = Result<void>::failure(half(3).reason());
    QCOMPARE(passedOn.code(), u"odd"_s);
}

void tst_Result::moveOnlyValue()
{
    Result<std::unique_ptr<int>> result = std::make_unique<int>(5);
    QVERIFY(result);
    std::unique_ptr<int> taken = std::move(result).value();
    QCOMPARE(*taken, 5);
    const auto failed = Result<std::unique_ptr<int>>::failure(u"None."_s);
    QVERIFY(!failed);
    QCOMPARE(failed.error(), u"None."_s);
}

void tst_Result::emptyIsNotFailure()
{
    const auto missing = lookUp(false);
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
    const auto found = lookUp(true);
    QVERIFY(found.ok());
    QCOMPARE(found->value(), 7);
    const Result<QList<int>> none = QList<int>();
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void tst_Result::valueOr()
{
    QCOMPARE(half(10).valueOr(-1), 5);
    QCOMPARE(half(11).valueOr(-1), -1);
}

QTEST_APPLESS_MAIN(tst_Result)
#include "tst_result.moc"
