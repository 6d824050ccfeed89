#include "account/account.h"
#include "cubectlharness.h"
#include "journal/journal.h"
#include "knownids.h"
#include "requestlogcounts.h"
#include "writes/changewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;
using cube::test::sentCounts;

namespace {

constexpr int inUse = 1;
constexpr int endedEarly = 4;

} // namespace

// The journal of changes from cubectl: a bulk job killed half-way is found, checked and resumed
// with every order ended exactly once (cube-sim's request log counts); a journal that cannot be
// written sends nothing; a damaged one is set aside; history filters; and cubectl and another
// program writing the same journal at once lose nothing.
class TestCubectlJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;
    QString m_requestLog;

    QString journalPath() const { return m_dir.filePath(u"journal.sqlite"_s); }

    CubectlRun cubectl(const QStringList &arguments, const QString &journal = {})
    {
        return m_harness.run(QStringList{u"--journal"_s,
                                         journal.isEmpty() ? journalPath() : journal, u"--lang"_s,
                                         u"en-US"_s}
                             + arguments);
    }

    QStringList inUseCodes(int count)
    {
        QStringList codes;
        for (const cube::Order &order : m_harness.ordersIn(inUse, count))
            codes.append(order.orderCode);
        return codes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_requestLog = m_dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_harness.start({u"--size"_s, u"3000"_s, u"--seed"_s, u"11"_s, u"--latency"_s,
                                 u"*:200"_s, u"--request-log"_s, m_requestLog}));
    }

    void killedJobIsCheckedAndResumedExactlyOnce()
    {
        const QStringList codes = inUseCodes(300);
        QCOMPARE(codes.size(), 300);
        const QString list = m_dir.filePath(u"codes.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(codes.join(u'\n').toUtf8());
        file.close();

        QProcess ending;
        ending.setProcessEnvironment(CubectlHarness::defaultEnvironment());
        ending.start(QString::fromUtf8(CUBECTL_PATH),
                     m_harness.connection()
                         + QStringList{u"--journal"_s, journalPath(), u"--jobs"_s, u"6"_s,
                                       u"--timeout"_s, u"2"_s, u"-y"_s, u"orders"_s, u"end"_s,
                                       u"--reason"_s, u"Device returned"_s, u"--from"_s, list});
        QVERIFY(ending.waitForStarted());
        // Killed once a good part went out, as a machine that loses power would stop it.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s).size()
                       >= 60;
            },
            60000));
        ending.kill();
        QVERIFY(ending.waitForFinished());

        const CubectlRun list1 = cubectl({u"jobs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list1.exitCode, 0);
        const QJsonObject job = list1.jsonArray().first().toObject();
        QCOMPARE(job[u"state"_s].toString(), u"interrupted"_s);
        QCOMPARE(job[u"total"_s].toInt(), 300);
        const QString id = QString::number(job[u"id"_s].toInteger());

        const CubectlRun shown = cubectl({u"jobs"_s, u"show"_s, id, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        QHash<QString, int> outcomes;
        for (const QJsonValue &item : shown.jsonArray())
            ++outcomes[item[u"outcome"_s].toString()];
        QCOMPARE(outcomes.value(u"done"_s) + outcomes.value(u"unknown"_s)
                     + outcomes.value(u"not-sent"_s),
                 300);
        QVERIFY2(outcomes.value(u"not-sent"_s) > 0, qPrintable(shown.out));
        QVERIFY2(shown.err.contains(u"Interrupted"_s), qPrintable(shown.err));

        // The requests in flight when it was killed are judged only after its time-out (2 s).
        QTest::qWait(2500);
        // Two resumes at once (two terminals): one runs the job, the other sends nothing and
        // names the one that does.
        QProcess first;
        QProcess second;
        for (QProcess *resume : {&first, &second}) {
            resume->setProcessEnvironment(CubectlHarness::defaultEnvironment());
            resume->start(QString::fromUtf8(CUBECTL_PATH),
                          m_harness.connection()
                              + QStringList{u"--journal"_s, journalPath(), u"--lang"_s, u"en-US"_s,
                                            u"--yes"_s, u"--jobs"_s, u"6"_s, u"jobs"_s, u"resume"_s,
                                            id, u"--json"_s});
        }
        QHash<QProcess *, qint64> pids;
        for (QProcess *resume : {&first, &second}) {
            QVERIFY(resume->waitForStarted());
            pids.insert(resume, resume->processId());
        }
        // A check meanwhile reads nothing and says who runs the job.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const std::optional<cube::JournalJob> now =
                    cube::Journal(journalPath()).job(id.toLongLong());
                return now->holder.purpose == cube::JobPurpose::Resume;
            },
            20000));
        const CubectlRun checking = cubectl({u"jobs"_s, u"check"_s, id});
        QVERIFY2(checking.exitCode == 2 && checking.err.contains(u"is being resumed by cubectl"_s),
                 qPrintable(checking.describe()));
        for (QProcess *resume : {&first, &second})
            QVERIFY(resume->state() == QProcess::NotRunning || resume->waitForFinished(120000));
        const bool firstWon = first.exitCode() == 0;
        QProcess &winner = firstWon ? first : second;
        QProcess &loser = firstWon ? second : first;
        const QString lost = QString::fromUtf8(loser.readAllStandardError());
        QVERIFY2(winner.exitCode() == 0, winner.readAllStandardError().constData());
        QVERIFY2(loser.exitCode() == 2, qPrintable(lost));
        QVERIFY2(
            lost.contains(u"Job %1 is being resumed by cubectl, process %2, since "_s.arg(id).arg(
                pids.value(&winner))),
            qPrintable(lost));
        const QJsonArray resumed = QJsonDocument::fromJson(winner.readAllStandardOutput()).array();
        QCOMPARE(resumed.size(), 300);
        for (const QJsonValue &item : resumed)
            QCOMPARE(item[u"outcome"_s].toString(), u"done"_s);

        // The server was asked to end each order exactly once.
        const QHash<QString, int> sent =
            sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
        for (const QString &code : codes)
            QVERIFY2(sent.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(sent.value(code))));
        QCOMPARE(m_harness.statusOf(codes.constFirst()), endedEarly);
        QCOMPARE(m_harness.statusOf(codes.constLast()), endedEarly);
        const CubectlRun after = cubectl({u"jobs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(after.jsonArray().first()[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(after.jsonArray().first()[u"done"_s].toInt(), 300);
    }

    // A server that acts on a write a while after it came (cube-sim's late fault) and a job
    // killed with such writes in flight: an immediate resume leaves them alone and says when
    // they can be checked; after that the check finds them done. Nothing is sent twice.
    void writesInFlightAreJudgedOnlyAfterTheTimeout()
    {
        const QString log = m_dir.filePath(u"late.jsonl"_s);
        const QString journal = m_dir.filePath(u"late.sqlite"_s);
        CubectlHarness late;
        QVERIFY(late.start({u"--size"_s, u"400"_s, u"--seed"_s, u"5"_s, u"--fault"_s,
                            u"aheadFinishDeviceOrder:late=2500"_s, u"--request-log"_s, log}));
        QStringList codes;
        for (const cube::Order &order : late.ordersIn(inUse, 6))
            codes.append(order.orderCode);
        QCOMPARE(codes.size(), 6);
        auto run = [&](const QStringList &arguments) {
            return late.run(QStringList{u"--journal"_s, journal, u"--lang"_s, u"en-US"_s,
                                        u"--timeout"_s, u"10"_s}
                            + arguments);
        };
        QProcess ending;
        ending.setProcessEnvironment(CubectlHarness::defaultEnvironment());
        ending.start(QString::fromUtf8(CUBECTL_PATH),
                     late.connection()
                         + QStringList{u"--journal"_s, journal, u"--timeout"_s, u"10"_s,
                                       u"--jobs"_s, u"3"_s, u"-y"_s, u"orders"_s, u"end"_s,
                                       u"--reason"_s, u"Late server"_s}
                         + codes);
        QVERIFY(ending.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sentCounts(log, u"aheadFinishDeviceOrder"_s, u"order_code"_s).size() >= 3;
            },
            30000));
        ending.kill();
        QVERIFY(ending.waitForFinished());
        const QString id = QString::number(
            run({u"jobs"_s, u"list"_s, u"--json"_s}).jsonArray().first()[u"id"_s].toInteger());

        // At once: the three in flight are left alone, the three never sent are sent.
        const CubectlRun resumed = run({u"--yes"_s, u"jobs"_s, u"resume"_s, id});
        // "sent at 10:02", or "between 10:02 and 10:03" when the sends straddle a minute.
        QVERIFY2(resumed.err.contains(u"3 item"_s) && resumed.err.contains(u" were sent "_s)
                     && resumed.err.contains(u"with no answer; they can be checked from "_s),
                 qPrintable(resumed.describe()));
        QHash<QString, int> sent = sentCounts(log, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
        for (const QString &code : codes)
            QVERIFY2(sent.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(sent.value(code))));

        // After the time-out the check settles them: done, as the server did them. (A time-out
        // of 10 s: a loaded machine may take seconds to start cubectl twice.)
        QTest::qWait(10500);
        const CubectlRun checked = run({u"jobs"_s, u"check"_s, id, u"--json"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
        for (const QJsonValue &item : checked.jsonArray())
            QCOMPARE(item[u"outcome"_s].toString(), u"done"_s);
        sent = sentCounts(log, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
        for (const QString &code : codes) {
            QCOMPARE(sent.value(code), 1);
            QCOMPARE(late.statusOf(code), endedEarly);
        }
        QCOMPARE(run({u"jobs"_s, u"list"_s, u"--json"_s}).jsonArray().first()[u"state"_s],
                 u"finished"_s);
    }

    // Another program holds the journal's lock longer than the busy time-out (15 s) while the
    // answers of a job come: cubectl keeps them and records them once the lock is free, so the
    // journal says done and finished, as cubectl printed, not unknown and interrupted.
    void answersComingWhileTheJournalIsLockedAreRecordedAfterwards()
    {
        const QString journal = m_dir.filePath(u"locked.sqlite"_s);
        CubectlHarness slow;
        QVERIFY(slow.start({u"--size"_s, u"300"_s, u"--seed"_s, u"9"_s, u"--latency"_s,
                            u"aheadFinishDeviceOrder:2000"_s}));
        QStringList codes;
        for (const cube::Order &order : slow.ordersIn(inUse, 3))
            codes.append(order.orderCode);
        QCOMPARE(codes.size(), 3);
        QProcess ending;
        ending.setProcessEnvironment(CubectlHarness::defaultEnvironment());
        ending.start(QString::fromUtf8(CUBECTL_PATH),
                     slow.connection()
                         + QStringList{u"--journal"_s, journal, u"--lang"_s, u"en-US"_s,
                                       u"--jobs"_s, u"3"_s, u"-y"_s, u"orders"_s, u"end"_s,
                                       u"--reason"_s, u"Locked journal"_s}
                         + codes);
        QVERIFY(ending.waitForStarted());
        cube::HistoryFilter all;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<cube::JournalEntry> sent = cube::Journal(journal).history(all);
                return sent.size() == 3
                       && std::all_of(sent.cbegin(), sent.cend(), [](const auto &entry) {
                              return entry.state == cube::JournalState::Sent;
                          });
            },
            20000));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
            QTest::qWait(20000); // the answers come after 2 s; cubectl waits 15 s, then keeps them
            QVERIFY(QSqlQuery(db).exec(u"COMMIT"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
        QVERIFY(ending.waitForFinished(60000));
        const QString said = QString::fromUtf8(ending.readAllStandardError());
        QVERIFY2(ending.exitCode() == 0, qPrintable(said));
        for (const cube::JournalEntry &entry : cube::Journal(journal).history(all))
            QCOMPARE(entry.outcome(), cube::JournalOutcome::Done);
        const CubectlRun list =
            slow.run({u"--journal"_s, journal, u"jobs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.jsonArray().first()[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(list.jsonArray().first()[u"done"_s].toInt(), 3);
    }

    void unwritableJournalSendsNothing_data()
    {
        QTest::addColumn<int>("orders");
        QTest::newRow("one order") << 1;
        QTest::newRow("a bulk job") << 3;
    }

    void unwritableJournalSendsNothing()
    {
        QFETCH(int, orders);
        // Its folder is a file: neither root nor anyone else can create the journal there.
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QStringList codes = inUseCodes(orders);
        const qsizetype before =
            sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s).size();
        const CubectlRun run = cubectl(QStringList{u"-y"_s, u"orders"_s, u"end"_s} + codes
                                           + QStringList{u"--reason"_s, u"No journal"_s},
                                       blocker + u"/journal.sqlite"_s);
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"journal of changes"_s)
                     && run.err.contains(u"Nothing was sent"_s),
                 qPrintable(run.err));
        QCOMPARE(sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s).size(),
                 before);
        QCOMPARE(m_harness.statusOf(codes.constFirst()), inUse);
    }

    // A read needs no journal, but the journal's file keeps the count of today's queries: the
    // reader is told this run is not counted, and still gets the answer.
    void unopenableJournalLetsReadsRunAndSaysTheyAreNotCounted()
    {
        const CubectlRun run = cubectl({u"sims"_s, u"show"_s, u"89852022010000000001"_s},
                                       m_dir.path()); // a folder is no database
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"89852022010000000001"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"not counted against the daily quota"_s), qPrintable(run.err));
    }

    void damagedJournalIsSetAsideNotDeleted()
    {
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write(garbage);
        file.close();
        const CubectlRun run = cubectl({u"history"_s}, path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
        const QStringList aside =
            QDir(m_dir.path()).entryList({u"damaged.sqlite.corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
    }

    void historyFiltersAndExports()
    {
        const QStringList codes = inUseCodes(2);
        QCOMPARE(cubectl(QStringList{u"-y"_s, u"orders"_s, u"end"_s} + codes
                         + QStringList{u"--reason"_s, u"Line 1, \"quoted\""_s})
                     .exitCode,
                 0);
        const CubectlRun one =
            cubectl({u"history"_s, u"--order"_s, codes.constFirst(), u"--json"_s});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray entries = one.jsonArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.keys().size(), 17);
        // Who and where, each in a field of its own for a script.
        QCOMPARE(entry[u"host"_s].toString(), QSysInfo::machineHostName());
        QVERIFY(entry.contains(u"full_name"_s));
        QCOMPARE(entry[u"limited"_s].toInt(), 0); // never refused for the gateway's limits
        QCOMPARE(entry[u"operation"_s].toString(), u"aheadFinishDeviceOrder"_s);
        QCOMPARE(entry[u"outcome"_s].toString(), u"done"_s);
        QCOMPARE(entry[u"reason"_s].toString(), u"Line 1, \"quoted\""_s);
        QVERIFY(!entry[u"fields"_s].toString().contains(u"sign"_s));
        QVERIFY(!entry[u"user"_s].toString().isEmpty());
        QVERIFY(entry[u"origin"_s].toString().startsWith(u"cubectl"_s));

        const CubectlRun csv = cubectl({u"history"_s, u"--operation"_s, u"end"_s, u"--outcome"_s,
                                        u"done"_s, u"--limit"_s, u"2"_s, u"--csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"id,recorded,operation,subjects,outcome"_s));
        QVERIFY(lines.at(1).contains(codes.constLast()));
        QVERIFY(lines.at(2).contains(codes.constFirst()));

        QCOMPARE(cubectl({u"history"_s, u"--outcome"_s, u"not-done"_s, u"--iccid"_s,
                          u"89852000000000000000"_s, u"--json"_s})
                     .jsonArray()
                     .size(),
                 0);
        QCOMPARE(cubectl({u"history"_s, u"--since"_s, u"tomorrow"_s}).exitCode, 2);
        QCOMPARE(
            cubectl({u"history"_s, u"--until"_s, u"2000-01-01"_s, u"--json"_s}).jsonArray().size(),
            0);
    }

    // Changes from two desks: the text listing names each person with their desk in one By
    // column, JSON gives the parts, and --by keeps one person's, by user or full name.
    void historyNamesThePersonAndFiltersByPerson()
    {
        const QString path = m_dir.filePath(u"people.sqlite"_s);
        {
            cube::Journal desks(path);
            const auto write = [&desks](const QString &code, const QString &user,
                                        const QString &name, const QString &host) {
                cube::JournalEntry entry;
                entry.operation = cube::Operation::EndOrderEarly;
                entry.subjects = {code};
                entry.fields = {{u"order_code"_s, code}};
                entry.osUser = user;
                entry.fullName = name;
                entry.host = host;
                QVERIFY(!desks.record(entry));
            };
            write(u"L2024WANG1"_s, u"wangf"_s, u"Wang Fang"_s, u"desk-3"_s);
            write(u"L2024LI1"_s, u"lil"_s, {}, u"desk-7"_s);
        }
        const CubectlRun all = cubectl({u"history"_s}, path);
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QStringList lines = all.out.split(u'\n');
        QVERIFY2(lines.constFirst().contains(u" By "_s), qPrintable(all.out));
        QVERIFY2(all.out.contains(u"Wang Fang (wangf) on desk-3"_s), qPrintable(all.out));
        QVERIFY2(all.out.contains(u"lil on desk-7"_s), qPrintable(all.out));

        const CubectlRun wang = cubectl({u"history"_s, u"--by"_s, u"wangf"_s, u"--json"_s}, path);
        QVERIFY2(wang.exitCode == 0, qPrintable(wang.describe()));
        QCOMPARE(wang.jsonArray().size(), 1);
        const QJsonObject entry = wang.jsonArray().first().toObject();
        QCOMPARE(entry[u"subjects"_s].toString(), u"L2024WANG1"_s);
        QCOMPARE(entry[u"user"_s].toString(), u"wangf"_s);
        QCOMPARE(entry[u"full_name"_s].toString(), u"Wang Fang"_s);
        QCOMPARE(entry[u"host"_s].toString(), u"desk-3"_s);
        QVERIFY(!entry.contains(u"by"_s));

        const CubectlRun byName = cubectl({u"history"_s, u"--by"_s, u"WANG FANG"_s}, path);
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.describe()));
        QVERIFY2(byName.out.contains(u"L2024WANG1"_s) && !byName.out.contains(u"L2024LI1"_s),
                 qPrintable(byName.out));
        const CubectlRun li = cubectl({u"history"_s, u"--by"_s, u"lil"_s, u"--csv"_s}, path);
        QVERIFY2(li.exitCode == 0, qPrintable(li.describe()));
        const QStringList csv = li.out.trimmed().split(u'\n');
        QCOMPARE(csv.size(), 2);
        QVERIFY2(csv.at(0).contains(u",user,full_name,host,"_s), qPrintable(csv.at(0)));
        QVERIFY2(csv.at(1).contains(u"L2024LI1"_s) && csv.at(1).contains(u",lil,,desk-7,"_s),
                 qPrintable(csv.at(1)));
        QCOMPARE(
            cubectl({u"history"_s, u"--by"_s, u"nobody"_s, u"--json"_s}, path).jsonArray().size(),
            0);
        QCOMPARE(cubectl({u"history"_s, u"--by"_s, u" "_s}, path).exitCode, 2);
        const CubectlRun help = cubectl({u"history"_s, u"--help"_s}, path);
        QVERIFY2(help.out.contains(u"--by"_s), qPrintable(help.out));
    }

    void twoProgramsWriteOneJournalAtOnce()
    {
        // A second program's client, as the console makes it, on the same journal.
        const QString shared = m_dir.filePath(u"shared.sqlite"_s);
        QNetworkAccessManager network;
        const auto journal = std::make_shared<cube::Journal>(shared);
        QVERIFY(journal->isOpen());
        const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
        auto account =
            cube::ClientFactory(&network, {}, journal)
                .accountForEndpoint({m_harness.baseUrl(), demo.accessCode, demo.secret, {}});
        cube::ChangeWriter &writer = account->writer();

        const QStringList sims = workingSims(400);
        QCOMPARE(sims.size(), 400);

        QProcess other;
        other.setProcessEnvironment(CubectlHarness::defaultEnvironment());
        other.start(QString::fromUtf8(CUBECTL_PATH),
                    m_harness.connection()
                        + QStringList{u"--journal"_s, shared, u"--jobs"_s, u"6"_s, u"-y"_s,
                                      u"sims"_s, u"suspend"_s}
                        + sims.mid(0, 200));
        QVERIFY(other.waitForStarted());
        int finished = 0;
        for (const QString &iccid : sims.mid(200))
            writer.suspend(cube::test::iccidOf(iccid), this,
                           [&finished](const cube::WriteOutcome &) { ++finished; });
        QVERIFY(QTest::qWaitFor([&] { return finished == 200; }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return other.state() == QProcess::NotRunning; }, 120000));
        // Some SIM cards may not be suspendable: refused is an answer, and journaled as one.
        QVERIFY2(other.exitCode() == 0 || other.exitCode() == 1,
                 qPrintable(u"exit %1: %2"_s.arg(other.exitCode())
                                .arg(linesOtherThanRefusals(other.readAllStandardError()))));

        cube::HistoryFilter all;
        all.limit = 100000;
        const QList<cube::JournalEntry> entries = cube::Journal(shared).history(all);
        QCOMPARE(entries.size(), 400);
        QSet<QString> subjects;
        for (const cube::JournalEntry &entry : entries) {
            QVERIFY(entry.state == cube::JournalState::Succeeded
                    || entry.state == cube::JournalState::Refused);
            QVERIFY(entry.sentAt.isValid() && entry.answeredAt.isValid());
            subjects.insert(entry.subjects.value(0));
        }
        QCOMPARE(subjects.size(), 400);
    }

private:
    // What cubectl said besides the refusals of SIM cards that cannot be suspended, which
    // would otherwise crowd the reason for a failure out of the log.
    static QString linesOtherThanRefusals(const QByteArray &output)
    {
        QStringList kept;
        for (const QString &line : QString::fromUtf8(output).split(u'\n'))
            if (!line.contains(u"(code 4091)"_s))
                kept.append(line);
        return kept.join(u'\n');
    }

    // SIM cards that are not suspended, from the second page of the fleet.
    QStringList workingSims(int count)
    {
        // From the second hundred on, a page of 100 at a time (the gateway's largest).
        QStringList sims;
        for (int pageNo = 2; sims.size() < count && pageNo < 30; ++pageNo) {
            const auto page = cube::test::awaitResult<cube::SimPage>(
                [&](auto done) { m_harness.client().listSims(pageNo, 100, this, done); });
            if (!page.ok() || page.value().sims.isEmpty())
                break;
            for (const cube::SimCard &sim : page.value().sims)
                if (!sim.suspended && sims.size() < count)
                    sims.append(sim.iccid);
        }
        return sims;
    }
};

QTEST_GUILESS_MAIN(TestCubectlJournal)
#include "tst_cubectl_journal.moc"
