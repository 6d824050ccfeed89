#include "base/teamstoredatabase.h"
#include "journal/journal.h"
#include "teamstoreserver.h"
#include "transport/quotameter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The journal's size and the desks writing at once. CI runs a size that takes a minute or two;
// the (10,000,000 entries, 20 desks) on demand: CUBE_BENCH_TEAM_ENTRIES=10000000.
qint64 entriesWanted()
{
    return qMax(9000LL, qEnvironmentVariableIntValue("CUBE_BENCH_TEAM_ENTRIES") > 0
                            ? qint64(qEnvironmentVariableIntValue("CUBE_BENCH_TEAM_ENTRIES"))
                            : 300000LL);
}

int desksWanted()
{
    const int given = qEnvironmentVariableIntValue("CUBE_BENCH_TEAM_DESKS");
    return given > 0 ? given : 20;
}

// Each SIM has this many entries; a job is every 900 entries, a third of them its 300 items.
constexpr int entriesPerSim = 10;
constexpr int entriesPerJob = 900;
constexpr int itemsPerJob = 300;
constexpr int slowestAllowedMs = 50;
// A desk's pace: the gateway lets the whole office send 10 queries a second, so a desk at 10
// writes a second, twenty of them at once, is twenty times what the server would let through.
constexpr int deskPauseMs = 100;

const QString account = u"acct@https://gateway.example"_s;

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(share * double(values.size() - 1)));
}

QString simOf(qint64 number)
{
    return u"8986%1"_s.arg(number, 15, 10, QChar(u'0'));
}

