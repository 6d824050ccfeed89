#include "fleet/fleetsnapshot.h"

#include "fleet/packeddigits.h"

using namespace Qt::StringLiterals;

namespace cube {

FleetChunk &FleetSnapshot::writableChunk(qsizetype index)
{
    std::shared_ptr<FleetChunk> &chunk = m_chunks[size_t(index)];
    // Another snapshot (a worker's) still reads this chunk: write to a copy of it.
    if (chunk.use_count() > 1)
        chunk = std::make_shared<FleetChunk>(*chunk);
    return *chunk;
}

FleetDictionary &FleetSnapshot::writableDictionary()
{
    if (m_dictionary.use_count() > 1)
        m_dictionary = std::make_shared<FleetDictionary>(*m_dictionary);
    return *m_dictionary;
}

quint32 FleetSnapshot::planOf(const SimCard &sim)
{
    if (sim.planCode.isEmpty() && sim.planName.isEmpty())
        return 0;
    const QString key = sim.planCode + u'\x1f' + sim.planName;
    if (const auto found = m_dictionary->planIndex.constFind(key);
        found != m_dictionary->planIndex.cend())
        return *found;
    FleetDictionary &dictionary = writableDictionary();
    const auto index = quint32(dictionary.plans.size());
    dictionary.plans.append({sim.planCode, sim.planName});
    dictionary.planIndex.insert(key, index);
    return index;
}

quint16 FleetSnapshot::prefixOf(const QString &prefix)
{
    if (const auto found = m_dictionary->prefixIndex.constFind(prefix);
        found != m_dictionary->prefixIndex.cend())
        return *found;
    if (m_dictionary->orderPrefixes.size() >= oddPrefix)
        return oddPrefix;
    FleetDictionary &dictionary = writableDictionary();
    const auto index = quint16(dictionary.orderPrefixes.size());
    dictionary.orderPrefixes.append(prefix);
    dictionary.prefixIndex.insert(prefix, index);
    return index;
}

PackedSim FleetSnapshot::pack(const SimCard &sim, FleetChunk &chunk, qsizetype rowInChunk)
{
    PackedSim packed;
    auto keepOdd = [&chunk, rowInChunk](PackedField field, const QString &text, bool fits) {
        if (fits)
            chunk.oddTexts.remove(oddKey(rowInChunk, field));
        else
            chunk.oddTexts.insert(oddKey(rowInChunk, field), text);
    };
    keepOdd(PackedField::Iccid, sim.iccid, packeddigits::pack(sim.iccid, packed.iccid, iccidBytes));
    keepOdd(PackedField::Imsi, sim.imsi, packeddigits::pack(sim.imsi, packed.imsi, numberBytes));
    keepOdd(PackedField::Msisdn, sim.msisdn,
            packeddigits::pack(sim.msisdn, packed.msisdn, numberBytes));

    bool orderFits = true;
    if (!sim.orderCode.isEmpty()) {
        qsizetype digitsFrom = sim.orderCode.size();
        while (digitsFrom > 0 && sim.orderCode.at(digitsFrom - 1).isDigit()
               && sim.orderCode.at(digitsFrom - 1).unicode() < 128)
            --digitsFrom;
        const qsizetype digits = sim.orderCode.size() - digitsFrom;
        packed.orderPrefix =
            digits <= maxOrderDigits ? prefixOf(sim.orderCode.left(digitsFrom)) : oddPrefix;
        if (packed.orderPrefix == oddPrefix) {
            orderFits = false;
        } else {
            packed.orderDigits = quint8(digits);
            packed.orderNumber = digits > 0 ? sim.orderCode.mid(digitsFrom).toULongLong() : 0;
        }
    }
    keepOdd(PackedField::OrderCode, sim.orderCode, orderFits);

    packed.usedFlowMb = sim.usedFlowMb;
    packed.plan = planOf(sim);
    packed.state = quint8((sim.lifeCycle & 0xF) | (sim.suspended ? 0x10 : 0));
    const qint64 secs = sim.updated.isValid() ? sim.updated.toSecsSinceEpoch() : 0;
    packed.updatedSecs = quint32(qBound<qint64>(0, secs, 0xFFFFFFFF));
    return packed;
}

void FleetSnapshot::append(const SimCard &sim)
{
    const qsizetype rowInChunk = m_size & (chunkRows - 1);
    if (rowInChunk == 0) {
        m_chunks.push_back(std::make_shared<FleetChunk>());
        m_chunks.back()->rows.reserve(size_t(chunkRows));
    }
    FleetChunk &chunk = writableChunk(qsizetype(m_chunks.size()) - 1);
    chunk.rows.push_back(pack(sim, chunk, rowInChunk));
    ++m_size;
}

void FleetSnapshot::replace(qsizetype row, const SimCard &sim)
{
    FleetChunk &chunk = writableChunk(row >> chunkBits);
    const qsizetype rowInChunk = row & (chunkRows - 1);
    chunk.rows[size_t(rowInChunk)] = pack(sim, chunk, rowInChunk);
}

FleetSnapshot FleetSnapshot::kept(const std::vector<bool> &keep) const
{
    FleetSnapshot result;
    result.m_dictionary = m_dictionary;
    for (qsizetype row = 0; row < m_size; ++row) {
        if (!keep[size_t(row)])
            continue;
        const qsizetype rowInChunk = result.m_size & (chunkRows - 1);
        if (rowInChunk == 0) {
            result.m_chunks.push_back(std::make_shared<FleetChunk>());
            result.m_chunks.back()->rows.reserve(size_t(chunkRows));
        }
        FleetChunk &target = *result.m_chunks.back();
        target.rows.push_back(packed(row));
        for (auto field :
             {PackedField::Iccid, PackedField::Imsi, PackedField::Msisdn, PackedField::OrderCode})
            if (const QString *odd = oddText(row, field))
                target.oddTexts.insert(oddKey(rowInChunk, field), *odd);
        ++result.m_size;
    }
    return result;
}

std::optional<FleetSnapshot>
FleetSnapshot::fromParts(std::vector<std::shared_ptr<FleetChunk>> chunks,
                         std::shared_ptr<FleetDictionary> dictionary)
{
    if (!dictionary || dictionary->plans.isEmpty() || dictionary->orderPrefixes.isEmpty())
        return std::nullopt;
    dictionary->planIndex.clear();
    for (qsizetype i = 1; i < dictionary->plans.size(); ++i)
        dictionary->planIndex.insert(
            dictionary->plans.at(i).first + u'\x1f' + dictionary->plans.at(i).second, quint32(i));
    dictionary->prefixIndex.clear();
    for (qsizetype i = 1; i < dictionary->orderPrefixes.size(); ++i)
        dictionary->prefixIndex.insert(dictionary->orderPrefixes.at(i), quint16(i));
    FleetSnapshot fleet;
    for (size_t i = 0; i < chunks.size(); ++i) {
        const FleetChunk &chunk = *chunks[i];
        const bool last = i + 1 == chunks.size();
        if (chunk.rows.empty() || chunk.rows.size() > size_t(chunkRows)
            || (!last && chunk.rows.size() != size_t(chunkRows)))
            return std::nullopt;
        for (const PackedSim &sim : chunk.rows)
            if (sim.plan >= quint32(dictionary->plans.size())
                || (sim.orderPrefix >= dictionary->orderPrefixes.size()
                    && sim.orderPrefix != oddPrefix))
                return std::nullopt;
        fleet.m_size += qsizetype(chunk.rows.size());
    }
    fleet.m_chunks = std::move(chunks);
    fleet.m_dictionary = std::move(dictionary);
    return fleet;
}

const QString *FleetSnapshot::oddText(qsizetype row, PackedField field) const
{
    const FleetChunk &chunk = *m_chunks[size_t(row >> chunkBits)];
    if (chunk.oddTexts.isEmpty())
        return nullptr;
    const auto found = chunk.oddTexts.constFind(oddKey(row & (chunkRows - 1), field));
    return found == chunk.oddTexts.cend() ? nullptr : &*found;
}

QString FleetSnapshot::text(qsizetype row, PackedField field) const
{
    if (const QString *odd = oddText(row, field))
        return *odd;
    const PackedSim &sim = packed(row);
    switch (field) {
    case PackedField::Iccid:
        return packeddigits::unpack(sim.iccid, iccidBytes);
    case PackedField::Imsi:
        return packeddigits::unpack(sim.imsi, numberBytes);
    case PackedField::Msisdn:
        return packeddigits::unpack(sim.msisdn, numberBytes);
    case PackedField::OrderCode:
        if (sim.orderPrefix == 0 || sim.orderPrefix == oddPrefix)
            return {};
        return m_dictionary->orderPrefixes.at(sim.orderPrefix)
               + (sim.orderDigits == 0
                      ? QString()
                      : u"%1"_s.arg(sim.orderNumber, sim.orderDigits, 10, QChar(u'0')));
    }
    return {};
}

QDateTime FleetSnapshot::updated(qsizetype row) const
{
    const quint32 secs = packed(row).updatedSecs;
    return secs == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(secs);
}

QString FleetSnapshot::planName(qsizetype row) const
{
    const auto &[code, name] = m_dictionary->plans.at(packed(row).plan);
    return name.isEmpty() ? code : name;
}

SimCard FleetSnapshot::sim(qsizetype row) const
{
    SimCard sim;
    sim.iccid = text(row, PackedField::Iccid);
    sim.imsi = text(row, PackedField::Imsi);
    sim.msisdn = text(row, PackedField::Msisdn);
    sim.lifeCycle = lifeCycle(row);
    sim.suspended = suspended(row);
    const auto &[code, name] = m_dictionary->plans.at(packed(row).plan);
    sim.planCode = code;
    sim.planName = name;
    sim.orderCode = text(row, PackedField::OrderCode);
    sim.usedFlowMb = usedFlowMb(row);
    sim.updated = updated(row);
    return sim;
}

} // namespace cube
