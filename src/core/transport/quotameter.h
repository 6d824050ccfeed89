#pragma once

#include "base/teamstore.h"
#include "transport/connectionsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>

#include <optional>

namespace cube {

// Counts the queries sent to an account in each of its server's days, where the journal is
// (its file, or the team store): the console and cubectl (several of each) on one computer, or
// every desk of a team store, count one quota, as the gateway counts one for the IP address
// they share. Every request that leaves counts, also one the
// gateway refuses. Used from the thread that made it.
class QuotaMeter final
{
    Q_DECLARE_TR_FUNCTIONS(cube::QuotaMeter)
    Q_DISABLE_COPY_MOVE(QuotaMeter)

public:
    // Where the journal is (its file, or `team` when that is set), which Journal has opened
    // and brought to its schema.
    QuotaMeter(const QString &journalPath, const TeamStore &team);
    ~QuotaMeter();

    bool isOpen() const { return m_open; }

    // The account a quota belongs to: its server and access code (never a secret).
    static QString accountKey(const ConnectionSettings &settings);

    // One more query sent to `account` on the server's `day`.
    void count(const QString &account, QDate day);
    // The queries every program on this computer sent to `account` on `day`; nothing when the
    // file cannot be read.
    std::optional<qint64> used(const QString &account, QDate day);

private:
    // Writes the counts not written yet; false when the file was busy (they stay pending).
    bool flush();
    // Opens a team store's lost connection again and writes what is pending.
    void reconnect();

    QString m_connection;
    bool m_open = false;
    // Counted, not written yet: another program held the file longer than the UI thread may
    // wait. Written with the next count, or when the meter goes.
    QHash<QPair<QString, QDate>, qint64> m_pending;
};

} // namespace cube
