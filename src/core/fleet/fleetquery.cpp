#include "fleet/fleetquery.h"

#include "fleet/packeddigits.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// An ICCID packed as the snapshot packs it: a key a row's ICCID is looked up by as it is stored.
using PackedIccid = std::array<uchar, FleetSnapshot::iccidBytes>;

struct PackedIccidHash
{
    size_t operator()(const PackedIccid &iccid) const
    {
        return size_t(qHashBits(iccid.data(), iccid.size()));
    }
};

// A value for each SIM with a note, found by its ICCID: a packed row's by its packed bytes
// (no text made for it), one whose ICCID does not pack by its text.
template<typename Value>
class ByIccid
{
public:
    void insert(const QString &iccid, Value value)
    {
        PackedIccid packed{};
        if (packeddigits::pack(iccid, packed.data(), int(packed.size())))
            m_packed.emplace(packed, value);
        else
            m_odd.insert(iccid, value);
    }

    std::optional<Value> find(const FleetSnapshot &fleet, qsizetype row) const
    {
        const PackedSim &sim = fleet.packed(row);
        if (packeddigits::isOdd(sim.iccid)) {
            const QString *odd = fleet.oddText(row, PackedField::Iccid);
            return odd ? find(*odd) : std::nullopt;
        }
        PackedIccid packed;
        std::copy(std::begin(sim.iccid), std::end(sim.iccid), packed.begin());
        const auto found = m_packed.find(packed);
        return found == m_packed.end() ? std::nullopt : std::optional<Value>(found->second);
    }

    std::optional<Value> find(const QString &iccid) const
    {
        PackedIccid packed{};
        if (!packeddigits::pack(iccid, packed.data(), int(packed.size()))) {
            const auto found = m_odd.constFind(iccid);
            return found == m_odd.cend() ? std::nullopt : std::optional<Value>(*found);
        }
        const auto found = m_packed.find(packed);
        return found == m_packed.end() ? std::nullopt : std::optional<Value>(found->second);
    }

private:
    std::unordered_map<PackedIccid, Value, PackedIccidHash> m_packed;
    QHash<QString, Value> m_odd;
};

// A word "tag:acme" of a search: the tag it asks for (as tags are kept, lower-case, without
// a '#'), or nothing. "tag:" alone asks for nothing yet: the person is still typing.
std::optional<QString> tagWord(const QString &word)
{
    if (!word.startsWith(u"tag:"_s, Qt::CaseInsensitive))
        return std::nullopt;
    QString tag = word.mid(4).toLower();
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    return tag;
}

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

