#include "awaitoutcome.h"
#include "contract/operation.h"
#include "cubesimulator.h"
#include "knownids.h"
#include "simulatorclient.h"
#include "writes/changewriter.h"
#include "writes/writetable.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::Settlement;
using cube::WriteOutcome;
using cube::sim::FaultKind;

// The one table of writes, and the writes that went around it before: a plan ordered for many
// SIM cards, an OTA order and an SMS now go through the writer like every other write. Each is
// sent once; a lost answer is settled where a read can tell and left unknown where none can.
class TestWriteTable : public QObject
{
    Q_OBJECT

private:
    // Activated SIM cards without an order in use: a plan can be ordered for them.
    QList<int> simsWithoutPlan(int count) const
    {
        const auto &fleet = m_simulator->fleet();
        QList<int> found;
        for (int sim = 0; sim < fleet.sims().size() && found.size() < count; ++sim)
            if (fleet.sims().at(sim).lifeCycle == cube::sim::LifeCycle::Activated
                && fleet.currentOrder(sim) < 0)
                found.append(sim);
        return found;
    }

    cube::PlanOrderRequest planOrderFor(const QList<int> &sims) const
    {
        const auto &fleet = m_simulator->fleet();
        cube::PlanOrderRequest request;
        for (int sim : sims)
            request.iccids.append(fleet.sims().at(sim).iccid);
        request.planCode = fleet.plans().at(2).code;
        request.planName = fleet.plans().at(2).name;
        request.planType = fleet.plans().at(2).type;
        return request;
    }

