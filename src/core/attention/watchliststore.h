#pragma once

#include "base/teamstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cube {

class AttentionStore;

// Where an account's watchlist is kept: in this computer's attention file (AttentionStore), or,
// when the profile keeps its journal in a team store, in that store, where every desk of the
// team watches the same SIMs. The rest of the Attention tab's state (days read, the kept order
// listing, what was announced) is a cache of this desk's and stays in the file.
//
// Used from the thread that made it.
class WatchlistStore final
{
    Q_DECLARE_TR_FUNCTIONS(cube::WatchlistStore)
    Q_DISABLE_COPY_MOVE(WatchlistStore)

public:
    static constexpr int teamSchemaVersion = 1;

    WatchlistStore(const QString &attentionPath, const TeamStore &team);
    ~WatchlistStore();

    bool isOpen() const;
    // Why the watchlist cannot be read or changed, or empty.
    QString problem() const;
    // What became of a damaged attention file (set aside), or empty.
    QString notice() const;

    // The watched ICCIDs, in the order they were added.
    QStringList watched(const QString &account) const;
    // Why the watchlist could not be changed, or nothing.
    std::optional<QString> watch(const QString &account, const QStringList &iccids);
    std::optional<QString> unwatch(const QString &account, const QStringList &iccids);

private:
    bool openTeamStore(const TeamStore &team);
    std::optional<QString> writeRows(const QString &statement, const QList<QVariantList> &rows);

    std::unique_ptr<AttentionStore> m_file; // no team store
    QString m_connection;                   // the team store's
    QString m_problem;
};

} // namespace cube
