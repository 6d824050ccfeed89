#pragma once

#include "fleet/fleetsnapshot.h"
#include "fleet/iccidindex.h"
#include "transport/connectionsettings.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace cube {

class FleetCacheDecoder;

// The last full SIM list of an account, as of when it was read.
struct CachedFleet
{
    FleetSnapshot fleet;
    QDateTime asOf;
    IccidIndex index; // built where the list was read, off the UI thread
};

// A damaged fleet cache: what was wrong with it, and where the file was set aside.
struct FleetCacheDamage
{
    QString reason;       // "the rows blob of part 2 is 12 bytes short"
    QString setAsidePath; // empty when it could not be renamed (its lists were deleted instead)
};

// The local fleet cache: the last full SIM list of each account (profile, server and access
// code), so that the console shows a million SIMs at once at start and cubectl can list them
// without the network. SQLite through Qt SQL under QStandardPaths::CacheLocation; the store's
// packed chunks are kept as they are (56 bytes a SIM). It holds no secret. Everything read back
// is checked (FleetCacheDecoder): a file that is not a database, or a list in it that is
// damaged, is set aside (renamed as the journal does, never deleted) with its reason, and a
// new file started; a cache of another schema is dropped. Each says so in notice() for the
// person; it is only a cache, the server has the truth.
//
// Used from the thread that made it (the console makes one on a worker for each task).
class FleetCache final
{
    Q_DECLARE_TR_FUNCTIONS(cube::FleetCache)
    Q_DISABLE_COPY_MOVE(FleetCache)

public:
    static constexpr int schemaVersion = 1;
    // The lists of this many accounts are kept, the most recently saved: a file that every
    // start of the demo (a new port, so a new account) or every old profile would otherwise
    // grow without end.
    static constexpr int keptAccounts = 8;

    explicit FleetCache(const QString &path);
    ~FleetCache();

    // fleet-cache.sqlite in the application's cache folder.
    static QString defaultPath();
    // The account a list belongs to: two profiles, two servers or two access codes never share.
    static QString accountKey(const QString &profile, const ConnectionSettings &settings);

    bool isOpen() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    // What became of a cache that could not be used (set aside, dropped), or empty.
    const QString &notice() const { return m_notice; }
    // Why the cache was set aside, when it was (for cubectl's own words).
    const std::optional<FleetCacheDamage> &damage() const { return m_damage; }

    std::optional<CachedFleet> load(const QString &account);
    // Replaces the account's list (and forgets the lists beyond keptAccounts, oldest first);
    // why it could not be, or nothing.
    std::optional<QString> save(const QString &account, const FleetSnapshot &fleet,
                                const QDateTime &asOf);
    // Forgets every account's list.
    std::optional<QString> clear();

private:
    bool prepareSchema();
    bool exec(const QString &statement, const QVariantList &values = {}) const;
    // The statements of save(), inside its transaction.
    bool replaceWith(const QString &account, const FleetSnapshot &fleet, const QDateTime &asOf);
    QString lastError() const;
    bool open();
    // Reads the account's list through `decoder`; nothing when there is none or it is damaged
    // (then `damage` says why).
    std::optional<CachedFleet> read(const QString &account, FleetCacheDecoder &decoder,
                                    QString &damage);
    void setAside(const QString &account, const QString &reason);

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_notice;
    std::optional<FleetCacheDamage> m_damage;
};

} // namespace cube
