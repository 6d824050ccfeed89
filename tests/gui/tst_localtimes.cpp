#include "activitylog.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "orderspage.h"
#include "ordertablemodel.h"
#include "profiledialog.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "testzones.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using cube::test::thisComputersZone;
using cube::test::utc;

// An order's three times as people see them in each zone this test runs in (CMake:
// TIME_ZONES), written out so that a time read in the wrong zone cannot agree with itself.
struct OrderTimesSeen
{
    const char *zone;
    const char *ordered; // 2026-08-09 23:00 UTC
    const char *starts;  // 2026-08-10 00:30 UTC
    const char *expires; // 2026-12-01 00:30 UTC (winter: Berlin is UTC+1 then)
};
constexpr OrderTimesSeen timesSeen[] = {
    {"Europe/Berlin", "2026-08-10 01:00", "2026-08-10 02:30", "2026-12-01 01:30"},
    {"Asia/Shanghai", "2026-08-10 07:00", "2026-08-10 08:30", "2026-12-01 08:30"},
};

} // namespace

// The console shows the server's times (written in UTC+8, without a zone) in this computer's
// time, and its headers say so. Run in Europe/Berlin and Asia/Shanghai.
class TestLocalTimes : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    QNetworkAccessManager m_network;
    cube::ActivityLog m_activity;

    static void checkTooltipNamesBothZones(const QString &tooltip)
    {
        const int localMinutes =
            thisComputersZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
        QVERIFY2(tooltip.contains(u"UTC+8"_s), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(cube::ServerTimeZone::offsetName(localMinutes)),
                 qPrintable(tooltip));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        QVERIFY(thisComputersZone().isValid());
    }

    void ordersShowTheServersTimesInLocalTime()
    {
        const OrderTimesSeen *seen = cube::test::rowForThisZone(timesSeen);
        if (!seen)
            QSKIP("TZ is none of the zones this test knows; ctest runs it in each of them");

        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {9, 200});
        QVERIFY(simulator.listen());
        cube::sim::SimulatedOrder &order = simulator.fleet().order(0);
        order.ordered = utc(QDate(2026, 8, 9), QTime(23, 0));
        order.starts = utc(QDate(2026, 8, 10), QTime(0, 30));
        order.expires = utc(QDate(2026, 12, 1), QTime(0, 30));
        const QString code = order.code;

        auto account = cube::test::accountFor(simulator, &m_network);
        cube::OrdersPage page(account.get(), &m_activity);
        page.resize(1200, 700);
        page.show();
        auto *model =
            qobject_cast<cube::OrderTableModel *>(cube::test::modelOf(&page, u"ordersView"_s));
        QVERIFY(QTest::qWaitFor([&] { return model->rowOf(code) >= 0; }, 10000));
        const int row = model->rowOf(code);
        const auto shown = [&](int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(shown(cube::OrderTableModel::Ordered), QString::fromLatin1(seen->ordered));
        QCOMPARE(shown(cube::OrderTableModel::Starts), QString::fromLatin1(seen->starts));
        QCOMPARE(shown(cube::OrderTableModel::Expires), QString::fromLatin1(seen->expires));

        for (const int column : {cube::OrderTableModel::Ordered, cube::OrderTableModel::Starts,
                                 cube::OrderTableModel::Expires})
            checkTooltipNamesBothZones(
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        QVERIFY(!model->headerData(cube::OrderTableModel::Code, Qt::Horizontal, Qt::ToolTipRole)
                     .isValid());
    }

    void theSimListShowsTheServersMidnightInLocalTime()
    {
        QTemporaryDir cacheHome; // no cached list of another test
        qputenv("XDG_CACHE_HOME", cacheHome.path().toUtf8());
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {9, 200});
        QVERIFY(simulator.listen());
        auto account = cube::test::accountFor(simulator, &m_network);
        cube::SimListPage page(account.get(), &m_activity);
        page.resize(1400, 800);
        page.show();
        page.reload();
        auto *model = qobject_cast<cube::SimTableModel *>(cube::test::modelOf(&page, u"simView"_s));
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 200; }, 20000));

        // The simulator stamps a SIM in use with the start of the server's day: midnight in
        // Shanghai (UTC+8, no summer time), whatever this computer's zone.
        const QTimeZone shanghai("Asia/Shanghai");
        const QDate serverToday = QDateTime::currentDateTimeUtc().toTimeZone(shanghai).date();
        const QString expected = QDateTime(serverToday, QTime(0, 0), shanghai)
                                     .toTimeZone(thisComputersZone())
                                     .toString(u"yyyy-MM-dd HH:mm"_s);
        int stamped = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString updated =
                model->index(row, cube::SimTableModel::Updated).data().toString();
            if (updated.isEmpty())
                continue; // no order in use
            QCOMPARE(updated, expected);
            ++stamped;
        }
        QVERIFY(stamped > 0);
        checkTooltipNamesBothZones(
            model->headerData(cube::SimTableModel::Updated, Qt::Horizontal, Qt::ToolTipRole)
                .toString());
    }

    void theProfileDialogKeepsTheServersZone()
    {
        cube::Profile profile;
        profile.name = u"Lab gateway"_s;
        profile.accessCode = u"P000270"_s;
        {
            cube::ProfileDialog dialog(&m_network, profile, true);
            auto *combo = dialog.findChild<QComboBox *>(u"zoneCombo"_s);
            QVERIFY(combo);
            QVERIFY2(combo->currentText().startsWith(u"UTC+8 "_s)
                         && combo->currentText().contains(u"the vendor's"_s),
                     qPrintable(combo->currentText()));
            QCOMPARE(dialog.profile().serverTimeZone, cube::ServerTimeZone());
        }
        profile.serverTimeZone = cube::ServerTimeZone(-180);
        cube::ProfileDialog dialog(&m_network, profile, true);
        auto *combo = dialog.findChild<QComboBox *>(u"zoneCombo"_s);
        QVERIFY2(combo->currentText().startsWith(u"UTC-3 "_s), qPrintable(combo->currentText()));
        combo->setCurrentIndex(combo->findData(330)); // UTC+5:30
        QCOMPARE(dialog.profile().serverTimeZone.offsetMinutes(), 330);
        QCOMPARE(dialog.profile().connectionSettings().serverTimeZone.offsetMinutes(), 330);
    }
};

QTEST_MAIN(TestLocalTimes)
#include "tst_localtimes.moc"
