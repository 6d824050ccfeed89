#include "awaitresult.h"
#include "cubesimulator.h"
#include "knownids.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Read = std::function<QString(cube::CubeClient &client, const QString &iccid)>;

// One read of the client, its result written out field by field (an error as its message).
template<typename T>
QString readOut(const std::function<void(cube::CubeClient::Done<T>)> &start,
                const std::function<QString(const T &)> &written)
{
    const cube::ApiResult<T> result = cube::test::awaitResult<T>(start);
    return result.ok() ? written(result.value()) : u"error: "_s + result.error().message();
}

QString simOut(const cube::SimCard &sim)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(sim.iccid, sim.imsi, sim.msisdn)
        .arg(sim.lifeCycle)
        .arg(sim.suspended)
        .arg(sim.planCode, sim.orderCode)
        .arg(sim.usedFlowMb)
        .arg(sim.updated.toString(Qt::ISODate));
}

QString orderOut(const cube::Order &order)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9;"_s.arg(order.orderCode, order.iccid, order.planCode)
        .arg(order.status)
        .arg(order.type)
        .arg(order.ordered.toString(Qt::ISODate), order.starts.toString(Qt::ISODate),
             order.expires.toString(Qt::ISODate))
        .arg(order.flowMb);
}

const QDate today = QDate::currentDate();

} // namespace

Q_DECLARE_METATYPE(Read)

// Every read whose answer's field names are our guess, against the simulator answering in
// snake_case with typed values and in camelCase with every value a string (as the vendor's
// documented answers are): the client reads the same records from both.
class TestAnswerShapes : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private slots:
    void bothShapesReadTheSame_data()
    {
        QTest::addColumn<Read>("read");
        QTest::newRow("SIM list") << Read([](cube::CubeClient &client, const QString &) {
            return readOut<cube::SimPage>([&](auto done) { client.listSims(2, 50, &client, done); },
                                          [](const cube::SimPage &page) {
                                              QString text =
                                                  u"page %1/%2 of %3: "_s.arg(page.page.pageNo)
                                                      .arg(page.page.totalPages)
                                                      .arg(page.page.totalCount);
                                              for (const cube::SimCard &sim : page.sims)
                                                  text += simOut(sim) + u';';
                                              return text;
                                          });
        });
        QTest::newRow("SIM") << Read([](cube::CubeClient &client, const QString &iccid) {
            return readOut<cube::SimCard>(
                [&](auto done) { client.sim(cube::test::iccidOf(iccid), &client, done); }, simOut);
        });
        QTest::newRow("usage") << Read([](cube::CubeClient &client, const QString &iccid) {
            return readOut<cube::FlowUsage>(
                [&](auto done) { client.usage(cube::test::iccidOf(iccid), &client, done); },
                [](const cube::FlowUsage &usage) {
                    return u"%1 %2 %3 %4"_s.arg(usage.iccid, usage.orderCode)
                        .arg(usage.usedMb)
                        .arg(usage.highSpeedBalanceMb);
                });
        });
        QTest::newRow("day usage") << Read([](cube::CubeClient &client, const QString &iccid) {
            return readOut<cube::DayUsage>(
                [&](auto done) {
                    client.dayUsage(cube::test::iccidOf(iccid), today.addDays(-3), &client, done);
                },
                [](const cube::DayUsage &day) {
                    return u"%1 %2 %3"_s.arg(day.iccid, day.date.toString(Qt::ISODate))
                        .arg(day.usedMb);
                });
        });
        QTest::newRow("month usage") << Read([](cube::CubeClient &client, const QString &iccid) {
            return readOut<QList<cube::MonthUsage>>(
                [&](auto done) {
                    client.monthUsage({cube::test::iccidOf(iccid)}, today, &client, done);
                },
                [](const QList<cube::MonthUsage> &months) {
                    QString text;
                    for (const cube::MonthUsage &month : months)
                        text += u"%1 %2 %3;"_s.arg(month.iccid, month.month).arg(month.usedMb);
                    return text;
                });
        });
        QTest::newRow("carrier balance")
            << Read([](cube::CubeClient &client, const QString &iccid) {
                   return readOut<cube::CarrierBalance>(
                       [&](auto done) {
                           client.carrierBalance(cube::test::iccidOf(iccid), &client, done);
                       },
                       [](const cube::CarrierBalance &balance) {
                           return u"%1 %2"_s.arg(balance.imsi).arg(balance.remainingMb);
                       });
               });
        QTest::newRow("plans") << Read([](cube::CubeClient &client, const QString &) {
            return readOut<QList<cube::Plan>>([&](auto done) { client.plans(&client, done); },
                                              [](const QList<cube::Plan> &plans) {
                                                  QString text;
                                                  for (const cube::Plan &plan : plans)
                                                      text += u"%1 %2 %3 %4 %5;"_s
                                                                  .arg(plan.code, plan.name)
                                                                  .arg(plan.type)
                                                                  .arg(plan.price)
                                                                  .arg(plan.flowMb);
                                                  return text;
                                              });
        });
        QTest::newRow("orders") << Read([](cube::CubeClient &client, const QString &iccid) {
            cube::OrderQuery query;
            query.iccid = iccid;
            return readOut<cube::OrderPage>([&](auto done) { client.orders(query, &client, done); },
                                            [](const cube::OrderPage &page) {
                                                QString text = u"%1: "_s.arg(page.page.totalCount);
                                                for (const cube::Order &order : page.orders)
                                                    text += orderOut(order);
                                                return text;
                                            });
        });
        QTest::newRow("SMS") << Read([](cube::CubeClient &client, const QString &iccid) {
            return readOut<cube::SentSms>(
                [&](auto done) {
                    client.sendSms(cube::test::iccidOf(iccid), u"hello"_s, &client, done);
                },
                [](const cube::SentSms &sent) {
                    // The id carries the second it was sent: only its presence is compared.
                    return sent.messageId.isEmpty() ? u"no id"_s : u"an id"_s;
                });
        });
    }

    void bothShapesReadTheSame()
    {
        QFETCH(Read, read);
        cube::sim::CubeSimulator typed(cube::sim::SimulatorAccount::demo(), {5, 300});
        cube::sim::CubeSimulator strings(cube::sim::SimulatorAccount::demo(), {5, 300});
        strings.setCamelCaseAnswers(true);
        QVERIFY(typed.listen());
        QVERIFY(strings.listen());
        // A SIM in use, so that usage and orders have something to say.
        int sim = 0;
        while (typed.fleet().currentOrder(sim) < 0)
            ++sim;
        const QString iccid = typed.fleet().sims().at(sim).iccid;
        const auto typedClient = cube::test::clientFor(typed, &m_network);
        const auto stringsClient = cube::test::clientFor(strings, &m_network);
        const QString fromTyped = read(*typedClient, iccid);
        const QString fromStrings = read(*stringsClient, iccid);
        QVERIFY2(!fromTyped.startsWith(u"error"_s), qPrintable(fromTyped));
        QCOMPARE(fromStrings, fromTyped);
    }
};

QTEST_GUILESS_MAIN(TestAnswerShapes)
#include "tst_answershapes.moc"
