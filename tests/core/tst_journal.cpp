#include "base/teamstoredatabase.h"
#include "base/translationinstaller.h"
#include "journal/journal.h"
#include "journal/journalschema.h"
#include "teamstoreserver.h"
#include "transport/quotameter.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

cube::JournalEntry endEarlyOf(const QString &code)
{
    cube::JournalEntry entry;
    entry.operation = cube::Operation::EndOrderEarly;
    entry.subjects = {code};
    entry.fields = {{u"order_code"_s, code}, {u"ahead_finish_cause"_s, u"Returned"_s}};
    entry.reason = u"Returned"_s;
    entry.osUser = u"desk"_s;
    return entry;
}

// Runs `statement` on the file at `path` through a connection of the test's own.
bool rawExec(const QString &path, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

// How /proc names a live process in the journal: its number and its start time.
QString identityOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return u"%1@%2"_s.arg(pid).arg(QString::fromLatin1(fields.value(19)));
}

qint64 jobOf(cube::Journal &journal, const QStringList &subjects)
{
    cube::JournalJob job;
    job.operation = cube::Operation::EndOrderEarly;
    job.subjects = subjects;
    job.requestTimeout = std::chrono::milliseconds(2000);
    return journal.record(job) ? 0 : job.id;
}

// Counts the journal's warnings while it lives.
class JournalWarnings
{
public:
    JournalWarnings()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (type == QtWarningMsg && QByteArray(context.category) == "cube.journal")
                    s_lines.append(text);
            });
    }
    ~JournalWarnings() { qInstallMessageHandler(m_previous); }
    const QStringList &lines() const { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

// Where these tests keep their journals: a file each in a temporary folder, or, when
// CUBE_JOURNAL_BACKEND is "team" (CTest's tst_journal_team), a database each in the test team
// store (scripts/test-postgres), so that one set of tests shows both back ends.
class JournalPlaces
{
public:
    bool team() const { return m_team; }

    std::unique_ptr<cube::Journal> open(const QString &name)
    {
        if (m_team)
            return std::make_unique<cube::Journal>(store(name));
        return std::make_unique<cube::Journal>(location(name));
    }

    QString location(const QString &name)
    {
        return m_team ? store(name).shown() : m_dir.filePath(name + u".sqlite"_s);
    }

    // Runs `statement` where the journal `name` is, through a connection of the test's own.
    bool rawExec(const QString &name, const QString &statement)
    {
        bool ok = false;
        if (!m_team)
            return ::rawExec(location(name), statement);
        {
            ok = cube::TeamStoreDatabase::open(u"raw"_s, store(name)).ok
                 && QSqlQuery(QSqlDatabase::database(u"raw"_s, false)).exec(statement);
            QSqlDatabase::database(u"raw"_s, false).close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    }

    // The team store of the journal `name`, or none for a file.
    cube::TeamStore teamStore(const QString &name)
    {
        return m_team ? store(name) : cube::TeamStore();
    }

private:
    cube::TeamStore store(const QString &name)
    {
        if (!m_stores.contains(name))
            m_stores.insert(name, cube::test::TestTeamStore::freshDatabase(name));
        return m_stores.value(name);
    }

    const bool m_team = qEnvironmentVariable("CUBE_JOURNAL_BACKEND") == "team"_L1;
    QTemporaryDir m_dir;
    QHash<QString, cube::TeamStore> m_stores;
};

} // namespace

// The journal's own rules: each step of a write kept with its time, jobs and their items,
// filters, explicit pruning, a file of a newer schema left alone, and a job whose program is
// gone seen as interrupted.
class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    JournalPlaces m_places;

    // The team's form of a claim: the holder is whoever holds the job's lock in the store, on
    // any desk; when its connection goes (its process, or its network), the job is interrupted.
    void aJobIsClaimedByOneDeskOnly(cube::Journal &mine, qint64 id, const QString &place)
    {
        auto desk = m_places.open(place);                        // another desk on the same store
        QCOMPARE(desk->job(id)->state, cube::JobState::Running); // this one recorded it
        const cube::JobClaim lost =
            desk->claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1000));
        QVERIFY(!lost.won);
        QVERIFY(lost.problem.isEmpty());
        QCOMPARE(lost.holder.pid, QCoreApplication::applicationPid());
        mine.releaseJob(id);
        QCOMPARE(desk->job(id)->state, cube::JobState::Interrupted);
        const cube::JobClaim won =
            desk->claimJob(id, cube::JobPurpose::Check, std::chrono::milliseconds(5000));
        QVERIFY(won.won);
        QCOMPARE(mine.job(id)->state, cube::JobState::Running); // held, seen from here too
        QCOMPARE(mine.job(id)->holder.purpose, cube::JobPurpose::Check);
        QCOMPARE(mine.job(id)->requestTimeout, std::chrono::milliseconds(5000)); // the longest
        QVERIFY(!mine.claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1)).won);
        desk.reset(); // that desk is gone, and its lock with its connection
        QTRY_COMPARE_WITH_TIMEOUT(mine.job(id)->state, cube::JobState::Interrupted, 5000);
        QVERIFY(mine.claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1)).won);
    }

