#pragma once

namespace cube::sim {

// The limits the simulated gateway enforces for each client address. By default the vendor's
// published ones (cube-api.md, "Limits"), so that a client meets in the simulator what the
// strictest real gateway does to it. 0 turns a limit off.
struct GatewayPolicy
{
    int rate = 10;         // requests received in any 1000 ms; beyond, 429
    int concurrency = 3;   // requests received and not yet answered; beyond, 429
    int dailyQuota = 5000; // requests received in one of the server's days; beyond, 429
    int maxPageSize = 100; // a listing's page_size above it is answered with this many rows

    static GatewayPolicy vendor() { return {}; }
    // No limits at all: for tests that need raw speed and nothing else.
    static GatewayPolicy none() { return {0, 0, 0, 0}; }
};

} // namespace cube::sim
