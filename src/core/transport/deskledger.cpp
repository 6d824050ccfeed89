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
// The lock is held for microseconds by a running program; the UI thread waits no longer than
// this for it, and asks again later.
constexpr qint64 lockPatienceMs = 5;
// Failing to lock for this long in all, the ledger is given up: this program keeps to the
// limits on its own rather than wait for one stopped while holding the lock.
constexpr qint64 giveUpAfterMs = 2000;
// A lease outlasts the longest request by this much (its answer read, its turn released).
constexpr qint64 leaseMarginMs = 5000;
// No 429 asks for longer (RetryPolicy::longestLimitWait); a longer hold in the file was not
// written by this boot's clock.
constexpr qint64 longestHoldMs = 60000;

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

// Whether the process so named still runs. Only Linux lets one process see another's start
// time; elsewhere every process is taken to run, and leases and lapses end what it left.
bool runs(const QString &process)
{
#ifdef Q_OS_LINUX
    const qint64 pid = process.section(u'@', 0, 0).toLongLong();
    return pid > 0 && processidentity::of(pid) == process;
#else
    Q_UNUSED(process)
    return true;
#endif
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
                       std::chrono::milliseconds window, std::chrono::milliseconds longestRequest)
    : m_limits(limits)
    , m_windowMs(window.count())
    , m_leaseMs(longestRequest.count() + leaseMarginMs)
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
            return isMine(holder.process, holder.governor);
        });
        removeIf(state.waiters, [this](const DeskLedgerState::Waiter &waiter) {
            return isMine(waiter.process, waiter.governor);
        });
        removeIf(state.starts, [this](const DeskLedgerState::Start &start) {
            return !start.departed && isMine(start.process, start.governor);
        });
    });
    if (m_file >= 0)
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
    auto own = std::find_if(state.waiters.begin(), state.waiters.end(),
                            [this](const auto &w) { return isMine(w.process, w.governor); });
    const qint64 since = own != state.waiters.end() ? own->since : now;
    const bool someoneWaitedLonger =
        std::any_of(state.waiters.cbegin(), state.waiters.cend(), [&](const auto &waiter) {
            return waiter.since < since && !isMine(waiter.process, waiter.governor);
        });
    int connections = 0;
    for (const DeskLedgerState::Holder &holder : state.holders)
        connections += holder.connections;

    qint64 waitMs = 0;
    const qsizetype inWindow = qsizetype(state.starts.size()); // those not left yet count too
    if (state.heldUntil > now) {
        waitMs = state.heldUntil - now;
    } else if (inWindow >= m_limits.queriesPerSecond) {
        // The departure whose leaving the window makes room; none yet while too many are still
        // on their way (their departures open it later).
        std::vector<qint64> left;
        for (const DeskLedgerState::Start &start : state.starts)
            if (start.departed)
                left.push_back(start.at);
        std::sort(left.begin(), left.end());
        const std::size_t leaving = std::size_t(inWindow - m_limits.queriesPerSecond);
        waitMs = leaving < left.size() ? left.at(leaving) + m_windowMs - now : pollMs;
    } else if (connections >= m_limits.connections || someoneWaitedLonger) {
        waitMs = pollMs;
    }

    if (waitMs <= 0) {
        state.starts.push_back({now, m_process, m_governor, false});
        DeskLedgerState::Holder &holder = ownHolder(state);
        ++holder.connections;
        holder.leaseUntil = now + m_leaseMs;
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

void DeskLedger::departed()
{
    if (!isShared())
        return;
    ++m_pendingDepartures;
    update([](DeskLedgerState &, qint64) {});
}

void DeskLedger::stampDeparture(DeskLedgerState &state, qint64 now) const
{
    for (DeskLedgerState::Start &start : state.starts) {
        if (!start.departed && isMine(start.process, start.governor)) {
            start.at = now;
            start.departed = true;
            return;
        }
    }
}

bool DeskLedger::isMine(const QString &process, quint64 governor) const
{
    return governor == m_governor && process == m_process;
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
            return isMine(waiter.process, waiter.governor);
        });
        m_waiting = false;
    });
}

DeskLedgerState::Holder &DeskLedger::ownHolder(DeskLedgerState &state) const
{
    for (DeskLedgerState::Holder &holder : state.holders)
        if (isMine(holder.process, holder.governor))
            return holder;
    state.holders.push_back({m_process, m_governor, 0, 0});
    return state.holders.back();
}

void DeskLedger::applyPending(DeskLedgerState &state, qint64 now) const
{
    for (int i = 0; i < m_pendingDepartures; ++i)
        stampDeparture(state, now); // later than it left: the safe side
    if (m_pendingFinished > 0) {
        DeskLedgerState::Holder &own = ownHolder(state);
        own.connections = qMax(0, own.connections - m_pendingFinished);
    }
    state.heldUntil = qMax(state.heldUntil, m_pendingHeldUntil);
}

void DeskLedger::prune(DeskLedgerState &state, qint64 now) const
{
    removeIf(state.starts, [&](const DeskLedgerState::Start &start) {
        if (start.at > now + m_windowMs)
            return true; // not written by this boot's clock
        if (start.departed)
            return start.at <= now - m_windowMs;
        return start.at < now - m_leaseMs || (start.process != m_process && !runs(start.process));
    });
    if (state.heldUntil <= now || state.heldUntil > now + longestHoldMs)
        state.heldUntil = 0;
    removeIf(state.holders, [&](const DeskLedgerState::Holder &holder) {
        return holder.connections <= 0 || holder.leaseUntil < now
               || holder.leaseUntil > now + 24 * 3600 * 1000LL
               || (holder.process != m_process && !runs(holder.process));
    });
    removeIf(state.waiters, [&](const DeskLedgerState::Waiter &waiter) {
        return waiter.asked < now - waiterLapsesMs || waiter.asked > now + waiterLapsesMs
               || (waiter.process != m_process && !runs(waiter.process));
    });
}

void DeskLedger::giveUp(const char *why)
{
    qCWarning(lcDesk) << "the desk's ledger" << why
                      << "; this program keeps to the gateway's limits on its own from now on";
#ifdef Q_OS_UNIX
    ::close(m_file);
#endif
    m_file = -1;
}

bool DeskLedger::update(const std::function<void(DeskLedgerState &, qint64)> &change)
{
#ifdef Q_OS_UNIX
    if (m_file < 0)
        return false;
    QElapsedTimer patience;
    patience.start();
    while (::flock(m_file, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || patience.elapsed() >= lockPatienceMs) {
            if (!m_lockFailingSince.isValid())
                m_lockFailingSince.start();
            if (m_lockFailingSince.elapsed() > giveUpAfterMs)
                giveUp("stays locked");
            return false;
        }
        QThread::usleep(100);
    }
    m_lockFailingSince.invalidate();
    const qint64 now = monotonicNow();
    DeskLedgerState state = DeskLedgerState::parse(readAll(m_file));
    applyPending(state, now);
    change(state, now);
    const QByteArray text = state.serialize();
    // Written over the old text, then trimmed: a program killed in between leaves the old
    // tail after the end line, where nobody reads.
    const bool written = ::pwrite(m_file, text.constData(), size_t(text.size()), 0) == text.size()
                         && ::ftruncate(m_file, text.size()) == 0;
    ::flock(m_file, LOCK_UN);
    if (!written) {
        giveUp("cannot be written (is the temporary folder full?)");
        return false;
    }
    m_pendingFinished = 0;
    m_pendingDepartures = 0;
    m_pendingHeldUntil = 0;
    return true;
#else
    Q_UNUSED(change)
    return false;
#endif
}

} // namespace cube
