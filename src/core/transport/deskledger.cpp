#include "transport/deskledger.h"

#include "base/processidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDesk, "cube.desk")

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// A governor that waits for a connection another program holds is not told when it frees one:
// it asks again this often.
constexpr qint64 pollMs = 15;
// A waiter that has not asked again for this long has stopped waiting (its program is busy or
// has nothing left to send): it no longer keeps others back.
constexpr qint64 waiterLapsesMs = 1000;
// The longest wait a refusal names, so that a waiter asks again well before its place lapses.
constexpr qint64 longestAnswerMs = 250;
// The lock is held for microseconds; one that cannot be had for this long belongs to a program
// stopped while holding it.
constexpr qint64 lockPatienceMs = 200;
// Failing to lock for this long in all, the ledger is given up: this program keeps to the
// limits on its own rather than wait for a stopped one.
constexpr qint64 giveUpAfterMs = 2000;

qint64 monotonicNow()
{
    // The system's monotonic clock, which every process reads alike (CLOCK_MONOTONIC).
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

quint64 nextGovernorNumber()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

template<typename Item, typename Predicate>
void removeIf(std::vector<Item> &items, Predicate predicate)
{
    items.erase(std::remove_if(items.begin(), items.end(), predicate), items.end());
}

bool runs(const QString &process)
{
    const qint64 pid = process.section(u'@', 0, 0).toLongLong();
    return pid > 0 && processidentity::of(pid) == process;
}

#ifdef Q_OS_UNIX
// This user's folder for desk ledgers, private to them; empty when it cannot be had.
QString ledgerFolder()
{
    const QString folder = QDir::tempPath() + u"/cube-desk-"_s + QString::number(::getuid());
    const QByteArray native = QFile::encodeName(folder);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode)
        || info.st_uid != ::getuid() || (info.st_mode & 0077) != 0)
        return {}; // someone else's, or open to others: not to be trusted with our limits
    return folder;
}

QByteArray readAll(int file)
{
    QByteArray text;
    char buffer[4096];
    if (::lseek(file, 0, SEEK_SET) != 0)
        return text;
    for (;;) {
        const ssize_t got = ::read(file, buffer, sizeof buffer);
        if (got <= 0 || text.size() > 256 * 1024)
            break;
        text.append(buffer, got);
    }
    return text;
}
#endif

} // namespace

DeskLedger::DeskLedger(const QString &gatewayKey, const GatewayLimits &limits,
                       std::chrono::milliseconds window)
    : m_limits(limits)
    , m_windowMs(window.count())
    , m_process(processidentity::thisProcess())
    , m_governor(nextGovernorNumber())
{
#ifdef Q_OS_UNIX
    if (m_process.isEmpty() || gatewayKey.isEmpty())
        return;
    const QString folder = ledgerFolder();
    if (folder.isEmpty()) {
        qCWarning(lcDesk) << "no private folder for the desk's ledger in" << QDir::tempPath()
                          << "; this program keeps to the gateway's limits on its own";
        return;
    }
    const QByteArray name =
        QCryptographicHash::hash(gatewayKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    const QByteArray path = QFile::encodeName(folder + u'/' + QString::fromLatin1(name));
    m_file = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_file < 0)
        qCWarning(lcDesk) << "the desk's ledger" << path
                          << "cannot be opened:" << ::strerror(errno);
#else
    Q_UNUSED(gatewayKey)
#endif
}

DeskLedger::~DeskLedger()
{
#ifdef Q_OS_UNIX
    if (m_file < 0)
        return;
    update([this](DeskLedgerState &state, qint64) {
        removeIf(state.holders, [this](const DeskLedgerState::Holder &holder) {
            return holder.process == m_process && holder.governor == m_governor;
        });
        removeIf(state.waiters, [this](const DeskLedgerState::Waiter &waiter) {
            return waiter.process == m_process && waiter.governor == m_governor;
        });
    });
    ::close(m_file);
#endif
}

std::optional<std::chrono::milliseconds> DeskLedger::tryStart()
{
    std::optional<std::chrono::milliseconds> wait;
    if (!update([&](DeskLedgerState &state, qint64 now) { wait = admit(state, now); }))
        return isShared() ? std::optional(std::chrono::milliseconds(pollMs)) : std::nullopt;
    return wait;
}

