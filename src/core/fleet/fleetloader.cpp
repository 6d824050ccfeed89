#include "fleet/fleetloader.h"

#include "records/pagewalk.h"
#include "transport/cubeclient.h"

namespace cube {

FleetLoader::FleetLoader(CubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

int FleetLoader::concurrency() const
{
    return qMax(1, m_client->settings().limits.connections);
}

void FleetLoader::start(int pageSize)
{
    cancel();
    m_pageSize = pageSize > 0 ? pageSize : qMax(1, m_client->settings().pageSize);
    m_nextToAsk = 1;
    m_walk = PageWalk();
    m_totalPages = 0;
    m_totalCount = 0;
    m_loaded = 0;
    m_early.clear();
    m_running = true;
    requestMore();
}

void FleetLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    stopCalls();
    emit cancelled();
}

void FleetLoader::stopCalls()
{
    const QHash<int, QPointer<ApiCall>> calls = std::exchange(m_inFlight, {});
    for (const QPointer<ApiCall> &call : calls)
        if (call)
            call->cancel();
    m_early.clear();
}

void FleetLoader::fail(const ApiError &error)
{
    m_running = false;
    stopCalls();
    emit failed(error);
}

void FleetLoader::requestMore()
{
    // Until the first page tells the total, only it is asked for.
    const int last = m_totalPages == 0 ? 1 : m_totalPages;
    while (m_running && m_nextToAsk <= last && m_inFlight.size() < concurrency()) {
        const int pageNo = m_nextToAsk++;
        m_inFlight.insert(pageNo,
                          m_client->listSims(pageNo, m_pageSize, this,
                                             [this, pageNo](const ApiResult<SimPage> &result) {
                                                 if (!m_running)
                                                     return; // cancelled meanwhile
                                                 m_inFlight.remove(pageNo);
                                                 if (!result.ok())
                                                     return fail(result.error());
                                                 arrived(pageNo, result.value());
                                             }));
    }
}

void FleetLoader::arrived(int pageNo, const SimPage &page)
{
    // A later page that claims more pages than the first (the list grew meanwhile, or a server
    // that never stops) is followed, up to the most that is read; a claim past that is refused
    // before any more is asked for.
    if (pageNo == 1 && !page.page.isLast()) {
        // The server's own page size from now on: a clamped page is no gap.
        // By the rows it served: a gateway may echo the size asked for and serve fewer.
        const int served = int(page.sims.size());
        if (served > 0 && served < m_pageSize)
            m_pageSize = served;
    }
    m_totalPages = qMax(m_totalPages, qMax(1, page.page.totalPages));
    m_totalCount = qMax(m_totalCount, page.page.totalCount);
    if (const auto error = PageWalk::beyondLimits(m_totalPages, m_totalCount))
        return fail(*error);
    m_early.insert(pageNo, page);
    // Hand on every page that has nothing missing before it, each judged by the walk as a
    // page-by-page reader would judge it (a wrong page number, an empty page, too many rows).
    while (m_running && !m_early.isEmpty() && m_early.firstKey() == m_walk.nextPage()) {
        const SimPage next = m_early.take(m_walk.nextPage());
        if (const auto error = m_walk.arrived(next.page, next.sims.size()))
            return fail(*error);
        m_loaded += next.sims.size();
        emit pageArrived(next.sims);
        emit progress(m_loaded, m_totalCount);
        if (m_walk.isDone()) {
            m_running = false;
            stopCalls(); // pages asked for ahead of a list that turned out shorter
            emit finished();
            return;
        }
    }
    if (m_running)
        requestMore();
}

} // namespace cube
