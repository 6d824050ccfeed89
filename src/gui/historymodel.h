#pragma once

#include "journal/journalentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cube {

// Entries of the journal of changes as a table, newest first: when (local time), what, on
// which order or SIM, how it came out, why, from which profile, by whom on which desk, and with
// which program.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { Recorded, Change, Subject, Outcome, Reason, Profile, By, Program, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(QList<JournalEntry> entries);
    const JournalEntry &entryAt(int row) const { return m_entries.at(row); }
    // What an export adds after the columns shown: the fields sent and the server's answer.
    static QStringList extraCsvHeaders();
    static QStringList extraCsvCells(const JournalEntry &entry);
    // Everything the journal keeps of one entry, for a person.
    static QString details(const JournalEntry &entry);
    // The fields a change sent, one "name: value" line each, in plain words.
    static QStringList sentFieldLines(const QJsonObject &fields);
    // The order codes or ICCIDs of an entry, and (private) the server's message, cleaned for
    // showing: the journal's text may not have been cleaned when it was written
    // (cleanStoredText).
    static QString subjectText(const JournalEntry &entry);

private:
    QString text(const JournalEntry &entry, int column) const;
    static QString answerText(const JournalEntry &entry);
    // One field's plain name ("Enable now" for is_open) and value ("Yes" for "1").
    static QString fieldLabel(const QString &key);
    static QString fieldValue(const QString &key, const QJsonValue &value);

    QList<JournalEntry> m_entries;
};

} // namespace cube
