#pragma once

#include <QCoreApplication>
#include <QString>

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
    // Closes and forgets the connection.
    static void close(const QString &connection);
};

} // namespace cube
