// An empty list says what to do next, and says nothing once it has rows.

#include "ui/common/emptystate.h"
#include "ui/common/theme.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Pixels in the middle of the view that are the hint's (muted) ink, not the base.
int inkPixels(QTableView &view)
{
    const QImage image = view.viewport()->grab().toImage();
    const QColor base = image.pixelColor(2, 2);
    int ink = 0;
    for (int y = image.height() / 3; y < 2 * image.height() / 3; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != base)
                ++ink;
        }
    }
    return ink;
}
} // namespace

class tst_EmptyState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(); }
    void anEmptyViewSaysWhatToDo();
};

void tst_EmptyState::anEmptyViewSaysWhatToDo()
{
    QStandardItemModel model(0, 2);
    QTableView view;
    view.setModel(&model);
    EmptyStateHint *hint =
        EmptyStateHint::install(&view, u"Niemand wartet. Neue Tickets erscheinen hier."_s);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(hint->isShown());
    QVERIFY(inkPixels(view) > 50);

    model.appendRow({new QStandardItem(u"A001"_s), new QStandardItem(u"Ausweis"_s)});
    QVERIFY(!hint->isShown());
    QTRY_COMPARE(inkPixels(view), 0); // the row sits at the top; the middle is blank

    model.removeRows(0, 1);
    QVERIFY(hint->isShown());
    QTRY_VERIFY(inkPixels(view) > 50);
}

QTEST_MAIN(tst_EmptyState)
#include "tst_emptystate.moc"
