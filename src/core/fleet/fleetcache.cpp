#include "fleet/fleetcache.h"

#include "base/sqlitefile.h"
#include "fleet/fleetcachedecoder.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QStringList schema{
    u"CREATE TABLE IF NOT EXISTS fleets (account TEXT PRIMARY KEY, as_of INTEGER NOT NULL, "
    "row_count INTEGER NOT NULL, row_bytes INTEGER NOT NULL, dictionary BLOB NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS fleet_chunks (account TEXT NOT NULL, chunk INTEGER NOT NULL, "
    "rows BLOB NOT NULL, odd BLOB, PRIMARY KEY (account, chunk))"_s,
};

QByteArray dictionaryBytes(const FleetDictionary &dictionary)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0); // the format StoredBlobReader reads
    stream << dictionary.plans << dictionary.orderPrefixes;
    return bytes;
}

// SQLite's own codes for a file that is not (or no longer) a database, met while reading.
const QStringList corruptCodes{u"11"_s, u"26"_s};

} // namespace

FleetCache::FleetCache(const QString &path)
    : m_path(path)
    , m_connection(u"cube-fleet-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    open();
}

bool FleetCache::open()
{
    m_problem.clear();
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, m_path);
    if (!opened.setAsidePath.isEmpty()) {
        m_damage = FleetCacheDamage{tr("the file is not a database"), opened.setAsidePath};
        m_notice = tr("The cached SIM list was damaged (%1) and was set aside as %2; a new cache "
                      "was started and the list is read from the server again.")
                       .arg(m_damage->reason, m_damage->setAsidePath);
    }
    if (!opened.ok)
        m_problem = opened.problem;
    else if (!prepareSchema() && m_problem.isEmpty())
        m_problem = lastError();
    return isOpen();
}

FleetCache::~FleetCache()
{
    SqliteFile::close(m_connection);
}

QString FleetCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + u"/fleet-cache.sqlite"_s;
}

QString FleetCache::accountKey(const QString &profile, const ConnectionSettings &settings)
{
    return profile + u'\n' + settings.baseUrl.toString(QUrl::StripTrailingSlash) + u'\n'
           + settings.accessCode;
}

bool FleetCache::exec(const QString &statement, const QVariantList &values) const
{
    return SqliteFile::exec(m_connection, statement, values);
}

QString FleetCache::lastError() const
{
    return SqliteFile::lastError(m_connection);
}

bool FleetCache::prepareSchema()
{
    const std::optional<int> found = SqliteFile::schemaVersion(m_connection);
    if (!found)
        return false;
    const int version = *found;
    if (version != 0 && version != schemaVersion) {
        // A cache is rebuilt from the server: another schema is dropped, not migrated.
        if (!exec(u"DROP TABLE IF EXISTS fleet_chunks"_s)
            || !exec(u"DROP TABLE IF EXISTS fleets"_s))
            return false;
        m_notice = tr("The SIM list cache was made by another version of Cube Console (schema "
                      "%1) and was discarded. The list is read from the server again.")
                       .arg(version);
    }
    for (const QString &statement : schema)
        if (!exec(statement))
            return false;
    return SqliteFile::setSchemaVersion(m_connection, schemaVersion);
}

void FleetCache::setAside(const QString &account, const QString &reason)
{
    // The whole file goes, as the journal's does: the damage may not end at this list, and
    // whoever wants to look at it finds it as it was.
    SqliteFile::close(m_connection);
    const QString aside = SqliteFile::setAside(m_path);
    open();
    m_damage = FleetCacheDamage{reason, aside};
    if (!aside.isEmpty()) {
        m_notice = tr("The cached SIM list was damaged (%1) and was set aside as %2; a new cache "
                      "was started and the list is read from the server again.")
                       .arg(reason, aside);
        return;
    }
    // Not renamed (another program holds it where that forbids renaming): the list at least
    // is never read again.
    exec(u"DELETE FROM fleet_chunks WHERE account = ?"_s, {account});
    exec(u"DELETE FROM fleets WHERE account = ?"_s, {account});
    m_notice = tr("The cached SIM list was damaged (%1) and could not be set aside; it was "
                  "discarded and the list is read from the server again.")
                   .arg(reason);
}

std::optional<CachedFleet> FleetCache::load(const QString &account)
{
    if (!isOpen())
        return std::nullopt;
    FleetCacheDecoder decoder;
    QString damage;
    std::optional<CachedFleet> cached = read(account, decoder, damage);
    if (!damage.isEmpty())
        setAside(account, damage);
    return cached;
}

