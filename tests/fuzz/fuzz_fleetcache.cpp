// libFuzzer target: any bytes as a stored SIM list (the fleet cache's head and parts), through
// FleetCacheDecoder, and the list it makes read row by row as the console and cubectl read it.
// Whatever comes, the decoder makes a list or says why not: no crash, no undefined behaviour,
// no allocation beyond the input's size order (libFuzzer reports one larger than its
// -malloc_limit_mb: 2 GB by default; a count of FFFFFFFF once asked QDataStream for 206 GB).
//
// The input, as tests/fuzz/corpus/fleetcache holds it (scripts/fuzz-fleetcache-seeds writes
// the seeds): the head's as_of and row_count (8 bytes each, little-endian), one byte that is
// row_bytes less 56 (signed), then blobs each after its length (4 bytes, little-endian, cut
// to what is left): the dictionary, then the rows and the texts of each part in turn.
#include "fleet/fleetcachedecoder.h"
#include "fleet/packedsim.h"

#include <QByteArray>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {}

    bool atEnd() const { return m_at >= m_size; }

    qint64 number64()
    {
        char bytes[8] = {};
        const qsizetype taken = qMin<qsizetype>(8, m_size - m_at);
        std::memcpy(bytes, m_data + m_at, size_t(taken));
        m_at += taken;
        return qFromLittleEndian<qint64>(bytes);
    }

    qint8 number8() { return atEnd() ? 0 : qint8(m_data[m_at++]); }

    QByteArray blob()
    {
        char bytes[4] = {};
        const qsizetype taken = qMin<qsizetype>(4, m_size - m_at);
        std::memcpy(bytes, m_data + m_at, size_t(taken));
        m_at += taken;
        const qsizetype length = qMin<qsizetype>(qFromLittleEndian<quint32>(bytes), m_size - m_at);
        QByteArray blob(m_data + m_at, length);
        m_at += length;
        return blob;
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input input(data, size);
    cube::FleetCacheDecoder decoder;
    const qint64 asOf = input.number64();
    const qint64 rowCount = input.number64();
    const qint64 rowBytes = qint64(sizeof(cube::PackedSim)) + input.number8();
    bool ok = decoder.head(asOf, rowCount, rowBytes, input.blob());
    for (qint64 part = 0; ok && !input.atEnd(); ++part) {
        const QByteArray rows = input.blob();
        const QByteArray texts = input.blob();
        ok = decoder.part(part, rows, texts);
    }
    std::optional<cube::CachedFleet> cached = decoder.finish();
    // CUBE_FUZZ_VERBOSE=1 fuzz_fleetcache FILE says what became of an input (a seed, a finding).
    static const bool verbose = qEnvironmentVariableIsSet("CUBE_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n",
                     cached ? qPrintable(u"a list of %1 SIM cards"_s.arg(cached->fleet.size()))
                            : qPrintable(u"damaged: "_s + decoder.damage()));
    if (!cached)
        return 0;
    // A list that was accepted is read as the views read it.
    const cube::FleetSnapshot &fleet = cached->fleet;
    for (qsizetype row = 0; row < fleet.size(); ++row) {
        const cube::SimCard sim = fleet.sim(row);
        (void)fleet.planName(row);
        (void)cached->index.rowOf(fleet, sim.iccid);
    }
    return 0;
}
