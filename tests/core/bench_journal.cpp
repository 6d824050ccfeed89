#include "bulkrunner.h"
#include "bulkwritejob.h"
#include "changewriter.h"
#include "clientfactory.h"
#include "cubeclient.h"
#include "cubesimprocess.h"
#include "cubesimulator.h"
#include "journal.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(share * double(values.size() - 1)));
}

QList<cube::Order> ordersIn(cube::CubeClient &client, cube::OrderStatus status, int count,
                            QObject *context)
{
    cube::OrderQuery query;
    query.status = int(status);
    query.pageSize = count;
    QList<cube::Order> orders;
    bool done = false;
    client.orders(query, context, [&](const cube::ApiResult<cube::OrderPage> &page) {
        if (page.ok())
            orders = page.value().orders;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("the orders could not be read");
    return orders;
}

} // namespace

// What the journal costs, printed in one run (label bench; the numbers are read, not asserted):
// one write's journal steps beside the request's own round trip on loopback, ending 600 orders
// early with 100 ms latency and 6 at once with and without the journal against the bound of
// 10 s, and the file size and a one-ICCID history query at 1,000,000 entries.
class BenchJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Ends `count` in-use orders of a cube-sim process (100 ms latency) as one bulk job, 6 at
    // a time, from this process; the seconds it took.
    double endOrders(bool journaled, int count, quint64 seed)
    {
        QProcess simulator;
        const QUrl baseUrl =
            cube::test::startCubeSim(simulator, QString::fromUtf8(CUBE_SIM_PATH),
                                     {u"--size"_s, u"4000"_s, u"--seed"_s, QString::number(seed),
                                      u"--latency"_s, u"aheadFinishDeviceOrder:100"_s});
        const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
        QNetworkAccessManager network;
        cube::ClientOptions options;
        if (journaled)
            options.journal =
                std::make_shared<cube::Journal>(m_dir.filePath(u"bulk-%1.sqlite"_s.arg(seed)));
        auto client = cube::ClientFactory(&network, options)
                          .forEndpoint({baseUrl, demo.accessCode, demo.secret, {}});
        QStringList codes;
        for (const cube::Order &order : ordersIn(*client, cube::OrderStatus::InUse, count, this))
            codes.append(order.orderCode);
        if (codes.size() < count)
            qWarning("only %d orders in use", int(codes.size()));
        cube::ChangeWriter writer(*client);
        cube::BulkWriteJob job(writer, *client, cube::Operation::EndOrderEarly,
                               {{cube::WriteTask::reasonKey, u"Benchmark"_s}}, codes);
        if (job.record())
            qWarning("the job could not be recorded");
        cube::BulkRunner runner(
            codes.size(), 6, [&](qsizetype index, cube::BulkRunner::ItemDone done) {
                job.write(index, this, [done](const cube::WriteOutcome &o) { done(o.settlement); });
            });
        bool finished = false;
        connect(&runner, &cube::BulkRunner::finished, this, [&] { finished = true; });
        QElapsedTimer clock;
        clock.start();
        runner.start();
        if (!QTest::qWaitFor([&] { return finished; }, 120000))
            qWarning("the bulk job did not finish");
        const double seconds = double(clock.elapsed()) / 1000.0;
        simulator.kill();
        simulator.waitForFinished();
        return seconds;
    }

private slots:
    void costOfOneWrite()
    {
        cube::Journal journal(m_dir.filePath(u"steps.sqlite"_s));
        QList<double> steps;
        for (int i = 0; i < 1000; ++i) {
            cube::JournalEntry entry;
            entry.operation = cube::Operation::EndOrderEarly;
            entry.subjects = {u"L%1"_s.arg(i)};
            entry.fields = {{u"order_code"_s, entry.subjects.constFirst()}};
            QElapsedTimer clock;
            clock.start();
            journal.record(entry);
            journal.markSent(entry.id);
            journal.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
            steps.append(double(clock.nsecsElapsed()) / 1e6);
        }

        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {5, 2000});
        simulator.listen();
        QNetworkAccessManager network;
        auto client = cube::ClientFactory(&network).forEndpoint(simulator.endpoint());
        const QList<cube::Order> orders = ordersIn(*client, cube::OrderStatus::InUse, 300, this);
        QList<double> trips;
        for (const cube::Order &order : orders) {
            bool done = false;
            QElapsedTimer clock;
            clock.start();
            client->endOrderEarly(order.orderCode, u"Benchmark"_s, {}, this,
                                  [&](const auto &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
            trips.append(double(clock.nsecsElapsed()) / 1e6);
        }
        std::printf("journal per write (record + sent + answer, committed): p50 %.2f ms, p99 "
                    "%.2f ms\n",
                    percentile(steps, 0.5), percentile(steps, 0.99));
        std::printf("end early round trip on loopback (no latency):         p50 %.2f ms, p99 "
                    "%.2f ms\n",
                    percentile(trips, 0.5), percentile(trips, 0.99));
    }

    void bulkJobWithAndWithoutJournal()
    {
        const double without = endOrders(false, 600, 21);
        const double with = endOrders(true, 600, 22);
        std::printf(
            "600 orders ended early on cube-sim, 100 ms latency, 6 at once (bound 10.0 s): "
            "without journal %.2f s, with journal %.2f s (%.2fx the bound, %.2fx without)\n",
            without, with, with / 10.0, with / without);
    }

    void historyQueryAtAMillionEntries()
    {
        const QString path = m_dir.filePath(u"million.sqlite"_s);
        {
            cube::Journal made(path);
        } // the schema, as the program makes it
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(u"PRAGMA synchronous=OFF"_s);
            db.transaction();
            QSqlQuery entry(db);
            entry.prepare(u"INSERT INTO entries (id, recorded_at, operation, fields, reason, "
                          "profile, access_code, base_url, origin, os_user, state) VALUES "
                          "(?, ?, 'aheadFinishDeviceOrder', ?, 'Device returned', 'Production', "
                          "'P000270', 'https://api.example.com', 'cubectl 0.1.0', 'desk', "
                          "'succeeded')"_s);
            QSqlQuery subject(db);
            subject.prepare(u"INSERT INTO entry_subjects (subject, entry_id) VALUES (?, ?)"_s);
            const qint64 start = QDateTime::currentMSecsSinceEpoch() - 86400000LL * 365;
            for (qint64 i = 1; i <= 1000000; ++i) {
                // 50,000 SIM cards, 20 changes each, over a year.
                const QString iccid = u"8985202201%1"_s.arg(i % 50000, 10, 10, QChar(u'0'));
                entry.addBindValue(i);
                entry.addBindValue(start + i * 31);
                entry.addBindValue(u"{\"device_id\":\"%1\"}"_s.arg(iccid));
                entry.exec();
                subject.addBindValue(iccid);
                subject.addBindValue(i);
                subject.exec();
            }
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fill"_s);

        cube::Journal journal(path);
        cube::HistoryFilter filter;
        filter.subject = u"8985202201%1"_s.arg(1234, 10, 10, QChar(u'0'));
        QList<double> times;
        qsizetype found = 0;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            found = journal.history(filter).size();
            times.append(double(clock.nsecsElapsed()) / 1e6);
        }
        std::printf("1,000,000 entries: file %.1f MB; one-ICCID history (%lld entries): p50 %.2f "
                    "ms, worst %.2f ms (target under 50 ms)\n",
                    double(QFileInfo(path).size()) / 1e6, qlonglong(found), percentile(times, 0.5),
                    percentile(times, 1.0));
        QCOMPARE(found, qsizetype(20));
    }
};

QTEST_GUILESS_MAIN(BenchJournal)
#include "bench_journal.moc"
