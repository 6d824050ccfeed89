#include "historymodel.h"

#include "csvwriter.h"
#include "displaytime.h"
#include "journalwords.h"

#include <QBrush>
#include <QJsonDocument>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace cube {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::text(const JournalEntry &entry, int column) const
{
    switch (column) {
    case Recorded:
        return displaytime::dateTime(entry.recordedAt.toLocalTime());
    case Change:
        return JournalWords::operationWords(entry.operation);
    case Subject:
        return entry.subjects.join(u", "_s);
    case Outcome:
        return JournalWords::words(entry.outcome());
    case Reason:
        return entry.reason;
    case Profile:
        return entry.profile;
    case User:
        return entry.osUser;
    case Program:
        return entry.origin;
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return QString(
                JournalWords::words(entry.state)
                + (entry.answerMessage.isEmpty() ? QString() : u"\n"_s + entry.answerMessage));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && entry.outcome() != JournalOutcome::Done)
            return QBrush(entry.outcome() == JournalOutcome::Unknown ? QColor(0xb0, 0x60, 0x00)
                                                                     : QColor(0xb0, 0x00, 0x20));
        return {};
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Recorded)
        return tr("When the change was recorded, just before it was sent, in this computer's "
                  "time zone.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recorded:
        return tr("Recorded");
    case Change:
        return tr("Change");
    case Subject:
        return tr("Order or SIM");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Profile:
        return tr("Profile");
    case User:
        return tr("User");
    case Program:
        return tr("Program");
    default:
        break;
    }
    return {};
}

void HistoryModel::setEntries(QList<JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QByteArray HistoryModel::csv() const
{
    CsvWriter writer;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    header << tr("Fields sent") << tr("Server code") << tr("Server message");
    writer.addRow(header);
    for (const JournalEntry &entry : m_entries) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row.append(text(entry, column));
        row << QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact))
            << entry.answerCode << entry.answerMessage;
        writer.addRow(row);
    }
    return writer.data();
}

QString HistoryModel::details(const JournalEntry &entry)
{
    auto time = [](const QDateTime &when) {
        return when.isValid() ? displaytime::dateTime(when.toLocalTime()) : tr("—");
    };
    QStringList lines{
        tr("Change: %1").arg(JournalWords::operationWords(entry.operation)),
        tr("Order or SIM: %1").arg(entry.subjects.join(u", "_s)),
        tr("Outcome: %1 (%2)")
            .arg(JournalWords::words(entry.outcome()), JournalWords::words(entry.state)),
        tr("Recorded: %1").arg(time(entry.recordedAt)),
        tr("Sent: %1").arg(time(entry.sentAt)),
        tr("Answered: %1").arg(time(entry.answeredAt)),
        tr("Checked: %1").arg(time(entry.settledAt)),
        tr("Reason: %1").arg(entry.reason),
        tr("Profile: %1 (access code %2, %3)").arg(entry.profile, entry.accessCode, entry.baseUrl),
        tr("User: %1, with %2").arg(entry.osUser, entry.origin),
        tr("Fields sent: %1")
            .arg(QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact))),
    };
    if (entry.job)
        lines.append(tr("Job %1, item %2").arg(entry.job->job).arg(entry.job->index + 1));
    if (!entry.answerCode.isEmpty() || !entry.answerMessage.isEmpty())
        lines.append(tr("Server: %1 %2").arg(entry.answerCode, entry.answerMessage));
    if (entry.limited > 0)
        lines.append(tr("Refused %n time(s) for the gateway's limits (HTTP 429: not acted on), "
                        "then sent again",
                        nullptr, entry.limited));
    return lines.join(u'\n');
}

} // namespace cube