// A journal of `entries` entries made in the store at once, on the server (generate_series):
// as a team's years of work would leave it, with jobs, their items and a year of quota.
bool fill(const QString &connection, qint64 entries)
{
    const qint64 sims = entries / entriesPerSim;
    const qint64 jobs = entries / entriesPerJob;
    const QStringList statements{
        // As a bulk import would: the people are written once at the end, not per entry.
        u"ALTER TABLE entries DISABLE TRIGGER entries_person"_s,
        u"INSERT INTO entries (id, recorded_at, operation, fields, reason, profile, access_code, "
        "base_url, origin, os_user, full_name, host, job_id, job_item, state, sent_at, "
        "answered_at) SELECT g, 1600000000000 + g * 1000, 'aheadFinishDeviceOrder', "
        "'{\"order_code\":\"O' || g || '\"}', 'Returned', 'Team', 'acct', "
        "'https://gateway.example', 'cubectl', 'desk' || (g % 20), 'Desk ' || (g % 20), "
        "'host-' || (g % 20), CASE WHEN g % 3 = 0 AND g / %2 < %3 THEN g / %2 + 1 END, "
        "CASE WHEN g % 3 = 0 AND g / %2 < %3 THEN (g / 3) % %4 END, 'succeeded', "
        "1600000000000 + g * 1000, 1600000000000 + g * 1000 FROM generate_series(1::bigint, %1) g"_s
            .arg(entries)
            .arg(entriesPerJob)
            .arg(jobs)
            .arg(itemsPerJob),
        u"SELECT setval('entries_id_seq', %1)"_s.arg(entries),
        u"INSERT INTO people (os_user, full_name, last_entry) SELECT os_user, full_name, max(id) "
        "FROM entries GROUP BY os_user, full_name"_s,
        u"ALTER TABLE entries ENABLE TRIGGER entries_person"_s,
        u"INSERT INTO entry_subjects (subject, entry_id) SELECT '8986' || lpad((g % %2)::text, "
        "15, '0'), g FROM generate_series(1::bigint, %1) g"_s.arg(entries)
            .arg(sims),
        u"INSERT INTO jobs (id, started_at, ended_at, operation, parameters, profile, "
        "access_code, base_url, origin, os_user, pid, process, host, state) SELECT j, "
        "1600000000000 + j * 900000, 1600000000000 + j * 900000, 'aheadFinishDeviceOrder', "
        "'{}', 'Team', 'acct', 'https://gateway.example', 'cubectl', 'desk', 0, '', 'host', "
        "'finished' FROM generate_series(1::bigint, %1) j"_s.arg(jobs),
        u"SELECT setval('jobs_id_seq', %1)"_s.arg(qMax(jobs, 1LL)),
        u"INSERT INTO job_items (job_id, item, subject) SELECT j, i, 'O' || j || '-' || i "
        "FROM generate_series(1, %1) j, generate_series(0, %2) i"_s.arg(jobs)
            .arg(itemsPerJob - 1),
        u"INSERT INTO quota (account, day, used) SELECT 'acct' || a || '@https://gateway', "
        "to_char(DATE '2025-12-01' + d, 'YYYY-MM-DD'), 4000 FROM generate_series(1, 20) a, "
        "generate_series(0, 365) d"_s,
        u"ANALYZE"_s,
    };
    for (const QString &statement : statements) {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (!query.exec(statement)) {
            qWarning().noquote() << "filling the store failed:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

// One desk: writes as a bulk job would (record, sent, answered, counted), on a connection of
// its own, at the gateway's pace, until told to stop.
class Desk
{
public:
    Desk(cube::TeamStore store, int number, qint64 sims, const std::atomic<bool> &stop)
        : m_store(std::move(store))
        , m_number(number)
        , m_sims(sims)
        , m_stop(stop)
    {}

    void run()
    {
        cube::Journal journal(m_store);
        cube::QuotaMeter quota(journal.path(), m_store);
        if (!journal.isOpen() || !quota.isOpen()) {
            m_problem = journal.problem();
            return;
        }
        QRandomGenerator random(quint32(m_number + 1));
        const QDate today = QDate::currentDate();
        while (!m_stop.load()) {
            cube::JournalEntry entry;
            entry.operation = cube::Operation::EndOrderEarly;
            entry.subjects = {simOf(random.bounded(m_sims))};
            entry.fields = {{u"order_code"_s, u"D%1"_s.arg(m_number)}};
            entry.reason = u"Returned"_s;
            entry.osUser = u"desk%1"_s.arg(m_number);
            if (const std::optional<QString> why = journal.record(entry)) {
                m_problem = *why;
                return;
            }
            journal.markSent(entry.id);
            journal.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
            quota.count(account, today);
            m_written.fetch_add(1);
            QThread::msleep(deskPauseMs);
        }
    }

    qint64 written() const { return m_written.load(); }
    const QString &problem() const { return m_problem; }

private:
    cube::TeamStore m_store;
    int m_number;
    qint64 m_sims;
    const std::atomic<bool> &m_stop;
    std::atomic<qint64> m_written{0};
    QString m_problem;
};

} // namespace

// The team store's queries while the team works: the history of one SIM, a job's items,
// today's quota and the people History offers to filter by, each read while 20 desks write at once
// into a journal of millions of entries (real PostgreSQL, the test server). Fails on a wrong answer
// (a SIM's entries, a job's 300 items, a quota that lost a count) and when the 95th percentile of a
// query passes 50 ms.
class BenchTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void queriesStayQuickWhileDesksWrite()
    {
        const qint64 entries = entriesWanted();
        const int desks = desksWanted();
        CUBE_FRESH_TEAM_STORE(store, u"bench_teamstore: %1 entries"_s.arg(entries));
        cube::Journal reader(store); // makes the tables
        QVERIFY2(reader.isOpen(), qPrintable(reader.problem()));
        QElapsedTimer clock;
        clock.start();
        {
            QVERIFY(cube::TeamStoreDatabase::open(u"bench-fill"_s, store).ok);
            QVERIFY(fill(u"bench-fill"_s, entries));
            QSqlDatabase::database(u"bench-fill"_s, false).close();
        }
        QSqlDatabase::removeDatabase(u"bench-fill"_s);
        const qint64 fillMs = clock.elapsed();
        const qint64 sims = entries / entriesPerSim;
        const qint64 jobs = entries / entriesPerJob;

        std::atomic<bool> stop{false};
        std::vector<std::unique_ptr<Desk>> team;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int number = 0; number < desks; ++number) {
            team.push_back(std::make_unique<Desk>(store, number, sims, stop));
            Desk *desk = team.back().get();
            threads.emplace_back(QThread::create([desk] { desk->run(); }));
            threads.back()->start();
        }
        // A failed check returns at once: the desks are stopped and waited for before they go.
        const auto stopDesks = qScopeGuard([&stop, &threads] {
            stop = true;
            for (const std::unique_ptr<QThread> &thread : threads)
                thread->wait();
        });
        QTest::qWait(1000); // every desk connected and writing

        cube::QuotaMeter quota(reader.path(), store);
        QRandomGenerator random(7);
        QList<double> history, items, today, people;
        QElapsedTimer each;
        const QDate day = QDate::currentDate();
        for (int round = 0; round < 150; ++round) {
            cube::HistoryFilter filter;
            filter.subject = simOf(random.bounded(sims));
            each.start();
            const QList<cube::JournalEntry> ofSim = reader.history(filter);
            history.append(double(each.nsecsElapsed()) / 1e6);
            QVERIFY2(ofSim.size() >= entriesPerSim,
                     qPrintable(u"%1 has %2 entries"_s.arg(filter.subject).arg(ofSim.size())));
            for (const cube::JournalEntry &entry : ofSim)
                QVERIFY(entry.subjects.contains(filter.subject));

            const qint64 job = 1 + random.bounded(jobs);
            each.start();
            const QList<cube::JobItemStatus> ofJob = reader.jobItems(job);
            items.append(double(each.nsecsElapsed()) / 1e6);
            QCOMPARE(ofJob.size(), itemsPerJob);
            QCOMPARE(ofJob.constLast().outcome, cube::JournalOutcome::Done);

            each.start();
            QVERIFY(quota.used(account, day).has_value());
            today.append(double(each.nsecsElapsed()) / 1e6);

            each.start();
            const QList<cube::JournalPerson> everyone = reader.people();
            people.append(double(each.nsecsElapsed()) / 1e6);
            QVERIFY2(everyone.size() >= 20, qPrintable(QString::number(everyone.size())));
        }
        stop = true;
        qint64 written = 0;
        for (std::size_t i = 0; i < threads.size(); ++i) {
            QVERIFY(threads.at(i)->wait(60000));
            QVERIFY2(team.at(i)->problem().isEmpty(), qPrintable(team.at(i)->problem()));
            written += team.at(i)->written();
        }
        const double seconds = double(clock.elapsed() - fillMs) / 1000.0;
        // Every desk's every count is in the office's one number.
        QCOMPARE(quota.used(account, day).value_or(-1), written);

        std::printf("bench_teamstore: %lld entries (filled in %.1f s), %d desks writing %lld "
                    "writes (%.0f a second, each with its 3 steps and a quota count)\n",
                    entries, double(fillMs) / 1000.0, desks, written, double(written) / seconds);
        const struct
        {
            const char *name;
            const QList<double> &times;
        } queries[] = {{"history of one SIM", history},
                       {"a job's 300 items", items},
                       {"today's quota", today},
                       {"History's people", people}};
        for (const auto &query : queries)
            std::printf("  %-20s median %6.2f ms, p95 %6.2f ms, max %6.2f ms (%lld reads)\n",
                        query.name, percentile(query.times, 0.5), percentile(query.times, 0.95),
                        percentile(query.times, 1.0), qint64(query.times.size()));
        std::fflush(stdout);
        for (const auto &query : queries)
            QVERIFY2(percentile(query.times, 0.95) < slowestAllowedMs,
                     qPrintable(u"%1: p95 %2 ms"_s.arg(QLatin1String(query.name))
                                    .arg(percentile(query.times, 0.95))));
    }
};

QTEST_GUILESS_MAIN(BenchTeamStore)
#include "bench_teamstore.moc"
