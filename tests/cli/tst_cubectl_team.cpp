#include "cubectlharness.h"
#include "requestlogcounts.h"
#include "teamstoreserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;
using cube::test::sentCounts;

namespace {

constexpr int inUse = 1;
constexpr int endedEarly = 4;

// One desk of the team: a computer of its own (its home, settings, data and profile), whose
// profile keeps the journal in the team store. The keychain is the test session's, shared, as
// each profile's entries are its own.
class Desk
{
public:
    Desk(const QString &name, const QString &folder)
        : m_name(name)
    {
        m_environment = CubectlHarness::defaultEnvironment();
        for (const char *place : {"config", "data", "cache", "state"})
            QDir().mkpath(folder + u'/' + QLatin1String(place));
        m_environment.insert(u"HOME"_s, folder);
        m_environment.insert(u"XDG_CONFIG_HOME"_s, folder + u"/config"_s);
        m_environment.insert(u"XDG_DATA_HOME"_s, folder + u"/data"_s);
        m_environment.insert(u"XDG_CACHE_HOME"_s, folder + u"/cache"_s);
        m_environment.insert(u"XDG_STATE_HOME"_s, folder + u"/state"_s);
    }

    const QString &name() const { return m_name; }
    const QProcessEnvironment &environment() const { return m_environment; }

    // Adds the desk's profile, "Desk A" or "Desk B", on the team store with its password.
    CubectlRun addProfile(const CubectlHarness &harness, const cube::TeamStore &store) const
    {
        return CubectlHarness::runBare(
            harness.connection()
                + QStringList{u"--lang"_s, u"en-US"_s, u"profiles"_s, u"add"_s, m_name,
                              u"--team-store"_s, store.url, u"--team-store-password-stdin"_s},
            store.password.toUtf8() + '\n', m_environment);
    }

    CubectlRun run(const QStringList &arguments) const
    {
        return CubectlHarness::runBare(QStringList{u"--lang"_s, u"en-US"_s} + arguments, {},
                                       m_environment);
    }

    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(m_environment);
        process.start(QString::fromUtf8(CUBECTL_PATH),
                      QStringList{u"--lang"_s, u"en-US"_s} + arguments);
    }

private:
    QString m_name;
    QProcessEnvironment m_environment;
};

QStringList subjectsIn(const QJsonArray &history)
{
    QStringList subjects;
    for (const QJsonValue &entry : history)
        subjects.append(entry[u"subjects"_s].toString());
    return subjects;
}

} // namespace

