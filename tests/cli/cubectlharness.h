#pragma once

#include "account/clientfactory.h"
#include "awaitresult.h"
#include "cubesimprocess.h"
#include "knownids.h"
#include "processrun.h"
#include "simulatoraccount.h"
#include "transport/cubeclient.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace cube::test {

using CubectlRun = ProcessRun;

// cube-sim started as a process, cubectl run against it as a process, as scripts run them;
// and a client of the test's own to read the simulator's state independently of cubectl.
class CubectlHarness
{
public:
    bool start(const QStringList &simulatorArguments = {QStringLiteral("--size"),
                                                        QStringLiteral("200")})
    {
        m_baseUrl = startCubeSim(m_simulator, QString::fromUtf8(CUBE_SIM_PATH), simulatorArguments);
        if (!m_baseUrl.isValid())
            return false;
        m_client = ClientFactory(&m_network)
                       .forEndpoint({m_baseUrl,
                                     sim::SimulatorAccount::demo().accessCode,
                                     sim::SimulatorAccount::demo().secret,
                                     {}});
        return true;
    }

    ~CubectlHarness()
    {
        m_simulator.kill();
        m_simulator.waitForFinished();
    }

    QUrl baseUrl() const { return m_baseUrl; }
    CubeClient &client() { return *m_client; }

    // The options that connect cubectl to the simulator, in English unless a test says else.
    QStringList connection() const
    {
        return {QStringLiteral("--base-url"), m_baseUrl.toString(), QStringLiteral("--access-code"),
                sim::SimulatorAccount::demo().accessCode};
    }

    // Runs cubectl with `arguments` (after the connection options) and `input` on its standard
    // input; CUBE_SECRET carries the demo secret unless `environment` says otherwise.
    CubectlRun run(const QStringList &arguments, const QByteArray &input = {},
                   QProcessEnvironment environment = defaultEnvironment()) const
    {
        return runProgram(QString::fromUtf8(CUBECTL_PATH), connection() + arguments, input,
                          environment);
    }

    // cubectl without connection options (help, profiles, --demo).
    static CubectlRun runBare(const QStringList &arguments, const QByteArray &input = {},
                              QProcessEnvironment environment = defaultEnvironment())
    {
        return runProgram(QString::fromUtf8(CUBECTL_PATH), arguments, input, environment);
    }

    static CubectlRun runProgram(const QString &program, const QStringList &arguments,
                                 const QByteArray &input, const QProcessEnvironment &environment)
    {
        return runProcess(program, arguments, input, environment);
    }

    static QProcessEnvironment defaultEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CUBE_SECRET"),
                           QString::fromLatin1(sim::SimulatorAccount::demo().secret));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        // Profiles and settings of this test process only: CTest runs tests side by side.
        static QTemporaryDir config;
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        return environment;
    }

    // The orders in `status` (simulator numbering), read with the test's own client, page by
    // page (the gateway lists at most 100 a page).
    QList<Order> ordersIn(int status, int count)
    {
        OrderQuery query;
        query.status = status;
        query.pageSize = qMin(count, 100);
        QList<Order> orders;
        for (query.pageNo = 1; orders.size() < count; ++query.pageNo) {
            const auto page = awaitResult<OrderPage>(
                [&](auto done) { m_client->orders(query, &m_context, done); });
            if (!page.ok() || page.value().orders.isEmpty())
                break;
            for (const Order &order : page.value().orders)
                if (order.status == status && orders.size() < count) // a hostile server may
                    orders.append(order);                            // list others too
            if (page.value().page.isLast())
                break;
        }
        return orders;
    }

    // An order's status now, or -1 when it cannot be read.
    int statusOf(const QString &orderCode)
    {
        const auto order = awaitResult<Order>([&](auto done) {
            m_client->order(cube::test::orderCodeOf(orderCode), &m_context, done);
        });
        return order.ok() ? order.value().status : -1;
    }

    SimCard simCard(const QString &iccid)
    {
        const auto sim = awaitResult<SimCard>(
            [&](auto done) { m_client->sim(cube::test::iccidOf(iccid), &m_context, done); });
        return sim.ok() ? sim.value() : SimCard();
    }

private:
    QProcess m_simulator;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QObject m_context;
    std::unique_ptr<CubeClient> m_client;
};

} // namespace cube::test
