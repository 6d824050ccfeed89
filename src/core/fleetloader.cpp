#include "fleetloader.h"

#include "cubeclient.h"
#include "pagewalk.h"

namespace cube {

FleetLoader::FleetLoader(CubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

int FleetLoader::concurrency() const
{
    return m_concurrency > 0 ? m_concurrency : qMax(1, m_client->settings().maxRequestsInFlight);
}

void FleetLoader::start(int pageSize)
{
    cancel();
    m_pageSize = pageSize;
    m_nextToAsk = 1;
    m_nextToHand = 1;
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

ApiError FleetLoader::inconsistent(const QString &what) const
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.detail = PageWalk::tr("the server's paging is inconsistent: %1").arg(what);
    return error;
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
    if (page.page.pageNo != pageNo)
        return fail(inconsistent(PageWalk::tr("page %1 was asked for and page %2 came")
                                     .arg(pageNo)
                                     .arg(page.page.pageNo)));
    // A later page that claims more pages than the first (the list grew meanwhile, or a server
    // that never stops) is followed, up to the most that is read.
    m_totalPages = qMax(m_totalPages, qMax(1, page.page.totalPages));
    m_totalCount = qMax(m_totalCount, page.page.totalCount);
    if (m_totalPages > PageWalk::maxPages || m_totalCount > PageWalk::maxRows) {
        ApiError tooLong;
        tooLong.kind = ApiErrorKind::MalformedResponse;
        tooLong.detail = PageWalk::tr("the listing goes on past %1 rows, the most that is read")
                             .arg(PageWalk::maxRows);
        return fail(tooLong);
    }
    if (page.sims.isEmpty() && pageNo < m_totalPages)
        return fail(
            inconsistent(PageWalk::tr("page %1 of %2 is empty").arg(pageNo).arg(m_totalPages)));
    m_early.insert(pageNo, page.sims);
    // Hand on every page that has nothing missing before it.
    while (m_running && !m_early.isEmpty() && m_early.firstKey() == m_nextToHand) {
        const QList<SimCard> sims = m_early.take(m_nextToHand++);
        m_loaded += sims.size();
        if (m_loaded > m_totalCount && m_totalCount > 0 && m_nextToHand <= m_totalPages)
            return fail(inconsistent(
                PageWalk::tr("%1 rows were read, more than the %2 it counts, and it claims more")
                    .arg(m_loaded)
                    .arg(m_totalCount)));
        emit pageArrived(sims);
        emit progress(m_loaded, m_totalCount);
    }
    if (!m_running)
        return;
    if (m_nextToHand > m_totalPages) {
        m_running = false;
        emit finished();
        return;
    }
    requestMore();
}

} // namespace cube
