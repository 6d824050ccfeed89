#include "planorderoptions.h"

#include "apijobs.h"
#include "commandrun.h"
#include "console.h"
#include "exitstatus.h"
#include "recordtables.h"
#include "transport/cubeclient.h"
#include "writejobs.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<QCommandLineOption> PlanOrderOptions::definitions()
{
    return {
        {u"plan"_s, tr("The code of the plan to order (required; see plans list)."), tr("CODE")},
        {u"periods"_s, tr("How many periods of the plan (1–120, default 1)."), tr("N"), u"1"_s},
        {u"later"_s, tr("Do not enable the order now; enable it later with orders enable.")},
        {u"unpaid"_s, tr("Record the order as not paid yet.")},
        {u"amount"_s, tr("The amount paid (default: the plan's price times the periods)."),
         tr("AMOUNT")},
        {u"pay-type"_s, tr("How it was paid: 0 ipay88, 1 WeChat Pay, 2 Alipay."), tr("N")},
        {u"global"_s, tr("Order the plan as a global order.")},
        {u"plan-type"_s,
         tr("The plan's type code (package_type: 0 unlimited daily, 1 daily, 2 monthly, 3 three "
            "months, 4 six months, 5 yearly); with --plan-name and --amount, the plan list is "
            "not read."),
         tr("N")},
        {u"plan-name"_s, tr("The plan's name, as the plan list would give it."), tr("NAME")},
    };
}

PlanOrderOptions PlanOrderOptions::read(const CommandRun &run)
{
    PlanOrderOptions options;
    options.planCode = run.requiredOption(u"plan"_s);
    options.periods = run.numberOption(u"periods"_s, 1, 120);
    options.enableNow = !run.parser().isSet(u"later"_s);
    options.paid = !run.parser().isSet(u"unpaid"_s);
    options.globalOrder = run.parser().isSet(u"global"_s);
    if (run.parser().isSet(u"amount"_s)) {
        bool isNumber = false;
        const double amount = run.parser().value(u"amount"_s).toDouble(&isNumber);
        if (!isNumber || !std::isfinite(amount) || amount < 0 || amount > CubeClient::largestAmount)
            run.usageError(tr("--amount takes an amount like 12.50, not “%1”.")
                               .arg(run.parser().value(u"amount"_s)));
        options.amount = amount;
    }
    if (run.parser().isSet(u"pay-type"_s))
        options.payType = run.numberOption(u"pay-type"_s, 0, 2);
    if (run.parser().isSet(u"plan-type"_s))
        options.planType = run.numberOption(u"plan-type"_s, 0, 5);
    options.planName = run.parser().value(u"plan-name"_s).trimmed();
    return options;
}

PlanOrderRequest PlanOrderOptions::request(const Plan &plan) const
{
    PlanOrderRequest request;
    request.planCode = plan.code;
    request.planName = planName.isEmpty() ? plan.name : planName;
    request.planType = planType.value_or(plan.type);
    request.periods = periods;
    request.enableNow = enableNow;
    request.paid = paid;
    request.payType = payType;
    request.globalOrder = globalOrder;
    request.payAmount = amount.value_or(plan.price * periods);
    request.mcc = mcc;
    request.days = days;
    request.timingType = timingType;
    return request;
}

void PlanOrderOptions::withPlan(CommandRun &run, std::function<void(PlanOrderRequest)> then) const
{
    if (planType && !planName.isEmpty() && amount) {
        // Everything the plan list would give was given: an account whose plan list cannot be
        // read (a wrong inferred path) can still order.
        Plan given;
        given.code = planCode;
        then(request(given));
        return;
    }
    run.client().plans(
        &run, [&run, then = std::move(then), options = *this](const ApiResult<QList<Plan>> &plans) {
            if (!plans.ok()) {
                QStringList missing;
                if (!options.planType)
                    missing.append(u"--plan-type"_s);
                if (options.planName.isEmpty())
                    missing.append(u"--plan-name"_s);
                if (!options.amount)
                    missing.append(u"--amount"_s);
                console::say(tr("The plans could not be read: %1").arg(plans.error().message()));
                console::say(
                    tr("To order without the plan list, also give %1.").arg(missing.join(u", "_s)));
                run.finish(exitstatus::of({JobOutcome::failure(plans.error())}));
                return;
            }
            for (const Plan &plan : plans.value()) {
                if (plan.code != options.planCode)
                    continue;
                then(options.request(plan));
                return;
            }
            console::say(tr("The account has no plan %1; plans list shows the plans it may order.")
                             .arg(options.planCode));
            run.finish(exitstatus::someFailed);
        });
}

QList<ItemWork> PlanOrderOptions::singleJobs(CommandRun &run, const PlanOrderRequest &request,
                                             const QStringList &iccids) const
{
    // Through the writer: a lost answer is settled by the SIM's orders, never sent again.
    return WriteJobs::each(
        iccids,
        [&run, request](const QString &iccid, ChangeWriter::Done done) {
            PlanOrderRequest one = request;
            one.iccids = {iccid};
            run.writer().placeOrder(one, &run, std::move(done));
        },
        [](const QString &iccid, const WriteOutcome &outcome) {
            const Order placed = outcome.order.value_or(Order());
            return RecordTables::placedOrderRow(
                iccid, PlacedOrder{placed.orderCode, placed.starts, placed.expires});
        });
}

QList<ItemWork> PlanOrderOptions::batchJobs(CommandRun &run, const PlanOrderRequest &request,
                                            const QStringList &iccids) const
{
    PlanOrderRequest all = request;
    all.iccids = iccids;
    QList<ItemWork> jobs;
    for (const PlanOrderRequest &batch : all.inBatches()) {
        jobs.append(
            ItemWork{batch.iccids.join(u' '), [&run, batch](ItemWork::Done done) {
                         // Through the writer: journaled, a lost answer never sent again.
                         run.writer().placeOrders(batch, &run, [done](const WriteOutcome &written) {
                             JobOutcome outcome;
                             if (!written.done()) {
                                 outcome.error = written.error;
                                 return done(outcome);
                             }
                             QStringList refused;
                             for (const BatchOrderLine &line : written.lines) {
                                 if (line.ok())
                                     outcome.rows.append(RecordTables::batchOrderRow(line));
                                 else
                                     refused.append(u"%1: %2 (%3)"_s.arg(
                                         line.iccid, line.errorMessage, line.errorCode));
                             }
                             outcome.problem = refused.join(u"; "_s);
                             done(outcome);
                         });
                     }});
    }
    return jobs;
}

} // namespace cube::cli
