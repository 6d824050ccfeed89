#include "account/account.h"

#include "journal/journal.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

namespace cube {

Account::Account(std::unique_ptr<CubeClient> client, std::shared_ptr<Journal> journal,
                 QObject *parent)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_client(std::move(client))
    , m_writer(std::make_unique<ChangeWriter>(*m_client, m_journal.get()))
{}

// The writer's calls use the client: it goes first.
Account::~Account()
{
    m_writer.reset();
}

} // namespace cube
