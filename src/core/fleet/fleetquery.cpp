#include "fleet/fleetquery.h"

#include "fleet/packeddigits.h"

#include <QCollator>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cube {

namespace {

// A row's sort key: two numbers compared in turn, then the row (a stable, total order).
struct SortKey
{
    quint64 high;
    quint64 low;
    quint32 row;

    bool operator<(const SortKey &other) const
    {
        if (high != other.high)
            return high < other.high;
        if (low != other.low)
            return low < other.low;
        return row < other.row;
    }
};

// Packed digits compare as strings do (packeddigits.h): the bytes, big-endian, are the key.
void digitKey(const uchar *bytes, int count, SortKey &key)
{
    key.high = 0;
    key.low = 0;
    for (int i = 0; i < 8 && i < count; ++i)
        key.high = (key.high << 8) | bytes[i];
    for (int i = 8; i < 16; ++i)
        key.low = (key.low << 8) | (i < count ? bytes[i] : 0);
}

// Doubles as unsigned numbers in the same order (IEEE 754: flip the sign bit, or all bits).
quint64 orderedBits(double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & 0x8000000000000000ULL) ? ~bits : bits | 0x8000000000000000ULL;
}

// The rank of each plan's name in the language's collation, so that a sort by plan sorts
// numbers once per plan, not strings once per comparison.
std::vector<quint64> planRanks(const FleetDictionary &dictionary, const QLocale &locale)
{
    std::vector<quint32> order(size_t(dictionary.plans.size()));
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    QCollator collator(locale);
    collator.setNumericMode(true);
    auto nameOf = [&dictionary](quint32 plan) {
        const auto &entry = dictionary.plans.at(plan);
        return entry.second.isEmpty() ? entry.first : entry.second;
    };
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return collator.compare(nameOf(a), nameOf(b)) < 0;
    });
    std::vector<quint64> ranks(order.size());
    for (quint32 rank = 0; rank < order.size(); ++rank)
        ranks[order[rank]] = rank;
    return ranks;
}

// The key of a text field that did not pack: after every packed one, by its first characters.
void oddKey(const QString &text, SortKey &key)
{
    key.high = 0xF000000000000000ULL;
    key.low = 0;
    for (int i = 0; i < 4 && i < text.size(); ++i)
        key.low = (key.low << 16) | text.at(i).unicode();
}

SortKey keyOf(const FleetSnapshot &fleet, quint32 row, FleetColumn column,
              const std::vector<quint64> &plans)
{
    SortKey key{0, 0, row};
    const PackedSim &sim = fleet.packed(row);
    auto digits = [&](PackedField field, const uchar *bytes, int count) {
        if (const QString *odd = packeddigits::isOdd(bytes) ? fleet.oddText(row, field) : nullptr)
            oddKey(*odd, key);
        else
            digitKey(bytes, count, key);
    };
    switch (column) {
    case FleetColumn::Iccid:
        digits(PackedField::Iccid, sim.iccid, FleetSnapshot::iccidBytes);
        break;
    case FleetColumn::Imsi:
        digits(PackedField::Imsi, sim.imsi, FleetSnapshot::numberBytes);
        break;
    case FleetColumn::Msisdn:
        digits(PackedField::Msisdn, sim.msisdn, FleetSnapshot::numberBytes);
        break;
    case FleetColumn::Status:
        key.high = sim.state & 0xF;
        break;
    case FleetColumn::Plan:
        key.high = plans[sim.plan];
        break;
    case FleetColumn::Usage:
        // A SIM without an order in use shows no usage: those come first.
        key.high = sim.orderPrefix == 0 ? 0 : 1;
        key.low = orderedBits(sim.usedFlowMb);
        break;
    case FleetColumn::Updated:
        key.high = sim.updatedSecs;
        break;
    case FleetColumn::Count:
        break;
    }
    return key;
}

} // namespace

void FleetView::add(quint32 row)
{
    positions[row] = quint32(rows.size());
    rows.push_back(row);
}

FleetMatcher::FleetMatcher(const FleetQuery &query)
    : m_search(query.search.trimmed())
    , m_lifeCycle(query.lifeCycle)
{
    if (packeddigits::isDigits(m_search))
        m_digits = m_search.toLatin1();
}

bool FleetMatcher::matches(const FleetSnapshot &fleet, qsizetype row) const
{
    const PackedSim &sim = fleet.packed(row);
    if (m_lifeCycle && (sim.state & 0xF) != *m_lifeCycle)
        return false;
    if (m_search.isEmpty())
        return true;
    const std::string_view needle(m_digits.constData(), size_t(m_digits.size()));
    auto found = [&](PackedField field, const uchar *bytes, int count) {
        if (packeddigits::isOdd(bytes)) {
            const QString *odd = fleet.oddText(row, field);
            return odd && odd->contains(m_search);
        }
        if (m_digits.isEmpty())
            return false;
        char ascii[2 * FleetSnapshot::iccidBytes];
        const int length = packeddigits::toAscii(bytes, count, ascii);
        return std::string_view(ascii, size_t(length)).find(needle) != std::string_view::npos;
    };
    return found(PackedField::Iccid, sim.iccid, FleetSnapshot::iccidBytes)
           || found(PackedField::Imsi, sim.imsi, FleetSnapshot::numberBytes)
           || found(PackedField::Msisdn, sim.msisdn, FleetSnapshot::numberBytes);
}

bool FleetMatcher::matches(const SimCard &sim) const
{
    // The life cycle as the store packs it (its low nibble).
    if (m_lifeCycle && (sim.lifeCycle & 0xF) != *m_lifeCycle)
        return false;
    // A packed field holds digits only, which a search that is not digits never finds; one kept
    // as text is searched as text: either way, the text contains the search or it does not.
    return m_search.isEmpty() || sim.iccid.contains(m_search) || sim.imsi.contains(m_search)
           || sim.msisdn.contains(m_search);
}

std::optional<FleetView> runFleetQuery(const FleetSnapshot &fleet, const FleetQuery &query,
                                       const std::atomic<quint64> &latest, quint64 generation)
{
    auto stale = [&latest, generation] {
        return latest.load() != generation;
    };
    const auto size = quint32(fleet.size());
    const FleetMatcher matcher(query);
    std::vector<quint32> rows;
    rows.reserve(size);
    for (quint32 row = 0; row < size; ++row) {
        if ((row & 0xFFFF) == 0 && stale())
            return std::nullopt;
        if (matcher.matches(fleet, row))
            rows.push_back(row);
    }
    if (query.isSorted()) {
        const auto column = FleetColumn(query.sortColumn);
        const std::vector<quint64> plans = column == FleetColumn::Plan
                                               ? planRanks(fleet.dictionary(), query.locale)
                                               : std::vector<quint64>();
        std::vector<SortKey> keys;
        keys.reserve(rows.size());
        for (quint32 row : rows)
            keys.push_back(keyOf(fleet, row, column, plans));
        if (stale())
            return std::nullopt;
        std::sort(keys.begin(), keys.end());
        if (query.order == Qt::DescendingOrder)
            std::reverse(keys.begin(), keys.end());
        for (size_t i = 0; i < keys.size(); ++i)
            rows[i] = keys[i].row;
    }
    if (stale())
        return std::nullopt;
    FleetView view;
    view.rows = std::move(rows);
    view.positions.assign(size, FleetView::hidden);
    for (quint32 position = 0; position < view.rows.size(); ++position)
        view.positions[view.rows[position]] = position;
    return view;
}

} // namespace cube
