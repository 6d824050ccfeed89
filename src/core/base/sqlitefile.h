#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlError;

namespace cube {

// Opens the SQLite files of local state (the journal, the fleet cache) through Qt SQL, the one
// way: a connection of the caller's own name, WAL and a busy time-out so that the console and
// cubectl share a file, and a file that is not a database set aside (renamed
// PATH.corrupt-DATE with its -wal and -shm, never deleted) and started anew.
class SqliteFile final
{
    Q_DECLARE_TR_FUNCTIONS(cube::SqliteFile)

public:
    struct Opened
    {
        bool ok = false;
        QString problem;      // why it could not be opened, for a person
        bool busy = false;    // another program held its lock for longer than the busy time-out
        QString setAsidePath; // where a damaged file went, or empty
    };

    // As long as any statement waits for another program's transaction (QSQLITE_BUSY_TIMEOUT).
    static constexpr int busyTimeoutMs = 15000;

    static Opened open(const QString &connection, const QString &path);
    // Renames the file to PATH.corrupt-DATE (with -wal, -shm); the new name, or empty.
    static QString setAside(const QString &path);
    // Runs `work` in one write transaction on `connection`, committed when it returns true and
    // rolled back otherwise. BEGIN IMMEDIATE takes the write lock at once: every file is shared
    // by the console and cubectl, and a plain transaction that reads and then writes would fail
    // at once when the other program wrote meanwhile, where this one waits (busy time-out).
    // False when it did not commit; what SQLite said of BEGIN or COMMIT goes to `sqlError`
    // (left as it was when `work` failed on its own).
    static bool writeTransaction(const QString &connection, const std::function<bool()> &work,
                                 QSqlError *sqlError = nullptr);
    // The same with another statement to begin (a team store's plain BEGIN, SqlStore).
    static bool transaction(const QString &connection, const QString &begin,
                            const std::function<bool()> &work, QSqlError *sqlError = nullptr);
    // The file's schema version (PRAGMA user_version: 0 for a new file); nothing when it
    // cannot be read.
    static std::optional<int> schemaVersion(const QString &connection);
    static bool setSchemaVersion(const QString &connection, int version);
    // Prepares `statement` on `connection`, binds `values` in order and runs it.
    static bool exec(const QString &connection, const QString &statement,
                     const QVariantList &values = {});
    // What the connection's last statement said went wrong, for a person.
    static QString lastError(const QString &connection);
    // Closes and forgets the connection.
    static void close(const QString &connection);
};

} // namespace cube
