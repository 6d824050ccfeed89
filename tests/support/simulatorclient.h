#pragma once

#include "account/account.h"
#include "account/clientfactory.h"
#include "contract/operation.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace cube::test {

// A client connected to `simulator` with its account, made as the console's demo mode makes it;
// its writes are recorded in `journal` when one is given.
inline std::unique_ptr<CubeClient>
clientFor(sim::CubeSimulator &simulator, QNetworkAccessManager *network,
          std::chrono::milliseconds timeout = ClientFactory::defaultTimeout,
          ClientOptions options = {}, std::shared_ptr<Journal> journal = {})
{
    ClientFactory factory(network, std::move(options), std::move(journal));
    factory.setGivenTimeout(timeout);
    return factory.forEndpoint(simulator.endpoint());
}

// The account the console's views work with (its writer follows a change while a view
// listens, as in the console), owning `journal` when one is given.
inline std::unique_ptr<Account>
accountFor(sim::CubeSimulator &simulator, QNetworkAccessManager *network,
           std::chrono::milliseconds timeout = ClientFactory::defaultTimeout,
           ClientOptions options = {}, std::shared_ptr<Journal> journal = {})
{
    ClientFactory factory(network, std::move(options), std::move(journal));
    factory.setGivenTimeout(timeout);
    return factory.accountForEndpoint(simulator.endpoint());
}

// How many writes of any kind reached `simulator` (the operations the contract calls writes).
inline int writesReceived(const sim::CubeSimulator &simulator)
{
    int received = 0;
    for (const Operation operation : allOperations())
        if (operationInfo(operation).write)
            received += simulator.requestCount(operationInfo(operation).nameString());
    return received;
}

// An account whose journal, and so its attention store, is in `folder`: a test's own.
inline std::unique_ptr<Account> accountInFolder(sim::CubeSimulator &simulator,
                                                QNetworkAccessManager *network,
                                                const QTemporaryDir &folder)
{
    return accountFor(simulator, network, ClientFactory::defaultTimeout, {},
                      std::make_shared<Journal>(folder.filePath(QStringLiteral("journal.sqlite"))));
}

} // namespace cube::test
