#pragma once

#include <QByteArray>
#include <QString>

namespace cube::sim {

// The one account the simulator serves: the partner code and the secret it signs with.
struct SimulatorAccount
{
    QString accessCode;
    QByteArray secret;

    // The demo account of `cube-console --demo` and `cube-sim`: not a secret, printed on start.
    static SimulatorAccount demo() { return {QStringLiteral("P000270"), "cube-demo-secret"}; }
};

} // namespace cube::sim
