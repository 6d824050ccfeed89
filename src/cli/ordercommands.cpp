#include "ordercommands.h"

#include "apijobs.h"
#include "commandrun.h"
#include "commonoptions.h"
#include "contract/vocabulary.h"
#include "idarguments.h"
#include "planorderoptions.h"
#include "recordtables.h"
#include "writejobs.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<CommandSpec> OrderCommands::all()
{
    return {list(), show(), renew(), place(), placeOta()};
}

CommandSpec OrderCommands::list()
{
    CommandSpec spec;
    spec.group = u"orders"_s;
    spec.action = u"list"_s;
    spec.summary = tr("List data-plan orders, all or those that match.");
    spec.details = tr("Reads every page of the listing unless --page is given.");
    spec.options = {
        {u"status"_s,
         tr("Only orders in this state: %1.").arg(vocabulary::orderStatuses().keyList()),
         tr("STATE")},
        {u"iccid"_s, tr("Only the orders of this SIM card."), tr("ICCID")},
        {u"type"_s, tr("Only orders of this type (a number, as the server sends it)."), tr("N")},
        CommonOptions::page(),
        CommonOptions::pageSize(100),
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        OrderQuery query;
        query.pageSize = run.numberOption(u"page-size"_s, 1, 1000);
        query.iccid = run.parser().value(u"iccid"_s).trimmed();
        if (run.parser().isSet(u"status"_s)) {
            query.status = vocabulary::orderStatuses().fromKey(run.parser().value(u"status"_s));
            if (!query.status)
                run.usageError(
                    tr("--status takes one of: %1.").arg(vocabulary::orderStatuses().keyList()));
        }
        if (run.parser().isSet(u"type"_s))
            query.type = run.numberOption(u"type"_s, 0, 99);
        // Plain variables: a lambda cannot capture structured bindings before C++20.
        const std::pair<int, int> range = CommonOptions::pageRange(run);
        const int first = range.first;
        const int last = range.second;
        return {{}, [query, first, last](CommandRun &work) {
                    auto fetch = [&work, query](int pageNo) -> apijobs::Call<OrderPage> {
                        return [&work, query, pageNo](CubeClient::Done<OrderPage> done) {
                            OrderQuery page = query;
                            page.pageNo = pageNo;
                            work.client().orders(page, &work, std::move(done));
                        };
                    };
                    auto rows = [](const OrderPage &page) {
                        QList<QVariantList> all;
                        for (const Order &order : page.orders)
                            all.append(RecordTables::orderRow(order));
                        return all;
                    };
                    work.runListing(RecordTables::orderColumns(),
                                    apijobs::streamedPages<OrderPage>(
                                        fetch, rows,
                                        [](const OrderPage &page) { return page.orders.size(); },
                                        first, last, work.pageProgress()));
                }};
    };
    return spec;
}

CommandSpec OrderCommands::show()
{
    CommandSpec spec;
    spec.group = u"orders"_s;
    spec.action = u"show"_s;
    spec.summary = tr("Show one order.");
    spec.syntax = tr("CODE");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, 1);
        const OrderCode code = idarguments::orderCodes(run, 0).constFirst();
        return {{}, [code](CommandRun &work) {
                    work.runJobs(ResultShape::Single, RecordTables::orderColumns(),
                                 {apijobs::single<Order>(
                                     code.value(),
                                     [&work, code](CubeClient::Done<Order> done) {
                                         work.client().order(code, &work, std::move(done));
                                     },
                                     [](const Order &order) {
                                         return QList<QVariantList>{RecordTables::orderRow(order)};
                                     })});
                }};
    };
    return spec;
}

CommandSpec OrderCommands::renew()
{
    CommandSpec spec;
    spec.group = u"orders"_s;
    spec.action = u"renew"_s;
    spec.summary = tr("Renew an order for more periods.");
    spec.writes = true;
    spec.syntax = tr("CODE --periods N");
    spec.options = {
        {u"periods"_s, tr("How many more periods of the plan (1–120)."), tr("N")},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, 1);
        run.requiredOption(u"periods"_s);
        const int periods = run.numberOption(u"periods"_s, 1, 120);
        const OrderCode code = idarguments::orderCodes(run, 0).constFirst();
        return {{}, [code, periods](CommandRun &work) {
                    work.runJobs(
                        ResultShape::Single,
                        {RecordTables::orderCodeColumn(), {u"expires"_s, tr("Now expires")}},
                        WriteJobs::each(
                            {code.value()},
                            [&work, code, periods](const QString &, ChangeWriter::Done done) {
                                work.writer().renew(code, periods, &work, std::move(done));
                            },
                            [](const QString &target, const WriteOutcome &outcome) {
                                return outcome.order ? QVariantList{outcome.order->orderCode,
                                                                    outcome.order->expires}
                                                     : QVariantList{target, QVariant()};
                            }));
                }};
    };
    return spec;
}

