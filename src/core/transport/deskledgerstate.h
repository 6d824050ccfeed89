#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace cube {

// What the desk ledger's file holds: the gateway's limits as every program on this computer
// uses them together. Times are milliseconds of the system's monotonic clock, which all
// processes share. A program is named by its process identity (processidentity::of) and a
// number of its own for each of its governors.
struct DeskLedgerState
{
    // Connections one governor holds: requests of it on the wire.
    struct Holder
    {
        QString process;
        quint64 governor = 0;
        int connections = 0;
    };
    // A governor refused a start, and so queued: first refused at `since`, asking again last at
    // `asked`. The oldest one asking is served first, so that no program starves another.
    struct Waiter
    {
        QString process;
        quint64 governor = 0;
        qint64 since = 0;
        qint64 asked = 0;
    };

    qint64 heldUntil = 0;       // the gateway's 429 asked every start to wait until then
    std::vector<qint64> starts; // requests started, oldest first, within the rate's window
    std::vector<Holder> holders;
    std::vector<Waiter> waiters;

    // From the file's text; a line that cannot be read (a program killed while writing) is
    // left out, which at worst admits one request too many once.
    static DeskLedgerState parse(const QByteArray &text);
    QByteArray serialize() const;
};

} // namespace cube
