#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cube {

// Every action of this session: when, what, on which SIM or order, and how it went. Failures
// keep their full message so they can be opened again.
class ActivityLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column { Time, Action, Target, Result, ColumnCount };

    struct Entry
    {
        QDateTime time;
        QString action;
        QString target;
        bool succeeded = false;
        QString result;  // one line for the table
        QString details; // the whole message, for the details dialog
    };

    explicit ActivityLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void record(const QString &action, const QString &target, bool succeeded, const QString &result,
                const QString &details = {});
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    void retranslate();

signals:
    void recorded(const cube::ActivityLog::Entry &entry);

private:
    QList<Entry> m_entries;
};

} // namespace cube
