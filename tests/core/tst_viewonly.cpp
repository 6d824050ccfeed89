#include "account/account.h"
#include "account/clientfactory.h"
#include "awaitoutcome.h"
#include "awaitresult.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "knownids.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using cube::Operation;
using cube::WriteOutcome;

// A view-only profile (a trainee's, a viewer's) changes nothing on the server: every write of
// the contract, made through the account as both programs make them, comes back "not sent" with
// words that name the profile, reaches no server and is not journaled; reads go on as before.
class TestViewOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::shared_ptr<cube::Journal> m_journal;

    cube::Profile profile(bool viewOnly) const
    {
        const cube::AccountEndpoint endpoint = m_simulator->endpoint();
        cube::Profile made;
        made.name = u"Trainee desk"_s;
        made.baseUrl = endpoint.baseUrl;
        made.accessCode = endpoint.accessCode;
        made.viewOnly = viewOnly;
        return made;
    }

    std::unique_ptr<cube::Account> account(bool viewOnly)
    {
        const cube::AccountEndpoint endpoint = m_simulator->endpoint();
        return cube::ClientFactory(&m_network, {}, m_journal)
            .accountForProfile(profile(viewOnly), QString::fromLatin1(endpoint.secret));
    }

    // An order in use and the SIM it belongs to, from the simulator's own records.
    std::pair<QString, QString> orderInUse() const
    {
        const auto &fleet = m_simulator->fleet();
        for (int sim = 0; sim < fleet.sims().size(); ++sim)
            if (const int current = fleet.currentOrder(sim);
                current >= 0 && fleet.orders().at(current).status == cube::OrderStatus::InUse)
                return {fleet.orders().at(current).code, fleet.sims().at(sim).iccid};
        return {};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CubeConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_viewonly"_s);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{});
        QVERIFY(m_simulator->listen());
        m_journal = std::make_shared<cube::Journal>(m_dir.filePath(u"journal.sqlite"_s));
        QVERIFY(m_journal->isOpen());
    }

    void theMarkIsKeptWithTheProfile()
    {
        cube::ProfileStore store;
        const QString viewer = store.save(profile(true));
        const QString worker = store.save(profile(false));
        QVERIFY(cube::ProfileStore().profile(viewer)->viewOnly);
        QVERIFY(!cube::ProfileStore().profile(worker)->viewOnly);
        QVERIFY(cube::ProfileStore().profile(viewer)->writesRefusal().contains(u"Trainee desk"_s));
        QVERIFY(cube::ProfileStore().profile(worker)->writesRefusal().isEmpty());
    }

    void everyWriteIsRefusedBeforeItLeaves()
    {
        // Named copies: a lambda cannot capture a structured binding before C++20.
        const std::pair<QString, QString> inUse = orderInUse();
        const QString order = inUse.first;
        const QString iccid = inUse.second;
        QVERIFY(!order.isEmpty());
        const std::unique_ptr<cube::Account> viewer = account(true);
        QVERIFY(viewer->writesRefused().contains(u"Trainee desk"_s));
        cube::ChangeWriter &writer = viewer->writer();
        const qsizetype journaled = m_journal->history({}).size();

        cube::PlanOrderRequest plan;
        plan.iccids = {iccid};
        plan.planCode = u"P1"_s;
        plan.planName = u"1GB"_s;
        cube::PlanOrderRequest ota = plan;
        ota.payType = 1;
        ota.mcc = u"460"_s;
        ota.days = 3;
        const QList<std::function<void(cube::ChangeWriter::Done)>> writes = {
            [&](auto done) {
                writer.endEarly(cube::test::orderCodeOf(order), u"customer left"_s, {}, this, done);
            },
            [&](auto done) { writer.cancel(cube::test::orderCodeOf(order), this, done); },
            [&](auto done) { writer.enable(cube::test::orderCodeOf(order), this, done); },
            [&](auto done) { writer.renew(cube::test::orderCodeOf(order), 1, this, done); },
            [&](auto done) { writer.suspend(cube::test::iccidOf(iccid), this, done); },
            [&](auto done) { writer.resume(cube::test::iccidOf(iccid), this, done); },
            [&](auto done) { writer.placeOrder(plan, this, done); },
            [&](auto done) { writer.placeOrders(plan, this, done); },
            [&](auto done) { writer.placeOtaOrder(ota, this, done); },
            [&](auto done) { writer.sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done); },
        };
        for (qsizetype i = 0; i < writes.size(); ++i) {
            const WriteOutcome outcome = cube::test::awaitOutcome(writes.at(i));
            QVERIFY2(outcome.error, qPrintable(QString::number(i)));
            QCOMPARE(outcome.error->kind, cube::ApiErrorKind::NotSent);
            QVERIFY2(outcome.error->message().contains(u"Trainee desk"_s)
                         && outcome.error->message().contains(u"view only"_s),
                     qPrintable(outcome.error->message()));
        }
        QCOMPARE(cube::test::writesReceived(*m_simulator), 0);
        QCOMPARE(m_journal->history({}).size(), journaled); // nothing was about to leave
    }

    void readsGoOn()
    {
        const std::pair<QString, QString> inUse = orderInUse();
        const QString order = inUse.first;
        const QString iccid = inUse.second;
        const std::unique_ptr<cube::Account> viewer = account(true);
        const auto sim = cube::test::awaitResult<cube::SimCard>(
            [&](auto done) { viewer->client().sim(cube::test::iccidOf(iccid), this, done); });
        QVERIFY2(sim.ok(), qPrintable(sim.ok() ? QString() : sim.error().message()));
        QCOMPARE(sim.value().iccid, iccid);
    }

    void aProfileThatMayWriteSends()
    {
        // The same write through the same profile without the mark reaches the server: the
        // refusal above is the mark's doing, not the test's.
        const std::pair<QString, QString> inUse = orderInUse();
        const QString order = inUse.first;
        const QString iccid = inUse.second;
        const std::unique_ptr<cube::Account> worker = account(false);
        QVERIFY(worker->writesRefused().isEmpty());
        const WriteOutcome outcome = cube::test::awaitOutcome([&](auto done) {
            worker->writer().sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done);
        });
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message() : QString()));
        QCOMPARE(cube::test::writesReceived(*m_simulator), 1);
    }
};

QTEST_GUILESS_MAIN(TestViewOnly)
#include "tst_viewonly.moc"
