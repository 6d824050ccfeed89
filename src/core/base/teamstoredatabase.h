#pragma once

#include "base/teamstore.h"

#include <QCoreApplication>
#include <QString>

namespace cube {

// Opens a connection to a team store (PostgreSQL, Qt SQL's QPSQL driver) under the caller's
// connection name, with a short connect time-out: a desk whose store cannot be reached is told
// within seconds, and sends nothing meanwhile.
class TeamStoreDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(cube::TeamStoreDatabase)

public:
    // How long a desk waits for the store to answer a connection.
    static constexpr int connectTimeoutSeconds = 5;
    // How long one statement may take before the server ends it (a lock another desk holds).
    static constexpr int statementTimeoutSeconds = 20;

    struct Opened
    {
        bool ok = false;
        QString problem; // why not, for a person: the server's words with what to do
    };

    static Opened open(const QString &connection, const TeamStore &store);
    // Tries to reach the store on a connection of its own, from any thread (the console asks
    // from a worker: a store that does not answer would hold the window for the connect
    // time-out): why it cannot be reached, or empty. Until the next call for the same store,
    // open() then fails at once with those words instead of waiting again, so that the notes,
    // the watchlist and the journal of a desk whose store is out of reach do not each hold the
    // window in turn.
    static QString reach(const TeamStore &store);
    // Closes the connection and opens it again (the server restarted, the network came
    // back): true when it is open.
    static bool reopen(const QString &connection);
    // Whether Qt's PostgreSQL driver is installed (libqt6sql6-psql on Debian).
    static bool driverAvailable();
};

} // namespace cube
