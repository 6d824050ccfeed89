#include "journal.h"

#include "journalschema.h"
#include "processidentity.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace cube {

Q_LOGGING_CATEGORY(lcJournal, "cube.journal")

namespace {

qint64 stored(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// SQLITE_BUSY and SQLITE_LOCKED: another connection held the lock longer than the busy time-out.
const QStringList busyCodes{u"5"_s, u"6"_s};
// How long the journal waits at its close for another program's lock, to write the steps it
// kept meanwhile (each try waits the busy time-out).
constexpr int closingTries = 4;
// How long a step waits for the lock while earlier steps are still kept.
constexpr int glanceMs = 100;

const QString entryColumns =
    u"e.id, e.recorded_at, e.operation, e.fields, e.reason, e.profile, e.access_code, "
    "e.base_url, e.origin, e.os_user, e.job_id, e.job_item, e.state, e.sent_at, "
    "e.answered_at, e.answer_code, e.answer_message, e.settled_at, e.limited, "
    "(SELECT group_concat(subject, ' ') FROM entry_subjects s WHERE s.entry_id = e.id)"_s;

// The entry whose columns (entryColumns) start at `first`.
JournalEntry entryFrom(const QSqlQuery &row, int first = 0)
{
    auto at = [&](int column) {
        return row.value(first + column);
    };
    JournalEntry entry;
    entry.id = at(0).toLongLong();
    entry.recordedAt = timeOf(at(1));
    entry.operation = operationFromName(at(2).toString()).value_or(Operation::QueryDevice);
    entry.fields = QJsonDocument::fromJson(at(3).toString().toUtf8()).object();
    entry.reason = at(4).toString();
    entry.profile = at(5).toString();
    entry.accessCode = at(6).toString();
    entry.baseUrl = at(7).toString();
    entry.origin = at(8).toString();
    entry.osUser = at(9).toString();
    if (!at(10).isNull())
        entry.job = JobItem{at(10).toLongLong(), at(11).toLongLong()};
    entry.state = JournalWords::stateFromKey(at(12).toString()).value_or(JournalState::Unknown);
    entry.sentAt = timeOf(at(13));
    entry.answeredAt = timeOf(at(14));
    entry.answerCode = at(15).toString();
    entry.answerMessage = at(16).toString();
    entry.settledAt = timeOf(at(17));
    entry.limited = at(18).toInt();
    entry.subjects = at(19).toString().split(u' ', Qt::SkipEmptyParts);
    return entry;
}

QStringList statesOf(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Done:
        return {u"succeeded"_s, u"settled-done"_s};
    case JournalOutcome::NotDone:
        return {u"refused"_s, u"settled-not-done"_s};
    case JournalOutcome::Unknown:
        return {u"recorded"_s, u"sent"_s, u"unknown"_s};
    case JournalOutcome::NotSent:
        break;
    }
    return {};
}

} // namespace

Journal::Journal(const QString &path)
    : m_path(path)
    , m_connection(u"cube-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!openFile())
        return;
    if (!migrate() && m_problem.isEmpty())
        m_problem = tr("its tables could not be made");
}

Journal::~Journal()
{
    // Steps kept while another program held the lock: the outcomes of writes that were sent.
    for (int attempt = 0; !m_pending.isEmpty() && attempt < closingTries; ++attempt)
        writePendingSteps();
    if (!m_pending.isEmpty())
        qCWarning(lcJournal).noquote()
            << tr("%n step(s) of changes that were sent could not be recorded in the journal of "
                  "changes (%1): another program kept it locked. Those changes show as unknown "
                  "until a check (cubectl jobs check) reads what they did.",
                  nullptr, int(m_pending.size()))
                   .arg(m_path);
    if (m_failures > 1)
        qCWarning(lcJournal).noquote()
            << tr("%n more write(s) to the journal of changes failed.", nullptr, m_failures - 1);
    SqliteFile::close(m_connection);
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

JournalSource Journal::localSource(const QString &profile)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *account = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
#endif
    return {profile,
            // cubectl and the console share the application's name: the program's own file
            // tells them apart.
            QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName() + u' '
                + QCoreApplication::applicationVersion(),
            user};
}

QString Journal::unwritable(const QString &path, const QString &why)
{
    if (why == busyReason())
        return tr("the journal of changes (%1) is busy: another program kept it locked for too "
                  "long. Try again in a moment, or when that program has finished.")
            .arg(path);
    const QString reason = why.trimmed().isEmpty() ? tr("no reason given") : why.trimmed();
    return tr("the journal of changes (%1) cannot be written (%2). Free some disk space or make "
              "the journal's folder writable, then try again.")
        .arg(path, reason);
}

