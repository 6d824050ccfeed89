#include "journal/journal.h"

#include <QMetaMethod>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Class Journal, its change feed: the watch on the file for what other programs commit. What
// this journal writes is announced where it is written (journal.cpp, journaljobs.cpp).
namespace cube {

bool Journal::isWatched() const
{
    static const QMetaMethod feed[] = {
        QMetaMethod::fromSignal(&Journal::entryRecorded),
        QMetaMethod::fromSignal(&Journal::entryUpdated),
        QMetaMethod::fromSignal(&Journal::jobRecorded),
        QMetaMethod::fromSignal(&Journal::jobUpdated),
        QMetaMethod::fromSignal(&Journal::pruned),
        QMetaMethod::fromSignal(&Journal::changedByAnotherProgram),
    };
    for (const QMetaMethod &signal : feed)
        if (isSignalConnected(signal))
            return true;
    return false;
}

void Journal::connectNotify(const QMetaMethod &signal)
{
    Q_UNUSED(signal)
    watchOrNot();
}

void Journal::disconnectNotify(const QMetaMethod &signal)
{
    Q_UNUSED(signal)
    // Called while Qt still holds the lock that isSignalConnected() takes: asked once back in
    // the event loop.
    QMetaObject::invokeMethod(this, &Journal::watchOrNot, Qt::QueuedConnection);
}

void Journal::watchOrNot()
{
    // Asking the file costs a statement a second: only while someone follows the feed.
    const bool watched = isOpen() && isWatched();
    if (isTeam()) {
        // The store says what another desk committed (its notices): nothing to ask each second.
        followTeamFeed(watched);
        return;
    }
    if (watched == m_watch.isActive())
        return;
    if (!watched) {
        m_watch.stop();
        m_dataVersion.reset();
        m_feedVersion.reset();
        return;
    }
    m_dataVersion = dataVersion();
    m_feedVersion = feedVersion();
    m_watch.start();
}

std::optional<qint64> Journal::dataVersion() const
{
    // SQLite changes it for this connection whenever ANOTHER connection commits to the file
    // (this one's own commits leave it): exactly "another program wrote".
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> Journal::feedVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT version FROM feed"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void Journal::lookForOtherPrograms()
{
    // A receiver destroyed takes its connection along without always telling disconnectNotify.
    if (!isWatched())
        return watchOrNot();
    const std::optional<qint64> now = dataVersion();
    if (!now || now == m_dataVersion)
        return;
    m_dataVersion = now;
    // Another connection committed; only a change to entries or jobs is news. (This journal's
    // own writes move the count too: the first commit of another program after them is
    // announced once more than needed, and views re-read once.)
    const std::optional<qint64> feed = feedVersion();
    if (feed && feed == m_feedVersion)
        return;
    m_feedVersion = feed;
    emit changedByAnotherProgram();
}

} // namespace cube
