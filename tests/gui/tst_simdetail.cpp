#include "account/account.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "knownids.h"
#include "mainwindow.h"
#include "ordertablemodel.h"
#include "sendsmsdialog.h"
#include "simdetailpanel.h"
#include "simulatorclient.h"
#include "simwithorder.h"
#include "statustext.h"
#include "widgetlookup.h"
#include "writes/changewriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using cube::OrderStatus;

// The SIM detail as a person reads it beside the SIM list: its orders' columns whole, their
// dates in view, the timeline without sideways scrolling, and what was just done shown at once.
class TestSimDetail : public QObject
{
    Q_OBJECT

private:
    // The first start's size on a desk screen (MainWindow::chooseFirstSize), and the smaller
    // one the screenshots are taken at.
    static QList<QSize> windowSizes() { return {QSize(1560, 960), QSize(1280, 800)}; }

    // An account whose writes are kept in a journal of its own, as the console's are.
    std::unique_ptr<cube::Account> journalledAccount()
    {
        return cube::test::accountFor(
            *m_simulator, &m_network, cube::ClientFactory::defaultTimeout, {},
            std::make_shared<cube::Journal>(m_journalDir->filePath(u"journal.sqlite"_s)));
    }

    // The SIM of the fleet with most orders among those with one in use.
    int simWithMostOrders() const
    {
        const cube::sim::Fleet &fleet = m_simulator->fleet();
        int best = -1;
        for (int sim = 0; sim < fleet.sims().size(); ++sim) {
            const int current = fleet.currentOrder(sim);
            if (current < 0 || fleet.orders().at(current).status != OrderStatus::InUse)
                continue;
            if (best < 0 || fleet.ordersOf(sim).size() > fleet.ordersOf(best).size())
                best = sim;
        }
        return best;
    }

    // An activated SIM with no order in use or paused.
    int freeActivatedSim() const
    {
        const cube::sim::Fleet &fleet = m_simulator->fleet();
        for (int sim = 0; sim < fleet.sims().size(); ++sim)
            if (fleet.sims().at(sim).lifeCycle == cube::sim::LifeCycle::Activated
                && !fleet.sims().at(sim).suspended && fleet.currentOrder(sim) < 0)
                return sim;
        return -1;
    }

