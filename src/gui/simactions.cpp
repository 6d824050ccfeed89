#include "simactions.h"

#include "account/account.h"
#include "activitylog.h"
#include "notify.h"
#include "orderplandialog.h"
#include "sendsmsdialog.h"
#include "statusbarnote.h"
#include "writes/changewriter.h"

namespace cube {

SimActions::SimActions(Account *account, ActivityLog *activity, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_account(account)
    , m_activity(activity)
    , m_dialogParent(dialogParent)
{}

void SimActions::orderPlan(const QStringList &iccids)
{
    if (iccids.isEmpty())
        return;
    auto *dialog = new OrderPlanDialog(m_account, m_activity, iccids, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SimActions::sendSms(const QString &iccid)
{
    if (iccid.isEmpty())
        return;
    auto *dialog = new SendSmsDialog(&m_account->writer(), m_activity, iccid, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SimActions::suspend(const QString &iccid)
{
    changeService(tr("Suspend SIM card"), iccid,
                  tr("Suspend the service of SIM %1? Its order in use is paused until it is "
                     "resumed. The vendor marks this operation as deprecated.")
                      .arg(iccid),
                  tr("SIM card %1 suspended.").arg(iccid), [this](const QString &sim, auto done) {
                      m_account->writer().perform(WriteTask(Operation::SuspendService, sim), this,
                                                  done);
                  });
}

void SimActions::resume(const QString &iccid)
{
    changeService(tr("Resume SIM card"), iccid,
                  tr("Resume the service of SIM %1? The vendor marks this operation as "
                     "deprecated.")
                      .arg(iccid),
                  tr("SIM card %1 resumed.").arg(iccid), [this](const QString &sim, auto done) {
                      m_account->writer().perform(WriteTask(Operation::ResumeService, sim), this,
                                                  done);
                  });
}

void SimActions::changeService(const QString &action, const QString &iccid, const QString &question,
                               const QString &done, ServiceCall call)
{
    askToConfirm(m_dialogParent, this, action, question, [this, action, iccid, done, call] {
        call(iccid, [this, action, iccid, done](const WriteOutcome &outcome) {
            const QString said = outcome.message();
            const QString text =
                outcome.done() ? (said.isEmpty() ? done : done + u' ' + said) : said;
            m_activity->record(action, iccid, outcome.done(), text, text);
            // The status bar says how it went, whichever view the action came from.
            noteInStatusBar(
                m_dialogParent,
                outcome.done()
                    ? text
                    : tr("%1 %2: %3", "action, ICCID, what went wrong").arg(action, iccid, text));
            if (!outcome.done())
                showWarning(m_dialogParent, action, text);
        });
    });
}

} // namespace cube
