#include "journal/journalwords.h"

#include "base/displaytime.h"
#include "base/servertext.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

constexpr std::array stateKeys{
    std::pair{JournalState::Recorded, u"recorded"},
    std::pair{JournalState::Sent, u"sent"},
    std::pair{JournalState::Succeeded, u"succeeded"},
    std::pair{JournalState::Refused, u"refused"},
    std::pair{JournalState::Unknown, u"unknown"},
    std::pair{JournalState::SettledDone, u"settled-done"},
    std::pair{JournalState::SettledNotDone, u"settled-not-done"},
};

constexpr std::array outcomeKeys{
    std::pair{JournalOutcome::Done, u"done"},
    std::pair{JournalOutcome::NotDone, u"not-done"},
    std::pair{JournalOutcome::Unknown, u"unknown"},
    std::pair{JournalOutcome::NotSent, u"not-sent"},
};

template<typename Value, typename Keys>
QString keyIn(const Keys &keys, Value value)
{
    for (const auto &[known, key] : keys)
        if (known == value)
            return QString::fromUtf16(key);
    return {};
}

template<typename Value, typename Keys>
std::optional<Value> valueIn(const Keys &keys, const QString &key)
{
    for (const auto &[value, known] : keys)
        if (key == QString::fromUtf16(known))
            return value;
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
    return keyIn(stateKeys, state);
}

std::optional<JournalState> JournalWords::stateFromKey(const QString &key)
{
    return valueIn<JournalState>(stateKeys, key);
}

QString JournalWords::words(JournalState state)
{
    switch (state) {
    case JournalState::Recorded:
        return tr("Recorded, no answer");
    case JournalState::Sent:
        return tr("Sent, no answer");
    case JournalState::Succeeded:
        return tr("Succeeded");
    case JournalState::Refused:
        return tr("Refused");
    case JournalState::Unknown:
        return tr("Answer lost");
    case JournalState::SettledDone:
        return tr("Answer lost; checked: done");
    case JournalState::SettledNotDone:
        return tr("Answer lost; checked: not done");
    }
    return {};
}

QString JournalWords::key(JournalOutcome outcome)
{
    return keyIn(outcomeKeys, outcome);
}

std::optional<JournalOutcome> JournalWords::outcomeFromKey(const QString &key)
{
    return valueIn<JournalOutcome>(outcomeKeys, key);
}

QString JournalWords::words(JournalOutcome outcome)
{
    switch (outcome) {
    case JournalOutcome::Done:
        return tr("Done");
    case JournalOutcome::NotDone:
        return tr("Not done");
    case JournalOutcome::Unknown:
        return tr("Unknown");
    case JournalOutcome::NotSent:
        return tr("Not sent");
    }
    return {};
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
    switch (state) {
    case JobState::Running:
        return u"running"_s;
    case JobState::Finished:
        return u"finished"_s;
    case JobState::Stopped:
        return u"stopped"_s;
    case JobState::Interrupted:
        break;
    }
    return u"interrupted"_s;
}

QString JournalWords::key(JobPurpose purpose)
{
    switch (purpose) {
    case JobPurpose::Run:
        break;
    case JobPurpose::Check:
        return u"check"_s;
    case JobPurpose::Resume:
        return u"resume"_s;
    }
    return u"run"_s;
}

JobPurpose JournalWords::purposeFromKey(const QString &key)
{
    if (key == "check"_L1)
        return JobPurpose::Check;
    if (key == "resume"_L1)
        return JobPurpose::Resume;
    return JobPurpose::Run; // also a job recorded before the journal kept it
}

QString JournalWords::words(JobState state)
{
    switch (state) {
    case JobState::Running:
        return tr("Running");
    case JobState::Finished:
        return tr("Finished");
    case JobState::Stopped:
        return tr("Stopped");
    case JobState::Interrupted:
        break;
    }
    return tr("Interrupted");
}

QString JournalWords::describe(const JournalJob &job)
{
    return tr("Job %1: %2 × %3, started %4 by %5 (%6): %7 done, %8 not done, %9 unknown, %10 not "
              "sent.")
        .arg(job.id)
        .arg(operationWords(job.operation))
        .arg(job.tally.total())
        // The user's name is the journal's text: another program wrote it.
        .arg(displaytime::dateTime(job.startedAt.toLocalTime()), cleanStoredText(job.osUser),
             words(job.state))
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
