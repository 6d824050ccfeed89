#include "fleet/fleetcachedecoder.h"

#include "base/servertext.h"
#include "base/storedblobreader.h"
#include "fleet/packeddigits.h"

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// A list read before 2000 or after 2200 is not one this program wrote: a damaged date (one
// showed the year 292278994).
const qint64 earliestAsOfMs =
    QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 latestAsOfMs = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

// The least bytes QDataStream writes for an item: a text is at least its length (4 bytes).
constexpr qsizetype textBytes = 4;

// The state's bits in use: the life cycle (low nibble) and suspended (bit 4).
constexpr quint8 stateBits = 0x1F;

// 10^digits for the order numbers' digit counts (up to FleetSnapshot::maxOrderDigits).
quint64 powerOfTen(int digits)
{
    quint64 power = 1;
    for (int i = 0; i < digits; ++i)
        power *= 10;
    return power;
}

} // namespace

QString FleetCacheDecoder::fieldName(PackedField field)
{
    switch (field) {
    case PackedField::Iccid:
        return u"ICCID"_s;
    case PackedField::Imsi:
        return u"IMSI"_s;
    case PackedField::Msisdn:
        return u"MSISDN"_s;
    case PackedField::OrderCode:
        break;
    }
    return tr("order code");
}

bool FleetCacheDecoder::fail(const QString &why)
{
    if (m_damage.isEmpty())
        m_damage = why;
    return false;
}

bool FleetCacheDecoder::head(qint64 asOfMs, qint64 rowCount, qint64 rowBytes,
                             const QByteArray &dictionary)
{
    if (asOfMs < earliestAsOfMs || asOfMs >= latestAsOfMs)
        return fail(tr("its date is not between the years 2000 and 2200"));
    m_asOf = QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC);
    if (rowBytes != qint64(sizeof(PackedSim)))
        return fail(
            tr("its rows are %L1 bytes each instead of %2").arg(rowBytes).arg(sizeof(PackedSim)));
    if (rowCount < 0)
        return fail(tr("it counts %L1 SIM cards").arg(rowCount));
    m_rowCount = rowCount;
    return readDictionary(dictionary);
}

bool FleetCacheDecoder::readDictionary(const QByteArray &bytes)
{
    StoredBlobReader reader(bytes, tr("the dictionary blob"));
    auto dictionary = std::make_shared<FleetDictionary>();
    dictionary->plans.clear();
    dictionary->orderPrefixes.clear();
    const qsizetype plans = reader.count(2 * textBytes);
    dictionary->plans.reserve(plans);
    for (qsizetype i = 0; i < plans && reader.ok(); ++i) {
        QString code = reader.text();
        QString name = reader.text();
        dictionary->plans.append(
            {cleanIdentifier(std::move(code)), cleanServerText(std::move(name))});
    }
    const qsizetype prefixes = reader.count(textBytes);
    dictionary->orderPrefixes.reserve(prefixes);
    for (qsizetype i = 0; i < prefixes && reader.ok(); ++i)
        dictionary->orderPrefixes.append(cleanIdentifier(reader.text()));
    if (!reader.finish())
        return fail(reader.problem());
    // Index 0 is "no plan" and "no order": rows without either point at it.
    if (dictionary->plans.isEmpty() || !dictionary->plans.first().first.isEmpty()
        || !dictionary->plans.first().second.isEmpty() || dictionary->orderPrefixes.isEmpty()
        || !dictionary->orderPrefixes.first().isEmpty())
        return fail(tr("its dictionary does not begin with an empty plan and order prefix"));
    if (dictionary->orderPrefixes.size() > FleetSnapshot::oddPrefix)
        return fail(tr("its dictionary holds %L1 order prefixes, more than %L2")
                        .arg(dictionary->orderPrefixes.size())
                        .arg(FleetSnapshot::oddPrefix));
    m_dictionary = std::move(dictionary);
    return true;
}