QString Journal::busyReason()
{
    return tr("locked by another program");
}

bool Journal::isBusy(const QSqlError &error)
{
    return busyCodes.contains(error.nativeErrorCode());
}

QString Journal::lastProblem() const
{
    if (isBusy(m_lastError))
        return busyReason();
    const QString text = m_lastError.text().trimmed();
    return text.isEmpty() ? tr("the database refused the change") : text;
}

bool Journal::openFile()
{
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, m_path);
    if (!opened.setAsidePath.isEmpty()) {
        m_setAsidePath = opened.setAsidePath;
        qCWarning(lcJournal).noquote() << "damaged journal set aside as" << m_setAsidePath;
    }
    if (!opened.ok) {
        m_problem = opened.busy ? busyReason() : opened.problem;
        return false;
    }
    // Committed means on disk: a write is sent only after its entry survives a crash.
    QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(u"PRAGMA synchronous=FULL"_s);
    return true;
}

bool Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion) {
        m_problem = tr("it was made by a newer version of Cube Console (schema %1; this version "
                       "knows %2)")
                        .arg(version)
                        .arg(schemaVersion);
        return false;
    }
    if (version == schemaVersion)
        return true;
    const std::optional<QString> error = inTransaction([&] {
        // Another program may have migrated it meanwhile: read the version inside.
        QSqlQuery again(db);
        if (!again.exec(u"PRAGMA user_version"_s) || !again.next())
            return false;
        for (int step = again.value(0).toInt(); step < schemaVersion; ++step)
            for (const QString &statement : journalschema::migrations().at(step))
                if (!exec(statement))
                    return false;
        return exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion));
    });
    if (error)
        m_problem = *error;
    return !error;
}

std::optional<QString> Journal::inTransaction(const std::function<bool()> &work)
{
    if (!isOpen() && !m_problem.isEmpty())
        return m_problem;
    // IMMEDIATE: take the write lock at once, so that two programs wait for each other
    // (busy time-out) instead of failing when one upgrades a read to a write.
    // Steps kept while another program held the lock come first: they happened before.
    if (!m_pending.isEmpty() && !writePendingSteps())
        return lastProblem();
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return lastProblem();
    if (work() && exec(u"COMMIT"_s))
        return std::nullopt;
    const QString why = lastProblem();
    exec(u"ROLLBACK"_s);
    return why;
}

std::optional<qint64> Journal::insert(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failed(query.lastError());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool Journal::exec(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(statement)) {
        failed(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failed(query.lastError());
        return false;
    }
    return true;
}

void Journal::failed(const QSqlError &error) const
{
    m_lastError = error;
    if (isBusy(error))
        return; // said by the caller: the step is kept, or the write not sent
    // A full disk fails every write of a job: one clear message, the rest counted (at close).
    if (m_failures++ > 0)
        return;
    qCWarning(lcJournal).noquote()
        << tr("The journal of changes (%1) cannot be written: %2. Further failures are counted, "
              "not shown.")
               .arg(m_path, error.text().trimmed());
}

void Journal::step(const QString &statement, const QVariantList &values)
{
    if (!isOpen())
        return;
    // While the lock is held, each step only glances at it: 300 answers must not each wait
    // the busy time-out.
    if (!m_pending.isEmpty() && !writePendingSteps(Patience::Glance)) {
        m_pending.append({statement, values});
        return;
    }
    if (exec(statement, values) || !isBusy(m_lastError))
        return;
    // Another program held the lock past the busy time-out: kept, written when it is free.
    if (m_pending.isEmpty())
        qCInfo(lcJournal).noquote() << m_path
                                    << "is locked by another program; the outcomes "
                                       "of writes are kept until it is free";
    m_pending.append({statement, values});
}

bool Journal::writePendingSteps(Patience patience)
{
    QSqlQuery pragma(QSqlDatabase::database(m_connection, false));
    if (patience == Patience::Glance)
        pragma.exec(u"PRAGMA busy_timeout = %1"_s.arg(glanceMs));
    bool written = true;
    while (!m_pending.isEmpty()) {
        const PendingStep &next = m_pending.constFirst();
        if (!exec(next.statement, next.values) && isBusy(m_lastError)) {
            written = false;
            break;
        }
        m_pending.removeFirst(); // written, or refused for good (said once in the log)
    }
    if (patience == Patience::Glance)
        pragma.exec(u"PRAGMA busy_timeout = %1"_s.arg(SqliteFile::busyTimeoutMs));
    return written;
}

std::optional<QString> Journal::record(JournalEntry &entry)
{
    if (!isOpen())
        return m_problem;
    if (!entry.recordedAt.isValid())
        entry.recordedAt = QDateTime::currentDateTimeUtc();
    entry.state = JournalState::Recorded;
    return inTransaction([&] {
        const std::optional<qint64> id = insert(
            u"INSERT INTO entries (recorded_at, operation, fields, reason, profile, access_code, "
            "base_url, origin, os_user, job_id, job_item, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {stored(entry.recordedAt), operationInfo(entry.operation).nameString(),
             QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)),
             entry.reason, entry.profile, entry.accessCode, entry.baseUrl, entry.origin,
             entry.osUser, entry.job ? QVariant(entry.job->job) : QVariant(),
             entry.job ? QVariant(qint64(entry.job->index)) : QVariant(),
             JournalWords::key(JournalState::Recorded)});
        if (!id)
            return false;
        entry.id = *id;
        for (const QString &subject : entry.subjects)
            if (!exec(u"INSERT INTO entry_subjects (subject, entry_id) VALUES (?, ?)"_s,
                      {subject, entry.id}))
                return false;
        return true;
    });
}