std::optional<std::chrono::milliseconds> DeskLedger::admit(DeskLedgerState &state, qint64 now)
{
    prune(state, now);
    auto own = std::find_if(state.waiters.begin(), state.waiters.end(), [this](const auto &w) {
        return w.process == m_process && w.governor == m_governor;
    });
    const qint64 since = own != state.waiters.end() ? own->since : now;
    const bool someoneWaitedLonger =
        std::any_of(state.waiters.cbegin(), state.waiters.cend(), [&](const auto &waiter) {
            return waiter.since < since
                   && !(waiter.process == m_process && waiter.governor == m_governor);
        });
    int connections = 0;
    for (const DeskLedgerState::Holder &holder : state.holders)
        connections += holder.connections;
    const qsizetype inWindow = qsizetype(state.starts.size());

    qint64 waitMs = 0;
    if (state.heldUntil > now)
        waitMs = state.heldUntil - now;
    else if (inWindow >= m_limits.queriesPerSecond)
        waitMs =
            state.starts.at(std::size_t(inWindow - m_limits.queriesPerSecond)) + m_windowMs - now;
    else if (connections >= m_limits.connections || someoneWaitedLonger)
        waitMs = pollMs;

    if (waitMs <= 0) {
        state.starts.push_back(now);
        ++ownHolder(state).connections;
        if (own != state.waiters.end())
            state.waiters.erase(own);
        m_waiting = false;
        return std::nullopt;
    }
    if (own == state.waiters.end())
        state.waiters.push_back({m_process, m_governor, now, now});
    else
        own->asked = now;
    m_waiting = true;
    return std::chrono::milliseconds(qBound<qint64>(1, waitMs, longestAnswerMs));
}

void DeskLedger::finished()
{
    if (!isShared())
        return;
    ++m_pendingFinished;
    update([](DeskLedgerState &, qint64) {});
}

void DeskLedger::holdFor(std::chrono::milliseconds wait)
{
    if (!isShared())
        return;
    m_pendingHeldUntil = qMax(m_pendingHeldUntil, monotonicNow() + wait.count());
    update([](DeskLedgerState &, qint64) {});
}

void DeskLedger::stopWaiting()
{
    if (!m_waiting)
        return;
    update([this](DeskLedgerState &state, qint64) {
        removeIf(state.waiters, [this](const DeskLedgerState::Waiter &waiter) {
            return waiter.process == m_process && waiter.governor == m_governor;
        });
        m_waiting = false;
    });
}

DeskLedgerState::Holder &DeskLedger::ownHolder(DeskLedgerState &state) const
{
    for (DeskLedgerState::Holder &holder : state.holders)
        if (holder.process == m_process && holder.governor == m_governor)
            return holder;
    state.holders.push_back({m_process, m_governor, 0});
    return state.holders.back();
}

void DeskLedger::applyPending(DeskLedgerState &state) const
{
    if (m_pendingFinished > 0) {
        DeskLedgerState::Holder &own = ownHolder(state);
        own.connections = qMax(0, own.connections - m_pendingFinished);
    }
    state.heldUntil = qMax(state.heldUntil, m_pendingHeldUntil);
}

void DeskLedger::prune(DeskLedgerState &state, qint64 now) const
{
    std::sort(state.starts.begin(), state.starts.end());
    removeIf(state.starts, [&](qint64 start) { return start <= now - m_windowMs; });
    if (state.heldUntil <= now)
        state.heldUntil = 0;
    removeIf(state.holders, [this](const DeskLedgerState::Holder &holder) {
        return holder.connections <= 0 || (holder.process != m_process && !runs(holder.process));
    });
    removeIf(state.waiters, [&](const DeskLedgerState::Waiter &waiter) {
        return waiter.asked < now - waiterLapsesMs
               || (waiter.process != m_process && !runs(waiter.process));
    });
}

bool DeskLedger::update(const std::function<void(DeskLedgerState &, qint64)> &change)
{
#ifdef Q_OS_UNIX
    if (m_file < 0)
        return false;
    QElapsedTimer patience;
    patience.start();
    while (::flock(m_file, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || patience.elapsed() > lockPatienceMs) {
            if (!m_lockFailingSince.isValid())
                m_lockFailingSince.start();
            if (m_lockFailingSince.elapsed() > giveUpAfterMs) {
                qCWarning(lcDesk) << "the desk's ledger stays locked; this program keeps to"
                                     " the gateway's limits on its own from now on";
                ::close(m_file);
                m_file = -1;
            }
            return false;
        }
        QThread::usleep(200);
    }
    m_lockFailingSince.invalidate();
    DeskLedgerState state = DeskLedgerState::parse(readAll(m_file));
    applyPending(state);
    change(state, monotonicNow());
    const QByteArray text = state.serialize();
    const bool written = ::pwrite(m_file, text.constData(), size_t(text.size()), 0) == text.size()
                         && ::ftruncate(m_file, text.size()) == 0;
    ::flock(m_file, LOCK_UN);
    if (written) {
        m_pendingFinished = 0;
        m_pendingHeldUntil = 0;
    }
    return written;
#else
    Q_UNUSED(change)
    return false;
#endif
}

} // namespace cube
