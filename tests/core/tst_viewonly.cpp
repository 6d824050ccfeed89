#include "account/account.h"
#include "account/clientfactory.h"
#include "awaitoutcome.h"
#include "awaitresult.h"
#include "base/teamstoredatabase.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "knownids.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "simulatorclient.h"
#include "teamstoreserver.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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

    // A team store can make a person view only, whatever their profile says: whoever runs the
    // team's server gives them a role that may only read. Their desk reads the team's journal,
    // and sends no write, with words that say why and what to do.
    void aTeamStoreCanMakeAPersonViewOnly()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_viewonly: a role that may only read"_s);
        QVERIFY(cube::Journal(store).isOpen()); // the team's tables, made by a desk that may
        const QString role = u"viewer_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        {
            QVERIFY(cube::TeamStoreDatabase::open(u"admin"_s, store).ok);
            QSqlQuery admin(QSqlDatabase::database(u"admin"_s, false));
            for (const QString &statement :
                 {u"CREATE ROLE %1 LOGIN PASSWORD 'looks-only'"_s.arg(role),
                  u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role),
                  u"GRANT INSERT, UPDATE ON quota TO %1"_s.arg(role)})
                QVERIFY2(admin.exec(statement), qPrintable(statement));
            QSqlDatabase::database(u"admin"_s, false).close();
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        QUrl viewerUrl = store.parsed();
        viewerUrl.setUserName(role);

        const std::pair<QString, QString> inUse = orderInUse();
        const QString iccid = inUse.second;
        cube::Profile desk = profile(false); // the profile itself may write
        desk.teamStore = viewerUrl.toString();
        const std::unique_ptr<cube::Account> viewer =
            cube::ClientFactory(&m_network, {}, m_journal)
                .accountForProfile(desk, QString::fromLatin1(m_simulator->endpoint().secret),
                                   u"looks-only"_s);
        QVERIFY2(viewer->journal()->isOpen(), qPrintable(viewer->journal()->problem()));
        QVERIFY(viewer->journal()->readsOnly());
        QVERIFY2(viewer->writesRefused().contains(u"lets you look only"_s),
                 qPrintable(viewer->writesRefused()));
        const WriteOutcome outcome = cube::test::awaitOutcome([&](auto done) {
            viewer->writer().sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done);
        });
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, cube::ApiErrorKind::NotSent);
        QVERIFY2(outcome.error->message().contains(u"lets you look only"_s),
                 qPrintable(outcome.error->message()));
        QCOMPARE(cube::test::writesReceived(*m_simulator), 0);
        QVERIFY(viewer->journal()->history({}).isEmpty()); // read, and nothing recorded
        QVERIFY(!cube::Journal(store).readsOnly());        // the team's other roles may write
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
