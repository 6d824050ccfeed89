#include "activitylog.h"
#include "awaitresult.h"
#include "base/translationinstaller.h"
#include "contract/operationtable.h"
#include "contract/vocabulary.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "journal/journal.h"
#include "knownids.h"
#include "scriptedcubeserver.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::OrderStatus;

Q_DECLARE_METATYPE(cube::Order)

// The End early dialog, driven through its widgets against the simulator.
class TestEndOrderEarlyDialog : public QObject
{
    Q_OBJECT

private:
    // In-use orders of the fleet, as the console lists them.
    QList<cube::Order> inUseOrders(int count)
    {
        QList<cube::Order> orders;
        const auto &fleet = m_simulator->fleet();
        for (const auto &o : fleet.orders()) {
            if (o.status != OrderStatus::InUse)
                continue;
            cube::Order order;
            order.orderCode = o.code;
            order.iccid = fleet.sims().at(o.sim).iccid;
            order.planName = fleet.plans().at(o.plan).name;
            order.status = int(o.status);
            order.starts = o.starts;
            order.expires = o.expires;
            orders.append(order);
            if (orders.size() == count)
                break;
        }
        return orders;
    }

    OrderStatus statusInFleet(const QString &code)
    {
        return m_simulator->fleet().orders().at(m_simulator->fleet().orderIndex(code)).status;
    }

    std::unique_ptr<cube::EndOrderEarlyDialog> open(const QList<cube::Order> &orders)
    {
        auto dialog =
            std::make_unique<cube::EndOrderEarlyDialog>(m_account.get(), &m_activity, orders);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return {};
        return dialog;
    }

    // The job of ending `orders` started, each answered after 300 ms: time to stop it.
    std::unique_ptr<cube::EndOrderEarlyDialog> startEndingSlowly(const QList<cube::Order> &orders)
    {
        m_simulator->faults().setLatency(u"aheadFinishDeviceOrder"_s, 300ms);
        auto dialog = open(orders);
        if (dialog) {
            cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
            QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        }
        return dialog;
    }

    static QPushButton *endButton(cube::EndOrderEarlyDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(u"endButton"_s);
    }

