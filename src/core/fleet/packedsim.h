#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cube {

// One SIM of the fleet store in 56 bytes: the ICCID, IMSI and MSISDN packed two digits to a
// byte (packeddigits.h), the plan and the order code's prefix interned in the dictionary.
struct PackedSim
{
    double usedFlowMb = 0;
    quint64 orderNumber = 0; // the order code's digits after its prefix
    quint32 updatedSecs = 0; // seconds since 1970 (UTC); 0: not known
    quint32 plan = 0;        // index in FleetDictionary::plans; 0: no plan
    quint16 orderPrefix = 0; // index in FleetDictionary::orderPrefixes; 0: no order in use
    quint8 orderDigits = 0;  // how many digits orderNumber is written with (leading zeros)
    quint8 state = 0;        // the life cycle in the low nibble, bit 4 set when suspended
    uchar iccid[11] = {};
    uchar imsi[8] = {};
    uchar msisdn[8] = {};
};
static_assert(sizeof(PackedSim) == 56, "a SIM takes 56 bytes in the store");

// The packed fields that may fall back to text (one that does not pack stays in the chunk).
enum class PackedField : quint32 { Iccid, Imsi, Msisdn, OrderCode };

// What many SIMs share, stored once: plans (code and name) and order-code prefixes.
struct FleetDictionary
{
    QList<std::pair<QString, QString>> plans{{}}; // index 0: no plan
    QHash<QString, quint32> planIndex;
    QStringList orderPrefixes{QString()}; // index 0: no order
    QHash<QString, quint16> prefixIndex;
};

// Up to FleetSnapshot::chunkRows SIMs, and the texts of theirs that did not pack.
struct FleetChunk
{
    std::vector<PackedSim> rows;
    QHash<quint32, QString> oddTexts; // key: row in the chunk * 4 + PackedField
};

} // namespace cube
