#include "planordersummary.h"

#include "contract/vocabulary.h"
#include "statustext.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cube {

PlanOrderSummary::PlanOrderSummary(const PlanOrderRequest &request, Plan plan,
                                   QString paymentMethod)
    : m_request(request)
    , m_plan(std::move(plan))
    , m_paymentMethod(std::move(paymentMethod))
{}

double PlanOrderSummary::amountInAll() const
{
    // In cents, as the amount is sent with two decimals: no 0.1 × 3 = 0.30000000000000004.
    return double(qRound64(m_request.payAmount * 100) * m_request.iccids.size()) / 100;
}

QString PlanOrderSummary::money(double amount, const QString &currency)
{
    const QString number = QLocale().toString(amount, 'f', 2);
    return currency.isEmpty() ? number : tr("%1 %2", "amount, currency").arg(number, currency);
}

QString PlanOrderSummary::planTerms(const Plan &plan)
{
    const QString volume = plan.flowMb > 0 ? statustext::megabytes(plan.flowMb) : tr("unlimited");
    return tr("%1, %2, %3 a period")
        .arg(vocabulary::planTypes().words(plan.type).toLower(), volume,
             money(plan.price, plan.currency));
}

QString PlanOrderSummary::question() const
{
    const qsizetype count = m_request.iccids.size();
    if (count == 1)
        return tr("Order “%1” for SIM card %2: %3?")
            .arg(m_plan.name, m_request.iccids.constFirst(), money(amountInAll(), m_plan.currency));
    return tr("Order “%1” for %Ln SIM card(s): %2 in all?", nullptr, int(count))
        .arg(m_plan.name, money(amountInAll(), m_plan.currency));
}

QString PlanOrderSummary::simCards() const
{
    const QStringList &iccids = m_request.iccids;
    if (iccids.size() == 1)
        return tr("SIM card: %1").arg(iccids.constFirst());
    QString listed = iccids.mid(0, iccidsShown).join(tr(", ", "between ICCIDs"));
    if (iccids.size() > iccidsShown)
        listed =
            tr("%1 and %Ln more (all in the details)", nullptr, int(iccids.size() - iccidsShown))
                .arg(listed);
    return tr("SIM cards (%L1): %2").arg(iccids.size()).arg(listed);
}

QString PlanOrderSummary::terms() const
{
    const bool many = m_request.iccids.size() > 1;
    QStringList lines;
    lines << tr("Plan: %1 (%2)").arg(m_plan.name, planTerms(m_plan));
    lines << simCards();
    lines << tr("Periods: %L1").arg(m_request.periods);
    lines << (many ? tr("Amount: %1 for each SIM card, %2 in all")
                         .arg(money(amountEach(), m_plan.currency),
                              money(amountInAll(), m_plan.currency))
                   : tr("Amount: %1").arg(money(amountEach(), m_plan.currency)));
    const QString paid = m_request.paid ? tr("paid") : tr("not paid");
    lines << (m_paymentMethod.isEmpty()
                  ? tr("Payment: %1").arg(paid)
                  : tr("Payment: %1, %2", "paid or not, method").arg(paid, m_paymentMethod));
    if (m_request.enableNow)
        lines << (many ? tr("Start: enabled now; each order's period starts at once")
                       : tr("Start: enabled now; its period starts at once"));
    else
        lines << (many ? tr("Start: not enabled now; each order waits until it is enabled")
                       : tr("Start: not enabled now; it waits until it is enabled"));
    return lines.join(u'\n');
}

QString PlanOrderSummary::allIccids() const
{
    return m_request.iccids.size() > iccidsShown ? m_request.iccids.join(u'\n') : QString();
}

QString PlanOrderSummary::goAhead() const
{
    const qsizetype count = m_request.iccids.size();
    return count == 1 ? tr("Place the order") : tr("Place %Ln order(s)", nullptr, int(count));
}

} // namespace cube
