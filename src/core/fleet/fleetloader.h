#pragma once

#include "contract/apierror.h"
#include "records/pagewalk.h"
#include "records/simrecords.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace cube {

class ApiCall;
class CubeClient;

// Reads every page of the account's SIM cards. The first page tells how many there are, and how
// many rows the server puts on a page (a gateway clamps a larger page size: the rest are asked
// for at its size); the rest are read as many at a time as the connection's gateway limits
// allow (ConnectionSettings::limits.connections; the request governor also spaces them within
// the gateway's rate) and handed on in page order as soon as the pages before them are there,
// so the list fills progressively and in the server's order. Cancel stops every page in flight.
class FleetLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    explicit FleetLoader(CubeClient *client, QObject *parent = nullptr);

    // `pageSize` 0: the connection's (the profile's) page size.
    void start(int pageSize = 0);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void pageArrived(const QList<cube::SimCard> &sims);
    void progress(qint64 loaded, qint64 total);
    void finished();
    void failed(const cube::ApiError &error);
    void cancelled();

private:
    void requestMore();
    void arrived(int pageNo, const SimPage &page);
    void fail(const ApiError &error);
    void stopCalls();
    int concurrency() const;

    CubeClient *m_client;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QMap<int, SimPage> m_early; // pages that came before one still missing
    PageWalk m_walk;            // the paging rules, applied as pages are handed on (in order)
    int m_pageSize = 100;
    int m_nextToAsk = 1;
    int m_totalPages = 0; // 0: not known until the first page
    qint64 m_totalCount = 0;
    qint64 m_loaded = 0;
    bool m_running = false;
};

} // namespace cube
