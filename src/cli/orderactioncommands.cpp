#include "orderactioncommands.h"

#include "commandrun.h"
#include "commonoptions.h"
#include "contract/vocabulary.h"
#include "recordtables.h"
#include "writejobs.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// A write on each order code, and its table.
void runOrderWrites(CommandRun &work, Operation operation, const QJsonObject &parameters,
                    const QStringList &codes, const NamedValue &result)
{
    work.runWriteJob(RecordTables::actionColumns(RecordTables::orderCodeColumn()), operation,
                     parameters, codes, result);
}

CommandSpec orderWrite(const QString &action)
{
    CommandSpec spec =
        CommonOptions::targetCommand(u"orders"_s, action, OrderActionCommands::tr("CODE…"),
                                     OrderActionCommands::tr("Order codes"));
    spec.writes = true;
    return spec;
}

} // namespace

QList<CommandSpec> OrderActionCommands::all()
{
    return {end(), cancel(), enable()};
}

CommandSpec OrderActionCommands::end()
{
    CommandSpec spec = orderWrite(u"end"_s);
    spec.summary = tr("End orders early (asks first; cannot be undone).");
    spec.syntax = tr("CODE… --reason TEXT");
    spec.details = tr("Ends each order now: the data left on it is lost and the order cannot "
                      "be restarted. The reason (one line, at most %1 characters) is sent with "
                      "every order. A request whose answer is lost is not sent again: check the "
                      "order with orders show.")
                       .arg(CubeClient::maxEndReasonLength)
                   + u'\n' + spec.details;
    spec.options += {
        {u"reason"_s, tr("Why the orders end early (required)."), tr("TEXT")},
        {u"device-type"_s,
         tr("The kind of device: %1 (or its number).").arg(vocabulary::deviceTypes().keyList()),
         tr("TYPE")},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QString reason = run.requiredOption(u"reason"_s);
        // Core's rule, said before anything is sent: a usage error (exit status 2).
        if (const QString problem = CubeClient::endReasonProblem(reason); !problem.isEmpty())
            run.usageError(problem);
        std::optional<int> deviceType;
        if (run.parser().isSet(u"device-type"_s)) {
            deviceType = vocabulary::deviceTypes().fromKey(run.parser().value(u"device-type"_s));
            if (!deviceType)
                run.usageError(
                    tr("--device-type takes one of: %1.").arg(vocabulary::deviceTypes().keyList()));
        }
        const QStringList codes = run.orderCodes(0);
        CommandPlan plan;
        plan.confirmation = tr("End %n order(s) early (%1)? The data left on them is lost; this "
                               "cannot be undone.",
                               "", int(codes.size()))
                                .arg(CommandRun::preview(codes));
        QJsonObject parameters{{WriteTask::reasonKey, reason}};
        if (deviceType)
            parameters.insert(WriteTask::deviceTypeKey, *deviceType);
        plan.work = [codes, parameters](CommandRun &work) {
            runOrderWrites(work, Operation::EndOrderEarly, parameters, codes,
                           {u"ended-early"_s, tr("Ended early")});
        };
        return plan;
    };
    return spec;
}

CommandSpec OrderActionCommands::cancel()
{
    CommandSpec spec = orderWrite(u"cancel"_s);
    spec.summary = tr("Cancel orders that are not enabled yet (asks first).");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QStringList codes = run.orderCodes(0);
        CommandPlan plan;
        plan.confirmation =
            tr("Cancel %n order(s) (%1)? This cannot be undone.", "", int(codes.size()))
                .arg(CommandRun::preview(codes));
        plan.work = [codes](CommandRun &work) {
            runOrderWrites(work, Operation::CancelOrder, {}, codes,
                           {u"cancelled"_s, tr("Cancelled")});
        };
        return plan;
    };
    return spec;
}

CommandSpec OrderActionCommands::enable()
{
    CommandSpec spec = orderWrite(u"enable"_s);
    spec.summary = tr("Enable orders that were bought to start later.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QStringList codes = run.orderCodes(0);
        return {{}, [codes](CommandRun &work) {
                    runOrderWrites(work, Operation::OpenOrder, {}, codes,
                                   {u"enabled"_s, tr("Enabled")});
                }};
    };
    return spec;
}

} // namespace cube::cli
