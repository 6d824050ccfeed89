#include "simactions.h"

#include "activitylog.h"
#include "cubeclient.h"
#include "notify.h"
#include "orderplandialog.h"
#include "sendsmsdialog.h"

namespace cube {

SimActions::SimActions(CubeClient *client, ActivityLog *activity, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_activity(activity)
    , m_dialogParent(dialogParent)
{}

void SimActions::orderPlan(const QStringList &iccids)
{
    if (iccids.isEmpty())
        return;
    auto *dialog = new OrderPlanDialog(m_client, m_activity, iccids, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderPlanDialog::ordersPlaced, this, &SimActions::simsChanged);
    dialog->open();
}

void SimActions::sendSms(const QString &iccid)
{
    if (iccid.isEmpty())
        return;
    auto *dialog = new SendSmsDialog(m_client, m_activity, iccid, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SimActions::suspend(const QString &iccid)
{
    changeService(tr("Suspend SIM card"), iccid,
                  tr("Suspend the service of SIM %1? Its order in use is paused until it is "
                     "resumed. The vendor marks this operation as deprecated.")
                      .arg(iccid),
                  [this](const QString &sim, auto done) { m_client->suspendSim(sim, this, done); });
}

void SimActions::resume(const QString &iccid)
{
    changeService(tr("Resume SIM card"), iccid,
                  tr("Resume the service of SIM %1? The vendor marks this operation as "
                     "deprecated.")
                      .arg(iccid),
                  [this](const QString &sim, auto done) { m_client->resumeSim(sim, this, done); });
}

void SimActions::changeService(const QString &action, const QString &iccid, const QString &question,
                               ServiceCall call)
{
    askToConfirm(m_dialogParent, this, action, question, [this, action, iccid, call] {
        call(iccid, [this, action, iccid](const ApiResult<ActionDone> &result) {
            const QString text = result.ok() ? tr("Done") : result.error().message();
            m_activity->record(action, iccid, result.ok(), text, text);
            if (!result.ok())
                showWarning(m_dialogParent, action, text);
            // Read again even after a failure: a lost answer may hide a change.
            emit simsChanged({iccid});
        });
    });
}

} // namespace cube
