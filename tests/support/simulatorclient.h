#pragma once

#include "account/account.h"
#include "account/clientfactory.h"
#include "cubesimulator.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QNetworkAccessManager>

#include <chrono>
#include <memory>

namespace cube::test {

// A client connected to `simulator` with its account, made as the console's demo mode makes it.
inline std::unique_ptr<CubeClient>
clientFor(sim::CubeSimulator &simulator, QNetworkAccessManager *network,
          std::chrono::milliseconds timeout = ClientFactory::defaultTimeout,
          ClientOptions options = {})
{
    ClientFactory factory(network, std::move(options));
    factory.setGivenTimeout(timeout);
    return factory.forEndpoint(simulator.endpoint());
}

// The account the console's views work with, following every change as the console does.
inline std::unique_ptr<Account>
accountFor(sim::CubeSimulator &simulator, QNetworkAccessManager *network,
           std::chrono::milliseconds timeout = ClientFactory::defaultTimeout,
           ClientOptions options = {})
{
    auto account =
        std::make_unique<Account>(clientFor(simulator, network, timeout, std::move(options)));
    account->writer().setFollowsChanges(true);
    return account;
}

} // namespace cube::test
