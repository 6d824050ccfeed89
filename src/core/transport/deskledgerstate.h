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
    // A request given its start: `at` is when it was given one until it leaves, and then when it
    // left (the gateway counts arrivals; a request held up after its start, by a busy journal,
    // say, must not put one more into a second than the limit).
    struct Start
    {
        qint64 at = 0;
        QString process;
        quint64 governor = 0;
        bool departed = false;
    };
    // Connections one governor holds: requests of it on the wire. Counted until `leaseUntil`
    // at most, the longest a request can take, so that a program that can no longer write the
    // file (or is stopped) keeps nobody waiting for longer.
    struct Holder
    {
        QString process;
        quint64 governor = 0;
        int connections = 0;
        qint64 leaseUntil = 0;
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

    qint64 heldUntil = 0; // the gateway's 429 asked every start to wait until then
    std::vector<Start> starts;
    std::vector<Holder> holders;
    std::vector<Waiter> waiters;

    // From the file's text up to its end line. A line that cannot be read, or text after the
    // end (a program killed between writing and trimming), is left out: at worst one request
    // too many is admitted once.
    static DeskLedgerState parse(const QByteArray &text);
    QByteArray serialize() const;
};

} // namespace cube