    void loseAnswersOf(const QString &operation)
    {
        cube::sim::Fault lost;
        lost.kind = FaultKind::Close;
        m_simulator->faults().setFault(operation, lost);
    }

    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;

private slots:
    void init()
    {
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{3, 120});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network, 2s);
    }

    void cleanup()
    {
        m_account.reset();
        m_simulator.reset();
    }

    // Every operation the contract calls a write has its rule, and no read has one.
    void everyWriteHasOneRule()
    {
        for (cube::Operation operation : cube::allOperations()) {
            const cube::OperationInfo &info = cube::operationInfo(operation);
            const cube::writetable::WriteRule *rule = cube::writetable::rule(operation);
            QVERIFY2(bool(rule) == info.write, qPrintable(info.nameString()));
            if (rule)
                QCOMPARE(int(rule->operation), int(operation));
        }
    }

    void anOtaOrderWhoseAnswerIsLostIsSettledByTheSimsOrders()
    {
        const QList<int> sims = simsWithoutPlan(1);
        QCOMPARE(sims.size(), 1);
        const auto &fleet = m_simulator->fleet();
        const qsizetype ordersBefore = fleet.ordersOf(sims.constFirst()).size();
        cube::PlanOrderRequest request = planOrderFor(sims);
        request.payType = 2;
        request.mcc = u"460"_s;
        request.days = 7;
        request.enableNow = false;
        loseAnswersOf(u"createOtaOrder"_s);

        const WriteOutcome outcome = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().placeOtaOrder(request, this, done);
        });
        QVERIFY2(outcome.settlement == Settlement::Done, qPrintable(outcome.message()));
        QVERIFY(outcome.answerLost);
        QVERIFY2(outcome.message().contains(u"a new look shows"_s), qPrintable(outcome.message()));
        QCOMPARE(m_simulator->requestCount(u"createOtaOrder"_s), 1);
        QCOMPARE(fleet.ordersOf(sims.constFirst()).size(), ordersBefore + 1);
        QVERIFY(outcome.order);
        QCOMPARE(outcome.order->orderCode,
                 fleet.orders().at(fleet.ordersOf(sims.constFirst()).last()).code);
    }

    void aPlanOrderForManyWhoseAnswerIsLostIsUnknownAndNotSentAgain()
    {
        const QList<int> sims = simsWithoutPlan(3);
        QCOMPARE(sims.size(), 3);
        loseAnswersOf(u"batchOrderPackages"_s);
        const WriteOutcome outcome = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().placeOrders(planOrderFor(sims), this, done);
        });
        QCOMPARE(outcome.settlement, Settlement::Unknown);
        QVERIFY(outcome.answerLost);
        QVERIFY2(outcome.message().contains(u"refresh to see what actually happened"_s),
                 qPrintable(outcome.message()));
        QTest::qWait(50); // a second request, were one sent, would have arrived by now
        QCOMPARE(m_simulator->requestCount(u"batchOrderPackages"_s), 1);
    }

    void aPlanOrderForManyAnswersALineForEachSim()
    {
        const QList<int> sims = simsWithoutPlan(2);
        QCOMPARE(sims.size(), 2);
        const WriteOutcome outcome = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().placeOrders(planOrderFor(sims), this, done);
        });
        QVERIFY2(outcome.done(), qPrintable(outcome.message()));
        QCOMPARE(outcome.lines.size(), 2);
        for (const cube::BatchOrderLine &line : outcome.lines) {
            QVERIFY(line.ok());
            QCOMPARE(m_simulator->fleet().currentOrder(m_simulator->fleet().simIndex(line.iccid))
                         >= 0,
                     true);
        }
    }

    void anSmsWhoseAnswerIsLostIsUnknownAndNotSentAgain()
    {
        const QString iccid = m_simulator->fleet().sims().at(simsWithoutPlan(1).constFirst()).iccid;
        loseAnswersOf(u"sendSms"_s);
        const WriteOutcome outcome = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done);
        });
        QCOMPARE(outcome.settlement, Settlement::Unknown);
        QVERIFY(outcome.answerLost);
        QVERIFY2(outcome.message().contains(u"may or may not"_s), qPrintable(outcome.message()));
        QTest::qWait(50);
        QCOMPARE(m_simulator->requestCount(u"sendSms"_s), 1);
    }

    // An SMS changes no record: even while views listen, nothing is read after it.
    void anSmsSentIsDoneAndReadsNothingAfter()
    {
        const QString iccid = m_simulator->fleet().sims().at(simsWithoutPlan(1).constFirst()).iccid;
        QSignalSpy sims(&m_account->writer(), &cube::ChangeWriter::simChanged);
        const WriteOutcome outcome = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done);
        });
        QVERIFY2(outcome.done(), qPrintable(outcome.message()));
        QVERIFY(outcome.messageId.isEmpty()); // the vendor's sendSms answers "data": null
        QTest::qWait(100);
        QCOMPARE(m_simulator->requestCount(u"queryDevice"_s), 0);
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), 0);
        QVERIFY(sims.isEmpty());
    }

    // cubectl listens to no change: a write costs it one query, not the reads that follow one
    // for the console's views.
    void aWriteNobodyFollowsSpendsNoRead()
    {
        const QString iccid = m_simulator->fleet().sims().at(simsWithoutPlan(1).constFirst()).iccid;
        const WriteOutcome suspended = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().suspend(cube::test::iccidOf(iccid), this, done);
        });
        QVERIFY2(suspended.done(), qPrintable(suspended.message()));
        QTest::qWait(100);
        QCOMPARE(m_simulator->requestCount(u"queryDevice"_s), 0);

        QSignalSpy sims(&m_account->writer(), &cube::ChangeWriter::simChanged);
        const WriteOutcome resumed = cube::test::awaitOutcome([&](cube::ChangeWriter::Done done) {
            m_account->writer().resume(cube::test::iccidOf(iccid), this, done);
        });
        QVERIFY2(resumed.done(), qPrintable(resumed.message()));
        QTRY_VERIFY(!sims.isEmpty());
        QCOMPARE(sims.constLast().constFirst().value<cube::SimCard>().iccid, iccid);
        QVERIFY(!sims.constLast().constFirst().value<cube::SimCard>().suspended);
        QCOMPARE(m_simulator->requestCount(u"queryDevice"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteTable)
#include "tst_writetable.moc"
