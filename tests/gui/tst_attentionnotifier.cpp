#include "attention/attentionrefresh.h"
#include "attentionnotifier.h"
#include "cubesimulator.h"
#include "desktopnotifier.h"
#include "signalwait.h"
#include "simulatorclient.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cube;
using namespace Qt::StringLiterals;

namespace {

const QString notificationService = u"org.freedesktop.Notifications"_s;
const QString notificationPath = u"/org/freedesktop/Notifications"_s;

} // namespace

// A desktop's notification service as the freedesktop.org specification has it, on a bus
// connection of its own (so that the console's calls cross the test session's bus): it keeps
// what it was asked to show, and a test clicks a notification by emitting ActionInvoked.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

    ~FakeNotificationServer() override { stop(); }

    bool start()
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakeNotifications"_s);
        return m_bus.registerObject(notificationPath, this,
                                    QDBusConnection::ExportAllSlots
                                        | QDBusConnection::ExportScriptableSignals)
               && m_bus.registerService(notificationService);
    }

    void stop()
    {
        if (!m_bus.isConnected())
            return;
        m_bus.unregisterService(notificationService);
        m_bus.unregisterObject(notificationPath);
        QDBusConnection::disconnectFromBus(u"fakeNotifications"_s);
        m_bus = QDBusConnection(QString());
    }

    // The notifications of this summary's words.
    QList<Shown> saying(const QString &words) const
    {
        QList<Shown> found;
        for (const Shown &one : shown) {
            if (one.summary.contains(words))
                found << one;
        }
        return found;
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        shown.append({m_nextId, appName, summary, body, actions});
        return m_nextId++;
    }
    QStringList GetCapabilities() const { return {u"actions"_s, u"body"_s}; }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus{QString()};
    uint m_nextId = 41;
};

