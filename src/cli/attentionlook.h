#pragma once

#include "attention/attentionresult.h"
#include "attention/attentionrules.h"

#include <QObject>

#include <functional>

namespace cube {
class FleetSnapshot;
class FleetSync;
} // namespace cube

namespace cube::cli {

class CommandRun;

// One look at what needs attention, taken as the console takes it: the SIM list from the fleet
// cache when it is fresh, else read from the server (its cost said first), then the account's
// AttentionRefresh (the orders in use, the watched SIMs). A reading that costs more than is left
// of today's quota is not made without --yes: it is said, and the run ends with status 2.
// A look that cannot be made ends the run with status 3; what it found goes to `found`.
class AttentionLook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionLook)

public:
    using Found = std::function<void(const AttentionResult &result)>;

    // `readOrders`: the orders listing is read again even when the kept one is fresh.
    AttentionLook(CommandRun &run, AttentionRules rules, bool readOrders, Found found);
    ~AttentionLook() override;

    void start();

    // The status of a run whose look could not be made: never 1, which says that something
    // needs attention.
    static constexpr int failedStatus = 3;

private:
    void followFleet();
    // The first page of a SIM list read without a cache tells its length: its cost is said
    // then, and the reading stops when the rest would pass today's quota.
    void fleetProgress(qint64 total);
    void look(const FleetSnapshot &fleet);
    void showStep(const QString &step);
    void clearStep();
    void fail(const QString &problem);

    CommandRun &m_run;
    AttentionRules m_rules;
    bool m_readOrders;
    Found m_found;
    FleetSync *m_sync;
    bool m_fleetCostSaid = false;
    bool m_stepShown = false;
};

} // namespace cube::cli