void Journal::markSent(qint64 entry)
{
    // Each time it leaves (again after the gateway's 429): a server may act on it until its
    // time-out after the last time.
    step(u"UPDATE entries SET state = 'sent', sent_at = ? WHERE id = ? AND state IN "
         "('recorded', 'sent')"_s,
         {now(), entry});
}

void Journal::markAnswered(qint64 entry, JournalState state, const QString &code,
                           const QString &message)
{
    step(u"UPDATE entries SET state = ?, answered_at = ?, answer_code = ?, answer_message = ? "
         "WHERE id = ?"_s,
         {JournalWords::key(state), now(), code, message, entry});
}

void Journal::markLimited(qint64 entry)
{
    step(u"UPDATE entries SET limited = limited + 1 WHERE id = ?"_s, {entry});
}

void Journal::markSettled(qint64 entry, Settlement settlement)
{
    if (settlement == Settlement::Unknown)
        return;
    const JournalState state =
        settlement == Settlement::Done ? JournalState::SettledDone : JournalState::SettledNotDone;
    step(u"UPDATE entries SET state = ?, settled_at = ? WHERE id = ?"_s,
         {JournalWords::key(state), now(), entry});
}

std::optional<QString> Journal::record(JournalJob &job)
{
    if (!isOpen())
        return m_problem;
    job.startedAt = QDateTime::currentDateTimeUtc();
    job.state = JobState::Running;
    return inTransaction([&] {
        const std::optional<qint64> id =
            insert(u"INSERT INTO jobs (started_at, operation, parameters, profile, access_code, "
                   "base_url, origin, os_user, pid, process, host, state, program, claimed_at, "
                   "purpose, request_timeout) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, 'run', ?)"_s,
                   {stored(job.startedAt), operationInfo(job.operation).nameString(),
                    QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Compact)),
                    job.profile, job.accessCode, job.baseUrl, job.origin, job.osUser,
                    QCoreApplication::applicationPid(), processidentity::thisProcess(),
                    QHostInfo::localHostName(), processidentity::thisProgram(),
                    stored(job.startedAt), qint64(job.requestTimeout.count())});
        if (!id)
            return false;
        job.id = *id;
        for (qsizetype index = 0; index < job.subjects.size(); ++index)
            if (!exec(u"INSERT INTO job_items (job_id, item, subject) VALUES (?, ?, ?)"_s,
                      {job.id, qint64(index), job.subjects.at(index)}))
                return false;
        return true;
    });
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
    const std::optional<QString> error = inTransaction([&] {
        QSqlQuery holder(db);
        holder.prepare(u"SELECT state, pid, process, host, program, claimed_at, purpose, "
                       "started_at FROM jobs WHERE id = ?"_s);
        holder.addBindValue(job);
        if (!holder.exec() || !holder.next()) {
            failed(holder.lastError());
            return false;
        }
        const qint64 pid = holder.value(1).toLongLong();
        const QString process = holder.value(2).toString();
        const QString host = holder.value(3).toString();
        const bool heldByOther = holder.value(0).toString() == "running"_L1
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
                         "request_timeout = max(request_timeout, ?) WHERE id = ?"_s,
                         {QCoreApplication::applicationPid(), processidentity::thisProcess(),
                          QHostInfo::localHostName(), processidentity::thisProgram(), now(),
                          JournalWords::key(purpose), qint64(requestTimeout.count()), job});
        return claim.won;
    });
    if (error) {
        claim.won = false;
        claim.problem = unwritable(m_path, *error);
    }
    return claim;
}

