#pragma once

#include "contract/requests.h"
#include "records/planrecord.h"

#include <QCoreApplication>
#include <QString>

namespace cube {

// The words of a plan order before it is sent, for the confirmation that names everything that
// will be charged: the plan and its price, the SIM cards (their count and ICCIDs), the periods,
// the amount for each SIM card and in all, whether it is paid, and whether the orders start
// now. Amounts carry the plan's currency when the plan names one, and none otherwise.
class PlanOrderSummary final
{
    Q_DECLARE_TR_FUNCTIONS(cube::PlanOrderSummary)

public:
    // `paymentMethod`: the method's words as chosen, empty when none was chosen.
    PlanOrderSummary(const PlanOrderRequest &request, Plan plan, QString paymentMethod);

    // "Order “Monthly 3GB Asia” for 4 SIM cards: 96.00 in all?"
    QString question() const;
    // One line each: plan, SIM cards, periods, amount, payment, start.
    QString terms() const;
    // Every ICCID, one a line, when the terms show only the first few; empty otherwise.
    QString allIccids() const;
    // The button that sends: "Place the order", "Place 4 orders".
    QString goAhead() const;

    // The order's amount for each SIM card, and for all of them.
    double amountEach() const { return m_request.payAmount; }
    double amountInAll() const;

    // "12.00 USD", or "12.00" when the plan names no currency; in the UI's locale.
    static QString money(double amount, const QString &currency);
    // "monthly, 3 GB, 12.00 a period": what a plan gives and costs.
    static QString planTerms(const Plan &plan);

    // How many ICCIDs the terms list before "and 12 more".
    static constexpr qsizetype iccidsShown = 5;

private:
    QString simCards() const;

    PlanOrderRequest m_request;
    Plan m_plan;
    QString m_paymentMethod;
};

} // namespace cube
