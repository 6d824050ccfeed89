#include "journalcommands.h"

#include "account/account.h"
#include "commandrun.h"
#include "console.h"
#include "exitstatus.h"
#include "journal/journal.h"
#include "writes/changewriter.h"
#include "writes/jobresumption.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// The words of --operation: cubectl's own command words, or the API's operation names.
const QList<std::pair<QString, Operation>> &operationWords()
{
    static const QList<std::pair<QString, Operation>> words{
        {u"end"_s, Operation::EndOrderEarly},      {u"cancel"_s, Operation::CancelOrder},
        {u"enable"_s, Operation::OpenOrder},       {u"renew"_s, Operation::RenewPackage},
        {u"suspend"_s, Operation::SuspendService}, {u"resume"_s, Operation::ResumeService},
        {u"place"_s, Operation::OrderPackage},     {u"sms"_s, Operation::SendSms},
    };
    return words;
}

NamedValue named(Operation operation)
{
    return {operationInfo(operation).nameString(), JournalWords::operationWords(operation)};
}

NamedValue named(JournalOutcome outcome)
{
    return {JournalWords::key(outcome), JournalWords::words(outcome)};
}

NamedValue named(JournalState state)
{
    return {JournalWords::key(state), JournalWords::words(state)};
}

NamedValue named(JobState state)
{
    return {JournalWords::key(state), JournalWords::words(state)};
}

// Prints `rows` as one listing and exits with `status`.
void printRows(CommandRun &work, ResultShape shape, const QList<Column> &columns,
               QList<QVariantList> rows, int status = exitstatus::allSucceeded)
{
    JobOutcome outcome = JobOutcome::success(std::move(rows));
    work.runJobs(shape, columns,
                 {ItemWork{QString(),
                           [outcome](ItemWork::Done done) {
                               done(outcome);
                           }}},
                 [&work, status] {
                     if (status != exitstatus::allSucceeded)
                         work.finish(status);
                 });
}

// A date (the whole day, in local time) or a date and time; `endOfDay` for --until.
QDateTime parsedTime(CommandRun &run, const QString &option, bool endOfDay)
{
    const QString text = run.parser().value(option);
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return (endOfDay ? day.addDays(1) : day).startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        run.usageError(JournalCommands::tr("--%1 takes a date (2026-11-30) or a date and time "
                                           "(2026-11-30T14:00), not “%2”.")
                           .arg(option, text));
    return time;
}

qint64 jobNumber(CommandRun &run)
{
    run.expectArguments(1, 1);
    bool isNumber = false;
    const qint64 id = run.argument(0).toLongLong(&isNumber);
    if (!isNumber || id < 1)
        run.usageError(JournalCommands::tr("A job is named by its number (see cubectl jobs list), "
                                           "not “%1”.")
                           .arg(run.argument(0)));
    return id;
}

JournalJob existingJob(CommandRun &run, qint64 id)
{
    if (!run.journal().isOpen())
        run.usageError(
            JournalCommands::tr("The journal cannot be read: %1").arg(run.journal().problem()));
    const std::optional<JournalJob> job = run.journal().job(id);
    if (!job)
        run.usageError(JournalCommands::tr("There is no job %1 in the journal (%2).")
                           .arg(id)
                           .arg(run.journal().path()));
    return *job;
}

const QList<Column> &itemColumns()
{
    static const QList<Column> columns{
        {u"item"_s, JournalCommands::tr("Item")},
        {u"subject"_s, JournalCommands::tr("Order or SIM")},
        {u"outcome"_s, JournalCommands::tr("Outcome")},
        {u"state"_s, JournalCommands::tr("State")},
        {u"answered"_s, JournalCommands::tr("Answered")},
        {u"message"_s, JournalCommands::tr("Message")},
    };
    return columns;
}

QList<QVariantList> itemRows(const Journal &journal, qint64 job)
{
    QList<QVariantList> rows;
    for (const JobItemStatus &item : journal.jobItems(job)) {
        const bool sent = item.entry.has_value();
        rows.append({item.index + 1, item.subject, QVariant::fromValue(named(item.outcome)),
                     sent ? QVariant::fromValue(named(item.entry->state)) : QVariant(),
                     sent ? QVariant(item.entry->answeredAt.toLocalTime()) : QVariant(),
                     sent ? item.entry->answerMessage : QString()});
    }
    return rows;
}

