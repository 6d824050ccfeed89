#include "journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

// The journal's own rules: each step of a write kept with its time, jobs and their items,
// filters, explicit pruning, a file of a newer schema left alone, and a job whose program is
// gone seen as interrupted.
class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void keepsEveryStepOfAWrite()
    {
        cube::Journal journal(m_dir.filePath(u"steps.sqlite"_s));
        QVERIFY2(journal.isOpen(), qPrintable(journal.problem()));
        cube::JournalEntry entry = endEarlyOf(u"L1"_s);
        QVERIFY(!journal.record(entry));
        QVERIFY(entry.id > 0);
        QCOMPARE(journal.entry(entry.id)->state, cube::JournalState::Recorded);
        QCOMPARE(journal.entry(entry.id)->outcome(), cube::JournalOutcome::Unknown);
        journal.markSent(entry.id);
        journal.markAnswered(entry.id, cube::JournalState::Unknown, {}, u"time-out"_s);
        journal.markSettled(entry.id, cube::Settlement::Done);
        const cube::JournalEntry kept = *journal.entry(entry.id);
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
        cube::Journal journal(m_dir.filePath(u"filters.sqlite"_s));
        for (const QString &code : {u"A1"_s, u"A2"_s, u"A3"_s}) {
            cube::JournalEntry entry = endEarlyOf(code);
            if (code == u"A1"_s)
                entry.recordedAt = QDateTime::currentDateTimeUtc().addDays(-40);
            QVERIFY(!journal.record(entry));
            journal.markAnswered(entry.id,
                                 code == u"A3"_s ? cube::JournalState::Refused
                                                 : cube::JournalState::Succeeded,
                                 code == u"A3"_s ? u"4091"_s : QString(), {});
        }
        cube::HistoryFilter filter;
        QCOMPARE(journal.history(filter).size(), 3);
        QCOMPARE(journal.history(filter).constFirst().subjects, QStringList{u"A3"_s});
        filter.outcome = cube::JournalOutcome::NotDone;
        QCOMPARE(journal.history(filter).size(), 1);
        filter = {};
        filter.subject = u"A2"_s;
        QCOMPARE(journal.history(filter).size(), 1);
        filter = {};
        filter.since = QDateTime::currentDateTimeUtc().addDays(-30);
        QCOMPARE(journal.history(filter).size(), 2);
        filter = {};
        filter.operation = cube::Operation::SuspendService;
        QCOMPARE(journal.history(filter).size(), 0);

        QCOMPARE(journal.prune(QDateTime::currentDateTimeUtc().addDays(-30)).value_or(-1),
                 qsizetype(1));
        QCOMPARE(journal.history({}).size(), 2);
    }

    void jobsKnowWhatWasNotSentAndWhoIsGone()
    {
        const QString path = m_dir.filePath(u"jobs.sqlite"_s);
        qint64 id = 0;
        {
            cube::Journal journal(path);
            cube::JournalJob job;
            job.operation = cube::Operation::CancelOrder;
            job.subjects = {u"C1"_s, u"C2"_s, u"C3"_s};
            QVERIFY(!journal.record(job));
            id = job.id;
            cube::JournalEntry first = endEarlyOf(u"C1"_s);
            first.operation = cube::Operation::CancelOrder;
            first.job = cube::JobItem{id, 0};
            QVERIFY(!journal.record(first));
            journal.markAnswered(first.id, cube::JournalState::Succeeded, {}, {});
            cube::JournalEntry second = endEarlyOf(u"C2"_s);
            second.job = cube::JobItem{id, 1};
            QVERIFY(!journal.record(second)); // recorded, and then the program stopped
            // This program runs it: not interrupted.
            QCOMPARE(journal.job(id)->state, cube::JobState::Running);
            QVERIFY(journal.interruptedJobs().isEmpty());
        }
        // As if the process that ran it were gone.
        QVERIFY(rawExec(path, u"UPDATE jobs SET process = '1@0'"_s));
        cube::Journal journal(path);
        const QList<cube::JournalJob> interrupted = journal.interruptedJobs();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.constFirst().tally.done, 1);
        QCOMPARE(interrupted.constFirst().tally.unknown, 1);
        QCOMPARE(interrupted.constFirst().tally.notSent, 1);
        const QList<cube::JobItemStatus> items = journal.jobItems(id);
        QCOMPARE(items.size(), 3);
        QVERIFY(!items.at(0).needsSending());
        QVERIFY(!items.at(1).needsSending()); // unknown: checked, never sent again as it is
        QVERIFY(items.at(2).needsSending());
        QCOMPARE(items.at(2).subject, u"C3"_s);

        // A check that finds it never took effect, after no answer ever came: sent again.
        journal.markSettled(items.at(1).entry->id, cube::Settlement::NotDone);
        QVERIFY(journal.jobItems(id).at(1).needsSending());
        journal.endJob(id, cube::JobState::Finished);
        QCOMPARE(journal.job(id)->state, cube::JobState::Finished);
        QVERIFY(journal.interruptedJobs().isEmpty());
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        QVERIFY(rawExec(path, u"PRAGMA user_version = 99"_s));
        cube::Journal journal(path);
        QVERIFY(!journal.isOpen());
        QVERIFY2(journal.problem().contains(u"newer version"_s), qPrintable(journal.problem()));
        cube::JournalEntry entry = endEarlyOf(u"N1"_s);
        QVERIFY(journal.record(entry).has_value());
        QVERIFY(journal.setAsidePath().isEmpty());
        QVERIFY(QFile::exists(path));
    }

    void aSecondOpeningMigratesNothingTwice()
    {
        const QString path = m_dir.filePath(u"twice.sqlite"_s);
        cube::Journal first(path);
        cube::Journal second(path);
        QVERIFY(first.isOpen() && second.isOpen());
        cube::JournalEntry entry = endEarlyOf(u"T1"_s);
        QVERIFY(!first.record(entry));
        QCOMPARE(second.history({}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
