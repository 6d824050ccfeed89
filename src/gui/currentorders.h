#pragma once

#include "records/orderrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QObject;

namespace cube {

class Account;

// Reads orders again, one query each, before an action on them: a look's listing may be hours
// old, and a renewal or an early end must go by the order as the server has it now.
class CurrentOrders final
{
    Q_DECLARE_TR_FUNCTIONS(cube::AttentionPage)

public:
    // The orders still in use, in the order asked; and, in words, those that are not or could
    // not be read.
    using Done = std::function<void(const QList<Order> &inUse, const QStringList &problems)>;

    // Reads `codes` while `context` lives; `done` once every answer is in.
    static void read(Account *account, QObject *context, const QStringList &codes, Done done);
};

} // namespace cube
