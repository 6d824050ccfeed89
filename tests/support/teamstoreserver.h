#pragma once

#include "base/teamstore.h"

#include <QString>

namespace cube::test {

// Databases on the real PostgreSQL server that CTest starts for the tests registered with
// cube_add_test(... TEAM_STORE) (the fixture team_store, scripts/test-postgres), which names the
// folder of its address and password in CUBE_TEST_TEAM_STORE_DIR.
//
// A test that needs a team store and finds no server fails, and says why: one that quietly
// skipped could never fail.
class TestTeamStore final
{
public:
    // A new, empty database of its own on the server (so no test sees another's tables), as the
    // console would reach it: the URL (postgresql://cube@127.0.0.1:PORT/cube_test_…) and the
    // password. `why` says what the test does with it; it is kept as the database's comment, for
    // whoever looks at the server. When there is no server or it refuses, the current test
    // fails with the reason and the store returned is empty: end the test there
    // (CUBE_FRESH_TEAM_STORE does both).
    static cube::TeamStore freshDatabase(const QString &why);
    // Drops a database that freshDatabase made, for a test that makes many (the whole server
    // goes when the run ends); the current test fails when it cannot.
    static void dropDatabase(const cube::TeamStore &store);
};

} // namespace cube::test

// In a test function: declares `store`, a fresh database, or fails the test and returns.
#define CUBE_FRESH_TEAM_STORE(store, why)                                                          \
    const cube::TeamStore store = cube::test::TestTeamStore::freshDatabase(why);                   \
    if (!store.isSet()) {                                                                          \
        return;                                                                                    \
    }