CommandSpec OrderCommands::place()
{
    CommandSpec spec;
    spec.group = u"orders"_s;
    spec.action = u"place"_s;
    spec.summary = tr("Order a data plan for SIM cards.");
    spec.writes = true;
    spec.syntax = tr("ICCID… --plan CODE");
    spec.details = tr("The plan's name, type and price are read from the account's plans first. "
                      "Each SIM card is ordered on its own, so one refusal does not stop the "
                      "others; --batch sends up to %1 SIM cards per request instead, where one "
                      "bad SIM card fails its whole request.")
                       .arg(PlanOrderOptions::batchSize)
                   + u'\n' + CommonOptions::listDetails(tr("ICCIDs"));
    spec.options = PlanOrderOptions::definitions();
    spec.options.prepend(CommonOptions::from());
    spec.options.append(
        {u"batch"_s,
         tr("Order up to %1 SIM cards in one request.").arg(PlanOrderOptions::batchSize)});
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const PlanOrderOptions order = PlanOrderOptions::read(run);
        const QStringList iccids = run.iccids(0);
        const bool batched = run.parser().isSet(u"batch"_s);
        return {{}, [order, iccids, batched](CommandRun &work) {
                    order.withPlan(work, [&work, order, iccids, batched](PlanOrderRequest request) {
                        work.runJobs(ResultShape::PerTarget, RecordTables::placedOrderColumns(),
                                     batched ? order.batchJobs(work, request, iccids)
                                             : order.singleJobs(work, request, iccids));
                    });
                }};
    };
    return spec;
}

CommandSpec OrderCommands::placeOta()
{
    CommandSpec spec;
    spec.group = u"orders"_s;
    spec.action = u"place-ota"_s;
    spec.summary = tr("Order an OTA day plan for a SIM card in a country.");
    spec.writes = true;
    spec.syntax = tr("ICCID --plan CODE --mcc MCC --days N --pay-type N");
    spec.options = PlanOrderOptions::definitions();
    spec.options += {
        {u"mcc"_s, tr("The mobile country code where the plan is used (required)."), tr("MCC")},
        {u"days"_s, tr("How many days (1–365, required)."), tr("N")},
        {u"timing-type"_s,
         tr("When the days start counting, as the server numbers it (default 0)."), tr("N"),
         u"0"_s},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, 1);
        PlanOrderOptions order = PlanOrderOptions::read(run);
        order.mcc = run.requiredOption(u"mcc"_s);
        run.requiredOption(u"days"_s);
        order.days = run.numberOption(u"days"_s, 1, 365);
        order.timingType = run.numberOption(u"timing-type"_s, 0, 9);
        run.requiredOption(u"pay-type"_s); // createOtaOrder requires pay_type
        const QString iccid = run.iccids(0).constFirst();
        return {{}, [order, iccid](CommandRun &work) {
                    order.withPlan(work, [&work, iccid](PlanOrderRequest request) {
                        request.iccids = {iccid};
                        request.enableNow = false; // OTA SIMs are enabled on arrival
                        work.runJobs(
                            ResultShape::Single, RecordTables::placedOrderColumns(),
                            WriteJobs::each(
                                {iccid},
                                [&work, request](const QString &, ChangeWriter::Done done) {
                                    work.writer().placeOtaOrder(request, &work, std::move(done));
                                },
                                [](const QString &target, const WriteOutcome &outcome) {
                                    const Order placed = outcome.order.value_or(Order());
                                    return RecordTables::placedOrderRow(
                                        target, PlacedOrder{placed.orderCode, placed.starts,
                                                            placed.expires});
                                }));
                    });
                }};
    };
    return spec;
}

} // namespace cube::cli
