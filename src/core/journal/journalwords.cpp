#include "journal/journalwords.h"

#include "base/displaytime.h"
#include "base/servertext.h"
#include "contract/vocabulary.h"

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The journal's words for people are translated in JournalWords' own context; its keys are
// stored in the journal file and printed by cubectl. One switch for each enumeration, no
// default (see Vocabulary).
constexpr const char *context = "cube::JournalWords";

Vocabulary::Term stateTerm(JournalState state)
{
    switch (state) {
    case JournalState::Recorded:
        return {"recorded", QT_TRANSLATE_NOOP("cube::JournalWords", "Recorded, no answer")};
    case JournalState::Sent:
        return {"sent", QT_TRANSLATE_NOOP("cube::JournalWords", "Sent, no answer")};
    case JournalState::Succeeded:
        return {"succeeded", QT_TRANSLATE_NOOP("cube::JournalWords", "Succeeded")};
    case JournalState::Refused:
        return {"refused", QT_TRANSLATE_NOOP("cube::JournalWords", "Refused")};
    case JournalState::Unknown:
        return {"unknown", QT_TRANSLATE_NOOP("cube::JournalWords", "Answer lost")};
    case JournalState::SettledDone:
        return {"settled-done",
                QT_TRANSLATE_NOOP("cube::JournalWords", "Answer lost; checked: done")};
    case JournalState::SettledNotDone:
        return {"settled-not-done",
                QT_TRANSLATE_NOOP("cube::JournalWords", "Answer lost; checked: not done")};
    }
    return {};
}

Vocabulary::Term outcomeTerm(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Done:
        return {"done", QT_TRANSLATE_NOOP("cube::JournalWords", "Done")};
    case JournalOutcome::NotDone:
        return {"not-done", QT_TRANSLATE_NOOP("cube::JournalWords", "Not done")};
    case JournalOutcome::Unknown:
        return {"unknown", QT_TRANSLATE_NOOP("cube::JournalWords", "Unknown")};
    case JournalOutcome::NotSent:
        return {"not-sent", QT_TRANSLATE_NOOP("cube::JournalWords", "Not sent")};
    }
    return {};
}

Vocabulary::Term jobStateTerm(JobState state)
{
    switch (state) {
    case JobState::Running:
        return {"running", QT_TRANSLATE_NOOP("cube::JournalWords", "Running")};
    case JobState::Finished:
        return {"finished", QT_TRANSLATE_NOOP("cube::JournalWords", "Finished")};
    case JobState::Stopped:
        return {"stopped", QT_TRANSLATE_NOOP("cube::JournalWords", "Stopped")};
    case JobState::Interrupted:
        return {"interrupted", QT_TRANSLATE_NOOP("cube::JournalWords", "Interrupted")};
    }
    return {};
}

Vocabulary::Term purposeTerm(JobPurpose purpose)
{
    switch (purpose) {
    case JobPurpose::Run:
        return {"run"};
    case JobPurpose::Check:
        return {"check"};
    case JobPurpose::Resume:
        return {"resume"};
    }
    return {};
}

const Vocabulary &states()
{
    static const Vocabulary terms = Vocabulary::of(context, stateTerm);
    return terms;
}

const Vocabulary &outcomes()
{
    static const Vocabulary terms = Vocabulary::of(context, outcomeTerm);
    return terms;
}

const Vocabulary &jobStates()
{
    static const Vocabulary terms = Vocabulary::of(context, jobStateTerm);
    return terms;
}

const Vocabulary &purposes()
{
    static const Vocabulary terms = Vocabulary::of(context, purposeTerm);
    return terms;
}

// The enumerator whose key is exactly `key`, as the journal stored it.
template<typename Enum>
std::optional<Enum> fromStoredKey(const Vocabulary &terms, const QString &key)
{
    if (const std::optional<int> number = terms.fromStoredKey(key))
        return static_cast<Enum>(*number);
    return std::nullopt;
}

// A time of today as a clock shows it ("10:02", with seconds when they matter); another day's
// with its date.
QString clockTime(const QDateTime &when, bool seconds)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() != QDate::currentDate())
        return displaytime::dateTime(local);
    return local.toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

} // namespace

QString JournalWords::key(JournalState state)
{
    return states().key(int(state));
}

std::optional<JournalState> JournalWords::stateFromKey(const QString &key)
{
    return fromStoredKey<JournalState>(states(), key);
}

QString JournalWords::words(JournalState state)
{
    return states().words(int(state));
}

QString JournalWords::key(JournalOutcome outcome)
{
    return outcomes().key(int(outcome));
}

