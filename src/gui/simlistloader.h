#pragma once

#include "apierror.h"
#include "pagewalk.h"
#include "simrecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cube {

class ApiCall;
class CubeClient;

// Loads every page of the account's SIM cards, one after another, reporting each page as it
// arrives so the list fills progressively. Cancel stops after the page in flight.
class SimListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimListLoader)

public:
    explicit SimListLoader(CubeClient *client, QObject *parent = nullptr);

    void start(int pageSize = 500);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void pageArrived(const QList<cube::SimCard> &sims);
    void progress(qint64 loaded, qint64 total);
    void finished();
    void failed(const cube::ApiError &error);
    void cancelled();

private:
    void requestPage(int pageNo);

    CubeClient *m_client;
    QPointer<ApiCall> m_call;
    int m_pageSize = 500;
    PageWalk m_walk;
    qint64 m_loaded = 0;
    bool m_running = false;
};

} // namespace cube