void Journal::releaseJob(qint64 job)
{
    // No process: whoever looks sees it interrupted, and may claim it.
    step(u"UPDATE jobs SET pid = 0, process = '' WHERE id = ? AND process = ? AND "
         "state = 'running'"_s,
         {job, processidentity::thisProcess()});
}

void Journal::endJob(qint64 job, JobState state)
{
    step(u"UPDATE jobs SET state = ?, ended_at = ? WHERE id = ?"_s,
         {JournalWords::key(state), now(), job});
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id, started_at, ended_at, operation, parameters, profile, access_code, "
                  "base_url, origin, os_user, pid, host, state, process, program, claimed_at, "
                  "purpose, request_timeout FROM jobs "_s
                  + clause);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        failed(query.lastError());
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
        job.holder.pid = query.value(10).toLongLong();
        job.holder.host = query.value(11).toString();
        job.holder.program = query.value(14).toString();
        job.holder.since = query.value(15).isNull() ? job.startedAt : timeOf(query.value(15));
        job.holder.purpose = JournalWords::purposeFromKey(query.value(16).toString());
        job.requestTimeout = std::chrono::milliseconds(query.value(17).toLongLong());
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT i.item, i.subject, "_s + entryColumns
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

QList<JournalEntry> Journal::history(const HistoryFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where << u"e.recorded_at >= ?"_s;
        values << stored(filter.since);
    }
    if (filter.until.isValid()) {
        where << u"e.recorded_at < ?"_s;
        values << stored(filter.until);
    }
    if (filter.operation) {
        where << u"e.operation = ?"_s;
        values << operationInfo(*filter.operation).nameString();
    }
    QStringList subjects = filter.subjects;
    if (!filter.subject.isEmpty())
        subjects << filter.subject;
    if (!subjects.isEmpty()) {
        where << u"e.id IN (SELECT entry_id FROM entry_subjects WHERE subject IN (%1))"_s.arg(
            QStringList(subjects.size(), u"?"_s).join(u", "_s));
        for (const QString &subject : subjects)
            values << subject;
    }
    if (filter.outcome) {
        const QStringList states = statesOf(*filter.outcome);
        where << u"e.state IN (%1)"_s.arg(QStringList(states.size(), u"?"_s).join(u", "_s));
        for (const QString &state : states)
            values << state;
    }
    if (!filter.profile.isEmpty()) {
        where << u"e.profile = ?"_s;
        values << filter.profile;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + entryColumns + u" FROM entries e"_s
                  + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
                  + u" ORDER BY e.id DESC LIMIT ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    QList<JournalEntry> entries;
    if (!query.exec())
        failed(query.lastError());
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + entryColumns + u" FROM entries e WHERE e.id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

std::optional<qsizetype> Journal::prune(const QDateTime &before)
{
    qsizetype removed = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const std::optional<QString> error = inTransaction([&] {
        QSqlQuery count(db);
        count.prepare(u"SELECT count(*) FROM entries WHERE recorded_at < ?"_s);
        count.addBindValue(stored(before));
        if (!count.exec() || !count.next())
            return false;
        removed = count.value(0).toLongLong();
        return exec(u"DELETE FROM entry_subjects WHERE entry_id IN "
                    "(SELECT id FROM entries WHERE recorded_at < ?)"_s,
                    {stored(before)})
               && exec(u"DELETE FROM entries WHERE recorded_at < ?"_s, {stored(before)})
               && exec(u"DELETE FROM job_items WHERE job_id IN (SELECT id FROM jobs WHERE "
                       "state <> 'running' AND started_at < ?)"_s,
                       {stored(before)})
               && exec(u"DELETE FROM jobs WHERE state <> 'running' AND started_at < ?"_s,
                       {stored(before)});
    });
    if (error)
        return std::nullopt;
    return removed;
}

} // namespace cube
