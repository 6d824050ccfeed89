#include "base/processidentity.h"
#include "journal/journal.h"
#include "journal/journalrows.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Class Journal, its bulk jobs: recording a job with its items, the claim that lets one process
// run it, and reading jobs and their items back. Entries and history are in journal.cpp.
namespace cube {

using namespace journalrows;

std::optional<QString> Journal::record(JournalJob &job)
{
    if (!isOpen())
        return m_problem;
    job.startedAt = QDateTime::currentDateTimeUtc();
    job.state = JobState::Running;
    const std::optional<QString> error = inTransaction([&] {
        const std::optional<qint64> id =
            insert(u"INSERT INTO jobs (started_at, operation, parameters, profile, access_code, "
                   "base_url, origin, os_user, full_name, desk_host, pid, process, host, state, "
                   "program, claimed_at, purpose, request_timeout) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, 'run', ?)"_s,
                   {stored(job.startedAt), operationInfo(job.operation).nameString(),
                    QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Compact)),
                    job.profile, job.accessCode, job.baseUrl, job.origin, job.osUser,
                    storedText(job.fullName), storedText(job.host),
                    QCoreApplication::applicationPid(), processidentity::thisProcess(),
                    QHostInfo::localHostName(), processidentity::thisProgram(),
                    stored(job.startedAt), qint64(job.requestTimeout.count())});
        if (!id)
            return false;
        job.id = *id;
        // A team's other desks see it running for as long as this process holds its lock,
        // taken before they can see the job at all.
        if (isTeam() && lockJob(job.id) != true)
            return false;
        for (qsizetype index = 0; index < job.subjects.size(); ++index)
            if (!exec(u"INSERT INTO job_items (job_id, item, subject) VALUES (?, ?, ?)"_s,
                      {job.id, qint64(index), job.subjects.at(index)}))
                return false;
        return true;
    });
    if (error && isTeam() && job.id > 0)
        unlockJob(job.id);
    if (!error)
        emit jobRecorded(job.id);
    return error;
}

JobClaim Journal::claimJob(qint64 job, JobPurpose purpose, std::chrono::milliseconds requestTimeout)
{
    JobClaim claim;
    if (!isOpen()) {
        claim.problem = m_problem;
        return claim;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One exclusive transaction (BEGIN IMMEDIATE): the holder is read and replaced while no
    // other program can write, so of two claims at once the second sees the first's process.
    // In a team store the row is locked instead (FOR UPDATE), and the job's own lock decides:
    // whoever takes it holds the job, on any desk.
    const std::optional<QString> error = inTransaction([&] {
        QSqlQuery holder(db);
        holder.prepare(u"SELECT state, pid, process, host, program, claimed_at, purpose, "
                       "started_at FROM jobs WHERE id = ?"_s
                       + (isTeam() ? u" FOR UPDATE"_s : QString()));
        holder.addBindValue(job);
        if (!holder.exec() || !holder.next()) {
            failed(holder.lastError());
            return false;
        }
        const qint64 pid = holder.value(1).toLongLong();
        const QString process = holder.value(2).toString();
        const QString host = holder.value(3).toString();
        // In a team store, a lock that could not even be asked for is no answer: the claim
        // fails with the store's words, not "held by" a stale holder.
        const std::optional<bool> locked = isTeam() ? lockJob(job) : std::optional<bool>(true);
        if (!locked)
            return false;
        const bool heldByOther = isTeam() ? !*locked
                                          : holder.value(0).toString() == "running"_L1
                                                && process != processidentity::thisProcess()
                                                && processidentity::alive(pid, process, host);
        claim.holder.pid = pid;
        claim.holder.host = host;
        claim.holder.program = holder.value(4).toString();
        claim.holder.since = timeOf(holder.value(5).isNull() ? holder.value(7) : holder.value(5));
        claim.holder.purpose = JournalWords::purposeFromKey(holder.value(6).toString());
        holder.finish();
        if (heldByOther)
            return true; // nothing changed: the other keeps it
        claim.holder = {};
        claim.won = exec(u"UPDATE jobs SET pid = ?, process = ?, host = ?, program = ?, "
                         "claimed_at = ?, purpose = ?, state = 'running', ended_at = NULL, "
                         "request_timeout = CASE WHEN request_timeout > ? THEN request_timeout "
                         "ELSE ? END WHERE id = ?"_s,
                         {QCoreApplication::applicationPid(), processidentity::thisProcess(),
                          QHostInfo::localHostName(), processidentity::thisProgram(), now(),
                          JournalWords::key(purpose), qint64(requestTimeout.count()),
                          qint64(requestTimeout.count()), job});
        return claim.won;
    });
    if (error) {
        if (isTeam())
            unlockJob(job);
        claim.won = false;
        claim.problem = unwritable(m_path, *error);
    }
    if (claim.won)
        emit jobUpdated(job);
    return claim;
}

void Journal::releaseJob(qint64 job)
{
    // No process: whoever looks sees it interrupted, and may claim it.
    step(u"UPDATE jobs SET pid = 0, process = '' WHERE id = ? AND process = ? AND "
         "state = 'running'"_s,
         {job, processidentity::thisProcess()}, {Notice::Of::Job, job});
    if (isTeam())
        unlockJob(job);
}

void Journal::endJob(qint64 job, JobState state)
{
    step(u"UPDATE jobs SET state = ?, ended_at = ? WHERE id = ?"_s,
         {JournalWords::key(state), now(), job}, {Notice::Of::Job, job});
    if (isTeam())
        unlockJob(job);
}

JobState Journal::stateOf(const QString &storedState, qint64 pid, const QString &process,
                          const QString &host)
{
    if (storedState == "finished"_L1)
        return JobState::Finished;
    if (storedState == "stopped"_L1)
        return JobState::Stopped;
    return processidentity::alive(pid, process, host) ? JobState::Running : JobState::Interrupted;
}

JobTally Journal::tallyOf(qint64 job) const
{
    JobTally tally;
    for (const JobItemStatus &item : jobItems(job)) {
        switch (item.outcome) {
        case JournalOutcome::Done:
            ++tally.done;
            break;
        case JournalOutcome::NotDone:
            ++tally.notDone;
            break;
        case JournalOutcome::Unknown:
            ++tally.unknown;
            break;
        case JournalOutcome::NotSent:
            ++tally.notSent;
            break;
        }
    }
    return tally;
}

QList<JournalJob> Journal::jobs(int limit) const
{
    return readJobs(u"ORDER BY id DESC LIMIT ?"_s, {limit});
}

QList<JournalJob> Journal::readJobs(const QString &clause, const QVariantList &values) const
{
    QList<JournalJob> found;
    if (!isOpen())
        return found;
    ensureConnected();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id, started_at, ended_at, operation, parameters, profile, access_code, "
                  "base_url, origin, os_user, pid, host, state, process, program, claimed_at, "
                  "purpose, request_timeout, full_name, desk_host FROM jobs "_s
                  + clause);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        failed(query.lastError());
    // In a team store a holder's process may be on another desk: its lock tells it is alive.
    const QSet<qint64> held = isTeam() ? heldJobs() : QSet<qint64>();
    while (query.next()) {
        JournalJob job;
        job.id = query.value(0).toLongLong();
        job.startedAt = timeOf(query.value(1));
        job.endedAt = timeOf(query.value(2));
        job.operation =
            operationFromName(query.value(3).toString()).value_or(Operation::EndOrderEarly);
        job.parameters = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        job.profile = query.value(5).toString();
        job.accessCode = query.value(6).toString();
        job.baseUrl = query.value(7).toString();
        job.origin = query.value(8).toString();
        job.osUser = query.value(9).toString();
        job.state = stateOf(query.value(12).toString(), query.value(10).toLongLong(),
                            query.value(13).toString(), query.value(11).toString());
        if (isTeam() && job.state != JobState::Finished && job.state != JobState::Stopped)
            job.state = held.contains(job.id) ? JobState::Running : JobState::Interrupted;
        job.holder.pid = query.value(10).toLongLong();
        job.holder.host = query.value(11).toString();
        job.holder.program = query.value(14).toString();
        job.holder.since = query.value(15).isNull() ? job.startedAt : timeOf(query.value(15));
        job.holder.purpose = JournalWords::purposeFromKey(query.value(16).toString());
        job.requestTimeout = std::chrono::milliseconds(query.value(17).toLongLong());
        job.fullName = query.value(18).toString();
        job.host = query.value(19).toString();
        job.tally = tallyOf(job.id);
        found.append(job);
    }
    return found;
}

