#pragma once

#include "connectionsettings.h"
#include "fleetsnapshot.h"
#include "iccidindex.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace cube {

// The last full SIM list of an account, as of when it was read.
struct CachedFleet
{
    FleetSnapshot fleet;
    QDateTime asOf;
    IccidIndex index; // built where the list was read, off the UI thread
};

// The local fleet cache: the last full SIM list of each account (profile, server and access
// code), so that the console shows a million SIMs at once at start and cubectl can list them
// without the network. SQLite through Qt SQL under QStandardPaths::CacheLocation; the store's
// packed chunks are kept as they are (56 bytes a SIM). It holds no secret. A damaged file is set
// aside, and a cache of another schema or a list that does not hold together is dropped, each
// with a notice() for the person; it is only a cache, the server has the truth.
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
    QString lastError() const;
    void drop(const QString &account, const QString &why);

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_notice;
};

} // namespace cube
