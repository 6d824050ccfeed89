#pragma once

#include "cubeclient.h"
#include "cubesimulator.h"

#include <QNetworkAccessManager>

#include <chrono>
#include <memory>

namespace cube::test {

// A client connected to `simulator` with its account, as the console's demo mode connects.
inline std::unique_ptr<CubeClient>
clientFor(sim::CubeSimulator &simulator, QNetworkAccessManager *network,
          std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    ConnectionSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.accessCode = simulator.account().accessCode;
    settings.transferTimeout = timeout;
    return std::make_unique<CubeClient>(network, settings, simulator.account().secret);
}

} // namespace cube::test