bool FleetCacheDecoder::part(qint64 number, const QByteArray &rows, const QByteArray &texts)
{
    if (!m_damage.isEmpty() || !m_dictionary)
        return fail(tr("its head is missing"));
    // Parts are counted from 1 for a person; `number` from 0 as stored.
    const qint64 expected = qint64(m_chunks.size());
    if (number != expected)
        return fail(tr("part %L1 is missing or out of order").arg(expected + 1));
    if (!m_chunks.empty() && m_chunks.back()->rows.size() != size_t(FleetSnapshot::chunkRows))
        return fail(tr("part %L1 holds %L2 SIM cards where %L3 belong")
                        .arg(expected)
                        .arg(m_chunks.back()->rows.size())
                        .arg(FleetSnapshot::chunkRows));
    constexpr auto rowBytes = qsizetype(sizeof(PackedSim));
    if (rows.isEmpty())
        return fail(tr("the rows blob of part %L1 is empty").arg(number + 1));
    if (rows.size() % rowBytes != 0)
        return fail(tr("the rows blob of part %L1 is %n byte(s) short", nullptr,
                       int(rowBytes - rows.size() % rowBytes))
                        .arg(number + 1));
    const qsizetype count = rows.size() / rowBytes;
    if (count > FleetSnapshot::chunkRows)
        return fail(tr("part %L1 holds %L2 SIM cards where %L3 belong")
                        .arg(number + 1)
                        .arg(count)
                        .arg(FleetSnapshot::chunkRows));
    if (m_rowsRead + count > m_rowCount)
        return fail(tr("it counts %L1 SIM cards but holds more").arg(m_rowCount));
    auto chunk = std::make_shared<FleetChunk>();
    chunk->rows.resize(size_t(count));
    std::memcpy(chunk->rows.data(), rows.constData(), size_t(rows.size()));
    if (!readTexts(number, texts, *chunk) || !checkRows(*chunk) || !checkTextKeys(number, *chunk))
        return false;
    m_rowsRead += count;
    m_chunks.push_back(std::move(chunk));
    return true;
}

bool FleetCacheDecoder::readTexts(qint64 number, const QByteArray &bytes, FleetChunk &chunk)
{
    if (bytes.isEmpty())
        return true; // a part whose fields all packed
    StoredBlobReader reader(bytes, tr("the texts blob of part %L1").arg(number + 1));
    const qsizetype count = reader.count(4 + textBytes);
    chunk.oddTexts.reserve(count);
    for (qsizetype i = 0; i < count && reader.ok(); ++i) {
        const quint32 key = reader.number();
        QString text = reader.text();
        if (reader.ok())
            chunk.oddTexts.insert(
                key, cleanIdentifier(std::move(text))); // every odd field is an identifier
    }
    return reader.finish() || fail(reader.problem());
}

