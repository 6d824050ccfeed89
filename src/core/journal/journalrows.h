#pragma once

#include "journal/journalentry.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

// How the journal's rows hold times and entries, for the files of class Journal (journal.cpp:
// entries and history; journaljobs.cpp: bulk jobs). Not for use elsewhere.
namespace cube::journalrows {

// Times are stored as milliseconds since the epoch, UTC; 0 for none.
qint64 stored(const QDateTime &time);
QDateTime timeOf(const QVariant &value);
qint64 now();
// Text for a NOT NULL column: '' for none (Qt binds a null QString as NULL).
QString storedText(const QString &text);

// The columns of an entry as a SELECT names them (`e` is the entries table), and the entry
// whose columns start at `first` in a row.
const QString &entryColumns(bool team);
JournalEntry entryFrom(const QSqlQuery &row, int first = 0);

} // namespace cube::journalrows
