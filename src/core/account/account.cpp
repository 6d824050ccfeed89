#include "account/account.h"

#include "transport/cubeclient.h"
#include "writes/changewriter.h"

namespace cube {

Account::Account(std::unique_ptr<CubeClient> client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_writer(std::make_unique<ChangeWriter>(*m_client, m_client->journal()))
{}

// The writer's calls use the client: it goes first.
Account::~Account()
{
    m_writer.reset();
}

} // namespace cube
