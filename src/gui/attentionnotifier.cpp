#include "attentionnotifier.h"

#include "attention/attentionrefresh.h"
#include "attention/attentionresult.h"
#include "desktopnotifier.h"
#include "statusbarnote.h"

#include <QLocale>
#include <QWidget>

#include <array>

namespace cube {

namespace {

// SIMs or orders a notification names; the rest are counted.
constexpr int namedItems = 3;

bool isAboutOrders(AttentionReason reason)
{
    return reason == AttentionReason::Expired || reason == AttentionReason::ExpiresSoon;
}

} // namespace

AttentionNotifier::AttentionNotifier(AttentionRefresh *refresh, QWidget *inWindow)
    : QObject(inWindow)
    , m_refresh(refresh)
    , m_window(inWindow)
    , m_desktop(new DesktopNotifier(this))
{
    connect(m_refresh, &AttentionRefresh::looked, this, &AttentionNotifier::tell);
    connect(m_desktop, &DesktopNotifier::clicked, this, &AttentionNotifier::open);
    connect(m_desktop, &DesktopNotifier::notShown, this,
            [this](const QString &, const QString &summary) { sayInStatusBar(summary); });
}

AttentionNotifier::~AttentionNotifier() = default;

void AttentionNotifier::tell(const AttentionResult &result, const QList<AttentionItem> &news)
{
    Q_UNUSED(result)
    if (news.isEmpty())
        return;
    m_unshown.clear();
    // Counted, and only the first few of each reason kept (in the look's order: most urgent
    // first): a first look may bring 800,000 items, and this runs on the UI thread.
    std::array<int, attentionReasonCount> counts{};
    std::array<QList<AttentionItem>, attentionReasonCount> first;
    for (const AttentionItem &item : news) {
        const size_t reason = size_t(item.reason);
        if (counts.at(reason)++ < namedItems)
            first.at(reason).append(item);
    }
    for (int reason = 0; reason < attentionReasonCount; ++reason) {
        const int count = counts.at(size_t(reason));
        if (count == 0)
            continue;
        const QString said = summary(AttentionReason(reason), count);
        if (!m_desktop->notify(vocabulary::attentionReasons().key(reason), said,
                               body(first.at(size_t(reason)), count)))
            sayInStatusBar(said);
    }
}

QString AttentionNotifier::summary(AttentionReason reason, int count) const
{
    switch (reason) {
    case AttentionReason::Expired:
        return tr("%Ln order(s) expired since the last look", nullptr, count);
    case AttentionReason::ExpiresSoon: {
        const int days = m_refresh->rules().expiryDays;
        if (days == 0)
            return tr("%Ln order(s) expire today", nullptr, count);
        //: %1 is a number of days ("7 days")
        return tr("%Ln order(s) expire within %1", nullptr, count)
            .arg(tr("%Ln day(s)", nullptr, days));
    }
    case AttentionReason::RunsOut:
        return tr("%Ln SIM(s) run out of data before their plan expires", nullptr, count);
    case AttentionReason::LowData:
        return tr("%Ln SIM(s) have little data left", nullptr, count);
    case AttentionReason::NoPlan:
        return tr("%Ln activated SIM(s) have no plan", nullptr, count);
    case AttentionReason::Suspended:
        return tr("%Ln SIM(s) suspended", nullptr, count);
    case AttentionReason::PreDeactivation:
        return tr("%Ln SIM(s) in pre-deactivation", nullptr, count);
    }
    return {};
}

QString AttentionNotifier::body(const QList<AttentionItem> &items, int count) const
{
    // Ids only, which no notification service can take for markup.
    QStringList named;
    for (const AttentionItem &item : items) {
        if (named.size() == namedItems)
            break;
        const bool byOrder = isAboutOrders(item.reason) && !item.orderCode.isEmpty();
        named << (byOrder ? item.orderCode : item.iccid);
    }
    const int more = count - int(named.size());
    if (more > 0)
        //: The end of a list of SIMs or orders: "…, 8986… and 9 more"
        named << tr("%Ln more", nullptr, more);
    return QLocale().createSeparatedList(named);
}

void AttentionNotifier::open(const QString &tag)
{
    const std::optional<int> reason = vocabulary::attentionReasons().fromStoredKey(tag);
    if (!reason)
        return;
    QWidget *window = m_window->window();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
    emit openAttention(AttentionReason(*reason));
}

void AttentionNotifier::sayInStatusBar(const QString &summary)
{
    // The bar keeps one message: every summary of the look that no notification showed.
    m_unshown << summary;
    //: Between the summaries of what needs attention, when the status bar says them all
    noteInStatusBar(m_window, m_unshown.join(tr("; ")));
}

} // namespace cube
