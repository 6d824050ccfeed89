#pragma once

#include "attention/attentionresult.h"
#include "attention/attentionrules.h"
#include "contract/servertimezone.h"
#include "records/orderrecords.h"
#include "records/simrecords.h"

#include <QHash>

namespace cube {

// What the console changed since a look, laid over its result until a look sees it for
// itself. A look goes by the order listing it kept (reading 3,000 pages at every look would
// spend the day's quota), so an order renewed or ended from the tab would stand in the list
// with its old expiry until the listing is read again. The writer reads every order it
// changes (ChangeWriter::orderChanged) and every SIM (simChanged): that reading is what the
// tab shows instead. An order no longer in use leaves the list; a renewed one moves to its
// new expiry (and leaves the list when that is beyond the rules' days), and its forecast,
// made for the data it had, waits for the next look; a SIM with a plan now, resumed or out
// of pre-deactivation leaves its reasons. Reasons switched off in the rules leave at once.
// Nothing is added: what a change brings is found by the next look.
struct AttentionChanges
{
    QHash<QString, Order> orders; // by order code, as the writer read them
    QHash<QString, SimCard> sims; // by ICCID

    bool isEmpty() const { return orders.isEmpty() && sims.isEmpty(); }

    // `result` with these changes and `rules`: its items, its calendar and its counts. Runs
    // over every item: made on a worker for a big account.
    AttentionResult appliedTo(AttentionResult result, const AttentionRules &rules,
                              const ServerTimeZone &zone) const;
};

} // namespace cube
