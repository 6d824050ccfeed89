#include "cubectlharness.h"
#include "fleet/fleetcache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

QString iccid(int sim)
{
    return u"8985202201%1"_s.arg(sim, 10, 10, QChar(u'0'));
}

QStringList iccidsIn(const CubectlRun &run)
{
    QStringList iccids;
    for (const QJsonValue &item : run.jsonArray())
        iccids.append(item[u"iccid"_s].toString());
    return iccids;
}

} // namespace

// cubectl sims note, sims tag and sims list --tag against cube-sim, as a script runs them: the
// note and tags kept (on this computer, sending nothing), shown back, refused in words when they
// cannot be kept, and the SIMs of a tag listed from the list as read anyway, or from the cache.
class TestCubectlNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;

    QString requestLog() const { return m_dir.filePath(u"requests.jsonl"_s); }

    // Requests the simulator was sent so far.
    int requestsSent() const
    {
        QFile log(requestLog());
        if (!log.open(QIODevice::ReadOnly))
            return 0;
        return int(log.readAll().count('\n'));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return environment;
    }

    // cubectl with its journal, and so the notes beside it, in this test's folder.
    CubectlRun run(const QStringList &arguments) const
    {
        return m_harness.run(QStringList{u"--journal"_s, m_dir.filePath(u"journal.sqlite"_s)}
                                 + arguments,
                             {}, environment());
    }

    // The note and tags of the SIM as cubectl shows them (--json).
    QJsonObject noteOf(const QString &sim) const
    {
        const QJsonArray shown = run({u"sims"_s, u"note"_s, sim, u"--json"_s}).jsonArray();
        return shown.isEmpty() ? QJsonObject() : shown.first().toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_harness.start({u"--size"_s, u"60"_s, u"--request-log"_s, requestLog()}));
    }

    void notesAndTagsRoundTripAndSendNothing()
    {
        const int sentBefore = requestsSent();
        const CubectlRun kept = run(
            {u"sims"_s, u"note"_s, iccid(1), u"Customer ACME, ticket 4711\nreplaced 2026-12-01"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
        QVERIFY2(kept.out.contains(u"Customer ACME, ticket 4711 / replaced 2026-12-01"_s),
                 qPrintable(kept.describe()));
        QCOMPARE(run({u"sims"_s, u"tag"_s, iccid(1), u"+ACME"_s, u"vip"_s, u"+old"_s}).exitCode, 0);
        // A tag is removed with -NAME, after -- (cubectl reads -NAME before it as an option).
        const CubectlRun removed = run({u"sims"_s, u"tag"_s, iccid(1), u"--"_s, u"-old"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(run({u"sims"_s, u"tag"_s, iccid(2), u"+acme"_s}).exitCode, 0);
        QCOMPARE(run({u"sims"_s, u"note"_s, iccid(3), u"Returned by the customer"_s}).exitCode, 0);

        const QJsonObject first = noteOf(iccid(1));
        QCOMPARE(first[u"iccid"_s].toString(), iccid(1));
        QCOMPARE(first[u"tags"_s].toString(), u"acme vip"_s);
        QCOMPARE(first[u"note"_s].toString(),
                 u"Customer ACME, ticket 4711 / replaced 2026-12-01"_s);
        QVERIFY(!first[u"changed"_s].toString().isEmpty());
        QVERIFY(!first[u"changed_by"_s].toString().isEmpty());
        QCOMPARE(noteOf(iccid(2))[u"tags"_s].toString(), u"acme"_s);
        QCOMPARE(noteOf(iccid(2))[u"note"_s].toString(), QString());
        // Nothing of it reached the server.
        QCOMPARE(requestsSent(), sentBefore);

        // An empty TEXT clears the note; the tags stay.
        QCOMPARE(run({u"sims"_s, u"note"_s, iccid(3), QString()}).exitCode, 0);
        QVERIFY(noteOf(iccid(3)).isEmpty());
        QCOMPARE(run({u"sims"_s, u"note"_s, iccid(2), u"tagged only"_s}).exitCode, 0);
        QCOMPARE(run({u"sims"_s, u"note"_s, iccid(2), QString()}).exitCode, 0);
        QCOMPARE(noteOf(iccid(2))[u"tags"_s].toString(), u"acme"_s);
    }

    void whatCannotBeKeptIsRefusedInWords()
    {
        const CubectlRun badTag = run({u"sims"_s, u"tag"_s, iccid(5), u"+good"_s, u"+big!"_s});
        QCOMPARE(badTag.exitCode, 2);
        QVERIFY2(badTag.err.contains(u"\"big!\" cannot be a tag"_s), qPrintable(badTag.err));
        QVERIFY(noteOf(iccid(5)).isEmpty()); // not even the good one
        const CubectlRun tooLong = run({u"sims"_s, u"note"_s, iccid(5), QString(2001, u'x')});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains(u"at most 2,000"_s), qPrintable(tooLong.err));
        const CubectlRun notAnIccid = run({u"sims"_s, u"note"_s, u"8985x"_s, u"text"_s});
        QCOMPARE(notAnIccid.exitCode, 2);
        QVERIFY2(notAnIccid.err.contains(u"\"8985x\" is not an ICCID"_s),
                 qPrintable(notAnIccid.err));
        const CubectlRun noChange = run({u"sims"_s, u"tag"_s, iccid(5)});
        QCOMPARE(noChange.exitCode, 2);
        const CubectlRun badFilter = run({u"sims"_s, u"list"_s, u"--tag"_s, u"two words"_s});
        QCOMPARE(badFilter.exitCode, 2);
        QVERIFY2(badFilter.err.contains(u"--tag: \"two words\" cannot be a tag"_s),
                 qPrintable(badFilter.err));
    }

    // A damaged notes file is set aside as it is read, and cubectl says so on standard error,
    // with where the old file is: by sims note and tag, and by sims list --tag and --find.
    void aDamagedNotesFileIsSaidToBeSetAside()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"damaged"_s));
        const QString journal = m_dir.filePath(u"damaged/journal.sqlite"_s);
        const QString notes = m_dir.filePath(u"damaged/notes.sqlite"_s);
        const QList<QStringList> commands{
            {u"sims"_s, u"note"_s, iccid(7)},
            {u"sims"_s, u"tag"_s, iccid(7), u"+acme"_s},
            {u"sims"_s, u"list"_s, u"--tag"_s, u"acme"_s},
            {u"sims"_s, u"list"_s, u"--find"_s, u"ticket"_s},
        };
        for (const QStringList &command : commands) {
            QFile damaged(notes);
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write(QByteArray(8192, 'x'));
            damaged.close();
            const CubectlRun said =
                m_harness.run(QStringList{u"--journal"_s, journal} + command, {}, environment());
            QVERIFY2(said.exitCode == 0, qPrintable(said.describe()));
            QVERIFY2(said.err.contains(u"was set aside as "_s + notes + u".corrupt-"_s),
                     qPrintable(said.describe()));
        }
    }

    // sims list --tag keeps the SIMs of the tag from the list read as without it: the same
    // pages, no query more.
    void theSimsOfATagAreListedWithNoQueryMore()
    {
        QCOMPARE(run({u"sims"_s, u"tag"_s, iccid(10), u"+fleet-b"_s}).exitCode, 0);
        QCOMPARE(run({u"sims"_s, u"tag"_s, iccid(47), u"+fleet-b"_s}).exitCode, 0);
        QCOMPARE(run({u"sims"_s, u"note"_s, iccid(47), u"Car 12, Line B"_s}).exitCode, 0);
        int sent = requestsSent();
        const CubectlRun all = run({u"sims"_s, u"list"_s, u"--json"_s, u"--page-size"_s, u"20"_s});
        QCOMPARE(all.jsonArray().size(), 60);
        const int pages = requestsSent() - sent;
        QCOMPARE(pages, 3); // 60 SIMs, 20 a page
        sent = requestsSent();
        const CubectlRun tagged = run({u"sims"_s, u"list"_s, u"--json"_s, u"--page-size"_s, u"20"_s,
                                       u"--tag"_s, u"FLEET-B"_s});
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.describe()));
        QCOMPARE(iccidsIn(tagged), (QStringList{iccid(10), iccid(47)}));
        QCOMPARE(requestsSent() - sent, pages);
        // With --find: both must hold; the note's words are found as in the console.
        QCOMPARE(iccidsIn(run({u"sims"_s, u"list"_s, u"--json"_s, u"--tag"_s, u"fleet-b"_s,
                               u"--find"_s, u"line b"_s})),
                 QStringList{iccid(47)});
        QCOMPARE(iccidsIn(run({u"sims"_s, u"list"_s, u"--json"_s, u"--find"_s, u"car 12"_s})),
                 QStringList{iccid(47)});
        // A number search finds what it found before.
        QCOMPARE(iccidsIn(run({u"sims"_s, u"list"_s, u"--json"_s, u"--find"_s, u"85260000007"_s})),
                 QStringList{iccid(7)});
    }

    // --cached with --tag: the cached list (no network at all) filtered by the local tags.
    void theCachedListIsFilteredByTagToo()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        // Nothing listens at this address: only the cache and the notes can answer.
        const QStringList nowhere{u"--base-url"_s, u"http://127.0.0.1:9/"_s, u"--access-code"_s,
                                  u"P000270"_s};
        cube::FleetSnapshot fleet;
        for (int i = 0; i < 1200; ++i) {
            cube::SimCard sim;
            sim.iccid = iccid(i);
            sim.lifeCycle = 1 + i % 4;
            fleet.append(sim);
        }
        cube::ConnectionSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        settings.accessCode = u"P000270"_s;
        {
            cube::FleetCache cache(
                home.filePath(u"cache/CubeConsole/cube-console/fleet-cache.sqlite"_s));
            QVERIFY(!cache.save(cube::FleetCache::accountKey({}, settings), fleet,
                                QDateTime(QDate(2026, 11, 2), QTime(7, 30))));
        }
        for (int sim : {7, 1107})
            QCOMPARE(CubectlHarness::runBare(
                         nowhere + QStringList{u"sims"_s, u"tag"_s, iccid(sim), u"+spare"_s}, {},
                         environment)
                         .exitCode,
                     0);
        const CubectlRun cached =
            CubectlHarness::runBare(nowhere
                                        + QStringList{u"sims"_s, u"list"_s, u"--cached"_s,
                                                      u"--tag"_s, u"spare"_s, u"--json"_s},
                                    {}, environment);
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.describe()));
        QCOMPARE(iccidsIn(cached), (QStringList{iccid(7), iccid(1107)}));
    }
};

QTEST_GUILESS_MAIN(TestCubectlNotes)
#include "tst_cubectl_notes.moc"
