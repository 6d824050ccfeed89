#pragma once

#include "account/account.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractButton;

namespace cube {

// Holds the write controls of a view-only account off: each button handed to it stays disabled
// whatever its page decides for the selection, and its tooltip says why (in the language of
// now). Pages hand it their write buttons; for an account that may write it does nothing. The
// client refuses the writes all the same: this is so that a person is told before, not after.
class ViewOnlyLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewOnlyLock)

public:
    static void hold(const Account *account, const QList<QAbstractButton *> &controls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ViewOnlyLock(const Account *account, QAbstractButton *control);
    void apply();

    QPointer<const Account> m_account; // a page may outlive its account for an event loop
    QAbstractButton *m_control;
};

} // namespace cube