std::optional<JournalOutcome> JournalWords::outcomeFromKey(const QString &key)
{
    return fromStoredKey<JournalOutcome>(outcomes(), key);
}

QString JournalWords::words(JournalOutcome outcome)
{
    return outcomes().words(int(outcome));
}

QString JournalWords::operationWords(Operation operation)
{
    switch (operation) {
    case Operation::OrderPackage:
        return tr("Order a plan");
    case Operation::BatchOrderPackages:
        return tr("Order a plan for many SIM cards");
    case Operation::CreateOtaOrder:
        return tr("Order a roaming plan");
    case Operation::RenewPackage:
        return tr("Renew order");
    case Operation::OpenOrder:
        return tr("Enable order");
    case Operation::CancelOrder:
        return tr("Cancel order");
    case Operation::EndOrderEarly:
        return tr("End order early");
    case Operation::SuspendService:
        return tr("Suspend SIM");
    case Operation::ResumeService:
        return tr("Resume SIM");
    case Operation::SendSms:
        return tr("Send SMS");
    default:
        break;
    }
    return operationInfo(operation).nameString();
}

QString JournalWords::key(JobState state)
{
    return jobStates().key(int(state));
}

QString JournalWords::key(JobPurpose purpose)
{
    return purposes().key(int(purpose));
}

JobPurpose JournalWords::purposeFromKey(const QString &key)
{
    // Also a job recorded before the journal kept it (no key): it was run.
    return fromStoredKey<JobPurpose>(purposes(), key).value_or(JobPurpose::Run);
}

QString JournalWords::words(JobState state)
{
    return jobStates().words(int(state));
}

QString JournalWords::person(const QString &osUser, const QString &fullName)
{
    const QString user = cleanStoredText(osUser.trimmed());
    const QString name = cleanStoredText(fullName.trimmed());
    // root's full name is "root": said once.
    if (name.isEmpty() || name.compare(user, Qt::CaseInsensitive) == 0)
        return user;
    if (user.isEmpty())
        return name;
    //: A person in the journal: their full name and their user name on the computer
    return tr("%1 (%2)").arg(name, user);
}

QString JournalWords::byline(const QString &osUser, const QString &fullName, const QString &host)
{
    const QString who = person(osUser, fullName);
    const QString desk = cleanStoredText(host.trimmed());
    if (desk.isEmpty())
        return who;
    if (who.isEmpty())
        //: Who sent a change, when only the computer it came from is known
        return tr("someone on %1").arg(desk);
    //: Who sent a change, and the computer (host name) it came from: "Wang Fang (wangf) on desk-3"
    return tr("%1 on %2").arg(who, desk);
}

QString JournalWords::describe(const JournalJob &job)
{
    return tr("Job %1: %2 × %3, started %4 by %5 (%6): %7 done, %8 not done, %9 unknown, %10 not "
              "sent.")
        .arg(job.id)
        .arg(operationWords(job.operation))
        .arg(job.tally.total())
        .arg(displaytime::dateTime(job.startedAt.toLocalTime()),
             byline(job.osUser, job.fullName, job.host), words(job.state))
        .arg(job.tally.done)
        .arg(job.tally.notDone)
        .arg(job.tally.unknown)
        .arg(job.tally.notSent);
}

QString JournalWords::heldBy(qint64 job, const JobHolder &holder)
{
    // The program's name is the journal's text: another program wrote it.
    const QString program =
        holder.program.isEmpty() ? tr("another program") : cleanStoredText(holder.program);
    const QString since = clockTime(holder.since, false);
    QString who;
    switch (holder.purpose) {
    case JobPurpose::Resume:
        who = tr("Job %1 is being resumed by %2, process %3, since %4.");
        break;
    case JobPurpose::Check:
        who = tr("Job %1 is being checked by %2, process %3, since %4.");
        break;
    case JobPurpose::Run:
        who = tr("Job %1 is being run by %2, process %3, since %4.");
        break;
    }
    return who.arg(job).arg(program).arg(holder.pid).arg(since) + u' '
           + tr("Nothing was sent; try again when it has ended.");
}

QString JournalWords::waiting(qsizetype count, const QDateTime &firstSent,
                              const QDateTime &lastSent, const QDateTime &decidableFrom)
{
    const QString first = clockTime(firstSent, false);
    const QString last = clockTime(lastSent, false);
    if (first == last)
        return tr("%n item(s) were sent at %1 with no answer; they can be checked from %2.",
                  nullptr, int(count))
            .arg(first, clockTime(decidableFrom, true));
    return tr("%n item(s) were sent between %1 and %2 with no answer; they can be checked from "
              "%3.",
              nullptr, int(count))
        .arg(first, last, clockTime(decidableFrom, true));
}

} // namespace cube