// The console's notifications of what newly needs attention, after real looks at the simulator
// over loopback, shown by a notification service on the test session's bus.
class AttentionNotifierTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<CubeClient> m_client;
    std::unique_ptr<AttentionRefresh> m_refresh;
    std::unique_ptr<FakeNotificationServer> m_server;
    QDateTime m_now;

    sim::Fleet &fleet() { return m_simulator->fleet(); }

    // The SIM list as the console's list has it: every SIM of the simulator's fleet.
    FleetSnapshot snapshot()
    {
        FleetSnapshot snapshot;
        for (int i = 0; i < fleet().sims().size(); ++i) {
            const sim::SimulatedSim &sim = fleet().sims().at(i);
            SimCard card;
            card.iccid = sim.iccid;
            card.lifeCycle = int(sim.lifeCycle);
            card.suspended = sim.suspended;
            const int order = fleet().currentOrder(i);
            if (order >= 0)
                card.orderCode = fleet().orders().at(order).code;
            snapshot.append(card);
        }
        return snapshot;
    }

    // SIMs with an order in use that expires far from now.
    QList<int> quietSimsWithOrders()
    {
        QList<int> sims;
        for (int i = 0; i < fleet().sims().size(); ++i) {
            const int order = fleet().currentOrder(i);
            if (order >= 0 && fleet().orders().at(order).status == OrderStatus::InUse
                && fleet().orders().at(order).expires > m_now.addDays(100)
                && fleet().sims().at(i).lifeCycle == sim::LifeCycle::Activated
                && !fleet().sims().at(i).suspended)
                sims << i;
        }
        return sims;
    }

    // Makes the orders of `count` SIMs expire in two days; their codes.
    QStringList expireSoon(int count)
    {
        QStringList codes;
        const QList<int> sims = quietSimsWithOrders().mid(0, count);
        for (int sim : sims) {
            const int order = fleet().currentOrder(sim);
            fleet().order(order).expires = m_now.addDays(2);
            codes << fleet().orders().at(order).code;
        }
        return codes;
    }

    // Suspends `count` SIMs; their ICCIDs.
    QStringList suspend(int count)
    {
        QStringList iccids;
        const QList<int> sims = quietSimsWithOrders().mid(0, count);
        for (int sim : sims) {
            fleet().sim(sim).suspended = true;
            iccids << fleet().sims().at(sim).iccid;
        }
        return iccids;
    }

    // Looks at the account as the Attention tab does, reading the orders in use each time.
    bool look()
    {
        QSignalSpy looked(m_refresh.get(), &AttentionRefresh::looked);
        QSignalSpy failed(m_refresh.get(), &AttentionRefresh::failed);
        m_refresh->look(snapshot(), true, AttentionRefresh::Consent::Given);
        if (!looked.wait(20000)) {
            qWarning() << "no look:" << failed;
            return false;
        }
        return true;
    }

    // Returns when the notification service has taken every call sent to it before: the bus
    // keeps one sender's messages to one receiver in order.
    static bool allDelivered()
    {
        const QDBusMessage ask = QDBusMessage::createMethodCall(
            notificationService, notificationPath, notificationService, u"GetCapabilities"_s);
        QDBusPendingCallWatcher answer(QDBusConnection::sessionBus().asyncCall(ask));
        test::Completion done(&answer, &QDBusPendingCallWatcher::finished);
        return done.wait(10000) && !answer.isError();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AttentionResult>();
        qRegisterMetaType<QList<AttentionItem>>();
        qRegisterMetaType<AttentionCost>();
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run in a D-Bus session: scripts/in-test-session");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_simulator = std::make_unique<sim::CubeSimulator>(sim::SimulatorAccount::demo(),
                                                           sim::FleetOptions(7, 300));
        QVERIFY(m_simulator->listen());
        // A fleet with nothing to say: every SIM activated with an order in use far from its
        // expiry, or not activated yet; each test says what needs attention.
        m_now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < fleet().sims().size(); ++i) {
            const int order = fleet().currentOrder(i);
            fleet().sim(i).suspended = false;
            fleet().sim(i).lifeCycle =
                order >= 0 ? sim::LifeCycle::Activated : sim::LifeCycle::PreActivation;
        }
        for (int order = 0; order < fleet().orders().size(); ++order) {
            if (fleet().orders().at(order).status == OrderStatus::InUse)
                fleet().order(order).expires = m_now.addDays(200);
        }
        m_client = test::clientFor(*m_simulator, &m_network);
        m_refresh = std::make_unique<AttentionRefresh>(
            m_client.get(), m_dir->filePath(u"attention.sqlite"_s), u"tests"_s);
        m_server = std::make_unique<FakeNotificationServer>();
    }

    void cleanup()
    {
        m_server.reset();
        m_refresh.reset();
        m_client.reset();
        m_simulator.reset();
    }

    // One notification per reason among the news, its count in the summary and the first
    // SIMs or orders named in the body; clicking one asks for the Attention tab at its reason.
    void oneNotificationPerReasonOfTheNews()
    {
        QVERIFY(m_server->start());
        QWidget window;
        AttentionNotifier notifier(m_refresh.get(), &window);
        QSignalSpy opened(&notifier, &AttentionNotifier::openAttention);
        const QStringList expiring = expireSoon(5);
        const QStringList suspended = suspend(2);
        QCOMPARE(expiring.size(), 5);
        QCOMPARE(suspended.size(), 2);

        QVERIFY(look());
        QVERIFY(allDelivered());
        QCOMPARE(m_server->shown.size(), 2);
        const QList<FakeNotificationServer::Shown> expiry = m_server->saying(u"expire"_s);
        QCOMPARE(expiry.size(), 1);
        QVERIFY2(expiry.first().summary.startsWith(u"5 "_s)
                     && expiry.first().summary.contains(u"7"_s),
                 qPrintable(expiry.first().summary));
        int named = 0;
        for (const QString &code : expiring)
            named += expiry.first().body.contains(code) ? 1 : 0;
        QCOMPARE(named, 3);
        QVERIFY2(expiry.first().body.endsWith(u"2 more"_s), qPrintable(expiry.first().body));

        const QList<FakeNotificationServer::Shown> paused = m_server->saying(u"suspended"_s);
        QCOMPARE(paused.size(), 1);
        QVERIFY2(paused.first().summary.startsWith(u"2 "_s), qPrintable(paused.first().summary));
        for (const QString &iccid : suspended)
            QVERIFY2(paused.first().body.contains(iccid), qPrintable(paused.first().body));
        for (const FakeNotificationServer::Shown &one : std::as_const(m_server->shown)) {
            QCOMPARE(one.appName, u"Cube Console"_s);
            QVERIFY(one.actions.contains(u"default"_s));
        }

        // A click: another program's notification and another action are not ours.
        emit m_server->ActionInvoked(paused.first().id + 100, u"default"_s);
        emit m_server->ActionInvoked(paused.first().id, u"settings"_s);
        emit m_server->ActionInvoked(paused.first().id, u"default"_s);
        QVERIFY(opened.wait(10000));
        emit m_server->ActionInvoked(expiry.first().id, u"default"_s);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0).at(0).value<AttentionReason>(), AttentionReason::Suspended);
        QCOMPARE(opened.at(1).at(0).value<AttentionReason>(), AttentionReason::ExpiresSoon);
    }

    // A look with nothing new says nothing; a new item at the next look is told alone.
    void onlyNewItemsAreTold()
    {
        QVERIFY(m_server->start());
        QWidget window;
        AttentionNotifier notifier(m_refresh.get(), &window);
        expireSoon(2);
        suspend(1);
        QVERIFY(look());
        QVERIFY(allDelivered());
        QCOMPARE(m_server->shown.size(), 2);

        QVERIFY(look());
        QVERIFY(allDelivered());
        QCOMPARE(m_server->shown.size(), 2);

        const QStringList iccid = suspend(1);
        QCOMPARE(iccid.size(), 1);
        QVERIFY(look());
        QVERIFY(allDelivered());
        QCOMPARE(m_server->shown.size(), 3);
        const FakeNotificationServer::Shown told = m_server->shown.last();
        QVERIFY2(told.summary.startsWith(u"1 "_s) && told.summary.contains(u"suspended"_s),
                 qPrintable(told.summary));
        QCOMPARE(told.body, iccid.first());
    }

    // With no notification service the notifier says it could not notify; one that starts
    // later is used.
    void withoutAServiceNothingIsNotified()
    {
        DesktopNotifier desktop;
        QSignalSpy notShown(&desktop, &DesktopNotifier::notShown);
        // The service is found by calling it: the first try learns it is not there.
        if (desktop.notify(u"t"_s, u"First"_s, u"body"_s))
            QVERIFY(notShown.wait(10000));
        QVERIFY(!desktop.notify(u"t"_s, u"Second"_s, u"body"_s));

        QVERIFY(m_server->start());
        // Once the bus has said the name has an owner, which the notifier hears of meanwhile.
        bool handedOn = false;
        for (int tries = 0; tries < 200 && !handedOn; ++tries) {
            test::runEventLoopFor(50);
            handedOn = desktop.notify(u"t"_s, u"Third"_s, u"body"_s);
        }
        QVERIFY(handedOn);
        QVERIFY(allDelivered());
        QCOMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.first().summary, u"Third"_s);
    }

    // Then the window's status bar says what needs attention.
    void withoutAServiceTheStatusBarSaysIt()
    {
        QMainWindow window;
        auto *page = new QWidget;
        window.setCentralWidget(page);
        AttentionNotifier notifier(m_refresh.get(), page);
        expireSoon(3);
        suspend(1);
        QVERIFY(look());
        QStatusBar *bar = window.statusBar();
        const auto saysBoth = [bar] {
            const QString said = bar->currentMessage();
            return said.contains(u"3 "_s) && said.contains(u"expire"_s) && said.contains(u"1 "_s)
                   && said.contains(u"suspended"_s);
        };
        QVERIFY2(test::waitUntil(bar, &QStatusBar::messageChanged, saysBoth, 10000),
                 qPrintable(bar->currentMessage()));
    }
};

QTEST_MAIN(AttentionNotifierTest)
#include "tst_attentionnotifier.moc"