// Prints the job's items after a check or a resumption, with the items left for later (sent
// too recently to judge); 0 only when every item is done.
void reportJob(CommandRun &work, qint64 id, const QString &waiting)
{
    const std::optional<JournalJob> job = work.journal().job(id);
    console::say(JournalWords::describe(*job));
    if (!waiting.isEmpty())
        console::say(waiting);
    const JobTally &tally = job->tally;
    printRows(work, ResultShape::List, itemColumns(), itemRows(work.journal(), id),
              tally.done == tally.total() ? exitstatus::allSucceeded : exitstatus::someFailed);
}

CommandSpec jobCommand(const QString &action)
{
    CommandSpec spec;
    spec.group = u"jobs"_s;
    spec.action = action;
    spec.syntax = JournalCommands::tr("ID");
    spec.readsJournal = true;
    return spec;
}

// check or resume: the job's account must be the one connected to, and no other program may
// be running the job (the claim is atomic: of two at once, one runs it).
void finishJob(CommandRun &work, qint64 id, bool resuming)
{
    auto *resumption = new JobResumption(work.writer(), work.client(), work.journal(),
                                         *work.journal().job(id), &work);
    QString problem = resumption->problem();
    if (problem.isEmpty())
        problem = resumption->claim(resuming ? JobPurpose::Resume : JobPurpose::Check);
    if (!problem.isEmpty()) {
        console::say(problem);
        work.finish(exitstatus::usageError);
        return;
    }
    QObject::connect(resumption, &JobResumption::finished, &work,
                     [&work, id, resumption] { reportJob(work, id, resumption->waitingWords()); });
    if (resuming)
        resumption->resume(work.concurrency());
    else
        resumption->check();
}

} // namespace

QList<CommandSpec> JournalCommands::all()
{
    return {history(), prune(), jobsList(), jobsShow(), jobsCheck(), jobsResume()};
}

