#include "account/account.h"
#include "attentionscenario.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "simdetailpanel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(cube::UiLanguage)

using namespace Qt::StringLiterals;
namespace known = cube::test::known;

// The burn-rate forecast in the SIM detail, against a simulator fleet whose usage is known
// (tests/support/attentionscenario.h): the sentence under the 30-day chart, and the rate it goes
// by drawn as a dashed line across the days it is the average of.
class TestSimForecast : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;

    // The console's account: its attention store beside its journal, in this test's folder.
    std::unique_ptr<cube::Account> makeAccount()
    {
        return cube::test::accountInFolder(*m_simulator, &m_network, *m_journalDir);
    }

    // The server's day today: the day the chart ends on and the scenario counts from.
    static QDate serverToday(const cube::Account &account)
    {
        return account.client().settings().serverTimeZone.today();
    }

    // Shows `iccid` in `panel` and waits until it has read everything.
    static bool show(cube::SimDetailPanel &panel, const QString &iccid)
    {
        panel.showSim(iccid);
        return QTest::qWaitFor([&] { return cube::test::detailIsSettled(&panel); }, 30000);
    }

    static QString forecastOf(const QWidget *panel)
    {
        auto *label = panel->findChild<QLabel *>(u"forecastLabel"_s);
        return label && label->isVisible() ? label->text() : QString();
    }

    // The chart's dashed lines.
    static QList<QLineSeries *> dashedSeries(const QWidget *panel)
    {
        QList<QLineSeries *> dashed;
        auto *view = panel->findChild<QChartView *>();
        if (!view)
            return dashed;
        for (QAbstractSeries *series : view->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series);
                line && line->pen().style() == Qt::DashLine)
                dashed.append(line);
        return dashed;
    }

    // The chart legend's names, as shown.
    static QStringList legendOf(const QWidget *panel)
    {
        QStringList names;
        QChart *chart = panel->findChild<QChartView *>()->chart();
        if (!chart->legend()->isVisible())
            return names;
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                names.append(marker->label());
        return names;
    }

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        QSettings().clear();
        m_journalDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journalDir->isValid());
        cube::sim::FleetOptions options;
        options.scenario = cube::test::knownAttentionFleet();
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), options);
        QVERIFY(m_simulator->listen());
    }

    void cleanup()
    {
        m_simulator.reset();
        m_journalDir.reset();
        QVERIFY(m_translations.install(cube::UiLanguage::English));
    }

    void theForecastSaysWhenTheDataRunsOut_data()
    {
        QTest::addColumn<QString>("iccid");
        // %1: the day `day` days from today, when the sentence names one.
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("rate"); // the dashed line's legend
        // 1,752 MB left at 120 MB a day: 14.6 days, so gone on the 15th; it expires on the 20th.
        QTest::newRow("runs out before it expires")
            << known::runsOutBeforeExpiry
            << u"At the last 7 days' rate (120 MB a day) the plan's data runs out about %1, "
               "5 days before it expires."_s
            << 15 << u"7-day rate: 120 MB a day"_s;
        // 2,962 MB left at 10 MB a day: 296 days, beyond the expiry in 20.
        QTest::newRow("lasts until it expires")
            << known::expiresIn20Days
            << u"At the last 7 days' rate (10 MB a day) the plan's data lasts until the plan "
               "expires on %1."_s
            << 20 << u"7-day rate: 10 MB a day"_s;
        // 1,000 MB on the day before the 7, none on them nor today: 24 MB left last.
        QTest::newRow("a heavy day before the 7")
            << known::littleDataLeft
            << u"At the last 7 days' rate (0.0 MB a day) the plan's data lasts until the plan "
               "expires."_s
            << 0 << u"7-day rate: 0.0 MB a day"_s;
        QTest::newRow("no usage") << known::noUsage
                                  << u"At the last 7 days' rate (0.0 MB a day) the plan's data "
                                     "lasts until the plan expires."_s
                                  << 0 << u"7-day rate: 0.0 MB a day"_s;
        QTest::newRow("already out")
            << known::alreadyOut << u"The plan's high-speed data is used up."_s << 0
            << u"7-day rate: 100 MB a day"_s;
        QTest::newRow("unlimited")
            << known::unlimited << u"The plan has no data volume to run out of."_s << 0
            << u"7-day rate: 2,000 MB a day"_s;
        QTest::newRow("no order") << known::noPlan
                                  << u"No forecast: the SIM card has no order in use."_s << 0
                                  << u"7-day rate: 0.0 MB a day"_s;
        // Its only order is paused: not in use, nothing counts down.
        QTest::newRow("order paused")
            << known::suspended << u"No forecast: the SIM card has no order in use."_s << 0
            << u"7-day rate: 0.0 MB a day"_s;
    }

    void theForecastSaysWhenTheDataRunsOut()
    {
        QFETCH(QString, iccid);
        QFETCH(QString, expected);
        QFETCH(int, day);
        QFETCH(QString, rate);
        const auto account = makeAccount();
        cube::SimDetailPanel panel(account.get(), nullptr);
        panel.resize(700, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(show(panel, iccid));
        const QDate today = serverToday(*account);
        if (expected.contains(u"%1"_s))
            expected = expected.arg(today.addDays(day).toString(Qt::ISODate));
        QCOMPARE(forecastOf(&panel), expected);

        // The rate drawn as one dashed line, named in the legend, from the first of the 7 days
        // to yesterday, at their average.
        const QList<QLineSeries *> dashed = dashedSeries(&panel);
        QCOMPARE(dashed.size(), 1);
        QLineSeries *line = dashed.constFirst();
        QVERIFY(line->isVisible());
        QCOMPARE(line->name(), rate);
        const QList<QPointF> points = line->points();
        QCOMPARE(points.size(), 2);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.at(0).x())).date(),
                 today.addDays(-7));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.at(1).x())).date(),
                 today.addDays(-1));
        QCOMPARE(points.at(0).y(), points.at(1).y());
        QCOMPARE(QLocale()
                     .toString(points.at(0).y(), 'f', points.at(0).y() < 10 ? 1 : 0)
                     .prepend(u"7-day rate: "_s)
                     .append(u" MB a day"_s),
                 rate);
        // The legend names both lines.
        QCOMPARE(legendOf(&panel), (QStringList{u"Daily usage, last 30 days (MB)"_s, rate}));
    }

    void theForecastFollowsTheSimShown()
    {
        const auto account = makeAccount();
        cube::SimDetailPanel panel(account.get(), nullptr);
        panel.resize(700, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(show(panel, known::runsOutBeforeExpiry));
        QVERIFY(forecastOf(&panel).contains(u"120 MB a day"_s));

        // Another SIM: nothing of the first one's forecast while it is read, then its own.
        panel.showSim(known::alreadyOut);
        QCOMPARE(forecastOf(&panel), QString());
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(&panel); }, 30000));
        QCOMPARE(forecastOf(&panel), u"The plan's high-speed data is used up."_s);
        // No SIM: no forecast.
        panel.showSim({});
        QCOMPARE(forecastOf(&panel), QString());
    }

    void aDayThatCouldNotBeReadGivesNoForecast()
    {
        const auto account = makeAccount();
        cube::SimDetailPanel panel(account.get(), nullptr);
        panel.resize(700, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Every day's usage refused: a rate of made-up zeros would say the data lasts.
        cube::sim::Fault refused;
        refused.kind = cube::sim::FaultKind::ServerCode;
        m_simulator->faults().setFault(u"queryDeviceDayFlow"_s, refused);
        QVERIFY(show(panel, known::runsOutBeforeExpiry));
        QCOMPARE(forecastOf(&panel),
                 u"No forecast: the data used on one of the last 7 days could not be read."_s);
        // No rate drawn either, nor named.
        QVERIFY(dashedSeries(&panel).isEmpty() || !dashedSeries(&panel).constFirst()->isVisible());
        QCOMPARE(legendOf(&panel), QStringList{u"Daily usage, last 30 days (MB)"_s});
    }

    // The detail with its forecast, for people to look at, in both languages.
    void screenshots_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("English") << cube::UiLanguage::English;
        QTest::newRow("Chinese") << cube::UiLanguage::SimplifiedChinese;
    }

    void screenshots()
    {
        QFETCH(cube::UiLanguage, language);
        QVERIFY(m_translations.install(language));
        const QString folder = qEnvironmentVariable(
            "CUBE_SCREENSHOT_DIR", QStringLiteral(CUBE_BUILD_DIR "/tests/screenshots"));
        QVERIFY(QDir().mkpath(folder));
        // A SIM whose last days went up and down around their rate, as most do: 90 to 160 MB,
        // 120 a day on average; 1,872 MB left runs out in 16 days, 2 before the plan expires.
        const QString iccid = u"89852022270000000101"_s;
        cube::test::AttentionScenario scenario;
        scenario.sim(iccid)
            .daily(60)
            .days({90, 150, 110, 130, 160, 80, 120})
            .order(cube::test::plans::monthly3GbAsia, 12, 18);
        cube::sim::FleetOptions options;
        options.scenario = scenario.json();
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), options);
        QVERIFY(m_simulator->listen());
        const auto account = makeAccount();
        cube::MainWindow window(account.get());
        window.setWindowState(Qt::WindowNoState);
        window.resize(1560, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        QVERIFY(QTest::qWaitFor([&] { return sims->rowCount() > 0; }, 20000));
        const QModelIndexList found =
            sims->match(sims->index(0, 0), Qt::DisplayRole, iccid, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        window.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(found.constFirst());
        auto *detail = window.findChild<cube::SimDetailPanel *>(u"simDetail"_s);
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 30000));
        QVERIFY(forecastOf(detail).contains(
            account->client().settings().serverTimeZone.today().addDays(16).toString(Qt::ISODate)));
        QTest::qWait(200); // the chart's last paint
        const QString suffix = language == cube::UiLanguage::English ? u"en"_s : u"zh"_s;
        QVERIFY(window.grab().save(QDir(folder).filePath(u"forecast-window-%1.png"_s.arg(suffix))));
        // The detail whole, as if it did not scroll.
        auto *contents = detail->findChild<QScrollArea *>(u"detailScroll"_s)->widget();
        QVERIFY(contents->grab().save(QDir(folder).filePath(u"forecast-%1.png"_s.arg(suffix))));
    }
};

QTEST_MAIN(TestSimForecast)
#include "tst_simforecast.moc"
