#include "attentionlook.h"

#include "account/account.h"
#include "attention/attentionrefresh.h"
#include "base/displaytime.h"
#include "commandrun.h"
#include "console.h"
#include "fleet/fleetcache.h"
#include "fleet/fleetreadcost.h"
#include "fleet/fleetstore.h"
#include "fleet/fleetsync.h"
#include "terminaltext.h"
#include "transport/cubeclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cube::cli {

AttentionLook::AttentionLook(CommandRun &run, AttentionRules rules, bool readOrders, Found found)
    : QObject(&run)
    , m_run(run)
    , m_rules(std::move(rules))
    , m_readOrders(readOrders)
    , m_found(std::move(found))
    , m_sync(new FleetSync(&run.client(), FleetCache::defaultPath(), this))
{}

AttentionLook::~AttentionLook() = default;

void AttentionLook::start()
{
    followFleet();
    m_sync->sync();
}

void AttentionLook::followFleet()
{
    const ConnectionSettings &settings = m_run.client().settings();
    connect(m_sync, &FleetSync::cacheNotice, this,
            [](const QString &notice) { console::say(notice); });
    connect(m_sync, &FleetSync::cachedListKept, this, [this] {
        console::say(
            tr("The SIM list cached at %1 is recent: it is looked at without reading it again.")
                .arg(displaytime::dateTime(m_sync->store()->asOf().toLocalTime())));
        look(m_sync->store()->snapshot());
    });
    connect(m_sync, &FleetSync::readingCost, this, [this, settings](const FleetReadCost &cost) {
        m_fleetCostSaid = true;
        console::say(tr("The cached SIM list is old: it is read again.") + u' '
                     + cost.describe(settings));
    });
    connect(m_sync, &FleetSync::consentNeeded, this, [this](const FleetReadCost &cost, qint64) {
        // Says what is left of the quota and ends with status 2, unless --yes was given.
        if (m_run.withinQuota(cost.queries))
            m_sync->startReading();
    });
    connect(m_sync, &FleetSync::progress, this, [this](qint64 loaded, qint64 total) {
        if (!std::exchange(m_fleetCostSaid, true))
            fleetProgress(total);
        if (m_sync->isReading())
            showStep(tr("Reading the SIM list: %1 of %2")
                         .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(m_sync, &FleetSync::failed, this, [this](const ApiError &error) {
        fail(tr("The SIM list could not be read: %1").arg(error.message()));
    });
    // The list read is final once the SIMs the server no longer lists are dropped and it is
    // kept for the next look (the console's too).
    connect(m_sync, &FleetSync::cacheSaved, this, [this](const QString &problem) {
        clearStep();
        if (!problem.isEmpty())
            console::say(tr("The SIM list could not be kept for the next look: %1").arg(problem));
        look(m_sync->store()->snapshot());
    });
}

void AttentionLook::fleetProgress(qint64 total)
{
    const ConnectionSettings &settings = m_run.client().settings();
    const FleetReadCost cost = FleetReadCost::of(total, settings);
    console::say(tr("No SIM list is cached for this account: it is read.") + u' '
                 + cost.describe(settings));
    // The first page is in already.
    if (!m_run.withinQuota(cost.queries - 1))
        m_sync->cancel();
}

void AttentionLook::look(const FleetSnapshot &fleet)
{
    AttentionRefresh &refresh = m_run.account().attention();
    refresh.setRules(m_rules);
    refresh.setAnnounces(false); // what cron prints is not what the person at the console saw
    connect(&refresh, &AttentionRefresh::costSaid, this, [](const AttentionCost &cost) {
        if (cost.total() > 0)
            console::say(cost.describe());
    });
    connect(&refresh, &AttentionRefresh::consentNeeded, this,
            [this, fleet, &refresh](const AttentionCost &cost, qint64) {
                clearStep();
                console::say(cost.describe());
                // Says what is left of the quota and ends with status 2, unless --yes was given.
                if (m_run.withinQuota(cost.total()))
                    refresh.look(fleet, m_readOrders, AttentionRefresh::Consent::Given);
            });
    connect(&refresh, &AttentionRefresh::progress, this, &AttentionLook::showStep);
    connect(&refresh, &AttentionRefresh::failed, this, &AttentionLook::fail);
    connect(&refresh, &AttentionRefresh::looked, this,
            [this](const AttentionResult &result, const QList<AttentionItem> &) {
                clearStep();
                m_found(result);
            });
    refresh.look(fleet, m_readOrders,
                 m_run.settings().yes ? AttentionRefresh::Consent::Given
                                      : AttentionRefresh::Consent::Ask);
}

void AttentionLook::showStep(const QString &step)
{
    // Said where a person watches; a cron job's standard error stays quiet.
    if (!terminaltext::stderrIsTerminal() || m_run.settings().verbose)
        return;
    m_stepShown = true;
    console::writeError(u"\r\033[K"_s + step + u"…"_s);
}

void AttentionLook::clearStep()
{
    if (std::exchange(m_stepShown, false))
        console::writeError(u"\r\033[K"_s);
}

void AttentionLook::fail(const QString &problem)
{
    clearStep();
    console::say(problem);
    m_run.finish(failedStatus);
}

} // namespace cube::cli