CommandSpec JournalCommands::history()
{
    CommandSpec spec;
    spec.group = u"history"_s;
    spec.summary = tr("The changes sent by cubectl and the console, newest first.");
    spec.details = tr("Every change is recorded in the journal before it is sent: who sent it "
                      "from which computer, when, from which profile, what was sent (never the "
                      "secret or the signature) and what became of it. The text listing names "
                      "the person in one column (By); JSON and CSV give user, full_name and "
                      "host.");
    spec.options = {
        {u"since"_s, tr("Only changes recorded on or after DATE."), tr("DATE")},
        {u"until"_s, tr("Only changes recorded on or before DATE."), tr("DATE")},
        {u"iccid"_s, tr("Only changes of this SIM card."), tr("ICCID")},
        {u"order"_s, tr("Only changes of this order."), tr("CODE")},
        {u"operation"_s,
         tr("Only this kind of change: end, cancel, enable, renew, suspend, resume, place, sms."),
         tr("KIND")},
        {u"outcome"_s, tr("Only changes that came to: done, not-done or unknown."), tr("OUTCOME")},
        {u"by"_s,
         tr("Only changes sent by PERSON: a user name on the computer, or a full name (any "
            "case)."),
         tr("PERSON")},
        {u"limit"_s, tr("At most N changes (default 1000)."), tr("N"), u"1000"_s},
    };
    spec.needsConnection = false;
    spec.readsJournal = true;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        HistoryFilter filter;
        filter.since = parsedTime(run, u"since"_s, false);
        filter.until = parsedTime(run, u"until"_s, true);
        filter.subject = run.parser().value(u"iccid"_s).trimmed();
        if (const QString order = run.parser().value(u"order"_s).trimmed(); !order.isEmpty()) {
            if (!filter.subject.isEmpty())
                run.usageError(tr("Give --iccid or --order, not both."));
            filter.subject = order;
        }
        if (run.parser().isSet(u"operation"_s)) {
            const QString word = run.parser().value(u"operation"_s);
            for (const auto &[known, operation] : operationWords())
                if (word == known)
                    filter.operation = operation;
            if (!filter.operation)
                filter.operation = operationFromName(word);
            if (!filter.operation)
                run.usageError(tr("--operation takes end, cancel, enable, renew, suspend, "
                                  "resume, place or sms, not “%1”.")
                                   .arg(word));
        }
        if (run.parser().isSet(u"outcome"_s)) {
            filter.outcome = JournalWords::outcomeFromKey(run.parser().value(u"outcome"_s));
            if (!filter.outcome || *filter.outcome == JournalOutcome::NotSent)
                run.usageError(tr("--outcome takes done, not-done or unknown."));
        }
        filter.person = run.parser().value(u"by"_s).trimmed();
        if (run.parser().isSet(u"by"_s) && filter.person.isEmpty())
            run.usageError(tr("--by takes a user name or a full name."));
        filter.limit = run.numberOption(u"limit"_s, 1, 10000000);
        return {{}, [filter](CommandRun &work) {
                    if (!work.journal().isOpen()) {
                        console::say(
                            tr("The journal cannot be read: %1").arg(work.journal().problem()));
                        work.finish(exitstatus::connectionFailed);
                        return;
                    }
                    // A person reads one "by" (Wang Fang (wangf) on desk-3); a script gets
                    // each part in a field of its own.
                    const bool forPeople = work.settings().format == OutputFormat::Text;
                    QList<QVariantList> rows;
                    for (const JournalEntry &entry : work.journal().history(filter)) {
                        const QVariantList who =
                            forPeople ? QVariantList{entry.byline()}
                                      : QVariantList{entry.osUser, entry.fullName, entry.host};
                        rows.append(
                            QVariantList{entry.id, entry.recordedAt.toLocalTime(),
                                         QVariant::fromValue(named(entry.operation)),
                                         entry.subjects.join(u' '),
                                         QVariant::fromValue(named(entry.outcome())),
                                         QVariant::fromValue(named(entry.state)), entry.reason,
                                         entry.profile}
                            + who
                            + QVariantList{
                                entry.origin, entry.job ? QVariant(entry.job->job) : QVariant(),
                                entry.answerCode, entry.answerMessage, entry.limited,
                                QString::fromUtf8(
                                    QJsonDocument(entry.fields).toJson(QJsonDocument::Compact))});
                    }
                    const QList<Column> whoColumns =
                        forPeople ? QList<Column>{{u"by"_s, tr("By")}}
                                  : QList<Column>{{u"user"_s, tr("User")},
                                                  {u"full_name"_s, tr("Full name")},
                                                  {u"host"_s, tr("Computer")}};
                    const QList<Column> columns =
                        QList<Column>{
                            {u"id"_s, tr("Entry")},         {u"recorded"_s, tr("Recorded")},
                            {u"operation"_s, tr("Change")}, {u"subjects"_s, tr("Order or SIM")},
                            {u"outcome"_s, tr("Outcome")},  {u"state"_s, tr("State")},
                            {u"reason"_s, tr("Reason")},    {u"profile"_s, tr("Profile")},
                        }
                        + whoColumns
                        + QList<Column>{
                            {u"origin"_s, tr("Program")},
                            {u"job"_s, tr("Job")},
                            {u"code"_s, tr("Code")},
                            {u"message"_s, tr("Message")},
                            // Times the gateway refused it for its limits (429) before it was
                            // sent again: it did not act on those.
                            {u"limited"_s, tr("Limited")},
                            {u"fields"_s, tr("Fields sent")},
                        };
                    printRows(work, ResultShape::List, columns, rows);
                }};
    };
    return spec;
}

CommandSpec JournalCommands::prune()
{
    CommandSpec spec;
    spec.group = u"history"_s;
    spec.action = u"prune"_s;
    spec.summary = tr("Delete the journal's changes recorded before a date (asks first).");
    spec.syntax = tr("--before DATE");
    spec.options = {{u"before"_s, tr("Delete what was recorded before DATE."), tr("DATE")}};
    spec.needsConnection = false;
    spec.readsJournal = true;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        run.requiredOption(u"before"_s);
        const QDateTime before = parsedTime(run, u"before"_s, false);
        HistoryFilter older;
        older.until = before;
        older.limit = 10000000;
        const qsizetype count = run.journal().history(older).size();
        CommandPlan plan;
        plan.confirmation = tr("Delete %n change(s) recorded before %1 from the journal? This "
                               "cannot be undone.",
                               "", int(count))
                                .arg(QLocale().toString(before, u"yyyy-MM-dd HH:mm"_s));
        plan.work = [before](CommandRun &work) {
            const std::optional<qsizetype> removed = work.journal().prune(before);
            if (!removed) {
                console::say(
                    tr("The journal could not be pruned: %1").arg(work.journal().problem()));
                work.finish(exitstatus::connectionFailed);
                return;
            }
            console::say(tr("%n change(s) deleted from the journal.", "", int(*removed)));
            work.finish(exitstatus::allSucceeded);
        };
        return plan;
    };
    return spec;
}

