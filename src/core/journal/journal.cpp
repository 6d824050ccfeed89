#include "journal/journal.h"

#include "base/sqlitefile.h"
#include "base/sqlstore.h"
#include "base/teamstoredatabase.h"
#include "journal/journalrows.h"
#include "journal/journalschema.h"

#include <QCollator>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace cube {

Q_LOGGING_CATEGORY(lcJournal, "cube.journal")

using namespace journalrows;

namespace {

// SQLITE_BUSY and SQLITE_LOCKED: another connection held the lock longer than the busy time-out.
const QStringList busyCodes{u"5"_s, u"6"_s};
// How long the journal waits at its close for another program's lock, to write the steps it
// kept meanwhile (each try waits the busy time-out).
constexpr int closingTries = 4;
// How long a step waits for the lock while earlier steps are still kept.
constexpr int glanceMs = 100;

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

Journal::Journal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(u"cube-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_watch(this)
{
    m_watch.setObjectName(u"journalWatch"_s);
    m_watch.setInterval(watchInterval);
    connect(&m_watch, &QTimer::timeout, this, &Journal::lookForOtherPrograms);
    if (!openFile())
        return;
    if (!migrate() && m_problem.isEmpty())
        m_problem = tr("its tables could not be made");
}

Journal::Journal(const TeamStore &store, QObject *parent)
    : QObject(parent)
    , m_path(store.shown())
    , m_team(store)
    , m_connection(u"cube-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_watch(this)
{
    if (!openTeamStore())
        return;
    if (!migrateTeamStore() && m_problem.isEmpty())
        m_problem = tr("its tables could not be made");
}

Journal::~Journal()
{
    // Whoever follows the feed may be going away with it.
    blockSignals(true);
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
    QString fullName;
#ifdef Q_OS_UNIX
    if (const passwd *account = ::getpwuid(::getuid())) {
        if (user.isEmpty())
            user = QString::fromLocal8Bit(account->pw_name);
        // The GECOS field: the full name, then the office, phones… after commas.
        fullName = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        // An old convention: "&" stands for the login name, capitalised.
        if (fullName.contains(u'&')) {
            QString login = QString::fromLocal8Bit(account->pw_name);
            if (!login.isEmpty())
                login[0] = login.at(0).toUpper();
            fullName.replace(u'&', login);
        }
    }
#endif
    return {profile,
            // cubectl and the console share the application's name: the program's own file
            // tells them apart.
            QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName() + u' '
                + QCoreApplication::applicationVersion(),
            user, fullName, QSysInfo::machineHostName()};
}

QString Journal::unwritable(const QString &path, const QString &why)
{
    if (TeamStore::isUrl(path)) {
        const QString reason = why.trimmed().isEmpty() ? tr("no reason given") : why.trimmed();
        return tr("the journal of changes in the team store %1 cannot be written (%2). Check "
                  "the network and the team store's address and password in the profile, or "
                  "ask whoever runs the team's server, then try again.")
            .arg(path, reason);
    }
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
    // PostgreSQL's words on one line, without Qt's "(SQLSTATE) QPSQL: Unable to …" after them.
    const QString text = isTeam() && !m_lastError.databaseText().trimmed().isEmpty()
                             ? m_lastError.databaseText().simplified()
                             : m_lastError.text().trimmed();
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
    const std::optional<int> found = SqliteFile::schemaVersion(m_connection);
    if (!found)
        return false;
    const int version = *found;
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
        const std::optional<int> now = SqliteFile::schemaVersion(m_connection);
        if (!now)
            return false;
        for (int step = *now; step < schemaVersion; ++step)
            for (const QString &statement : journalschema::migrations().at(step))
                if (!exec(statement))
                    return false;
        return SqliteFile::setSchemaVersion(m_connection, schemaVersion);
    });
    if (error)
        m_problem = *error;
    return !error;
}

std::optional<QString> Journal::inTransaction(const std::function<bool()> &work)
{
    if (!isOpen() && !m_problem.isEmpty())
        return m_problem;
    // Steps kept while another program held the lock come first: they happened before.
    if (!m_pending.isEmpty() && !writePendingSteps())
        return lastProblem();
    // A team store's connection lost since the last write (the server restarted) is opened
    // again first. A transaction that fails once begun is never done again: its COMMIT may
    // have reached the server when the answer did not, and a second run would record the
    // write (or the job) twice; the person is told, and the next write finds the connection
    // opened again.
    ensureConnected();
    QSqlError sqlError;
    if (SqlStore::writeTransaction(m_connection, work, &sqlError))
        return std::nullopt;
    if (sqlError.isValid())
        failed(sqlError);
    reconnect();
    return lastProblem();
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
    QSqlError error;
    if (SqlStore::run(m_connection, statement, values, &error))
        return true;
    failed(error);
    return false;
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

void Journal::step(const QString &statement, const QVariantList &values, Notice notice)
{
    if (!isOpen())
        return;
    // While the lock is held, each step only glances at it: 300 answers must not each wait
    // the busy time-out.
    if (!m_pending.isEmpty() && !writePendingSteps(Patience::Glance)) {
        m_pending.append({statement, values, notice});
        return;
    }
    if (exec(statement, values) || (reconnect() && exec(statement, values))) {
        announce(notice);
        return;
    }
    if (!isBusy(m_lastError))
        return;
    // Another program held the lock past the busy time-out: kept, written when it is free.
    if (m_pending.isEmpty())
        qCInfo(lcJournal).noquote() << m_path
                                    << "is locked by another program; the outcomes "
                                       "of writes are kept until it is free";
    m_pending.append({statement, values, notice});
}

void Journal::announce(const Notice &notice)
{
    if (notice.of == Notice::Of::Entry)
        emit entryUpdated(notice.id);
    else
        emit jobUpdated(notice.id);
}

bool Journal::writePendingSteps(Patience patience)
{
    QSqlQuery pragma(QSqlDatabase::database(m_connection, false));
    // A team store has no busy time-out: its rows lock one by one, and a step never waits long.
    const bool glance = patience == Patience::Glance && !isTeam();
    if (glance)
        pragma.exec(u"PRAGMA busy_timeout = %1"_s.arg(glanceMs));
    bool written = true;
    while (!m_pending.isEmpty()) {
        const PendingStep next = m_pending.constFirst();
        const bool done = exec(next.statement, next.values);
        if (!done && isBusy(m_lastError)) {
            written = false;
            break;
        }
        m_pending.removeFirst(); // written, or refused for good (said once in the log)
        if (done)
            announce(next.notice);
    }
    if (glance)
        pragma.exec(u"PRAGMA busy_timeout = %1"_s.arg(SqliteFile::busyTimeoutMs));
    return written;
}

std::optional<QString> Journal::record(JournalEntry &entry)
{
    if (!isOpen())
        return m_problem;
    if (!entry.recordedAt.isValid())
        entry.recordedAt = QDateTime::currentDateTimeUtc();
    // In a team store, an item of a job is recorded (and so sent) only while this process
    // holds the job: one it lost with its connection is another desk's now, which may be
    // sending the same items. (A lost connection is opened again first: that is when a lock
    // turns out lost.)
    ensureConnected();
    if (isTeam() && entry.job && !m_lockedJobs.contains(entry.job->job))
        return tr("job %1 is no longer run from here: another desk took it over while this "
                  "one was cut off from the team store")
            .arg(entry.job->job);
    entry.state = JournalState::Recorded;
    const std::optional<QString> error = inTransaction([&] {
        const std::optional<qint64> id = insert(
            u"INSERT INTO entries (recorded_at, operation, fields, reason, profile, access_code, "
            "base_url, origin, os_user, full_name, host, job_id, job_item, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {stored(entry.recordedAt), operationInfo(entry.operation).nameString(),
             QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)),
             entry.reason, entry.profile, entry.accessCode, entry.baseUrl, entry.origin,
             entry.osUser, storedText(entry.fullName), storedText(entry.host),
             entry.job ? QVariant(entry.job->job) : QVariant(),
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
    if (!error)
        emit entryRecorded(entry.id);
    return error;
}

std::optional<QString> Journal::recordWrite(JournalEntry &entry)
{
    if (const std::optional<QString> why = record(entry))
        return unwritable(m_path, *why);
    return std::nullopt;
}

void Journal::markSent(qint64 entry)
{
    // Each time it leaves (again after the gateway's 429): a server may act on it until its
    // time-out after the last time.
    step(u"UPDATE entries SET state = 'sent', sent_at = ? WHERE id = ? AND state IN "
         "('recorded', 'sent')"_s,
         {now(), entry}, {Notice::Of::Entry, entry});
}

void Journal::markAnswered(qint64 entry, JournalState state, const QString &code,
                           const QString &message)
{
    step(u"UPDATE entries SET state = ?, answered_at = ?, answer_code = ?, answer_message = ? "
         "WHERE id = ?"_s,
         {JournalWords::key(state), now(), code, message, entry}, {Notice::Of::Entry, entry});
}

void Journal::markLimited(qint64 entry)
{
    step(u"UPDATE entries SET limited = limited + 1 WHERE id = ?"_s, {entry},
         {Notice::Of::Entry, entry});
}

void Journal::markSettled(qint64 entry, Settlement settlement)
{
    if (settlement == Settlement::Unknown)
        return;
    const JournalState state =
        settlement == Settlement::Done ? JournalState::SettledDone : JournalState::SettledNotDone;
    step(u"UPDATE entries SET state = ?, settled_at = ? WHERE id = ?"_s,
         {JournalWords::key(state), now(), entry}, {Notice::Of::Entry, entry});
}

QList<JournalEntry> Journal::history(const HistoryFilter &filter) const
{
    if (!isOpen())
        return {}; // why is problem()'s to say, once
    ensureConnected();
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
    if (!filter.person.isEmpty()) {
        // SQLite's lower() folds ASCII letters only: a typed name in other scripts must match
        // its case.
        where << u"(e.os_user = ? OR lower(e.full_name) = lower(?))"_s;
        values << filter.person << filter.person;
    }
    if (!filter.osUser.isEmpty()) {
        where << u"e.os_user = ?"_s;
        values << filter.osUser;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + entryColumns(isTeam()) + u" FROM entries e"_s
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
    ensureConnected();
    query.prepare(u"SELECT "_s + entryColumns(isTeam()) + u" FROM entries e WHERE e.id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

QList<JournalPerson> Journal::people() const
{
    // One row per user and name, each with its newest entry: a user whose full name changed
    // (or who wrote before the journal kept names) is one person, with the newest name.
    // A team store keeps them in a table of their own, kept by a trigger: its journal has
    // millions of entries, and History reads this at each change another desk makes.
    ensureConnected();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(isTeam() ? u"SELECT os_user, full_name, last_entry FROM people WHERE "
                             "os_user <> ''"_s
                           : u"SELECT os_user, full_name, max(id) FROM entries WHERE os_user <> "
                             "'' GROUP BY os_user, full_name"_s);
    if (!query.exec())
        failed(query.lastError());
    QHash<QString, JournalPerson> byUser;
    QHash<QString, qint64> newestNamed; // by user: their newest entry that gave a full name
    while (query.next()) {
        const QString user = query.value(0).toString();
        const QString name = query.value(1).toString();
        const qint64 newest = query.value(2).toLongLong();
        JournalPerson &person = byUser[user];
        person.osUser = user;
        if (!name.isEmpty() && newest > newestNamed.value(user, 0)) {
            person.fullName = name;
            newestNamed.insert(user, newest);
        }
    }
    QList<JournalPerson> people = byUser.values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(people.begin(), people.end(),
              [&collator](const JournalPerson &a, const JournalPerson &b) {
                  return collator.compare(JournalWords::person(a), JournalWords::person(b)) < 0;
              });
    return people;
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
                       {stored(before)})
               // Whoever has no entry left is nobody to filter by.
               && (!isTeam()
                   || exec(u"DELETE FROM people p WHERE NOT EXISTS (SELECT 1 FROM entries e "
                           "WHERE e.os_user = p.os_user AND e.full_name = p.full_name)"_s));
    });
    if (error)
        return std::nullopt;
    if (removed > 0)
        emit pruned();
    return removed;
}

} // namespace cube
