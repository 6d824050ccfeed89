#pragma once

#include "attention/attentionreason.h"

#include <QDate>
#include <QString>

namespace cube {

// One thing that needs someone: why, which SIM and order, and the (server's) day it matters.
struct AttentionItem
{
    AttentionReason reason = AttentionReason::ExpiresSoon;
    QString iccid;
    QString orderCode; // empty for a reason that is the SIM's (no plan, suspended, …)
    QString planName;
    QDate date;           // when it matters (expiry, run-out, today); invalid: no date
    double leftMb = -1;   // high-speed data left; negative: not known
    double planMb = 0;    // the plan's data (all its periods); 0: unlimited or not known
    double mbPerDay = -1; // the burn rate; negative: not known
    bool watched = false; // its usage and days were read in full at this look

    // What makes it the same item at the next look, so that it is announced once: an order's
    // expiry counts again after a renewal (a new date), a run-out does not as its day moves.
    QString key() const;

    // The tab's order: what already happened first, then by the day it matters (sooner
    // first; items without a day after), then by reason and SIM.
    static bool moreUrgent(const AttentionItem &a, const AttentionItem &b);
};

} // namespace cube
