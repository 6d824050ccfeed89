#pragma once

#include "cubesimulator.h"

#include <QCoreApplication>
#include <QStringList>

namespace cube::sim {

// The command line of cube-sim.
class SimulatorOptions final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorOptions)

public:
    // Parses the command line; prints --help or --version, or an error, and exits as the
    // conventions say (0 for help and version, 2 for a usage error).
    static SimulatorOptions parse(const QStringList &arguments);

    quint16 port = 0;
    FleetOptions fleet;
    SimulatorAccount account = SimulatorAccount::demo();
    FaultPlan faults;
    GatewayPolicy limits = GatewayPolicy::vendor();
    QString requestLog;   // empty: none
    QString scenarioFile; // empty: a fleet made from the seed and size
    bool camelCase = false;
};

} // namespace cube::sim
