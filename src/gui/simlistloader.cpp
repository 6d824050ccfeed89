#include "simlistloader.h"

#include "cubeclient.h"

namespace cube {

SimListLoader::SimListLoader(CubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SimListLoader::start(int pageSize)
{
    cancel();
    m_pageSize = pageSize;
    m_loaded = 0;
    m_running = true;
    requestPage(1);
}

void SimListLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call)
        m_call->cancel();
    emit cancelled();
}

void SimListLoader::requestPage(int pageNo)
{
    m_call = m_client->listSims(pageNo, m_pageSize, this, [this](const ApiResult<SimPage> &result) {
        if (!m_running)
            return; // cancelled meanwhile
        if (!result.ok()) {
            m_running = false;
            emit failed(result.error());
            return;
        }
        const SimPage &page = result.value();
        m_loaded += page.sims.size();
        emit pageArrived(page.sims);
        emit progress(m_loaded, page.page.totalCount);
        if (page.page.isLast() || page.sims.isEmpty()) {
            m_running = false;
            emit finished();
            return;
        }
        requestPage(page.page.pageNo + 1);
    });
}

} // namespace cube