    // Shows `window` `size` wide, not maximized to the (small) test screen. (The window cannot
    // be lower than its contents' minimum height.)
    static bool showAt(QWidget &window, QSize size)
    {
        window.setWindowState(Qt::WindowNoState);
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window) && window.width() == size.width();
    }

    QString iccidOf(int sim) const { return m_simulator->fleet().sims().at(sim).iccid; }

    // Opens `sim` in the SIM list of `window`, as a person clicks it, and waits for its detail.
    static QWidget *openSim(QWidget &window, const QString &iccid)
    {
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        if (!QTest::qWaitFor([&] { return sims->rowCount() > 0; }, 20000))
            return nullptr;
        QTest::qWait(100);
        const QModelIndexList found =
            sims->match(sims->index(0, 0), Qt::DisplayRole, iccid, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return nullptr;
        window.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(found.constFirst());
        QWidget *detail = window.findChild<QWidget *>(u"simDetail"_s);
        if (!QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000))
            return nullptr;
        return detail;
    }

    // Every column of the SIM's orders that is shown is as wide as its widest text and its
    // header; Starts and Expires lie whole inside the view. Empty when so, else what is not.
    static QStringList cutColumns(QTableView *view)
    {
        QStringList problems;
        QHeaderView *header = view->horizontalHeader();
        QAbstractItemModel *model = view->model();
        const QFontMetrics metrics(view->font());
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            int widestText = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                widestText =
                    qMax(widestText,
                         metrics.horizontalAdvance(model->index(row, column).data().toString()));
            // QAbstractItemView's public measure: the widest cell with its margins.
            const int cells = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
            const int needed = std::max({cells, header->sectionSizeHint(column), widestText});
            if (view->columnWidth(column) < needed)
                problems.append(u"%1 is %2 px wide, its contents need %3"_s.arg(name)
                                    .arg(view->columnWidth(column))
                                    .arg(needed));
        }
        for (int column : {cube::OrderTableModel::Starts, cube::OrderTableModel::Expires}) {
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            const int left = view->columnViewportPosition(column);
            const int right = left + view->columnWidth(column);
            if (view->isColumnHidden(column) || left < 0 || right > view->viewport()->width())
                problems.append(u"%1 lies at %2 to %3 px, the view shows 0 to %4"_s.arg(name)
                                    .arg(left)
                                    .arg(right)
                                    .arg(view->viewport()->width()));
        }
        return problems;
    }

    // `widget` is shown and no part of it is cut off by a parent (a scroll area's viewport).
    static bool wholeInView(const QWidget *widget)
    {
        if (!widget->isVisible())
            return false;
        const QWidget *window = widget->window();
        const QRect whole(widget->mapTo(window, QPoint(0, 0)), widget->size());
        for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
             parent = parent->parentWidget()) {
            const QRect parentRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
            if (!parentRect.contains(whole))
                return false;
        }
        return window->rect().contains(whole);
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        // No window size, splitter or column widths left by an earlier test.
        QSettings().clear();
        m_journalDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journalDir->isValid());
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{24, 120});
        QVERIFY(m_simulator->listen());
    }

    void cleanup()
    {
        m_simulator.reset();
        m_journalDir.reset();
        QVERIFY(m_translations.install(cube::UiLanguage::English));
    }

    void ordersShowDatesAndStatusesWhole_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : windowSizes()) {
            QTest::addRow("English %dx%d", size.width(), size.height())
                << cube::UiLanguage::English << size;
            QTest::addRow("Chinese %dx%d", size.width(), size.height())
                << cube::UiLanguage::SimplifiedChinese << size;
        }
    }

    void ordersShowDatesAndStatusesWhole()
    {
        QFETCH(cube::UiLanguage, language);
        QFETCH(QSize, size);
        QVERIFY(m_translations.install(language));
        const auto account = cube::test::accountFor(*m_simulator, &m_network);
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, size));
        const int sim = simWithMostOrders();
        QVERIFY(sim >= 0);
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        auto *view = detail->findChild<QTableView *>(u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() > 0; }, 10000));
        // The columns are measured once a burst of rows has come: waited for, not slept on.
        QVERIFY2(QTest::qWaitFor([&] { return cutColumns(view).isEmpty(); }, 5000),
                 qPrintable(cutColumns(view).join(u"; "_s)));

        // An order of the SIM ends early: its new, longer status is shown whole too.
        const QString inUse =
            m_simulator->fleet().orders().at(m_simulator->fleet().currentOrder(sim)).code;
        bool answered = false;
        account->writer().endEarly(cube::test::orderCodeOf(inUse), u"test"_s, {}, this,
                                   [&](const cube::WriteOutcome &) { answered = true; });
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QModelIndexList rows = view->model()->match(
                    view->model()->index(0, cube::OrderTableModel::Code), Qt::DisplayRole, inUse);
                return answered && !rows.isEmpty()
                       && rows.constFirst().data(cube::OrderTableModel::StatusRole).toInt()
                              == int(OrderStatus::EndedEarly);
            },
            10000));
        QVERIFY2(QTest::qWaitFor([&] { return cutColumns(view).isEmpty(); }, 5000),
                 qPrintable(cutColumns(view).join(u"; "_s)));
    }

    void mainWindowFitsALaptopScreen_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("English") << cube::UiLanguage::English;
        QTest::newRow("Chinese") << cube::UiLanguage::SimplifiedChinese;
    }

    // A 1366 × 768 laptop leaves about 740 px under its panel: the window, with a SIM's
    // detail, chart, orders and timeline all shown, can be made that small (it could not be
    // lower than 917 px). The detail scrolls there instead.
    void mainWindowFitsALaptopScreen()
    {
        QFETCH(cube::UiLanguage, language);
        QVERIFY(m_translations.install(language));
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, QSize(1280, 800)));
        QWidget *detail = openSim(window, iccidOf(simWithMostOrders()));
        QVERIFY(detail);
        QTest::qWait(100);
        const QSize laptop(1366, 740);
        const auto fits = [&](QSize size) {
            return size.width() <= laptop.width() && size.height() <= laptop.height();
        };
        const auto said = [](QSize size) {
            return u"%1 × %2"_s.arg(size.width()).arg(size.height());
        };
        QVERIFY2(fits(window.minimumSizeHint()), qPrintable(said(window.minimumSizeHint())));
        QVERIFY2(fits(window.minimumSize()), qPrintable(said(window.minimumSize())));
        window.resize(laptop);
        QTest::qWait(50);
        QCOMPARE(window.size(), laptop);
        // Its orders and their actions are still there to reach (scrolled to if need be).
        auto *endEarly = detail->findChild<QPushButton *>(u"endEarlyButton"_s);
        QVERIFY(endEarly->isVisible());
        QVERIFY(detail->findChild<QTableView *>(u"ordersView"_s)->isVisible());
    }

    void theDetailIsWholeAtTheUsualSizes_data() { ordersShowDatesAndStatusesWhole_data(); }

    // The window really is as large as asked (it could not be lower than 917 px), and the
    // detail shows its SIM, chart, orders (Starts and Expires inside their table) and their
    // actions at once. At the first start's size nothing of it scrolls, the timeline included,
    // and the orders are as high as before the detail could scroll (the chart lost the height
    // of its title, whose words its legend took over, to the forecast under it); at 1280 × 800
    // only the timeline may lie below, a scroll away.
    void theDetailIsWholeAtTheUsualSizes()
    {
        QFETCH(cube::UiLanguage, language);
        QFETCH(QSize, size);
        QVERIFY(m_translations.install(language));
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, size));
        QCOMPARE(window.size(), size);
        QWidget *detail = openSim(window, iccidOf(simWithMostOrders()));
        QVERIFY(detail);
        auto *orders = detail->findChild<QTableView *>(u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return orders->model()->rowCount() > 0; }, 10000));
        QTest::qWait(300);
        const bool large = size == windowSizes().constFirst();
        QStringList inView = {u"titleLabel"_s,      u"refreshButton"_s, u"monthValue"_s,
                              u"orderPlanButton"_s, u"resumeButton"_s,  u"chartHolder"_s,
                              u"forecastLabel"_s,   u"ordersView"_s,    u"endEarlyButton"_s,
                              u"renewButton"_s};
        if (large)
            inView.append(u"timelineList"_s);
        QStringList hidden;
        for (const QString &name : std::as_const(inView)) {
            auto *shown = detail->findChild<QWidget *>(name);
            QVERIFY(shown);
            const int top = shown->mapTo(detail, QPoint()).y();
            if (!wholeInView(shown))
                hidden.append(u"%1 (%2 to %3)"_s.arg(name).arg(top).arg(top + shown->height()));
        }
        QVERIFY2(hidden.isEmpty(),
                 qPrintable(u"not wholly in view: %1 (the detail is %2 px high)"_s.arg(
                     hidden.join(u", "_s), QString::number(detail->height()))));
        QVERIFY2(orders->height() >= 118, qPrintable(QString::number(orders->height())));
        QCOMPARE(detail->findChild<QWidget *>(u"chartHolder"_s)->height(), 155);
        if (large) {
            // The detail's own scroll bar; the orders' table and the timeline have theirs.
            auto *scroll = detail->findChild<QScrollArea *>(u"detailScroll"_s);
            QVERIFY(scroll);
            QVERIFY(!scroll->verticalScrollBar()->isVisible());
            QVERIFY2(orders->height() >= 150, qPrintable(QString::number(orders->height())));
        }
        const QStringList problems = cutColumns(orders);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }

    void timelineLinesWrapInsteadOfScrolling()
    {
        const auto account = journalledAccount();
        const int sim = simWithMostOrders();
        QVERIFY(sim >= 0);
        const QString order =
            m_simulator->fleet().orders().at(m_simulator->fleet().currentOrder(sim)).code;
        bool answered = false;
        account->writer().endEarly(
            cube::test::orderCodeOf(order),
            u"The customer moved abroad and asked on the phone to stop the plan, ticket 4711"_s, {},
            this, [&](const cube::WriteOutcome &) { answered = true; });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));

        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, windowSizes().constFirst()));
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        auto *timeline = detail->findChild<QListWidget *>(u"timelineList"_s);
        QVERIFY(QTest::qWaitFor([&] { return timeline->count() > 0; }, 5000));
        QTest::qWait(100);
        const QString line = timeline->item(0)->text();
        const int oneLine = timeline->fontMetrics().horizontalAdvance(line);
        // The test means something only when the line is wider than the list.
        QVERIFY2(oneLine > timeline->viewport()->width(),
                 qPrintable(u"%1 px in a list %2 px wide"_s.arg(oneLine).arg(
                     timeline->viewport()->width())));
        QCOMPARE(timeline->horizontalScrollBar()->maximum(), 0);
        const QRect shown = timeline->visualItemRect(timeline->item(0));
        QVERIFY2(shown.right() <= timeline->viewport()->width(),
                 qPrintable(u"the line ends at %1 px"_s.arg(shown.right())));
        QVERIFY2(shown.height() >= 2 * timeline->fontMetrics().height(),
                 "the long line is not wrapped");
    }

    void smsSentShowsInTheTimelineAtOnce()
    {
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, windowSizes().constFirst()));
        const int sim = simWithMostOrders();
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        auto *timeline = detail->findChild<QListWidget *>(u"timelineList"_s);
        QTest::qWait(100);
        QCOMPARE(timeline->count(), 0);

        QTest::mouseClick(detail->findChild<QPushButton *>(u"smsButton"_s), Qt::LeftButton);
        cube::SendSmsDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = window.findChild<cube::SendSmsDialog *>()) != nullptr; }, 5000));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"textEdit"_s), u"Hello"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog->findChild<QLabel *>(u"resultLabel"_s)->text().startsWith(u"Sent"_s);
            },
            10000));
        QCOMPARE(m_simulator->requestCount(u"sendSms"_s), 1);
        // Without Refresh: the sent message is the timeline's newest line.
        QVERIFY(QTest::qWaitFor([&] { return timeline->count() > 0; }, 5000));
        QVERIFY2(timeline->item(0)->text().contains(u"SMS"_s),
                 qPrintable(timeline->item(0)->text()));
        QVERIFY2(timeline->item(0)->text().contains(iccidOf(sim)),
                 qPrintable(timeline->item(0)->text()));
        dialog->close();
    }

    // The timeline follows the journal: a change another program (cubectl beside the console)
    // made to the SIM shown appears without Refresh, says by whom, and reads no usage again.
    void timelineShowsWhatAnotherProgramWrote()
    {
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, windowSizes().constFirst()));
        const int sim = simWithMostOrders();
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        auto *timeline = detail->findChild<QListWidget *>(u"timelineList"_s);
        QAbstractItemModel *orders = cube::test::modelOf(detail, u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return orders->rowCount() > 0; }, 10000));
        QTest::qWait(1000); // every read of the SIM answered: none shows the timeline again
        QCOMPARE(timeline->count(), 0);
        const int usageReads = m_simulator->requestCount(u"queryDeviceFlowUsage"_s);

        cube::Journal cubectl(m_journalDir->filePath(u"journal.sqlite"_s));
        cube::JournalEntry entry;
        entry.operation = cube::Operation::SuspendService;
        entry.subjects = {iccidOf(sim)};
        entry.fields = {{u"device_id"_s, iccidOf(sim)}};
        entry.origin = u"cubectl 0.1.0"_s;
        entry.osUser = u"wangf"_s;
        entry.fullName = u"Wang Fang"_s;
        entry.host = u"desk-3"_s;
        QVERIFY(!cubectl.record(entry));
        cubectl.markSent(entry.id);
        cubectl.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});

        QTRY_VERIFY_WITH_TIMEOUT(timeline->count() == 1, 5000);
        QVERIFY2(timeline->item(0)->text().contains(iccidOf(sim)),
                 qPrintable(timeline->item(0)->text()));
        // Who did it shows on the line; the tooltip adds the desk and the program.
        QVERIFY2(timeline->item(0)->text().endsWith(u" — by Wang Fang"_s),
                 qPrintable(timeline->item(0)->text()));
        QVERIFY2(timeline->item(0)->toolTip().contains(u"Wang Fang (wangf) on desk-3"_s),
                 qPrintable(timeline->item(0)->toolTip()));
        QCOMPARE(m_simulator->requestCount(u"queryDeviceFlowUsage"_s), usageReads);
    }

    // The day's quota is the desk's: suspending the SIM shown (which leaves its data as it
    // was) and switching the language (which changes only words) read no usage again.
    void followingAChangeSpendsNoQueryItDoesNotNeed()
    {
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, windowSizes().constFirst()));
        const auto &fleet = m_simulator->fleet();
        int sim = 0;
        while (sim < fleet.sims().size()
               && (fleet.sims().at(sim).lifeCycle != cube::sim::LifeCycle::Activated
                   || fleet.sims().at(sim).suspended || fleet.currentOrder(sim) < 0))
            ++sim;
        QVERIFY(sim < fleet.sims().size());
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        const int usageReads = m_simulator->requestCount(u"queryDeviceFlowUsage"_s);
        const int balanceReads = m_simulator->requestCount(u"getInfoByDeviceId"_s);
        const int dayReads = m_simulator->requestCount(u"queryDeviceDayFlow"_s);

        QTest::mouseClick(detail->findChild<QPushButton *>(u"suspendButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = window.findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        auto *status = detail->findChild<QLabel *>(u"statusValue"_s);
        QVERIFY(QTest::qWaitFor([&] { return status->text().contains(u"suspended"_s); }, 10000));
        QTest::qWait(1200); // past the half second the detail gathers changes for
        QCOMPARE(m_simulator->requestCount(u"queryDeviceFlowUsage"_s), usageReads);
        QCOMPARE(m_simulator->requestCount(u"getInfoByDeviceId"_s), balanceReads);

        QVERIFY(m_translations.install(cube::UiLanguage::SimplifiedChinese));
        QVERIFY(QTest::qWaitFor([&] { return !status->text().contains(u"suspended"_s); }, 5000));
        QTest::qWait(300);
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        QCOMPARE(m_simulator->requestCount(u"queryDeviceFlowUsage"_s), usageReads);
        QCOMPARE(m_simulator->requestCount(u"queryDeviceDayFlow"_s), dayReads);
    }

    // A record whose ICCID is none (a server's mistake): the detail says, for each thing it
    // would read, that nothing was sent and why, in the words the client used to say it, and
    // asks the server nothing about it.
    void aSimWhoseIccidIsNoneIsNotAskedAbout()
    {
        const auto account = cube::test::accountFor(*m_simulator, &m_network);
        cube::SimDetailPanel panel(account.get(), nullptr);
        auto requests = [this] {
            int sent = 0;
            for (const cube::Operation operation : cube::allOperations())
                sent += m_simulator->requestCount(cube::operationInfo(operation).nameString());
            return sent;
        };
        const int before = requests();
        auto *message = panel.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message);

        panel.showSim(u"8985202201"_s);
        QTRY_VERIFY(cube::test::detailIsSettled(&panel));
        const QString why = u"Nothing was sent: \"8985202201\" is not an ICCID: an ICCID has 19 "
                            "or 20 digits."_s;
        for (const QString &read :
             {u"SIM card"_s, u"Usage"_s, u"Carrier balance"_s, u"Monthly usage"_s, u"Orders"_s})
            QVERIFY2(message->text().contains(read + u": "_s + why), qPrintable(message->text()));

        QVERIFY(m_translations.install(cube::UiLanguage::SimplifiedChinese));
        panel.refresh();
        QTRY_VERIFY(cube::test::detailIsSettled(&panel));
        QVERIFY2(message->text().contains(u"“8985202201”不是有效的 ICCID"_s),
                 qPrintable(message->text()));
        QTest::qWait(200); // anything sent would be counted by now
        QCOMPARE(requests(), before);
    }

    void planOrderShowsInTheDetailAtOnce()
    {
        const auto account = journalledAccount();
        cube::MainWindow window(account.get());
        QVERIFY(showAt(window, windowSizes().constFirst()));
        const int sim = freeActivatedSim();
        QVERIFY(sim >= 0);
        QWidget *detail = openSim(window, iccidOf(sim));
        QVERIFY(detail);
        auto *orders = cube::test::modelOf(detail, u"ordersView"_s);
        auto *balance = detail->findChild<QLabel *>(u"balanceValue"_s);
        auto *plan = detail->findChild<QLabel *>(u"planValue"_s);
        const int before = orders->rowCount();
        QCOMPARE(balance->text(), cube::statustext::megabytes(0));
        // The row added as the model says, for every view of it.
        QAbstractItemModelTester tester(orders,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Placed as the order dialog places one, for the SIM shown.
        const cube::Plan &monthly = m_simulator->fleet().plans().at(3);
        QVERIFY(monthly.flowMb > 0);
        cube::PlanOrderRequest request;
        request.iccids = {iccidOf(sim)};
        request.planCode = monthly.code;
        request.planName = monthly.name;
        request.planType = monthly.type;
        request.enableNow = true;
        std::optional<cube::WriteOutcome> outcome;
        account->writer().placeOrder(request, this,
                                     [&](const cube::WriteOutcome &done) { outcome = done; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
        QVERIFY(outcome->done() && outcome->order);
        const QString code = outcome->order->orderCode;

        // Without Refresh: the new order among the SIM's orders, its plan and its data left.
        QVERIFY2(
            QTest::qWaitFor(
                [&] {
                    return !orders
                                ->match(orders->index(0, cube::OrderTableModel::Code),
                                        Qt::DisplayRole, code)
                                .isEmpty();
                },
                5000),
            qPrintable(u"%1 is not among the SIM's %2 orders"_s.arg(code).arg(orders->rowCount())));
        QCOMPARE(orders->rowCount(), before + 1);
        QVERIFY(QTest::qWaitFor([&] { return plan->text() == monthly.name; }, 5000));
        // The plan's volume less what the SIM used since it started, no longer nothing.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !balance->text().isEmpty()
                                && balance->text() != cube::statustext::megabytes(0);
                     },
                     5000),
                 qPrintable(balance->text()));
        QVERIFY(cube::test::detailIsSettled(detail));
    }
};

QTEST_MAIN(TestSimDetail)
#include "tst_simdetail.moc"