private slots:
    void initTestCase()
    {
        if (m_places.team())
            QVERIFY2(m_places.open(u"probe"_s)->isOpen(),
                     qPrintable(m_places.open(u"probe"_s)->problem()));
    }

    // A team store that cannot be reached is a journal that cannot be written: nothing is
    // recorded (so nothing is sent), and the words name the store and say what to do.
    void anUnreachableTeamStoreRecordsNothing()
    {
        const cube::TeamStore nowhere{u"postgresql://cube@127.0.0.1:1/cube"_s, u"secret"_s};
        cube::Journal journal(nowhere);
        QVERIFY(!journal.isOpen());
        QCOMPARE(journal.path(), u"postgresql://cube@127.0.0.1:1/cube"_s);
        QVERIFY2(journal.problem().contains(u"no connection to the team store"_s),
                 qPrintable(journal.problem()));
        cube::JournalEntry entry = endEarlyOf(u"U1"_s);
        const std::optional<QString> why = journal.recordWrite(entry);
        QVERIFY(why.has_value());
        QVERIFY2(why->contains(u"team store postgresql://cube@127.0.0.1:1/cube cannot be "
                               "written"_s)
                     && why->contains(u"address and password"_s) && !why->contains(u"secret"_s),
                 qPrintable(*why));
        QCOMPARE(entry.id, 0);
        QVERIFY(journal.history({}).isEmpty());
    }

    // The store restarted, or the network dropped, between two writes: the journal opens its
    // connection again and records the next one; the notices of other desks follow again.
    void aDroppedConnectionIsOpenedAgain()
    {
        if (!m_places.team())
            QSKIP("a file has no connection to lose");
        const auto journal = m_places.open(u"dropped"_s);
        QSignalSpy changed(journal.get(), &cube::Journal::changedByAnotherProgram);
        cube::JournalEntry before = endEarlyOf(u"R1"_s);
        QVERIFY(!journal->record(before));
        // Every other session on the journal's database is ended, as a restart would.
        QVERIFY(m_places.rawExec(u"dropped"_s,
                                 u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                 "datname = current_database() AND pid <> pg_backend_pid()"_s));
        journal->markSent(before.id); // a step of a write that left: never lost to the drop
        QCOMPARE(journal->entry(before.id)->state, cube::JournalState::Sent);
        QVERIFY(m_places.rawExec(u"dropped"_s,
                                 u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                 "datname = current_database() AND pid <> pg_backend_pid()"_s));
        cube::JournalEntry after = endEarlyOf(u"R2"_s);
        const std::optional<QString> why = journal->record(after);
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
        QVERIFY(after.id > before.id);
        QCOMPARE(journal->history({}).size(), 2);
        const auto desk = m_places.open(u"dropped"_s);
        cube::JournalEntry theirs = endEarlyOf(u"R3"_s);
        QVERIFY(!desk->record(theirs));
        QVERIFY(changed.wait(5000));
    }

    // A desk cut off from the store while it runs a job loses the job's lock with its session;
    // another desk that takes the job over then runs it alone: the first records (and so sends)
    // nothing more of it, and says why.
    void aJobTakenOverWhileCutOffIsNotSentFromHere()
    {
        if (!m_places.team())
            QSKIP("a file has no connection to lose");
        const auto mine = m_places.open(u"takeover"_s);
        const qint64 id = jobOf(*mine, {u"X1"_s, u"X2"_s});
        QVERIFY(id > 0);
        QVERIFY(m_places.rawExec(u"takeover"_s,
                                 u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                 "datname = current_database() AND pid <> pg_backend_pid()"_s));
        const auto desk = m_places.open(u"takeover"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            desk->claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1)).won, 5000);
        cube::JournalEntry item = endEarlyOf(u"X1"_s);
        item.job = cube::JobItem{id, 0};
        const std::optional<QString> why = mine->record(item);
        QVERIFY(why.has_value());
        QVERIFY2(why->contains(u"another desk took it over"_s), qPrintable(*why));
        QCOMPARE(mine->jobItems(id).at(0).outcome, cube::JournalOutcome::NotSent);
        cube::JournalEntry theirs = endEarlyOf(u"X1"_s);
        theirs.job = cube::JobItem{id, 0};
        QVERIFY(!desk->record(theirs));
        QCOMPARE(mine->job(id)->state, cube::JobState::Running); // the other desk's, now
    }

    // The gateway's daily quota is the office's: every desk (or program) on one journal counts
    // into one number.
    void everyDeskCountsIntoOneQuota()
    {
        const QString place = u"quota"_s;
        const auto journal = m_places.open(place); // makes the tables
        QVERIFY2(journal->isOpen(), qPrintable(journal->problem()));
        const QDate day(2026, 12, 7);
        {
            cube::QuotaMeter mine(m_places.location(place), m_places.teamStore(place));
            cube::QuotaMeter desk(m_places.location(place), m_places.teamStore(place));
            QVERIFY(mine.isOpen() && desk.isOpen());
            for (int i = 0; i < 3; ++i)
                mine.count(u"acct@https://gw"_s, day);
            desk.count(u"acct@https://gw"_s, day);
            desk.count(u"acct@https://gw"_s, day);
            desk.count(u"other@https://gw"_s, day);
            QCOMPARE(mine.used(u"acct@https://gw"_s, day).value_or(-1), 5);
            QCOMPARE(desk.used(u"acct@https://gw"_s, day.addDays(1)).value_or(-1), 0);
        }
        cube::QuotaMeter later(m_places.location(place), m_places.teamStore(place));
        QCOMPARE(later.used(u"other@https://gw"_s, day).value_or(-1), 1);
    }

    // Another desk's entries are announced within moments (the store's notices); this
    // journal's own are announced where they are written, not again as another's.
    void anotherDesksChangesAreAnnounced()
    {
        if (!m_places.team())
            QSKIP("a file's change feed is tst_journalfeed's");
        const auto mine = m_places.open(u"feed"_s);
        const auto desk = m_places.open(u"feed"_s);
        QSignalSpy changed(mine.get(), &cube::Journal::changedByAnotherProgram);
        QSignalSpy recorded(mine.get(), &cube::Journal::entryRecorded);
        cube::JournalEntry theirs = endEarlyOf(u"S1"_s);
        QVERIFY(!desk->record(theirs));
        QVERIFY(changed.wait(5000));
        QCOMPARE(mine->history({}).constFirst().subjects, QStringList{u"S1"_s});
        changed.clear();
        cube::JournalEntry own = endEarlyOf(u"S2"_s);
        QVERIFY(!mine->record(own));
        QCOMPARE(recorded.size(), 1);
        QVERIFY(!changed.wait(1000));
        QCOMPARE(desk->history({}).size(), 2);
    }

    void keepsEveryStepOfAWrite()
    {
        const auto journal = m_places.open(u"steps"_s);
        QVERIFY2(journal->isOpen(), qPrintable(journal->problem()));
        cube::JournalEntry entry = endEarlyOf(u"L1"_s);
        QVERIFY(!journal->record(entry));
        QVERIFY(entry.id > 0);
        QCOMPARE(journal->entry(entry.id)->state, cube::JournalState::Recorded);
        QCOMPARE(journal->entry(entry.id)->outcome(), cube::JournalOutcome::Unknown);
        journal->markSent(entry.id);
        journal->markAnswered(entry.id, cube::JournalState::Unknown, {}, u"time-out"_s);
        journal->markSettled(entry.id, cube::Settlement::Done);
        const cube::JournalEntry kept = *journal->entry(entry.id);
        QCOMPARE(kept.state, cube::JournalState::SettledDone);
        QCOMPARE(kept.outcome(), cube::JournalOutcome::Done);
        QVERIFY(kept.recordedAt.isValid() && kept.sentAt.isValid() && kept.answeredAt.isValid()
                && kept.settledAt.isValid());
        QVERIFY(kept.recordedAt <= kept.sentAt && kept.sentAt <= kept.settledAt);
        QCOMPARE(kept.fields[u"order_code"_s].toString(), u"L1"_s);
        QCOMPARE(kept.reason, u"Returned"_s);
        QCOMPARE(kept.osUser, u"desk"_s);
    }

    void filtersAndPrunes()
    {
        const auto journal = m_places.open(u"filters"_s);
        for (const QString &code : {u"A1"_s, u"A2"_s, u"A3"_s}) {
            cube::JournalEntry entry = endEarlyOf(code);
            if (code == u"A1"_s)
                entry.recordedAt = QDateTime::currentDateTimeUtc().addDays(-40);
            QVERIFY(!journal->record(entry));
            journal->markAnswered(entry.id,
                                  code == u"A3"_s ? cube::JournalState::Refused
                                                  : cube::JournalState::Succeeded,
                                  code == u"A3"_s ? u"4091"_s : QString(), {});
        }
        cube::HistoryFilter filter;
        QCOMPARE(journal->history(filter).size(), 3);
        QCOMPARE(journal->history(filter).constFirst().subjects, QStringList{u"A3"_s});
        filter.outcome = cube::JournalOutcome::NotDone;
        QCOMPARE(journal->history(filter).size(), 1);
        filter = {};
        filter.subject = u"A2"_s;
        QCOMPARE(journal->history(filter).size(), 1);
        filter = {};
        filter.since = QDateTime::currentDateTimeUtc().addDays(-30);
        QCOMPARE(journal->history(filter).size(), 2);
        filter = {};
        filter.operation = cube::Operation::SuspendService;
        QCOMPARE(journal->history(filter).size(), 0);

        QCOMPARE(journal->prune(QDateTime::currentDateTimeUtc().addDays(-30)).value_or(-1),
                 qsizetype(1));
        QCOMPARE(journal->history({}).size(), 2);
    }

    void jobsKnowWhatWasNotSentAndWhoIsGone()
    {
        const QString path = u"jobs"_s;
        qint64 id = 0;
        {
            const auto journal = m_places.open(path);
            cube::JournalJob job;
            job.operation = cube::Operation::CancelOrder;
            job.subjects = {u"C1"_s, u"C2"_s, u"C3"_s};
            QVERIFY(!journal->record(job));
            id = job.id;
            cube::JournalEntry first = endEarlyOf(u"C1"_s);
            first.operation = cube::Operation::CancelOrder;
            first.job = cube::JobItem{id, 0};
            QVERIFY(!journal->record(first));
            journal->markAnswered(first.id, cube::JournalState::Succeeded, {}, {});
            cube::JournalEntry second = endEarlyOf(u"C2"_s);
            second.job = cube::JobItem{id, 1};
            QVERIFY(!journal->record(second)); // recorded, and then the program stopped
            // This program runs it: not interrupted.
            QCOMPARE(journal->job(id)->state, cube::JobState::Running);
            QVERIFY(journal->interruptedJobs().isEmpty());
        }
        // As if the process that ran it were gone.
        QVERIFY(m_places.rawExec(path, u"UPDATE jobs SET process = '1@0'"_s));
        const auto journal = m_places.open(path);
        const QList<cube::JournalJob> interrupted = journal->interruptedJobs();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.constFirst().tally.done, 1);
        QCOMPARE(interrupted.constFirst().tally.unknown, 1);
        QCOMPARE(interrupted.constFirst().tally.notSent, 1);
        const QList<cube::JobItemStatus> items = journal->jobItems(id);
        QCOMPARE(items.size(), 3);
        QVERIFY(!items.at(0).needsSending());
        QVERIFY(!items.at(1).needsSending()); // unknown: checked, never sent again as it is
        QVERIFY(items.at(2).needsSending());
        QCOMPARE(items.at(2).subject, u"C3"_s);

        // A check that finds it never took effect, after no answer ever came: sent again.
        journal->markSettled(items.at(1).entry->id, cube::Settlement::NotDone);
        QVERIFY(journal->jobItems(id).at(1).needsSending());
        journal->endJob(id, cube::JobState::Finished);
        QCOMPARE(journal->job(id)->state, cube::JobState::Finished);
        QVERIFY(journal->interruptedJobs().isEmpty());
    }

    // Of two programs claiming one job, one wins; the other learns who holds it and since when.
    void aJobIsClaimedByOneLiveProcessOnly()
    {
        const QString path = u"claims"_s;
        const auto journal = m_places.open(path);
        const qint64 id = jobOf(*journal, {u"K1"_s, u"K2"_s});
        QVERIFY(id > 0);
        if (m_places.team())
            return aJobIsClaimedByOneDeskOnly(*journal, id, path);
        QProcess other; // another program, alive
        other.start(u"sleep"_s, {u"60"_s});
        QVERIFY(other.waitForStarted());
        const QString identity = identityOf(other.processId());
        QVERIFY(!identity.isEmpty());
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - 60000;
        QVERIFY(m_places.rawExec(path,
                                 u"UPDATE jobs SET pid = %1, process = '%2', program = 'cubectl', "
                                 "purpose = 'resume', claimed_at = %3"_s.arg(other.processId())
                                     .arg(identity)
                                     .arg(since)));
        QCOMPARE(journal->job(id)->state, cube::JobState::Running);
        const cube::JobClaim lost =
            journal->claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1000));
        QVERIFY(!lost.won);
        QVERIFY(lost.problem.isEmpty());
        QCOMPARE(lost.holder.pid, other.processId());
        QCOMPARE(lost.holder.program, u"cubectl"_s);
        QCOMPARE(lost.holder.since.toMSecsSinceEpoch(), since);
        const QString words = cube::JournalWords::heldBy(id, lost.holder);
        QVERIFY2(
            words.contains(u"Job %1 is being resumed by cubectl, process %2, since "_s.arg(id).arg(
                other.processId())),
            qPrintable(words));

        {
            cube::TranslationInstaller chinese;
            QVERIFY(chinese.install(cube::UiLanguage::SimplifiedChinese));
            const QString inChinese = cube::JournalWords::heldBy(id, lost.holder);
            QVERIFY2(inChinese.contains(
                         u"任务 %1 正由 cubectl（进程 %2）"_s.arg(id).arg(other.processId())),
                     qPrintable(inChinese));
        }

        other.kill();
        other.waitForFinished();
        QCOMPARE(journal->job(id)->state, cube::JobState::Interrupted);
        const cube::JobClaim won =
            journal->claimJob(id, cube::JobPurpose::Check, std::chrono::milliseconds(5000));
        QVERIFY(won.won);
        const cube::JournalJob claimed = *journal->job(id);
        QCOMPARE(claimed.state, cube::JobState::Running);
        QCOMPARE(claimed.holder.purpose, cube::JobPurpose::Check);
        QCOMPARE(claimed.requestTimeout, std::chrono::milliseconds(5000)); // the longest
        // Let go with items left for later: anyone may check or resume it again.
        journal->releaseJob(id);
        QCOMPARE(journal->job(id)->state, cube::JobState::Interrupted);
    }

    // A success is never hidden by a later answer for the same item ("not in use" to a second
    // send); a clear refusal before does not make a later refusal "maybe done".
    void aDoneItemStaysDone()
    {
        const auto journal = m_places.open(u"done"_s);
        const qint64 id = jobOf(*journal, {u"D1"_s, u"D2"_s});
        QVERIFY(id > 0);
        cube::JournalEntry first = endEarlyOf(u"D1"_s);
        first.job = cube::JobItem{id, 0};
        QVERIFY(!journal->record(first));
        journal->markSent(first.id);
        journal->markSettled(first.id, cube::Settlement::Done);
        cube::JournalEntry second = endEarlyOf(u"D1"_s);
        second.job = cube::JobItem{id, 0};
        QVERIFY(!journal->record(second));
        journal->markAnswered(second.id, cube::JournalState::Refused, u"4090"_s, u"ended"_s);
        QVERIFY(journal->sentBefore(cube::JobItem{id, 0}, second.id));
        QVERIFY(!journal->sentBefore(cube::JobItem{id, 0}, first.id));
        const QList<cube::JobItemStatus> items = journal->jobItems(id);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).outcome, cube::JournalOutcome::Done);
        QCOMPARE(items.at(0).entry->id, first.id);
        QCOMPARE(journal->job(id)->tally.done, 1);
        QCOMPARE(items.at(1).outcome, cube::JournalOutcome::NotSent);
    }

    // A write sent with no answer is judged only a request time-out after it last left.
    void aWriteWithNoAnswerIsDecidableAfterTheTimeout()
    {
        const auto journal = m_places.open(u"grace"_s);
        const qint64 id = jobOf(*journal, {u"G1"_s, u"G2"_s});
        cube::JournalEntry sent = endEarlyOf(u"G1"_s);
        sent.job = cube::JobItem{id, 0};
        QVERIFY(!journal->record(sent));
        journal->markSent(sent.id);
        const cube::JobItemStatus item = journal->jobItems(id).at(0);
        QVERIFY(item.awaitsCheck());
        QCOMPARE(item.decidableAt(std::chrono::milliseconds(30000)),
                 item.entry->sentAt.addSecs(30));
        QVERIFY(!journal->jobItems(id).at(1).awaitsCheck());
        cube::TranslationInstaller english; // English plurals come from their catalogue
        QVERIFY(english.install(cube::UiLanguage::English));
        const QString words = cube::JournalWords::waiting(3, item.entry->sentAt, item.entry->sentAt,
                                                          item.entry->sentAt.addSecs(90));
        QVERIFY2(words.contains(u"3 items were sent at "_s)
                     && words.contains(u"can be checked from"_s),
                 qPrintable(words));
        cube::TranslationInstaller chinese;
        QVERIFY(chinese.install(cube::UiLanguage::SimplifiedChinese));
        const QString inChinese = cube::JournalWords::waiting(
            3, item.entry->sentAt, item.entry->sentAt, item.entry->sentAt.addSecs(90));
        QVERIFY2(inChinese.contains(u"3 项已于 "_s) && inChinese.contains(u"未收到应答；可从 "_s),
                 qPrintable(inChinese));
    }

    // A journal of schema 2 (before who holds a job was kept) is migrated, its jobs kept.
    void schemaTwoIsMigrated()
    {
        if (m_places.team())
            QSKIP("a file's own case (an older file's schema, SQLite's lock, a full disk): "
                  "tst_journal runs it");
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        qint64 id = 0;
        {
            cube::Journal journal(path);
            id = jobOf(journal, {u"M1"_s, u"M2"_s});
        }
        // What schema 5 added, and then schema 3.
        QVERIFY(rawExec(path, u"DROP INDEX entries_by_person"_s));
        for (const QString &column :
             {u"entries.full_name"_s, u"entries.host"_s, u"jobs.full_name"_s, u"jobs.desk_host"_s})
            QVERIFY(rawExec(path, u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(column.section(u'.', 0, 0),
                                                                         column.section(u'.', 1))));
        for (const QString &column :
             {u"program"_s, u"claimed_at"_s, u"purpose"_s, u"request_timeout"_s})
            QVERIFY(rawExec(path, u"ALTER TABLE jobs DROP COLUMN "_s + column));
        QVERIFY(rawExec(path, u"PRAGMA user_version = 2"_s));
        QVERIFY(rawExec(path, u"UPDATE jobs SET process = '1@0'"_s));
        cube::Journal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.problem()));
        QCOMPARE(cube::Journal::schemaVersion, 5);
        QCOMPARE(cube::journalschema::migrations().size(), cube::Journal::schemaVersion);
        QCOMPARE(journal.interruptedJobs().size(), 1);
        QVERIFY(journal.claimJob(id, cube::JobPurpose::Resume, std::chrono::milliseconds(1)).won);
    }

    // Every entry and job names the person (user and full name) and the desk; one byline says
    // it, shorter when a part is not known.
    void namesThePersonAndTheDesk()
    {
        const auto journal = m_places.open(u"who"_s);
        cube::JournalEntry entry = endEarlyOf(u"W1"_s);
        entry.osUser = u"wangf"_s;
        entry.fullName = u"Wang Fang"_s;
        entry.host = u"desk-3"_s;
        QVERIFY(!journal->record(entry));
        const cube::JournalEntry kept = *journal->entry(entry.id);
        QCOMPARE(kept.osUser, u"wangf"_s);
        QCOMPARE(kept.fullName, u"Wang Fang"_s);
        QCOMPARE(kept.host, u"desk-3"_s);
        QCOMPARE(kept.byline(), u"Wang Fang (wangf) on desk-3"_s);
        QCOMPARE(journal->history({}).constFirst().byline(), u"Wang Fang (wangf) on desk-3"_s);
        cube::JournalEntry unnamed = kept;
        unnamed.fullName.clear();
        QCOMPARE(unnamed.byline(), u"wangf on desk-3"_s);
        unnamed.host.clear();
        QCOMPARE(unnamed.byline(), u"wangf"_s);
        cube::JournalEntry root = kept;
        root.osUser = u"root"_s;
        root.fullName = u"root"_s; // the system's own "full name": said once
        QCOMPARE(root.byline(), u"root on desk-3"_s);

        cube::JournalJob job;
        job.operation = cube::Operation::CancelOrder;
        job.subjects = {u"W2"_s, u"W3"_s};
        job.osUser = u"lil"_s;
        job.fullName = u"Li Lei"_s;
        job.host = u"desk-7"_s;
        QVERIFY(!journal->record(job));
        const cube::JournalJob keptJob = *journal->job(job.id);
        QCOMPARE(keptJob.fullName, u"Li Lei"_s);
        QCOMPARE(keptJob.host, u"desk-7"_s);
        QVERIFY2(cube::JournalWords::describe(keptJob).contains(u"by Li Lei (lil) on desk-7"_s),
                 qPrintable(cube::JournalWords::describe(keptJob)));

        // This desk, for what this program writes.
        const cube::JournalSource here = cube::Journal::localSource(u"p"_s);
        QVERIFY(!here.osUser.isEmpty());
        QCOMPARE(here.host, QSysInfo::machineHostName());
        QVERIFY2(!here.fullName.contains(u','), qPrintable(here.fullName));
    }

    // The people who wrote, one each (with their newest full name), and the filter by person:
    // a user name exactly, or a full name in any case.
    void peopleAndThePersonFilter()
    {
        const auto journal = m_places.open(u"people"_s);
        const auto write = [&journal](const QString &code, const QString &user, const QString &name,
                                      const QString &host) {
            cube::JournalEntry entry = endEarlyOf(code);
            entry.osUser = user;
            entry.fullName = name;
            entry.host = host;
            QVERIFY(!journal->record(entry));
        };
        write(u"P1"_s, u"wangf"_s, {}, {}); // before the journal kept names
        write(u"P2"_s, u"wangf"_s, u"Wang F."_s, u"desk-3"_s);
        write(u"P3"_s, u"wangf"_s, u"Wang Fang"_s, u"desk-3"_s);
        write(u"P4"_s, u"lil"_s, {}, u"desk-7"_s);
        write(u"P5"_s, {}, {}, {}); // nobody known: no one to list
        const QList<cube::JournalPerson> people = journal->people();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).osUser, u"lil"_s);
        QCOMPARE(people.at(0).fullName, QString());
        QCOMPARE(people.at(1).osUser, u"wangf"_s);
        QCOMPARE(people.at(1).fullName, u"Wang Fang"_s);
        QCOMPARE(cube::JournalWords::person(people.at(1)), u"Wang Fang (wangf)"_s);

        cube::HistoryFilter filter;
        filter.person = u"wangf"_s;
        QCOMPARE(journal->history(filter).size(), 3);
        filter.person = u"wang fang"_s;
        QCOMPARE(journal->history(filter).size(), 1);
        QCOMPARE(journal->history(filter).constFirst().subjects, QStringList{u"P3"_s});
        filter.person = u"lil"_s;
        QCOMPARE(journal->history(filter).size(), 1);
        filter.person = u"WANGF"_s; // a user name is the system's, exactly
        QCOMPARE(journal->history(filter).size(), 0);
        filter.person = u"nobody"_s;
        QCOMPARE(journal->history(filter).size(), 0);

        // History's choice of a person is the user, exactly: someone whose full name happens to
        // be another's user name is not listed with them (as --by's typed name would be).
        write(u"P6"_s, u"zhao"_s, u"lil"_s, u"desk-9"_s);
        filter.person = u"lil"_s;
        QCOMPARE(journal->history(filter).size(), 2);
        filter.person.clear();
        filter.osUser = u"lil"_s;
        QCOMPARE(journal->history(filter).size(), 1);
        QCOMPARE(journal->history(filter).constFirst().subjects, QStringList{u"P4"_s});
    }

    // A journal of schema 4 (its tables as that version made them, written out here so that a
    // change to the migrations cannot change the file) with that version's entries and jobs is
    // migrated and keeps them; their person is the user alone.
    void schemaFourIsMigrated()
    {
        if (m_places.team())
            QSKIP("a file's own case (an older file's schema, SQLite's lock, a full disk): "
                  "tst_journal runs it");
        const QString path = m_dir.filePath(u"four.sqlite"_s);
        const QStringList schemaFour{
            u"CREATE TABLE entries (id INTEGER PRIMARY KEY, recorded_at INTEGER NOT NULL, "
            "operation TEXT NOT NULL, fields TEXT NOT NULL, reason TEXT, profile TEXT, "
            "access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, job_id INTEGER, "
            "job_item INTEGER, state TEXT NOT NULL, sent_at INTEGER, answered_at INTEGER, "
            "answer_code TEXT, answer_message TEXT, settled_at INTEGER, "
            "limited INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE entry_subjects (subject TEXT NOT NULL, entry_id INTEGER NOT NULL)"_s,
            u"CREATE INDEX entry_subjects_by_subject ON entry_subjects (subject, entry_id)"_s,
            u"CREATE INDEX entry_subjects_by_entry ON entry_subjects (entry_id)"_s,
            u"CREATE INDEX entries_by_time ON entries (recorded_at)"_s,
            u"CREATE INDEX entries_by_job ON entries (job_id, job_item)"_s,
            u"CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, "
            "ended_at INTEGER, operation TEXT NOT NULL, parameters TEXT NOT NULL, "
            "profile TEXT, access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, "
            "pid INTEGER, process TEXT, host TEXT, state TEXT NOT NULL, program TEXT, "
            "claimed_at INTEGER, purpose TEXT, request_timeout INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE job_items (job_id INTEGER NOT NULL, item INTEGER NOT NULL, "
            "subject TEXT NOT NULL, PRIMARY KEY (job_id, item))"_s,
            u"CREATE TABLE quota (account TEXT NOT NULL, day TEXT NOT NULL, "
            "used INTEGER NOT NULL, PRIMARY KEY (account, day))"_s,
            u"CREATE TABLE feed (version INTEGER NOT NULL)"_s,
            u"INSERT INTO feed (version) VALUES (0)"_s,
        };
        for (const QString &statement : schemaFour)
            QVERIFY2(rawExec(path, statement), qPrintable(statement));
        QVERIFY(rawExec(path, u"PRAGMA user_version = 4"_s));
        QVERIFY(rawExec(path, u"INSERT INTO entries (id, recorded_at, operation, fields, reason, "
                              "os_user, state) VALUES (7, 1700000000000, 'aheadFinishDeviceOrder', "
                              "'{\"order_code\":\"V4\"}', 'Returned', 'desk', 'succeeded')"_s));
        QVERIFY(
            rawExec(path, u"INSERT INTO entry_subjects (subject, entry_id) VALUES ('V4', 7)"_s));
        QVERIFY(rawExec(path, u"INSERT INTO jobs (id, started_at, operation, parameters, os_user, "
                              "state) VALUES (3, 1700000000000, 'cancelOrder', '{}', 'desk', "
                              "'finished')"_s));

        cube::Journal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.problem()));
        const std::optional<cube::JournalEntry> old = journal.entry(7);
        QVERIFY(old);
        QCOMPARE(old->subjects, QStringList{u"V4"_s});
        QCOMPARE(old->osUser, u"desk"_s);
        QCOMPARE(old->fullName, QString());
        QCOMPARE(old->host, QString());
        QCOMPARE(old->byline(), u"desk"_s);
        QCOMPARE(old->outcome(), cube::JournalOutcome::Done);
        QCOMPARE(journal.job(3)->osUser, u"desk"_s);
        QCOMPARE(journal.job(3)->host, QString());

        cube::JournalEntry next = endEarlyOf(u"V5"_s);
        next.fullName = u"Desk Person"_s;
        next.host = u"desk-1"_s;
        QVERIFY(!journal.record(next));
        QCOMPARE(journal.history({}).size(), 2);
        QCOMPARE(journal.people().size(), 1);
        QCOMPARE(journal.people().constFirst().fullName, u"Desk Person"_s);
        cube::HistoryFilter byDesk;
        byDesk.person = u"desk"_s;
        QCOMPARE(journal.history(byDesk).size(), 2);
    }

    // Another program holding the lock: the words say so (not "free some disk space"), and an
    // answer that came meanwhile is kept and written once the lock is free.
    void aLockedJournalSaysSoAndKeepsTheAnswers()
    {
        if (m_places.team())
            QSKIP("a file's own case (an older file's schema, SQLite's lock, a full disk): "
                  "tst_journal runs it");
        const QString path = m_dir.filePath(u"locked.sqlite"_s);
        auto journal = std::make_unique<cube::Journal>(path);
        cube::JournalEntry entry = endEarlyOf(u"B1"_s);
        QVERIFY(!journal->record(entry));
        journal->markSent(entry.id);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
            journal->markAnswered(entry.id, cube::JournalState::Succeeded, {}, {}); // kept
            cube::JournalEntry next = endEarlyOf(u"B2"_s);
            const std::optional<QString> why = journal->record(next);
            QVERIFY(why.has_value());
            const QString words = cube::Journal::unwritable(path, *why);
            QVERIFY2(words.contains(u"another program"_s) && !words.contains(u"()"_s)
                         && !words.contains(u"disk space"_s),
                     qPrintable(words));
            QVERIFY(QSqlQuery(db).exec(u"COMMIT"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
        journal.reset(); // written at the latest when it closes
        QCOMPARE(cube::Journal(path).entry(entry.id)->state, cube::JournalState::Succeeded);
    }

    // A disk that fills up: one clear warning, the rest counted, not 600 raw lines.
    void aFullDiskWarnsOnce()
    {
        if (m_places.team())
            QSKIP("a file's own case (an older file's schema, SQLite's lock, a full disk): "
                  "tst_journal runs it");
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        JournalWarnings warnings;
        {
            cube::Journal journal(path);
            QVERIFY(journal.isOpen());
            rlimit before{};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
            auto *previous = std::signal(SIGXFSZ, SIG_IGN);
            rlimit full = before;
            full.rlim_cur = 64 * 1024; // the files may not grow past this
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
            int refused = 0;
            for (int i = 0; i < 600; ++i) {
                cube::JournalEntry entry = endEarlyOf(u"F%1"_s.arg(i));
                entry.fields.insert(u"padding"_s, QString(200, u'x'));
                if (journal.record(entry))
                    ++refused;
            }
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
            std::signal(SIGXFSZ, previous);
            QVERIFY2(refused > 100, qPrintable(QString::number(refused)));
        }
        QVERIFY2(warnings.lines().size() <= 2, qPrintable(warnings.lines().join(u'\n')));
        QVERIFY2(warnings.lines().constFirst().contains(u"cannot be written"_s),
                 qPrintable(warnings.lines().join(u'\n')));
        QVERIFY2(warnings.lines().constLast().contains(u"more write"_s),
                 qPrintable(warnings.lines().join(u'\n')));
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = u"newer"_s;
        if (m_places.team()) {
            QVERIFY(m_places.rawExec(path, u"CREATE TABLE schema_versions (component TEXT "
                                           "PRIMARY KEY, version INTEGER NOT NULL)"_s));
            QVERIFY(
                m_places.rawExec(path, u"INSERT INTO schema_versions VALUES ('journal', 99)"_s));
        } else {
            QVERIFY(m_places.rawExec(path, u"PRAGMA user_version = 99"_s));
        }
        const auto journal = m_places.open(path);
        QVERIFY(!journal->isOpen());
        QVERIFY2(journal->problem().contains(u"newer version"_s), qPrintable(journal->problem()));
        cube::JournalEntry entry = endEarlyOf(u"N1"_s);
        QVERIFY(journal->record(entry).has_value());
        QVERIFY(journal->setAsidePath().isEmpty());
        QVERIFY(m_places.team() || QFile::exists(m_places.location(path)));
    }

    void aSecondOpeningMigratesNothingTwice()
    {
        const QString path = u"twice"_s;
        const auto first = m_places.open(path);
        const auto second = m_places.open(path);
        QVERIFY(first->isOpen() && second->isOpen());
        cube::JournalEntry entry = endEarlyOf(u"T1"_s);
        QVERIFY(!first->record(entry));
        QCOMPARE(second->history({}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
