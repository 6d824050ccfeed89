#include "viewonlylock.h"

#include "account/account.h"

#include <QAbstractButton>
#include <QEvent>

namespace cube {

void ViewOnlyLock::hold(const Account *account, const QList<QAbstractButton *> &controls)
{
    if (!account || account->writesRefused().isEmpty())
        return;
    for (QAbstractButton *control : controls)
        new ViewOnlyLock(account, control); // a child of the control: it goes with it
}

ViewOnlyLock::ViewOnlyLock(const Account *account, QAbstractButton *control)
    : QObject(control)
    , m_account(account)
    , m_control(control)
{
    control->installEventFilter(this);
    apply();
}

bool ViewOnlyLock::eventFilter(QObject *watched, QEvent *event)
{
    // The page enables its buttons for each selection and retranslates their tooltips: the lock
    // has the last word each time.
    switch (event->type()) {
    case QEvent::EnabledChange:
    case QEvent::ToolTipChange:
    case QEvent::LanguageChange:
        if (watched == m_control)
            apply();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ViewOnlyLock::apply()
{
    if (!m_account)
        return;
    const QString why = m_account->writesRefused();
    // Each change below sends one of the events above again: nothing changes the second time.
    if (m_control->isEnabled())
        m_control->setEnabled(false);
    if (m_control->toolTip() != why)
        m_control->setToolTip(why);
}

} // namespace cube
