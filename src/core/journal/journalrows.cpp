#include "journal/journalrows.h"

#include "journal/journalwords.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cube::journalrows {

qint64 stored(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString storedText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

const QString &entryColumns(bool team)
{
    // The subjects joined in one column: SQLite's group_concat is PostgreSQL's string_agg.
    static const QString pattern =
        u"e.id, e.recorded_at, e.operation, e.fields, e.reason, e.profile, e.access_code, "
        "e.base_url, e.origin, e.os_user, e.job_id, e.job_item, e.state, e.sent_at, "
        "e.answered_at, e.answer_code, e.answer_message, e.settled_at, e.limited, "
        "(SELECT %1(subject, ' ') FROM entry_subjects s WHERE s.entry_id = e.id), "
        "e.full_name, e.host"_s;
    static const QString inFile = pattern.arg(u"group_concat"_s);
    static const QString inTeamStore = pattern.arg(u"string_agg"_s);
    return team ? inTeamStore : inFile;
}

JournalEntry entryFrom(const QSqlQuery &row, int first)
{
    auto at = [&](int column) {
        return row.value(first + column);
    };
    JournalEntry entry;
    entry.id = at(0).toLongLong();
    entry.recordedAt = timeOf(at(1));
    entry.operation = operationFromName(at(2).toString()).value_or(Operation::QueryDevice);
    entry.fields = QJsonDocument::fromJson(at(3).toString().toUtf8()).object();
    entry.reason = at(4).toString();
    entry.profile = at(5).toString();
    entry.accessCode = at(6).toString();
    entry.baseUrl = at(7).toString();
    entry.origin = at(8).toString();
    entry.osUser = at(9).toString();
    if (!at(10).isNull())
        entry.job = JobItem{at(10).toLongLong(), at(11).toLongLong()};
    entry.state = JournalWords::stateFromKey(at(12).toString()).value_or(JournalState::Unknown);
    entry.sentAt = timeOf(at(13));
    entry.answeredAt = timeOf(at(14));
    entry.answerCode = at(15).toString();
    entry.answerMessage = at(16).toString();
    entry.settledAt = timeOf(at(17));
    entry.limited = at(18).toInt();
    entry.subjects = at(19).toString().split(u' ', Qt::SkipEmptyParts);
    entry.fullName = at(20).toString();
    entry.host = at(21).toString();
    return entry;
}

} // namespace cube::journalrows
