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
    m_walk = PageWalk();
    requestPage(m_walk.nextPage());
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
        const std::optional<ApiError> inconsistent = m_walk.arrived(page.page, page.sims.size());
        m_loaded += page.sims.size();
        emit pageArrived(page.sims);
        emit progress(m_loaded, page.page.totalCount);
        if (inconsistent) {
            m_running = false;
            emit failed(*inconsistent);
            return;
        }
        if (m_walk.isDone()) {
            m_running = false;
            emit finished();
            return;
        }
        requestPage(m_walk.nextPage());
    });
}

} // namespace cube