std::optional<CachedFleet> FleetCache::read(const QString &account, FleetCacheDecoder &decoder,
                                            QString &damage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // SQLite itself may find the file damaged while reading (a torn page).
    auto failed = [&damage](const QSqlQuery &query) -> std::optional<CachedFleet> {
        if (corruptCodes.contains(query.lastError().nativeErrorCode()))
            damage = tr("the file is damaged: %1").arg(query.lastError().text());
        return std::nullopt;
    };
    QSqlQuery head(db);
    head.prepare(u"SELECT as_of, row_count, row_bytes, dictionary FROM fleets WHERE account = ?"_s);
    head.addBindValue(account);
    if (!head.exec() || !head.next())
        return failed(head);
    const bool headRead = decoder.head(head.value(0).toLongLong(), head.value(1).toLongLong(),
                                       head.value(2).toLongLong(), head.value(3).toByteArray());
    head.finish();
    if (!headRead) {
        damage = decoder.damage();
        return std::nullopt;
    }

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT chunk, rows, odd FROM fleet_chunks WHERE account = ? ORDER BY chunk"_s);
    rows.addBindValue(account);
    if (!rows.exec())
        return failed(rows);
    while (rows.next()) {
        if (!decoder.part(rows.value(0).toLongLong(), rows.value(1).toByteArray(),
                          rows.value(2).toByteArray())) {
            damage = decoder.damage();
            return std::nullopt;
        }
    }
    if (rows.lastError().isValid())
        return failed(rows);
    std::optional<CachedFleet> cached = decoder.finish();
    damage = decoder.damage();
    return cached;
}

std::optional<QString> FleetCache::save(const QString &account, const FleetSnapshot &fleet,
                                        const QDateTime &asOf)
{
    if (!isOpen())
        return m_problem;
    QSqlError sqlError;
    const bool saved = SqliteFile::writeTransaction(
        m_connection, [&] { return replaceWith(account, fleet, asOf); }, &sqlError);
    if (saved)
        return std::nullopt;
    return sqlError.isValid() ? sqlError.text() : lastError();
}

bool FleetCache::replaceWith(const QString &account, const FleetSnapshot &fleet,
                             const QDateTime &asOf)
{
    bool ok = exec(u"DELETE FROM fleet_chunks WHERE account = ?"_s, {account})
              && exec(u"DELETE FROM fleets WHERE account = ?"_s, {account})
              && exec(u"INSERT INTO fleets (account, as_of, row_count, row_bytes, dictionary) "
                      "VALUES (?, ?, ?, ?, ?)"_s,
                      {account, asOf.toMSecsSinceEpoch(), qint64(fleet.size()),
                       int(sizeof(PackedSim)), dictionaryBytes(fleet.dictionary())});
    const auto &chunks = fleet.chunks();
    for (size_t i = 0; ok && i < chunks.size(); ++i) {
        const FleetChunk &chunk = *chunks[i];
        QByteArray odd;
        if (!chunk.oddTexts.isEmpty()) {
            QDataStream stream(&odd, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_6_0);
            stream << chunk.oddTexts;
        }
        const QByteArray rows(reinterpret_cast<const char *>(chunk.rows.data()),
                              qsizetype(chunk.rows.size() * sizeof(PackedSim)));
        ok = exec(u"INSERT INTO fleet_chunks (account, chunk, rows, odd) VALUES (?, ?, ?, ?)"_s,
                  {account, qint64(i), rows, odd});
    }
    // The newest lists by as_of; this one is among them whatever the others' clocks said.
    const auto newest = u"SELECT account FROM fleets WHERE account <> ? ORDER BY as_of DESC "
                        "LIMIT ?"_s;
    ok = ok
         && exec(u"DELETE FROM fleet_chunks WHERE account <> ? AND account NOT IN ("_s + newest
                     + u")"_s,
                 {account, account, keptAccounts - 1})
         && exec(u"DELETE FROM fleets WHERE account <> ? AND account NOT IN ("_s + newest + u")"_s,
                 {account, account, keptAccounts - 1});
    return ok;
}

std::optional<QString> FleetCache::clear()
{
    if (!isOpen())
        return m_problem;
    if (exec(u"DELETE FROM fleet_chunks"_s) && exec(u"DELETE FROM fleets"_s))
        return std::nullopt;
    return lastError();
}

} // namespace cube
