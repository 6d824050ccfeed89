#pragma once

#include "fleet/fleetnoteindex.h"
#include "fleet/fleetsnapshot.h"

#include <QLocale>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace cube {

// The columns of the SIM list, in the order both front ends show them.
enum class FleetColumn { Iccid, Imsi, Msisdn, Status, Plan, Usage, Updated, Note, Count };

// What the SIM list shows: a search, a life-cycle filter and a sort. No search, no filter and
// no sort shows the rows as they were loaded.
// The search finds a SIM when its ICCID, IMSI or MSISDN contains the search, or when its note
// or tags contain each of the search's words (case aside). A word "tag:acme" keeps only the
// SIMs tagged acme (each such word one more tag they must have); the rest of the search then
// looks for the others as above.
struct FleetQuery
{
    QString search;
    std::optional<int> lifeCycle;
    int sortColumn = -1; // a FleetColumn, or -1: the order the rows were loaded in
    Qt::SortOrder order = Qt::AscendingOrder;
    QLocale locale; // orders plan names and notes
    // The SIMs' notes and tags as they were when the query was made (empty: none are known).
    FleetNoteIndex notes;

    bool isLoadOrder() const { return search.isEmpty() && !lifeCycle && sortColumn < 0; }
    bool isSorted() const { return sortColumn >= 0; }
};

// The rows a query shows, in order, and where each row of the snapshot is shown.
struct FleetView
{
    static constexpr quint32 hidden = 0xFFFFFFFF;

    std::vector<quint32> rows;      // position → row of the snapshot
    std::vector<quint32> positions; // row of the snapshot → position, or `hidden`

    void add(quint32 row);
};

// Tests one row against a query's search and filter; made once per query, used for many rows.
// A row of a snapshot and a SimCard as the server sent it match alike: a page of SIMs is
// matched as it is (cubectl), without packing it first.
// The notes are looked at once, when the matcher is made (as many as there are notes); a row
// then costs one lookup of its packed ICCID.
class FleetMatcher final
{
public:
    explicit FleetMatcher(const FleetQuery &query);
    bool matches(const FleetSnapshot &fleet, qsizetype row) const;
    bool matches(const SimCard &sim) const;

private:
    struct NoteMatches;

    // What the notes say of the SIM: NoteMatches' flags.
    quint8 noted(const FleetSnapshot &fleet, qsizetype row) const;
    quint8 noted(const QString &iccid) const;

    QString m_search;    // without its tag: words
    QByteArray m_digits; // the search as ASCII, when it is digits only
    std::optional<int> m_lifeCycle;
    bool m_needsTags = false;                   // a tag: word: only SIMs with those tags match
    std::shared_ptr<const NoteMatches> m_notes; // null: no note matters to the search
};

// Runs a query over a snapshot (on a worker thread: it reads only its own copy). Returns
// nothing when `latest` moved past `generation` meanwhile: a newer query made this one stale.
std::optional<FleetView> runFleetQuery(const FleetSnapshot &fleet, const FleetQuery &query,
                                       const std::atomic<quint64> &latest, quint64 generation);

} // namespace cube
