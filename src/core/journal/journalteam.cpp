#include "base/sqlstore.h"
#include "base/teamstoredatabase.h"
#include "journal/journal.h"
#include "journal/journalschema.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

// Class Journal, what is particular to a team store (PostgreSQL): opening it, making its tables
// once for the whole team, the locks that say which desk's process holds a job, and the store's
// notices of other desks' commits. The journal's statements themselves are the same for both.
namespace cube {

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

namespace {

// The advisory locks of jobs in the store's database: (this, job id). SqlStore::serialize
// uses another first number, so a job's lock never meets a transaction's.
constexpr int jobLockClass = 0x4A4F4253; // "JOBS"
const QString component = u"journal"_s;

static_assert(journalschema::teamSchemaVersion == Journal::schemaVersion,
              "a new version of the journal needs its step in the team store's schema too");

} // namespace

bool Journal::openTeamStore()
{
    const TeamStoreDatabase::Opened opened = TeamStoreDatabase::open(m_connection, m_team);
    if (!opened.ok)
        m_problem = opened.problem;
    else
        rememberBackend();
    return opened.ok;
}

void Journal::rememberBackend()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    m_backend =
        query.exec(u"SELECT pg_backend_pid()"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

void Journal::ensureConnected() const
{
    if (isTeam() && isOpen() && !SqlStore::run(m_connection, u"SELECT 1"_s))
        const_cast<Journal *>(this)->reconnect();
}

bool Journal::migrateTeamStore()
{
    std::optional<int> found;
    const std::optional<QString> error = inTransaction([&] {
        // Two first desks at once: the second waits here, then finds the tables made.
        if (!SqlStore::serialize(m_connection, 0))
            return false;
        found = SqlStore::schemaVersion(m_connection, component);
        if (!found || *found > schemaVersion)
            return false;
        if (*found == schemaVersion)
            return true;
        // Stores start at the version team stores came with; a later version adds its step
        // (written for PostgreSQL) here, after this.
        if (*found == 0)
            for (const QString &statement : journalschema::teamSchema())
                if (!exec(statement))
                    return false;
        return SqlStore::setSchemaVersion(m_connection, component, schemaVersion);
    });
    if (found && *found > schemaVersion) {
        m_problem = tr("it was made by a newer version of Cube Console (schema %1; this version "
                       "knows %2)")
                        .arg(*found)
                        .arg(schemaVersion);
        return false;
    }
    if (error) {
        m_problem = *error;
        return false;
    }
    // Whoever runs the team's server may give a person a role that may only read (a trainee's,
    // a viewer's): the store itself then refuses their writes, whatever their profile says.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    m_readsOnly = query.exec(u"SELECT has_table_privilege('entries', 'INSERT')"_s) && query.next()
                  && !query.value(0).toBool();
    return true;
}

QString Journal::readsOnlyRefusal(const QString &storeShown)
{
    return tr("The team store %1 lets you look only: your role there may not record changes, so "
              "none is sent. Ask whoever runs the team's server for a role that may make "
              "changes.")
        .arg(storeShown);
}

bool Journal::reconnect()
{
    // A connection does not come back on its own; asked first whether it is lost at all.
    if (!isTeam() || SqlStore::run(m_connection, u"SELECT 1"_s)
        || !TeamStoreDatabase::reopen(m_connection))
        return false;
    qCInfo(lcJournal).noquote() << "connected again to the team store" << m_path;
    // After a dropped network the server may still keep the old session, and the jobs' locks
    // with it, until its own keepalive gives up: it is ended, so that the locks come free now.
    if (m_backend > 0)
        SqlStore::run(
            m_connection,
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = %1 AND pid <> "
            "pg_backend_pid()"_s.arg(m_backend));
    rememberBackend();
    // The locks of the jobs this process runs went with the old session: taken again, unless
    // another desk took a job meanwhile (it saw the job cut short). Such a job is that desk's
    // now: this process records, and so sends, nothing more of it (record()).
    for (const qint64 job : std::exchange(m_lockedJobs, {})) {
        std::optional<bool> locked = lockJob(job);
        for (int wait = 0; locked == false && wait < 20; ++wait) {
            QThread::msleep(50); // the old session's end lets the lock go a moment later
            locked = lockJob(job);
        }
        if (locked != true)
            qCWarning(lcJournal).noquote()
                << tr("Job %1 was taken over by another desk while this one had lost its "
                      "connection to the team store; nothing more of it is sent from here.")
                       .arg(job);
    }
    // And the notices the old connection listened to.
    followTeamFeed(false);
    watchOrNot();
    return true;
}

QSet<qint64> Journal::heldJobs() const
{
    QSet<qint64> held;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
                    "classid = %1 AND objsubid = 2 AND database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database())"_s.arg(jobLockClass))) {
        failed(query.lastError());
        return held;
    }
    while (query.next())
        held.insert(query.value(0).toLongLong());
    return held;
}

std::optional<bool> Journal::lockJob(qint64 job)
{
    if (m_lockedJobs.contains(job))
        return true; // a session's advisory locks count: take it once
    // The numbers are ours, not text from outside; the function is overloaded, and literal
    // integers choose the (int, int) form.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT pg_try_advisory_lock(%1, %2)"_s.arg(jobLockClass).arg(int(job)))
        || !query.next()) {
        failed(query.lastError());
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return false;
    m_lockedJobs.insert(job);
    return true;
}

void Journal::unlockJob(qint64 job)
{
    if (!m_lockedJobs.remove(job))
        return;
    SqlStore::run(m_connection,
                  u"SELECT pg_advisory_unlock(%1, %2)"_s.arg(jobLockClass).arg(int(job)));
}

void Journal::followTeamFeed(bool follow)
{
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver)
        return;
    const QString channel = QString::fromLatin1(journalschema::teamFeedChannel);
    const bool following = driver->subscribedToNotifications().contains(channel);
    if (follow == following)
        return;
    if (!follow) {
        driver->unsubscribeFromNotification(channel);
        disconnect(driver, &QSqlDriver::notification, this, &Journal::teamNotice);
        return;
    }
    if (!driver->subscribeToNotification(channel)) {
        qCWarning(lcJournal).noquote()
            << "other desks' changes will not be announced: the team store refused to notify"
            << m_path;
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &Journal::teamNotice, Qt::UniqueConnection);
}

void Journal::teamNotice(const QString &name, QSqlDriver::NotificationSource source)
{
    // This journal's own commits were announced where they were written.
    if (name == QLatin1String(journalschema::teamFeedChannel) && source == QSqlDriver::OtherSource)
        emit changedByAnotherProgram();
}

} // namespace cube