bool FleetCacheDecoder::checkRows(const FleetChunk &chunk)
{
    const auto plans = quint32(m_dictionary->plans.size());
    const auto prefixes = quint16(m_dictionary->orderPrefixes.size());
    for (size_t i = 0; i < chunk.rows.size(); ++i) {
        const PackedSim &sim = chunk.rows[i];
        const qint64 simNumber = m_rowsRead + qint64(i) + 1;
        auto keptAsText = [&chunk, i](PackedField field) {
            return chunk.oddTexts.contains(FleetSnapshot::oddKey(qsizetype(i), field));
        };
        const std::pair<const uchar *, PackedField> digits[] = {
            {sim.iccid, PackedField::Iccid},
            {sim.imsi, PackedField::Imsi},
            {sim.msisdn, PackedField::Msisdn},
        };
        for (const auto &[packed, field] : digits) {
            const int bytes = field == PackedField::Iccid ? FleetSnapshot::iccidBytes
                                                          : FleetSnapshot::numberBytes;
            if (!packeddigits::isWellFormed(packed, bytes))
                return fail(
                    tr("SIM card %L1 has a damaged %2").arg(simNumber).arg(fieldName(field)));
            if (packeddigits::isOdd(packed) && !keptAsText(field))
                return fail(tr("the %1 of SIM card %L2 is kept as text, but the text is missing")
                                .arg(fieldName(field))
                                .arg(simNumber));
        }
        if (sim.plan >= plans)
            return fail(tr("SIM card %L1 names plan %L2, but the dictionary holds %L3")
                            .arg(simNumber)
                            .arg(sim.plan)
                            .arg(plans));
        if (sim.orderPrefix == FleetSnapshot::oddPrefix) {
            if (sim.orderDigits != 0 || sim.orderNumber != 0)
                return fail(tr("SIM card %L1 has a damaged order code").arg(simNumber));
            if (!keptAsText(PackedField::OrderCode))
                return fail(tr("the %1 of SIM card %L2 is kept as text, but the text is missing")
                                .arg(fieldName(PackedField::OrderCode))
                                .arg(simNumber));
        } else if (sim.orderPrefix >= prefixes) {
            return fail(tr("SIM card %L1 names order prefix %L2, but the dictionary holds %L3")
                            .arg(simNumber)
                            .arg(sim.orderPrefix)
                            .arg(prefixes));
        } else if ((sim.orderPrefix == 0 && (sim.orderDigits != 0 || sim.orderNumber != 0))
                   || sim.orderDigits > FleetSnapshot::maxOrderDigits
                   || sim.orderNumber >= powerOfTen(sim.orderDigits)) {
            return fail(tr("SIM card %L1 has a damaged order code").arg(simNumber));
        }
        if ((sim.state & ~stateBits) != 0)
            return fail(tr("SIM card %L1 has an unknown state (%2)")
                            .arg(simNumber)
                            .arg(u"0x%1"_s.arg(sim.state, 2, 16, QChar(u'0'))));
        if (!std::isfinite(sim.usedFlowMb))
            return fail(tr("SIM card %L1 has a data usage that is not a number").arg(simNumber));
    }
    return true;
}

bool FleetCacheDecoder::checkTextKeys(qint64 number, const FleetChunk &chunk)
{
    // A text stands only for a field that did not pack: one for a packed field, or for a row
    // the part does not hold, would show something the list never said.
    for (auto it = chunk.oddTexts.cbegin(); it != chunk.oddTexts.cend(); ++it) {
        const quint32 row = it.key() / 4;
        const auto field = PackedField(it.key() % 4);
        bool odd = false;
        if (row < chunk.rows.size()) {
            const PackedSim &sim = chunk.rows[row];
            switch (field) {
            case PackedField::Iccid:
                odd = packeddigits::isOdd(sim.iccid);
                break;
            case PackedField::Imsi:
                odd = packeddigits::isOdd(sim.imsi);
                break;
            case PackedField::Msisdn:
                odd = packeddigits::isOdd(sim.msisdn);
                break;
            case PackedField::OrderCode:
                odd = sim.orderPrefix == FleetSnapshot::oddPrefix;
                break;
            }
        }
        if (!odd)
            return fail(tr("the texts blob of part %L1 holds a text for a field that is not "
                           "kept as text")
                            .arg(number + 1));
    }
    return true;
}

std::optional<CachedFleet> FleetCacheDecoder::finish()
{
    if (!m_damage.isEmpty() || !m_dictionary) {
        fail(tr("its head is missing"));
        return std::nullopt;
    }
    if (m_rowsRead != m_rowCount) {
        fail(tr("it counts %L1 SIM cards but holds %L2").arg(m_rowCount).arg(m_rowsRead));
        return std::nullopt;
    }
    std::optional<FleetSnapshot> fleet =
        FleetSnapshot::fromParts(std::exchange(m_chunks, {}), std::exchange(m_dictionary, {}));
    if (!fleet) {
        fail(tr("its rows do not hold together"));
        return std::nullopt;
    }
    CachedFleet cached{std::move(*fleet), m_asOf, {}};
    cached.index.addRows(cached.fleet, 0);
    return cached;
}

} // namespace cube
