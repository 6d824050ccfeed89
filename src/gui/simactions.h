#pragma once

#include "writes/writeoutcome.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace cube {

class Account;
class ActivityLog;

// The actions on SIM cards: order a plan (one or many), send an SMS, suspend and resume (which
// the vendor marks as deprecated, and so does the console). Each records its outcome in the
// activity log and says it in the main window's status bar; the account's ChangeWriter
// announces the new state to every view.
class SimActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimActions)

public:
    SimActions(Account *account, ActivityLog *activity, QWidget *dialogParent);

    void orderPlan(const QStringList &iccids);
    void sendSms(const QString &iccid);
    void suspend(const QString &iccid);
    void resume(const QString &iccid);

private:
    // Sends suspend or resume for one ICCID; the outcome goes to the callback.
    using ServiceCall =
        std::function<void(const QString &iccid, std::function<void(const WriteOutcome &)> done)>;
    // `done` is what a plain success says, in the activity log and the status bar.
    void changeService(const QString &action, const QString &iccid, const QString &question,
                       const QString &done, ServiceCall call);

    Account *m_account;
    ActivityLog *m_activity;
    QPointer<QWidget> m_dialogParent;
};

} // namespace cube
