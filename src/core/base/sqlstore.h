#pragma once

#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlError;

namespace cube {

// What differs between the two places state is kept, for code written once for both: a SQLite
// file on this computer (SqliteFile) and a team's PostgreSQL store (TeamStoreDatabase). The
// connection's driver tells which.
class SqlStore final
{
public:
    static bool isTeam(const QString &connection);
    // One write transaction, committed when `work` returns true (SqliteFile::writeTransaction
    // for a file: BEGIN IMMEDIATE; a plain BEGIN for a team store, whose rows lock one by one).
    static bool writeTransaction(const QString &connection, const std::function<bool()> &work,
                                 QSqlError *sqlError = nullptr);
    // Within a write transaction on a team store, waits until no other desk is inside a
    // transaction that serialized on the same `key`, and holds it until this one ends (an
    // advisory lock). A file's BEGIN IMMEDIATE already excludes every other writer.
    static bool serialize(const QString &connection, int key);
    // Runs `statement` with `values` bound in order. Without values it is run as it is, not
    // prepared: PostgreSQL prepares only queries and changes of rows, not CREATE or ALTER.
    static bool run(const QString &connection, const QString &statement,
                    const QVariantList &values = {}, QSqlError *sqlError = nullptr);
    // The schema version of `component` (a file's PRAGMA user_version; a row of a team store's
    // schema_versions, as the components share one database): 0 when new, nothing when it
    // cannot be read.
    static std::optional<int> schemaVersion(const QString &connection, const QString &component);
    static bool setSchemaVersion(const QString &connection, const QString &component, int version);
};

} // namespace cube
