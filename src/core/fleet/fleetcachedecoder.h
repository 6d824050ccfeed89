#pragma once

#include "fleet/fleetcache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cube {

// Makes a cached list again from what the fleet cache stored (its head, then its parts in
// order), trusting none of it: every blob is read with bounds (StoredBlobReader), every row is
// checked to be what FleetSnapshot packs (digits, indexes into the dictionary, order numbers,
// state bits, texts kept where a field did not pack), the list's date is a sane one, and the
// texts are cleaned before anyone sees them (cleanIdentifier for codes and numbers,
// cleanServerText for plan names). A file's damage costs no more
// memory than the file's size and ends in damage(): what was wrong, in words for a person.
// The fleet cache and its fuzz target use it alike.
class FleetCacheDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(cube::FleetCacheDecoder)
    Q_DISABLE_COPY_MOVE(FleetCacheDecoder)

public:
    FleetCacheDecoder() = default;

    // The row of `fleets`: when it was read (ms since 1970, UTC), how many SIMs, the bytes of a
    // row and the dictionary blob. False when it is damaged.
    bool head(qint64 asOfMs, qint64 rowCount, qint64 rowBytes, const QByteArray &dictionary);
    // A row of `fleet_chunks`, in the order of `number`: its rows and its texts (may be empty).
    bool part(qint64 number, const QByteArray &rows, const QByteArray &texts);
    // The list, once every part is in; nothing when it does not hold together.
    std::optional<CachedFleet> finish();

    // What was wrong with the stored list, or empty.
    const QString &damage() const { return m_damage; }

private:
    static QString fieldName(PackedField field);
    bool fail(const QString &why);
    bool readDictionary(const QByteArray &bytes);
    bool readTexts(qint64 number, const QByteArray &bytes, FleetChunk &chunk);
    bool checkRows(const FleetChunk &chunk);
    bool checkTextKeys(qint64 number, const FleetChunk &chunk);

    QDateTime m_asOf;
    qint64 m_rowCount = 0;
    qint64 m_rowsRead = 0;
    std::shared_ptr<FleetDictionary> m_dictionary;
    std::vector<std::shared_ptr<FleetChunk>> m_chunks;
    QString m_damage;
};

} // namespace cube