    // Every order has its result: the Stop button became Close again.
    static bool finished(const cube::EndOrderEarlyDialog &dialog)
    {
        auto *close =
            dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close);
        const QString closeText =
            QCoreApplication::translate("cube::EndOrderEarlyDialog", "&Close");
        return QTest::qWaitFor([&] { return close->isEnabled() && close->text() == closeText; },
                               20000);
    }

    // How many rows of the result column say the order ended, and how many say otherwise.
    static int rowsSaying(const cube::EndOrderEarlyDialog &dialog, bool ended)
    {
        auto *table = dialog.findChild<QTableWidget *>(u"ordersTable"_s);
        int count = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            count +=
                table->item(row, 3)->text().contains(u"ended early"_s, Qt::CaseInsensitive) == ended
                    ? 1
                    : 0;
        return count;
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<cube::Order>();
        QVERIFY(m_translations.install(cube::UiLanguage::English));
    }

    void init()
    {
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{5, 200});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network, std::chrono::milliseconds(2s));
    }

    void cleanup()
    {
        m_account.reset();
        m_simulator.reset();
    }

    void saysSoWhenTheOrdersNeedMoreThanTheQuotaLeft()
    {
        // A gateway that allows 4 queries a day, one of which this computer spent already.
        QTemporaryDir dir;
        cube::ClientFactory factory(
            &m_network, {}, std::make_shared<cube::Journal>(dir.filePath(u"journal.sqlite"_s)));
        factory.setGivenLimits({std::nullopt, std::nullopt, 4});
        const QList<cube::Order> orders = inUseOrders(4);
        QCOMPARE(orders.size(), 4);
        m_account = factory.accountForEndpoint(m_simulator->endpoint());
        QVERIFY(cube::test::awaitResult<cube::SimCard>([&](auto done) {
                    m_account->client().sim(cube::test::iccidOf(orders.first().iccid), this, done);
                }).ok());

        const auto fits = open(orders.mid(0, 3));
        QVERIFY(fits);
        QVERIFY(!fits->findChild<QLabel *>(u"quotaWarningLabel"_s)->isVisible());

        const auto passes = open(orders);
        QVERIFY(passes);
        auto *warning = passes->findChild<QLabel *>(u"quotaWarningLabel"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"at least 4 queries"_s)
                     && warning->text().contains(u"only 3 of today's 4"_s),
                 qPrintable(warning->text()));
    }

    void endsOneOrderOnceAndShowsItsNewState()
    {
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(u"codeValue"_s)->text(), order.orderCode);
        QCOMPARE(dialog->findChild<QLabel *>(u"iccidValue"_s)->text(), order.iccid);
        QVERIFY(!endButton(*dialog)->isEnabled());

        // Chinese arrives through the input method, as a whole string (QTest types only ASCII).
        dialog->findChild<QComboBox *>(u"reasonCombo"_s)->lineEdit()->insert(u"客户要求提前结束"_s);
        QVERIFY2(!endButton(*dialog)->isEnabled(), "a reason alone must not be enough");
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"confirmCheck"_s), Qt::LeftButton, {},
                          QPoint(5, 5));
        QVERIFY(endButton(*dialog)->isEnabled());

        // Every view learns the new state from the account's one change source.
        QSignalSpy updated(&m_account->writer(), &cube::ChangeWriter::orderChanged);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(!endButton(*dialog)->isEnabled());
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton); // a second click does nothing
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, true), 1);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 1);
        QCOMPARE(statusInFleet(order.orderCode), OrderStatus::EndedEarly);
        QVERIFY(updated.count() > 0 || updated.wait(5000));
        QCOMPARE(updated.constFirst().constFirst().value<cube::Order>().status,
                 int(OrderStatus::EndedEarly));
        QCOMPARE(dialog->findChild<QLabel *>(u"resultLabel"_s)->text(),
                 u"The order was ended early."_s);
        QVERIFY(!endButton(*dialog)->isEnabled());
        QCOMPARE(m_activity.entryAt(0).target, order.orderCode);
        QVERIFY(m_activity.entryAt(0).succeeded);
    }

    // A server that sends an interim answer (103 Early Hints) before its success: the order
    // ended, and the dialog says so, not "refused" (Qt stops at the interim answer; the
    // writer's re-read of the order settles it). Sent once.
    void anInterimAnswerBeforeTheSuccessEndsTheOrder()
    {
        cube::test::ScriptedCubeServer server;
        QVERIFY(server.listen());
        const cube::OperationTable paths{cube::ConnectionSettings().pathOverrides};
        const QString endPath = paths.path(cube::Operation::EndOrderEarly);
        server.answer(endPath, cube::test::ScriptedAnswer::success().afterInterim(103, 50ms));
        const cube::Order order = inUseOrders(1).constFirst();
        const QJsonObject ended{{u"orderCode"_s, order.orderCode},
                                {u"deviceId"_s, order.iccid},
                                {u"orderStatus"_s, int(OrderStatus::EndedEarly)}};
        server.answer(paths.path(cube::Operation::QueryOrders),
                      cube::test::ScriptedAnswer::success(
                          QJsonObject{{u"page"_s, QJsonObject{{u"cur_page_no"_s, 1},
                                                              {u"page_size"_s, 20},
                                                              {u"total_count"_s, 1},
                                                              {u"total_pages"_s, 1}}},
                                      {u"package_order"_s, QJsonArray{ended}}}));
        QTemporaryDir dir;
        const auto journal = std::make_shared<cube::Journal>(dir.filePath(u"journal.sqlite"_s));
        m_account = cube::ClientFactory(&m_network, {}, journal)
                        .accountForEndpoint({server.baseUrl(),
                                             cube::sim::SimulatorAccount::demo().accessCode,
                                             cube::sim::SimulatorAccount::demo().secret,
                                             {}});

        auto dialog = open({order});
        QVERIFY(dialog);
        cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, true), 1);
        QCOMPARE(rowsSaying(*dialog, false), 0);
        QVERIFY2(!dialog->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"not"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"resultLabel"_s)->text()));
        QCOMPARE(server.requestCount(endPath), 1);
        const QList<cube::JournalEntry> history = journal->history({});
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().outcome(), cube::JournalOutcome::Done);
    }

    void progressReachesTheEndWhenAllAreDone_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1 of 1") << 1;
        QTest::newRow("4 of 4") << 4;
    }

    void progressReachesTheEndWhenAllAreDone()
    {
        QFETCH(int, count);
        const QList<cube::Order> orders = inUseOrders(count);
        QCOMPARE(orders.size(), count);
        auto dialog = open(orders);
        cube::test::giveReasonAndConfirm(dialog.get(), u"Customer request"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, true), count);
        auto *progress = dialog->findChild<QProgressBar *>(u"progressBar"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->text(), u"100%"_s);
    }

    void statusShowsTheOrderEndedAfterSuccess_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("English") << cube::UiLanguage::English;
        QTest::newRow("Chinese") << cube::UiLanguage::SimplifiedChinese;
    }

    void statusShowsTheOrderEndedAfterSuccess()
    {
        QFETCH(cube::UiLanguage, language);
        QVERIFY(m_translations.install(language));
        const auto backToEnglish =
            qScopeGuard([this] { QVERIFY(m_translations.install(cube::UiLanguage::English)); });
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        auto *status = dialog->findChild<QLabel *>(u"statusValue"_s);
        const QString inUse = cube::vocabulary::orderStatuses().words(int(OrderStatus::InUse));
        const QString ended = cube::vocabulary::orderStatuses().words(int(OrderStatus::EndedEarly));
        QCOMPARE(status->text(), inUse);
        cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(statusInFleet(order.orderCode), OrderStatus::EndedEarly);
        QCOMPARE(status->text(), ended);
    }

    void saysWhatHappenedOnceTheJobEnds_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("oneRefused");
        QTest::addColumn<QString>("title");
        QTest::newRow("English, one")
            << cube::UiLanguage::English << 1 << false << u"Order %1 ended early"_s;
        QTest::newRow("English, one refused")
            << cube::UiLanguage::English << 1 << true << u"Order %1 was not ended early"_s;
        QTest::newRow("English, four")
            << cube::UiLanguage::English << 4 << false << u"4 of 4 orders ended early"_s;
        QTest::newRow("English, one of four refused")
            << cube::UiLanguage::English << 4 << true << u"3 of 4 orders ended early"_s;
        QTest::newRow("Chinese, one")
            << cube::UiLanguage::SimplifiedChinese << 1 << false << u"订单 %1 已提前结束"_s;
        QTest::newRow("Chinese, one refused")
            << cube::UiLanguage::SimplifiedChinese << 1 << true << u"订单 %1 未能提前结束"_s;
        QTest::newRow("Chinese, one of four refused")
            << cube::UiLanguage::SimplifiedChinese << 4 << true << u"4 个订单中 3 个已提前结束"_s;
    }

    // Once the job is over the dialog no longer asks "End order … early?" of orders it shows
    // as Ended early, nor offers to end them again (the server would refuse with 4090): its
    // title says what happened and its End button offers only what is left to end, which here
    // is nothing (an order refused is not sent again from here).
    void saysWhatHappenedOnceTheJobEnds()
    {
        QFETCH(cube::UiLanguage, language);
        QFETCH(int, count);
        QFETCH(bool, oneRefused);
        QFETCH(QString, title);
        QVERIFY(m_translations.install(language));
        const auto backToEnglish =
            qScopeGuard([this] { QVERIFY(m_translations.install(cube::UiLanguage::English)); });
        const QList<cube::Order> orders = inUseOrders(count);
        QCOMPARE(orders.size(), count);
        if (oneRefused) // someone else ended it meanwhile
            m_simulator->fleet()
                .order(m_simulator->fleet().orderIndex(orders.last().orderCode))
                .status = OrderStatus::EndedEarly;
        auto dialog = open(orders);
        auto *titleLabel = dialog->findChild<QLabel *>(u"titleLabel"_s);
        const QString asked = titleLabel->text();
        QVERIFY2(asked.contains(u'?') || asked.contains(u'？'), qPrintable(asked));
        cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));

        const QString said = count == 1 ? title.arg(orders.constFirst().orderCode) : title;
        QVERIFY2(titleLabel->text().contains(said), qPrintable(titleLabel->text()));
        QVERIFY2(!titleLabel->text().contains(u'?') && !titleLabel->text().contains(u'？'),
                 qPrintable(titleLabel->text()));
        QCOMPARE(dialog->windowTitle(), said);
        QPushButton *end = endButton(*dialog);
        QVERIFY(!end->isEnabled());
        QVERIFY2(!end->isVisible(), qPrintable(end->text()));
        QTest::mouseClick(end, Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), count);

        // Still so after the language changes with the dialog open.
        QVERIFY(m_translations.install(language == cube::UiLanguage::English
                                           ? cube::UiLanguage::SimplifiedChinese
                                           : cube::UiLanguage::English));
        QTRY_VERIFY(dialog->windowTitle() != said);
        QVERIFY2(!titleLabel->text().contains(u'?') && !titleLabel->text().contains(u'？'),
                 qPrintable(titleLabel->text()));
        QVERIFY(!end->isEnabled());
        QVERIFY(!end->isVisible());
    }

    // Stopped half-way: the orders not sent are left to end, and the button says how many,
    // but this dialog still never sends again.
    void aStoppedJobOffersNoEndedOrder()
    {
        const QList<cube::Order> orders = inUseOrders(3);
        auto dialog = startEndingSlowly(orders);
        QVERIFY(dialog);
        auto *close =
            dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(dialog->windowTitle(), u"1 of 3 orders ended early"_s);
        QPushButton *end = endButton(*dialog);
        QVERIFY(!end->isEnabled());
        QCOMPARE(end->text(), u"&End 2 orders early"_s);
    }

    void enterInTheReasonKeepsTheDialogAndTheReason_data()
    {
        QTest::addColumn<Qt::Key>("key");
        QTest::newRow("Return") << Qt::Key_Return;
        QTest::newRow("Enter") << Qt::Key_Enter;
    }

    void enterInTheReasonKeepsTheDialogAndTheReason()
    {
        QFETCH(Qt::Key, key);
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        auto *reason = dialog->findChild<QComboBox *>(u"reasonCombo"_s)->lineEdit();
        QTest::keyClicks(reason, u"Ticket 4711, customer moved"_s);
        QTest::keyClick(reason, key);
        QTest::qWait(50);
        QVERIFY2(dialog->isVisible(), "Enter in the reason closed the dialog");
        QCOMPARE(dialog->result(), int(QDialog::Rejected)); // never accepted nor rejected
        QCOMPARE(reason->text(), u"Ticket 4711, customer moved"_s);

        // Confirmed as well: Enter still does not send; only the button does.
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"confirmCheck"_s), Qt::LeftButton, {},
                          QPoint(5, 5));
        reason->setFocus();
        QTest::keyClick(reason, key);
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(reason->text(), u"Ticket 4711, customer moved"_s);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 0);
        QVERIFY(endButton(*dialog)->isEnabled());
    }

    void refusesAnEmptyReason()
    {
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        cube::test::giveReasonAndConfirm(dialog.get(), u"    "_s);
        QVERIFY(!endButton(*dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"reason"_s));
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 0);
        QCOMPARE(statusInFleet(order.orderCode), OrderStatus::InUse);
    }

    void refusesAReasonWithControlOrInvisibleCharacters_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        // Pasted from a ticket or a chat: what history would print raw, or what would hide or
        // reorder the reason's words.
        QTest::newRow("line break") << u"Ticket 4711\nFAKE: done"_s << u"U+000A, character 12"_s;
        QTest::newRow("tab") << u"Ticket\t4711"_s << u"U+0009, character 7"_s;
        QTest::newRow("escape") << u"Moved\u001b]0;owned\u0007"_s << u"U+001B, character 6"_s;
        QTest::newRow("right-to-left override")
            << u"Lost \u202Edneirf"_s << u"U+202E, character 6"_s;
        QTest::newRow("zero-width space") << u"Lost\u200B device"_s << u"U+200B, character 5"_s;
    }

    void refusesAReasonWithControlOrInvisibleCharacters()
    {
        QFETCH(QString, reason);
        QFETCH(QString, says);
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        auto *edit = dialog->findChild<QComboBox *>(u"reasonCombo"_s)->lineEdit();
        edit->insert(reason); // as a paste puts it there
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"confirmCheck"_s), Qt::LeftButton, {},
                          QPoint(5, 5));
        // Said inline, next to what was typed, which stays to be corrected.
        const QString said = dialog->findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(said.contains(says), qPrintable(said));
        QVERIFY2(said.contains(u"Nothing can be sent"_s), qPrintable(said));
        QCOMPARE(edit->text(), reason);
        QVERIFY(!endButton(*dialog)->isEnabled());
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 0);
        QCOMPARE(statusInFleet(order.orderCode), OrderStatus::InUse);

        // Corrected, the reason can be sent.
        edit->setText(u"Ticket 4711"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().isEmpty());
        QVERIFY(endButton(*dialog)->isEnabled());
    }

    void showsTheServersCodeAndMessage()
    {
        cube::sim::Fault fault;
        fault.kind = cube::sim::FaultKind::ServerCode;
        fault.code = u"5001"_s;
        m_simulator->faults().setFault(u"aheadFinishDeviceOrder"_s, fault);
        auto dialog = open(inUseOrders(1));
        cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, false), 1);
        const QString shown = dialog->findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(shown.contains(u"5001"_s) && shown.contains(u"injected failure"_s),
                 qPrintable(shown));
        QVERIFY(!m_activity.entryAt(0).succeeded);
        QVERIFY(!endButton(*dialog)->isEnabled()); // never sent again from here
    }

    void endsSeveralWithAPartialFailure()
    {
        const QList<cube::Order> orders = inUseOrders(3);
        QCOMPARE(orders.size(), 3);
        // Someone else ended the second one meanwhile: the server refuses it for its state.
        m_simulator->fleet().order(m_simulator->fleet().orderIndex(orders.at(1).orderCode)).status =
            OrderStatus::EndedEarly;
        auto dialog = open(orders);
        QVERIFY(dialog->findChild<QTableWidget *>(u"ordersTable"_s)->isVisible());
        cube::test::giveReasonAndConfirm(dialog.get(), u"Batch from ticket 42"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, true), 2);
        QCOMPARE(rowsSaying(*dialog, false), 1);
        auto *table = dialog->findChild<QTableWidget *>(u"ordersTable"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Ended early"_s);
        QVERIFY2(table->item(1, 3)->text().contains(u"4090"_s),
                 qPrintable(table->item(1, 3)->text()));
        QCOMPARE(table->item(2, 3)->text(), u"Ended early"_s);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 3);
        QCOMPARE(dialog->findChild<QLabel *>(u"resultLabel"_s)->text(),
                 u"2 orders ended early; 1 failed or not sent."_s);
    }

    void stopSendsNoFurtherOrders()
    {
        const QList<cube::Order> orders = inUseOrders(3);
        auto dialog = startEndingSlowly(orders);
        QVERIFY(dialog);
        auto *close =
            dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close);
        QCOMPARE(close->text(), u"&Stop"_s);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(finished(*dialog));
        QCOMPARE(rowsSaying(*dialog, true), 1);
        auto *table = dialog->findChild<QTableWidget *>(u"ordersTable"_s);
        QCOMPARE(table->item(1, 3)->text(), u"Not sent"_s);
        QCOMPARE(table->item(2, 3)->text(), u"Not sent"_s);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 1);
        QCOMPARE(statusInFleet(orders.at(1).orderCode), OrderStatus::InUse);
    }

    void lostAnswerIsReadBackNotResent()
    {
        cube::sim::Fault fault;
        fault.kind = cube::sim::FaultKind::Close; // the order ends, the answer is lost
        m_simulator->faults().setFault(u"aheadFinishDeviceOrder"_s, fault);
        const cube::Order order = inUseOrders(1).constFirst();
        auto dialog = open({order});
        cube::test::giveReasonAndConfirm(dialog.get(), u"test"_s);
        QTest::mouseClick(endButton(*dialog), Qt::LeftButton);
        QVERIFY(finished(*dialog));
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 1);
        // The re-read found the order ended, so the dialog counts it as done.
        QCOMPARE(rowsSaying(*dialog, true), 1);
        // Worded as every write's lost answer is (WriteOutcome::message()).
        QCOMPARE(dialog->findChild<QTableWidget *>(u"ordersTable"_s)->item(0, 3)->text(),
                 u"The answer was lost, but a new look shows the order ended early."_s);
    }
};

QTEST_MAIN(TestEndOrderEarlyDialog)
#include "tst_endorderearlydialog.moc"