std::optional<JournalJob> Journal::job(qint64 id) const
{
    QList<JournalJob> found = readJobs(u"WHERE id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    JournalJob job = found.constFirst();
    for (const JobItemStatus &item : jobItems(id))
        job.subjects.append(item.subject);
    return job;
}

QList<JournalJob> Journal::interruptedJobs() const
{
    QList<JournalJob> interrupted;
    // Only jobs recorded as running can have lost their process.
    for (const JournalJob &job : readJobs(u"WHERE state = 'running' ORDER BY id DESC"_s, {}))
        if (job.state == JobState::Interrupted)
            interrupted.append(job);
    return interrupted;
}

QList<JobItemStatus> Journal::jobItems(qint64 job) const
{
    QList<JobItemStatus> items;
    ensureConnected();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT i.item, i.subject, "_s + entryColumns(isTeam())
                  + u" FROM job_items i LEFT JOIN entries e ON e.job_id = i.job_id AND "
                    "e.job_item = i.item WHERE i.job_id = ? ORDER BY i.item, e.id"_s);
    query.addBindValue(job);
    if (!query.exec())
        failed(query.lastError());
    while (query.next()) {
        const qsizetype index = query.value(0).toLongLong();
        // An item sent again after a check has several entries: one that was done tells (a
        // later answer, "not in use" to a second send, cannot undo it), else the last by id.
        const bool again = !items.isEmpty() && items.constLast().index == index;
        if (again && items.constLast().outcome == JournalOutcome::Done)
            continue;
        if (again)
            items.removeLast();
        JobItemStatus item;
        item.index = index;
        item.subject = query.value(1).toString();
        if (!query.value(2).isNull()) {
            item.entry = entryFrom(query, 2);
            item.outcome = item.entry->outcome();
        }
        items.append(item);
    }
    return items;
}

bool Journal::sentBefore(const JobItem &item, qint64 later) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT count(*) FROM entries WHERE job_id = ? AND job_item = ? AND id < ? "
                  "AND state <> 'refused'"_s);
    query.addBindValue(item.job);
    query.addBindValue(qint64(item.index));
    query.addBindValue(later);
    if (!query.exec() || !query.next()) {
        failed(query.lastError());
        return false;
    }
    return query.value(0).toLongLong() > 0;
}

} // namespace cube
