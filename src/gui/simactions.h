#pragma once

#include "responseparsers.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace cube {

class ActivityLog;
class ApiCall;
class CubeClient;

// The actions on SIM cards: order a plan (one or many), send an SMS, suspend and resume (which
// the vendor marks as deprecated, and so does the console). Each records its outcome in the
// activity log and says which SIMs changed, for their views to read them again.
class SimActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimActions)

public:
    SimActions(CubeClient *client, ActivityLog *activity, QWidget *dialogParent);

    void orderPlan(const QStringList &iccids);
    void sendSms(const QString &iccid);
    void suspend(const QString &iccid);
    void resume(const QString &iccid);

signals:
    void simsChanged(const QStringList &iccids);

private:
    // Sends suspend or resume for one ICCID; the answer goes to the callback.
    using ServiceCall = std::function<void(
        const QString &iccid, std::function<void(const ApiResult<ActionDone> &)> done)>;
    void changeService(const QString &action, const QString &iccid, const QString &question,
                       ServiceCall call);

    CubeClient *m_client;
    ActivityLog *m_activity;
    QPointer<QWidget> m_dialogParent;
};

} // namespace cube
