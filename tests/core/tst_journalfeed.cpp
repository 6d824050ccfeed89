#include "journal/journal.h"
#include "transport/quotameter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

cube::JournalEntry suspendOf(const QString &iccid)
{
    cube::JournalEntry entry;
    entry.operation = cube::Operation::SuspendService;
    entry.subjects = {iccid};
    entry.fields = {{u"device_id"_s, iccid}};
    entry.osUser = u"desk"_s;
    return entry;
}

// The journal's watch on its file (no accessor: the test looks at the object tree).
const QTimer *watchOf(const cube::Journal &journal)
{
    return journal.findChild<QTimer *>(u"journalWatch"_s);
}

} // namespace

// The journal as the change feed: every write it makes is announced by the journal itself,
// another connection's commit to the same file is noticed within about a second, and the file
// is watched only while someone follows.
class TestJournalFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void announcesEveryEntryAndJobItWrites()
    {
        cube::Journal journal(m_dir.filePath(u"own.sqlite"_s));
        QVERIFY(journal.isOpen());
        QSignalSpy recorded(&journal, &cube::Journal::entryRecorded);
        QSignalSpy updated(&journal, &cube::Journal::entryUpdated);
        QSignalSpy jobRecorded(&journal, &cube::Journal::jobRecorded);
        QSignalSpy jobUpdated(&journal, &cube::Journal::jobUpdated);
        QSignalSpy pruned(&journal, &cube::Journal::pruned);
        QSignalSpy elsewhere(&journal, &cube::Journal::changedByAnotherProgram);

        cube::JournalEntry entry = suspendOf(u"8985200000000000001"_s);
        QVERIFY(!journal.record(entry));
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), entry.id);
        journal.markSent(entry.id);
        journal.markLimited(entry.id);
        journal.markAnswered(entry.id, cube::JournalState::Unknown, {}, {});
        journal.markSettled(entry.id, cube::Settlement::Done);
        QCOMPARE(updated.count(), 4);
        for (const QList<QVariant> &each : std::as_const(updated))
            QCOMPARE(each.at(0).toLongLong(), entry.id);

        // The narrow interface the call layer records through announces the same way.
        cube::JournalRecorder &recorder = journal;
        cube::JournalEntry another = suspendOf(u"8985200000000000002"_s);
        QVERIFY(!recorder.recordWrite(another));
        QCOMPARE(recorded.count(), 2);
        recorder.markSent(another.id);
        QCOMPARE(updated.count(), 5);

        cube::JournalJob job;
        job.operation = cube::Operation::SuspendService;
        job.subjects = {u"8985200000000000003"_s, u"8985200000000000004"_s};
        QVERIFY(!journal.record(job));
        QCOMPARE(jobRecorded.count(), 1);
        QCOMPARE(jobRecorded.at(0).at(0).toLongLong(), job.id);
        journal.releaseJob(job.id);
        QVERIFY(journal.claimJob(job.id, cube::JobPurpose::Check, 1s).won);
        journal.endJob(job.id, cube::JobState::Finished);
        QCOMPARE(jobUpdated.count(), 3);

        QCOMPARE(journal.prune(QDateTime::currentDateTimeUtc().addDays(1)), qsizetype(2));
        QCOMPARE(pruned.count(), 1);

        // Its own commits are not another program's.
        QTest::qWait(int(2.5 * cube::Journal::watchInterval.count()));
        QCOMPARE(elsewhere.count(), 0);
    }

    void noticesWhatAnotherConnectionCommits()
    {
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        cube::Journal console(path);
        cube::Journal other(path); // cubectl beside the console, on the same file
        QSignalSpy elsewhere(&console, &cube::Journal::changedByAnotherProgram);
        QSignalSpy ownRecorded(&console, &cube::Journal::entryRecorded);

        cube::JournalEntry entry = suspendOf(u"8985200000000000005"_s);
        QVERIFY(!other.record(entry));
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() == 1, 5000);
        QCOMPARE(ownRecorded.count(), 0); // written elsewhere: announced as such

        // An update (the answer) is a commit too.
        other.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() == 2, 5000);
        // Nothing more while nothing more is written.
        QTest::qWait(int(2.5 * cube::Journal::watchInterval.count()));
        QCOMPARE(elsewhere.count(), 2);
    }

    // The quota's count of every query is kept in the same file, by its own connection: it is
    // no change to the journal, and views do not read the journal again for it (they would
    // each second while the console reads the server).
    void countingQueriesIsNoNews()
    {
        const QString path = m_dir.filePath(u"counted.sqlite"_s);
        cube::Journal console(path);
        QSignalSpy elsewhere(&console, &cube::Journal::changedByAnotherProgram);
        cube::QuotaMeter meter(path, {});
        const QDate today = QDate::currentDate();
        for (int query = 0; query < 5; ++query) {
            meter.count(u"account"_s, today);
            QTest::qWait(int(0.6 * cube::Journal::watchInterval.count()));
        }
        QCOMPARE(meter.used(u"account"_s, today).value_or(0), 5);
        QCOMPARE(elsewhere.count(), 0);
    }

    void watchesTheFileOnlyWhileSomeoneFollows()
    {
        const QString path = m_dir.filePath(u"quiet.sqlite"_s);
        cube::Journal journal(path);
        const QTimer *watch = watchOf(journal);
        QVERIFY(watch);
        QVERIFY(!watch->isActive());

        int heard = 0;
        auto follower = std::make_unique<QObject>();
        connect(&journal, &cube::Journal::changedByAnotherProgram, follower.get(),
                [&heard] { ++heard; });
        QVERIFY(watch->isActive());

        cube::Journal other(path);
        cube::JournalEntry entry = suspendOf(u"8985200000000000006"_s);
        QVERIFY(!other.record(entry));
        QTRY_COMPARE_WITH_TIMEOUT(heard, 1, 5000);

        // The follower gone, the watch stops (at its next turn at the latest).
        follower.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isActive(), 3000);

        // A follower that disconnects stops it (without waiting for its turn).
        const QMetaObject::Connection connection =
            connect(&journal, &cube::Journal::entryUpdated, this, [] {});
        QVERIFY(watch->isActive());
        disconnect(connection);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isActive(), 200);
    }
};

QTEST_GUILESS_MAIN(TestJournalFeed)
#include "tst_journalfeed.moc"
