#include "activitylog.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "orderplandialog.h"
#include "sendsmsdialog.h"
#include "simdetailpanel.h"
#include "simulatorclient.h"
#include "simwithorder.h"
#include "transport/cubeclient.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::sim::LifeCycle;

// Ordering plans, sending SMS, suspending and resuming, against the simulator.
class TestSimActions : public QObject
{
    Q_OBJECT

private:
    QList<int> freeActivatedSims(int count) const
    {
        return cube::test::freeActivatedSims(m_simulator->fleet(), count);
    }

    QString iccidOf(int sim) const { return m_simulator->fleet().sims().at(sim).iccid; }

    static void clickYes(QWidget *parent)
    {
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = parent->findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    }

    // Goes ahead in the confirmation that ordering opens (nothing is sent before it).
    static void placeAfterConfirming(cube::OrderPlanDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"orderButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = dialog.findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QTest::mouseClick(box->findChild<QPushButton *>(u"placeOrderButton"_s), Qt::LeftButton);
    }

    static bool plansLoaded(const cube::OrderPlanDialog &dialog)
    {
        return QTest::qWaitFor(
            [&] { return dialog.findChild<QComboBox *>(u"planCombo"_s)->isEnabled(); }, 10000);
    }

    // The order's result is shown (no longer "Sending…").
    static bool resultShown(const cube::OrderPlanDialog &dialog)
    {
        auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
        return QTest::qWaitFor(
            [&] { return !result->text().isEmpty() && result->text() != u"Sending…"_s; }, 10000);
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{21, 200});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network);
    }

    void cleanup()
    {
        m_account.reset();
        m_simulator.reset();
    }

    void ordersAPlanForOneSim()
    {
        const int sim = freeActivatedSims(1).constFirst();
        cube::OrderPlanDialog dialog(m_account.get(), &m_activity, {iccidOf(sim)});
        dialog.show();
        auto *order = dialog.findChild<QPushButton *>(u"orderButton"_s);
        QVERIFY(!order->isEnabled());
        QVERIFY(plansLoaded(dialog));
        QCOMPARE(dialog.findChild<QComboBox *>(u"planCombo"_s)->count(), 12);
        dialog.findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(3);
        QVERIFY(order->isEnabled());
        // Enable now is the person's choice, never ticked for them.
        dialog.findChild<QCheckBox *>(u"enableNowCheck"_s)->setChecked(true);
        placeAfterConfirming(dialog);
        QVERIFY(!order->isEnabled());
        QVERIFY(resultShown(dialog));
        const int current = m_simulator->fleet().currentOrder(sim);
        QVERIFY(current >= 0);
        QCOMPARE(m_simulator->fleet().orders().at(current).plan, 3);
        QVERIFY(dialog.findChild<QLabel *>(u"resultLabel"_s)
                    ->text()
                    .contains(m_simulator->fleet().orders().at(current).code));
        QVERIFY(m_activity.entryAt(0).succeeded);
    }

    void ordersAPlanForManySims()
    {
        const QList<int> sims = freeActivatedSims(3);
        QStringList iccids;
        for (int sim : sims)
            iccids.append(iccidOf(sim));
        cube::OrderPlanDialog dialog(m_account.get(), &m_activity, iccids);
        dialog.show();
        QVERIFY(plansLoaded(dialog));
        dialog.findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(0);
        dialog.findChild<QCheckBox *>(u"enableNowCheck"_s)->setChecked(true);
        placeAfterConfirming(dialog);
        QVERIFY(resultShown(dialog));
        QCOMPARE(dialog.findChild<QLabel *>(u"resultLabel"_s)->text(), u"3 orders placed."_s);
        QCOMPARE(m_simulator->requestCount(u"batchOrderPackages"_s), 1);
        for (int sim : sims)
            QVERIFY(m_simulator->fleet().currentOrder(sim) >= 0);
    }

    void smsCounterAndSend()
    {
        const QString iccid = iccidOf(0);
        cube::SendSmsDialog dialog(&m_account->writer(), &m_activity, iccid);
        dialog.show();
        auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
        auto *text = dialog.findChild<QPlainTextEdit *>(u"textEdit"_s);
        auto *counter = dialog.findChild<QLabel *>(u"counterLabel"_s);
        QVERIFY(!send->isEnabled());
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        text->setFocus();
        QTest::keyClicks(text, u"Hello"_s);
        // Tab leaves the text for the next control, as everywhere, and adds nothing to it.
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(text->toPlainText(), u"Hello"_s);
        QVERIFY(!text->hasFocus());
        QVERIFY2(counter->text().contains(u"5 characters"_s)
                     && counter->text().contains(u"1 message"_s)
                     && counter->text().contains(u"GSM-7"_s),
                 qPrintable(counter->text()));
        text->insertPlainText(u"，余额不足"_s);
        QVERIFY2(counter->text().contains(u"UCS-2"_s), qPrintable(counter->text()));
        text->setPlainText(QString(161, u'a'));
        QVERIFY2(counter->text().contains(u"2 messages"_s), qPrintable(counter->text()));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog.findChild<QLabel *>(u"resultLabel"_s)->text().startsWith(u"Sent"_s);
            },
            10000));
        QCOMPARE(m_simulator->requestCount(u"sendSms"_s), 1);
        QVERIFY(!send->isEnabled());
    }

    // The SMS goes through the writer: a lost answer is said to be unknown, and the dialog
    // offers no second send.
    void anSmsWhoseAnswerIsLostIsNotSentTwice()
    {
        cube::sim::Fault lost;
        lost.kind = cube::sim::FaultKind::Close;
        m_simulator->faults().setFault(u"sendSms"_s, lost);
        cube::SendSmsDialog dialog(&m_account->writer(), &m_activity, iccidOf(0));
        dialog.show();
        dialog.findChild<QPlainTextEdit *>(u"textEdit"_s)->setPlainText(u"Hello"_s);
        auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"may or may not have taken effect"_s),
                                  qPrintable(result->text()), 10000);
        QVERIFY(!send->isEnabled());
        QTest::qWait(50);
        QCOMPARE(m_simulator->requestCount(u"sendSms"_s), 1);
    }

    void suspendAndResumeFromTheDetail()
    {
        int sim = 0;
        while (m_simulator->fleet().currentOrder(sim) < 0
               || m_simulator->fleet().sims().at(sim).lifeCycle != LifeCycle::Activated
               || m_simulator->fleet().sims().at(sim).suspended)
            ++sim;
        cube::SimDetailPanel panel(m_account.get(), &m_activity);
        panel.show();
        panel.showSim(iccidOf(sim));
        auto *suspend = panel.findChild<QPushButton *>(u"suspendButton"_s);
        auto *resume = panel.findChild<QPushButton *>(u"resumeButton"_s);
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(&panel); }, 20000));
        QVERIFY(suspend->isEnabled());
        QVERIFY(!resume->isEnabled());

        QTest::mouseClick(suspend, Qt::LeftButton);
        clickYes(&panel);
        QVERIFY(QTest::qWaitFor([&] { return resume->isEnabled(); }, 20000));
        QVERIFY(m_simulator->fleet().sims().at(sim).suspended);
        QVERIFY(!suspend->isEnabled());

        QTest::mouseClick(resume, Qt::LeftButton);
        clickYes(&panel);
        QVERIFY(QTest::qWaitFor([&] { return suspend->isEnabled(); }, 20000));
        QVERIFY(!m_simulator->fleet().sims().at(sim).suspended);
    }
};

QTEST_MAIN(TestSimActions)
#include "tst_simactions.moc"
