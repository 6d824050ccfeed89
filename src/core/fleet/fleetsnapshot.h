#pragma once

#include "fleet/packedsim.h"
#include "records/simrecords.h"

#include <memory>
#include <optional>
#include <vector>

namespace cube {

// The account's SIM cards, compact (about 56 bytes a SIM) and cheap to copy: rows live in
// chunks shared between copies and copied only when a shared one is written to, so a worker
// can search and sort a copy while the UI thread appends pages to its own.
class FleetSnapshot final
{
public:
    static constexpr int chunkBits = 12;
    static constexpr qsizetype chunkRows = qsizetype(1) << chunkBits;
    static constexpr int iccidBytes = 11;
    static constexpr int numberBytes = 8;
    // The prefix index of an order code kept as text (too many digits, or too many prefixes).
    static constexpr quint16 oddPrefix = 0xFFFF;
    static constexpr int maxOrderDigits = 19; // what a quint64 always holds
    // Where a chunk keeps the text of a field that did not pack.
    static constexpr quint32 oddKey(qsizetype rowInChunk, PackedField field)
    {
        return quint32(rowInChunk) * 4 + quint32(field);
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const PackedSim &packed(qsizetype row) const
    {
        return m_chunks[size_t(row >> chunkBits)]->rows[size_t(row & (chunkRows - 1))];
    }
    SimCard sim(qsizetype row) const;
    QString text(qsizetype row, PackedField field) const;
    // The text of a field that did not pack into digits, or null.
    const QString *oddText(qsizetype row, PackedField field) const;
    int lifeCycle(qsizetype row) const { return packed(row).state & 0xF; }
    bool suspended(qsizetype row) const { return (packed(row).state & 0x10) != 0; }
    bool hasOrder(qsizetype row) const { return packed(row).orderPrefix != 0; }
    double usedFlowMb(qsizetype row) const { return packed(row).usedFlowMb; }
    QDateTime updated(qsizetype row) const;
    // The plan's name, or its code when it has no name.
    QString planName(qsizetype row) const;
    const FleetDictionary &dictionary() const { return *m_dictionary; }

    // The parts as the fleet cache stores them, and a snapshot made of them again: nothing when
    // they do not hold together (a damaged cache).
    const std::vector<std::shared_ptr<FleetChunk>> &chunks() const { return m_chunks; }
    static std::optional<FleetSnapshot> fromParts(std::vector<std::shared_ptr<FleetChunk>> chunks,
                                                  std::shared_ptr<FleetDictionary> dictionary);

    void append(const SimCard &sim);
    void replace(qsizetype row, const SimCard &sim);
    // The rows whose `keep` is true, in the same order.
    FleetSnapshot kept(const std::vector<bool> &keep) const;

private:
    PackedSim pack(const SimCard &sim, FleetChunk &chunk, qsizetype rowInChunk);
    FleetChunk &writableChunk(qsizetype index);
    FleetDictionary &writableDictionary();
    quint32 planOf(const SimCard &sim);
    quint16 prefixOf(const QString &prefix);

    std::vector<std::shared_ptr<FleetChunk>> m_chunks;
    std::shared_ptr<FleetDictionary> m_dictionary = std::make_shared<FleetDictionary>();
    qsizetype m_size = 0;
};

} // namespace cube
