#include "plansmscommands.h"

#include "apijobs.h"
#include "commandrun.h"
#include "commonoptions.h"
#include "recordtables.h"
#include "writejobs.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<CommandSpec> PlanSmsCommands::all()
{
    return {plans(), sendSms()};
}

CommandSpec PlanSmsCommands::plans()
{
    CommandSpec spec;
    spec.group = u"plans"_s;
    spec.action = u"list"_s;
    spec.summary = tr("List the data plans the account may order.");
    spec.details = tr("Plan types: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six "
                      "months, 5 yearly.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {{}, [](CommandRun &work) {
                    work.runJobs(ResultShape::List, RecordTables::planColumns(),
                                 {apijobs::single<QList<Plan>>(
                                     QString(),
                                     [&work](CubeClient::Done<QList<Plan>> done) {
                                         work.client().plans(&work, std::move(done));
                                     },
                                     [](const QList<Plan> &plans) {
                                         QList<QVariantList> rows;
                                         for (const Plan &plan : plans)
                                             rows.append(RecordTables::planRow(plan));
                                         return rows;
                                     })});
                }};
    };
    return spec;
}

CommandSpec PlanSmsCommands::sendSms()
{
    CommandSpec spec =
        CommonOptions::targetCommand(u"sms"_s, u"send"_s, tr("ICCID… --text TEXT"), tr("ICCIDs"));
    spec.summary = tr("Send an SMS to SIM cards.");
    spec.writes = true;
    spec.details.prepend(tr("The same text goes to every SIM card given; a long text is sent in "
                            "several parts.")
                         + u'\n');
    spec.options.append({u"text"_s, tr("The message (required)."), tr("TEXT")});
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QString text = run.requiredOption(u"text"_s);
        const QStringList iccids = run.iccids(0);
        return {{}, [iccids, text](CommandRun &work) {
                    work.runJobs(ResultShape::PerTarget,
                                 {RecordTables::iccidColumn(), {u"message_id"_s, tr("Message id")}},
                                 WriteJobs::each(
                                     iccids,
                                     [&work, text](const QString &iccid, ChangeWriter::Done done) {
                                         // Checked as arguments; the writer makes the ICCID.
                                         work.writer().perform(
                                             WriteTask(Operation::SendSms, iccid,
                                                       {{WriteTask::textKey, text}}),
                                             &work, std::move(done));
                                     },
                                     [](const QString &iccid, const WriteOutcome &sent) {
                                         return QVariantList{iccid, sent.messageId};
                                     }));
                }};
    };
    return spec;
}

} // namespace cube::cli