// The rank of each noted SIM's line (tags, then the note's first line) in the language's
// collation, by ICCID: a sort by note compares numbers, and the strings only once per note.
ByIccid<quint64> noteRanks(const FleetNoteIndex &notes, const QLocale &locale)
{
    const QHash<QString, FleetNoteIndex::Entry> &entries = notes.entries();
    std::vector<std::pair<QString, QString>> lines; // ICCID, line
    lines.reserve(size_t(entries.size()));
    for (auto entry = entries.cbegin(); entry != entries.cend(); ++entry)
        lines.emplace_back(entry.key(), entry->line);
    QCollator collator(locale);
    collator.setNumericMode(true);
    std::stable_sort(lines.begin(), lines.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    ByIccid<quint64> ranks;
    for (size_t rank = 0; rank < lines.size(); ++rank)
        ranks.insert(lines[rank].first, rank);
    return ranks;
}

// What a sort by a column compares besides the row itself: plans and notes ranked once.
struct SortContext
{
    std::vector<quint64> plans;
    ByIccid<quint64> notes;
};

SortKey keyOf(const FleetSnapshot &fleet, quint32 row, FleetColumn column,
              const SortContext &context)
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
        key.high = context.plans[sim.plan];
        break;
    case FleetColumn::Usage:
        // A SIM without an order in use shows no usage: those come first.
        key.high = sim.orderPrefix == 0 ? 0 : 1;
        key.low = orderedBits(sim.usedFlowMb);
        break;
    case FleetColumn::Updated:
        key.high = sim.updatedSecs;
        break;
    case FleetColumn::Note:
        // The SIMs with a note first, in the order of their lines, then those without.
        if (const std::optional<quint64> rank = context.notes.find(fleet, row))
            key.high = *rank;
        else
            key.high = ~quint64(0);
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

// What the notes say of each SIM a note is kept for, worked out once for a matcher.
struct FleetMatcher::NoteMatches
{
    static constexpr quint8 hasTags = 1;  // every tag the search asks for
    static constexpr quint8 hasWords = 2; // every other word of the search, in its tags or note

    ByIccid<quint8> flags; // only SIMs with a flag
};

FleetMatcher::FleetMatcher(const FleetQuery &query)
    : m_search(query.search.trimmed())
    , m_lifeCycle(query.lifeCycle)
{
    // The words "tag:…" out of the search; the rest is searched for as before. A search
    // without one is kept as it was typed (spaces inside a number kept as text included).
    QStringList tags;
    QStringList rest;
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (const std::optional<QString> tag = tagWord(word)) {
            if (!tag->isEmpty())
                tags.append(*tag);
        } else {
            rest.append(word);
        }
    }
    if (rest.size() != words.size())
        m_search = rest.join(u' ');
    m_needsTags = !tags.isEmpty();
    if (packeddigits::isDigits(m_search))
        m_digits = m_search.toLatin1();

    if (query.notes.isEmpty() || (!m_needsTags && m_search.isEmpty()))
        return;
    QStringList folded;
    for (const QString &word : std::as_const(rest))
        folded.append(FleetNoteIndex::fold(word));
    auto notes = std::make_shared<NoteMatches>();
    const QHash<QString, FleetNoteIndex::Entry> &entries = query.notes.entries();
    for (auto entry = entries.cbegin(); entry != entries.cend(); ++entry) {
        quint8 flags = 0;
        if (m_needsTags && std::all_of(tags.cbegin(), tags.cend(), [&](const QString &tag) {
                return entry->tags.contains(tag);
            }))
            flags |= NoteMatches::hasTags;
        if (!folded.isEmpty()
            && std::all_of(folded.cbegin(), folded.cend(),
                           [&](const QString &word) { return entry->folded.contains(word); }))
            flags |= NoteMatches::hasWords;
        if (flags != 0)
            notes->flags.insert(entry.key(), flags);
    }
    m_notes = std::move(notes);
}

quint8 FleetMatcher::noted(const FleetSnapshot &fleet, qsizetype row) const
{
    return m_notes ? m_notes->flags.find(fleet, row).value_or(0) : 0;
}

quint8 FleetMatcher::noted(const QString &iccid) const
{
    return m_notes ? m_notes->flags.find(iccid).value_or(0) : 0;
}

bool FleetMatcher::matches(const FleetSnapshot &fleet, qsizetype row) const
{
    const PackedSim &sim = fleet.packed(row);
    if (m_lifeCycle && (sim.state & 0xF) != *m_lifeCycle)
        return false;
    if (m_search.isEmpty() && !m_needsTags)
        return true;
    const quint8 notes = noted(fleet, row);
    if (m_needsTags && !(notes & NoteMatches::hasTags))
        return false;
    if (m_search.isEmpty() || (notes & NoteMatches::hasWords))
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
    if (m_search.isEmpty() && !m_needsTags)
        return true;
    const quint8 notes = noted(sim.iccid);
    if (m_needsTags && !(notes & NoteMatches::hasTags))
        return false;
    if (m_search.isEmpty() || (notes & NoteMatches::hasWords))
        return true;
    // A packed field holds digits only, which a search that is not digits never finds; one kept
    // as text is searched as text: either way, the text contains the search or it does not.
    return sim.iccid.contains(m_search) || sim.imsi.contains(m_search)
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
        SortContext context;
        if (column == FleetColumn::Plan)
            context.plans = planRanks(fleet.dictionary(), query.locale);
        if (column == FleetColumn::Note)
            context.notes = noteRanks(query.notes, query.locale);
        std::vector<SortKey> keys;
        keys.reserve(rows.size());
        for (quint32 row : rows)
            keys.push_back(keyOf(fleet, row, column, context));
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