CommandSpec JournalCommands::jobsList()
{
    CommandSpec spec = jobCommand(u"list"_s);
    spec.syntax.clear();
    spec.summary = tr("The bulk jobs of cubectl and the console, newest first.");
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {{}, [](CommandRun &work) {
                    // An empty list would say there is no job cut short: a team store not
                    // reached says that it was not.
                    if (!work.journal().isOpen()) {
                        console::say(
                            tr("The journal cannot be read: %1").arg(work.journal().problem()));
                        work.finish(exitstatus::connectionFailed);
                        return;
                    }
                    QList<QVariantList> rows;
                    for (const JournalJob &job : work.journal().jobs())
                        rows.append({job.id, job.startedAt.toLocalTime(), job.osUser, job.profile,
                                     QVariant::fromValue(named(job.operation)),
                                     QVariant::fromValue(named(job.state)), job.tally.total(),
                                     job.tally.done, job.tally.notDone, job.tally.unknown,
                                     job.tally.notSent});
                    const QList<Column> columns{
                        {u"id"_s, tr("Job")},
                        {u"started"_s, tr("Started")},
                        {u"user"_s, tr("User")},
                        {u"profile"_s, tr("Profile")},
                        {u"operation"_s, tr("Change")},
                        {u"state"_s, tr("State")},
                        {u"total"_s, tr("Items")},
                        {u"done"_s, tr("Done")},
                        {u"not_done"_s, tr("Not done")},
                        {u"unknown"_s, tr("Unknown")},
                        {u"not_sent"_s, tr("Not sent")},
                    };
                    printRows(work, ResultShape::List, columns, rows);
                }};
    };
    return spec;
}

CommandSpec JournalCommands::jobsShow()
{
    CommandSpec spec = jobCommand(u"show"_s);
    spec.summary = tr("Each item of a job: done, not done, unknown or not sent.");
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const qint64 id = jobNumber(run);
        return {{}, [id](CommandRun &work) {
                    console::say(JournalWords::describe(existingJob(work, id)));
                    printRows(work, ResultShape::List, itemColumns(), itemRows(work.journal(), id));
                }};
    };
    return spec;
}

CommandSpec JournalCommands::jobsCheck()
{
    CommandSpec spec = jobCommand(u"check"_s);
    spec.summary = tr("Read what a job's unknown items did; sends nothing.");
    spec.details = tr("An item sent with no answer is read only once the request time-out has "
                      "passed since it was sent (until then the server may still act on it); "
                      "the command says from when such items can be checked.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const qint64 id = jobNumber(run);
        existingJob(run, id);
        return {{}, [id](CommandRun &work) {
                    finishJob(work, id, false);
                }};
    };
    return spec;
}

CommandSpec JournalCommands::jobsResume()
{
    CommandSpec spec = jobCommand(u"resume"_s);
    spec.summary = tr("Finish a job that was cut short (asks first).");
    spec.writes = true;
    spec.details = tr("Checks the items whose answer was lost (reads only), then sends only the "
                      "items that never reached the server. An item whose outcome stays "
                      "unknown is never sent again, and one sent too recently to judge is left "
                      "for a later check. Only one program at a time runs a job.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const qint64 id = jobNumber(run);
        const JournalJob job = existingJob(run, id);
        if (job.state == JobState::Running)
            run.usageError(JournalWords::heldBy(id, job.holder));
        CommandPlan plan;
        plan.confirmation = JournalWords::describe(job) + u' '
                            + tr("Check the %n unknown item(s) and send the %1 not sent?", "",
                                 int(job.tally.unknown))
                                  .arg(job.tally.notSent);
        plan.work = [id](CommandRun &work) {
            finishJob(work, id, true);
        };
        return plan;
    };
    return spec;
}

} // namespace cube::cli