// A team of two desks (two homes: two computers' settings, profiles and data) sharing one team
// store on a real PostgreSQL server: each desk's changes are in the other's history, a job cut
// short on one desk is listed on the other, and two desks resuming it at once end every order
// exactly once (cube-sim's request log counts what reached the server).
class TestCubectlTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;
    QString m_requestLog;
    cube::TeamStore m_store;
    std::unique_ptr<Desk> m_deskA;
    std::unique_ptr<Desk> m_deskB;

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
        m_store = cube::test::TestTeamStore::freshDatabase(u"tst_cubectl_team: two desks"_s);
        QVERIFY(m_store.isSet());
        m_requestLog = m_dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_harness.start({u"--size"_s, u"3000"_s, u"--seed"_s, u"17"_s, u"--latency"_s,
                                 u"*:300"_s, u"--request-log"_s, m_requestLog}));
        m_deskA = std::make_unique<Desk>(u"Desk A"_s, m_dir.filePath(u"desk-a"_s));
        m_deskB = std::make_unique<Desk>(u"Desk B"_s, m_dir.filePath(u"desk-b"_s));
        for (const Desk *desk : {m_deskA.get(), m_deskB.get()}) {
            const CubectlRun added = desk->addProfile(m_harness, m_store);
            QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        }
    }

    // What one desk changed is in the other's history (and the other's own changes in the
    // first's), and nothing of it in either computer's own journal file.
    void twoDesksShareOneJournal()
    {
        const QStringList codes = inUseCodes(2);
        QCOMPARE(codes.size(), 2);
        const CubectlRun endedByA = m_deskA->run(
            {u"-y"_s, u"orders"_s, u"end"_s, codes.at(0), u"--reason"_s, u"Device returned"_s});
        QVERIFY2(endedByA.exitCode == 0, qPrintable(endedByA.describe()));
        const CubectlRun seenByB = m_deskB->run({u"history"_s, u"--json"_s});
        QVERIFY2(seenByB.exitCode == 0, qPrintable(seenByB.describe()));
        QVERIFY2(subjectsIn(seenByB.jsonArray()).contains(codes.at(0)),
                 qPrintable(seenByB.describe()));
        QCOMPARE(seenByB.jsonArray().first()[u"profile"_s].toString(), u"Desk A"_s);

        const CubectlRun endedByB = m_deskB->run(
            {u"-y"_s, u"orders"_s, u"end"_s, codes.at(1), u"--reason"_s, u"Customer asked"_s});
        QVERIFY2(endedByB.exitCode == 0, qPrintable(endedByB.describe()));
        const CubectlRun seenByA = m_deskA->run({u"history"_s, u"--json"_s});
        QVERIFY2(seenByA.exitCode == 0, qPrintable(seenByA.describe()));
        const QJsonArray history = seenByA.jsonArray();
        QVERIFY2(subjectsIn(history).contains(codes.at(0))
                     && subjectsIn(history).contains(codes.at(1)),
                 qPrintable(seenByA.describe()));
        QCOMPARE(history.first()[u"profile"_s].toString(), u"Desk B"_s);
        QCOMPARE(history.first()[u"outcome"_s].toString(), u"done"_s);
        QCOMPARE(m_harness.statusOf(codes.at(0)), endedEarly);
        QCOMPARE(m_harness.statusOf(codes.at(1)), endedEarly);
    }

    // A bulk job killed half-way on desk A is listed as interrupted on desk B; both desks
    // resume it at once: one runs it, the other sends nothing and names who runs it; every
    // order reached the server exactly once.
    void twoDesksResumingOneJobEndEveryItemOnce()
    {
        const QStringList codes = inUseCodes(240).mid(10);
        QCOMPARE(codes.size(), 230);
        const QString list = m_dir.filePath(u"codes.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(codes.join(u'\n').toUtf8());
        file.close();

        QProcess ending;
        m_deskA->start(ending, {u"--jobs"_s, u"3"_s, u"--timeout"_s, u"2"_s, u"-y"_s, u"orders"_s,
                                u"end"_s, u"--reason"_s, u"Device returned"_s, u"--from"_s, list});
        QVERIFY(ending.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                int sent = 0;
                const QHash<QString, int> counts =
                    sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
                for (const QString &code : codes)
                    sent += counts.value(code);
                return sent >= 40;
            },
            60000));
        ending.kill(); // the desk's power went
        QVERIFY(ending.waitForFinished());

        const CubectlRun listed = m_deskB->run({u"jobs"_s, u"list"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonObject job = listed.jsonArray().first().toObject();
        QCOMPARE(job[u"state"_s].toString(), u"interrupted"_s);
        QCOMPARE(job[u"total"_s].toInt(), 230);
        QCOMPARE(job[u"profile"_s].toString(), u"Desk A"_s);
        const QString id = QString::number(job[u"id"_s].toInteger());

        QTest::qWait(2500); // the writes in flight are judged after their time-out (2 s)
        QProcess onA;
        QProcess onB;
        m_deskA->start(onA,
                       {u"--yes"_s, u"--jobs"_s, u"3"_s, u"jobs"_s, u"resume"_s, id, u"--json"_s});
        m_deskB->start(onB,
                       {u"--yes"_s, u"--jobs"_s, u"3"_s, u"jobs"_s, u"resume"_s, id, u"--json"_s});
        for (QProcess *resume : {&onA, &onB})
            QVERIFY(resume->waitForStarted());
        for (QProcess *resume : {&onA, &onB})
            QVERIFY(resume->state() == QProcess::NotRunning || resume->waitForFinished(180000));
        const bool aWon = onA.exitCode() == 0;
        QProcess &winner = aWon ? onA : onB;
        QProcess &loser = aWon ? onB : onA;
        const QString lost = QString::fromUtf8(loser.readAllStandardError());
        QVERIFY2(winner.exitCode() == 0, winner.readAllStandardError().constData());
        QVERIFY2(loser.exitCode() == 2 && lost.contains(u"is being resumed by cubectl"_s),
                 qPrintable(lost));
        const QJsonArray resumed = QJsonDocument::fromJson(winner.readAllStandardOutput()).array();
        QCOMPARE(resumed.size(), 230);
        for (const QJsonValue &item : resumed)
            QCOMPARE(item[u"outcome"_s].toString(), u"done"_s);

        const QHash<QString, int> sent =
            sentCounts(m_requestLog, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
        for (const QString &code : codes)
            QVERIFY2(sent.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(sent.value(code))));
        const CubectlRun after = m_deskA->run({u"jobs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(after.jsonArray().first()[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(after.jsonArray().first()[u"done"_s].toInt(), 230);
    }
};

QTEST_GUILESS_MAIN(TestCubectlTeam)
#include "tst_cubectl_team.moc"
