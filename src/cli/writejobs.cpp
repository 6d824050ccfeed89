#include "writejobs.h"

#include "console.h"

namespace cube::cli {

JobOutcome WriteJobs::outcomeOf(const QString &target, const WriteOutcome &outcome,
                                const RowOf &row)
{
    if (outcome.answerLost && outcome.settlement != Settlement::Unknown)
        console::say(tr("%1: %2").arg(target, outcome.message()));
    if (outcome.done())
        return JobOutcome::success({row(target, outcome)});
    ApiError error = *outcome.error;
    // Settled by the re-read: no longer "may or may not have taken effect".
    if (outcome.settlement == Settlement::NotDone)
        error.outcomeUnknown = false;
    return JobOutcome::failure(error);
}

QList<ItemWork> WriteJobs::each(const QStringList &targets, Write write, RowOf row)
{
    QList<ItemWork> jobs;
    for (const QString &target : targets)
        jobs.append({target, [write, row, target](ItemWork::Done done) {
                         write(target, [done, row, target](const WriteOutcome &outcome) {
                             done(outcomeOf(target, outcome, row));
                         });
                     }});
    return jobs;
}

QList<ItemWork> WriteJobs::eachAction(const std::shared_ptr<WriteJob> &job, QObject *context,
                                      const NamedValue &result)
{
    const RowOf row = [result](const QString &target, const WriteOutcome &) {
        return QVariantList{target, QVariant::fromValue(result)};
    };
    QList<ItemWork> jobs;
    for (qsizetype index = 0; index < job->subjects().size(); ++index) {
        const QString target = job->subjects().at(index);
        jobs.append({target, [job, index, context, row, target](ItemWork::Done done) {
                         job->write(index, context, [done, row, target](const WriteOutcome &o) {
                             done(outcomeOf(target, o, row));
                         });
                     }});
    }
    return jobs;
}

} // namespace cube::cli
