#include "../support/heartbeat.h"  // header-only; this bench links no test support library
#include "../support/signalwait.h" // header-only
#include "fleet/fleetstore.h"
#include "simselectionkeeper.h"
#include "simtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

// The SIM list at 100,000 and 1,000,000 SIMs (label bench): the fleet store and its worker
// beside a QStandardItemModel + QSortFilterProxyModel baseline over the same rows, each shown in
// a real QTableView. For every search and sort: the time until its rows are shown and the
// longest time the UI thread was blocked, read by a 10 ms heartbeat timer. A baseline case runs
// in a child process stopped after `baselineCap`: at a million SIMs some run for minutes.
// The store's results are checked against the SIM cards generated (Truth, made before the
// store and outside its memory): after the load and after every search, filter and sort, the
// rows shown (read through the model, by the ICCID each shows) are each a SIM that matches,
// none twice, as many as match, in the case's order; the pasted ICCIDs select their own rows.
// Its figures are checked against loose bounds (CI shares two cores among its tests): every
// search, filter and sort shown within `storeCaseBoundMs`, the UI thread never blocked for more
// than `uiBlockedBoundMs`, 10,000 pasted ICCIDs selected within `pasteBoundMs`, and at most
// `bytesPerSimBound` a SIM from a million SIMs up. A wrong row, a broken bound, or a step that
// does not end makes the exit status 1. The baseline is only printed.
// A step is awaited on the model's own signal (busyChanged) by an event loop that it stops:
// QTest::qWaitFor slept 10 ms between its passes, which every step waited for and which
// blocked the UI thread that the heartbeat watches.
//   bench_simlist [--store-only] [SIZE...]  (default 100000 1000000)
//   bench_simlist --baseline SIZE CASE      (the child)

namespace {

constexpr int pageSize = 500;
constexpr int baselineCapMs = 30000;
constexpr qint64 storeCaseBoundMs = 2000; // the slowest, a sort at a million: ~90 ms
constexpr qint64 uiBlockedBoundMs = 250;
constexpr qint64 pasteBoundMs = 1000;
constexpr double bytesPerSimBound = 160; // 77 B; below a million the view's own memory counts

int failures = 0;

// A wrong row, a broken bound or a step that did not end: said at once, and the exit status
// is 1.
void fail(const QString &what)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(what));
    ++failures;
}

struct Case
{
    const char *name;
    QString search;
    std::optional<int> lifeCycle;
    int sortColumn;
};

QList<Case> cases(qsizetype size)
{
    // A full ICCID that is there: the middle SIM's.
    const QString full = u"8985202201%1"_s.arg(size / 2, 10, 10, QChar(u'0'));
    return {
        {"search one digit \"7\"", u"7"_s, std::nullopt, -1},
        {"search four digits \"7123\"", u"7123"_s, std::nullopt, -1},
        {"search a full ICCID", full, std::nullopt, -1},
        {"status filter Activated", {}, 2, -1},
        {"sort by ICCID (descending)", {}, std::nullopt, cube::SimTableModel::Iccid},
        {"sort by status", {}, std::nullopt, cube::SimTableModel::Status},
        {"sort by usage", {}, std::nullopt, cube::SimTableModel::Usage},
    };
}

cube::SimCard simNumber(qsizetype i)
{
    static const QStringList plans{u"Monthly 1GB Asia"_s, u"Daily 500MB Asia"_s,
                                   u"Yearly 100GB Global"_s, u"Quarterly 5GB Asia"_s};
    cube::SimCard sim;
    sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
    sim.imsi = u"45412%1"_s.arg(i, 10, 10, QChar(u'0'));
    sim.msisdn = u"8526%1"_s.arg(i, 7, 10, QChar(u'0'));
    const quint64 mixed = quint64(i) * 0x9e3779b97f4a7c15ULL;
    sim.lifeCycle = 1 + int((mixed >> 40) % 4);
    if (sim.lifeCycle == 2) {
        sim.planCode = u"DP%1"_s.arg((mixed >> 20) % 4);
        sim.planName = plans.at(int((mixed >> 20) % 4));
        sim.orderCode = u"L20261130%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.usedFlowMb = double((mixed >> 8) % 100000) / 100.0;
    }
    sim.updated = QDateTime(QDate(2026, 11, 1), QTime(0, 0)).addSecs((mixed >> 30) % 2'500'000);
    return sim;
}

// What was generated, for checking the rows shown: per SIM its life cycle, the key a sort by
// usage orders it by, and which cases (bit k: cases()[k]) it is shown in. A few bytes a SIM,
// worked out from simNumber() with plain QString searches, not by the store's packed matcher.
struct Truth
{
    std::vector<quint8> lifeCycle;
    std::vector<double> usageKey; // -1 without an order in use (shown first), else the MB used
    std::vector<quint8> inCase;
    std::vector<qsizetype> caseCounts;

    explicit Truth(qsizetype size)
    {
        const QList<Case> all = cases(size);
        if (all.size() > 8)
            qFatal("Truth keeps a bit a case in a byte: at most 8 cases");
        lifeCycle.resize(size_t(size));
        usageKey.resize(size_t(size));
        inCase.resize(size_t(size));
        caseCounts.assign(size_t(all.size()), 0);
        for (qsizetype i = 0; i < size; ++i) {
            const cube::SimCard sim = simNumber(i);
            lifeCycle[size_t(i)] = quint8(sim.lifeCycle);
            usageKey[size_t(i)] = sim.orderCode.isEmpty() ? -1 : sim.usedFlowMb;
            for (qsizetype k = 0; k < all.size(); ++k) {
                const Case &test = all.at(k);
                const bool found = test.search.isEmpty() || sim.iccid.contains(test.search)
                                   || sim.imsi.contains(test.search)
                                   || sim.msisdn.contains(test.search);
                if (found && (!test.lifeCycle || *test.lifeCycle == sim.lifeCycle)) {
                    inCase[size_t(i)] |= quint8(1U << k);
                    ++caseCounts[size_t(k)];
                }
            }
        }
    }
};

// Checks the rows `model` shows against `truth`: for case `caseIndex` (-1: every row, as
// loaded) each row shows the ICCID of a generated SIM that the case shows, no SIM twice, as
// many as the case shows, each row in order after the one before (by its sort, or as loaded).
// What is wrong, or nothing.
QString wrongRows(const QAbstractItemModel &model, const Truth &truth, qsizetype size,
                  int caseIndex)
{
    const QList<Case> all = cases(size);
    const int sortColumn = caseIndex < 0 ? -1 : all.at(caseIndex).sortColumn;
    const qsizetype expected = caseIndex < 0 ? size : truth.caseCounts[size_t(caseIndex)];
    if (model.rowCount() != expected)
        return u"%1 rows shown, %2 expected"_s.arg(model.rowCount()).arg(expected);
    auto orderKey = [&](qsizetype i) -> double {
        switch (sortColumn) {
        case cube::SimTableModel::Iccid:
            return -double(i); // descending; the ICCIDs are numbered as generated
        case cube::SimTableModel::Status:
            return truth.lifeCycle[size_t(i)];
        case cube::SimTableModel::Usage:
            return truth.usageKey[size_t(i)];
        default:
            return double(i); // in the order loaded
        }
    };
    const QString prefix = u"8985202201"_s;
    std::vector<bool> seen(size_t(size), false);
    double previous = -std::numeric_limits<double>::infinity();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString iccid = model.index(row, cube::SimTableModel::Iccid).data().toString();
        bool isNumber = false;
        const qsizetype i = iccid.mid(prefix.size()).toLongLong(&isNumber);
        if (!iccid.startsWith(prefix) || iccid.size() != 20 || !isNumber || i < 0 || i >= size)
            return u"row %1 shows \"%2\", no SIM card generated"_s.arg(row).arg(iccid);
        if (seen[size_t(i)])
            return u"row %1 shows %2 a second time"_s.arg(row).arg(iccid);
        seen[size_t(i)] = true;
        if (caseIndex >= 0 && !(truth.inCase[size_t(i)] & (1U << caseIndex)))
            return u"row %1 shows %2, which does not match"_s.arg(row).arg(iccid);
        if (orderKey(i) < previous)
            return u"row %1 (%2) is out of order"_s.arg(row).arg(iccid);
        previous = orderKey(i);
    }
    return {};
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

struct Measure
{
    qint64 ms = -1;
    qint64 stallMs = -1;
};

// Runs `start`, then `settle`, which runs the event loop until the work is done (false when it
// never is), measuring both.
Measure measure(const std::function<void()> &start, const std::function<bool()> &settle)
{
    cube::test::runEventLoopFor(50); // earlier work settles; the heartbeat starts from a quiet loop
    cube::test::Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    start();
    if (!settle())
        return {};
    const qint64 ms = clock.elapsed();
    cube::test::runEventLoopFor(30);
    return {ms, heartbeat.worstGapMs()};
}

// Runs the event loop until the model's worker is idle and its rows are shown.
bool settled(cube::SimTableModel &model, int timeoutMs)
{
    return cube::test::waitUntil(
        &model, &cube::SimTableModel::busyChanged, [&] { return !model.isBusy(); }, timeoutMs);
}

QTableView *shownView(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->resize(1200, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view))
        fail(u"the view was not shown"_s);
    return view;
}

struct Row
{
    QString name;
    Measure store;
    QString baseline;
};

// The store: rows appended page by page, then each case on a real view.
QList<Row> runStore(qsizetype size, double *bytesPerRow, qint64 *loadMs)
{
    QList<Row> rows;
    const Truth truth(size);
    const qint64 before = residentBytes();
    cube::FleetStore store;
    cube::SimTableModel model(&store, cube::ServerTimeZone());
    QTableView *view = shownView(&model);
    QElapsedTimer clock;
    clock.start();
    store.beginLoad();
    for (qsizetype first = 0; first < size; first += pageSize) {
        QList<cube::SimCard> page;
        for (qsizetype i = first; i < qMin(size, first + pageSize); ++i)
            page.append(simNumber(i));
        store.mergePage(page);
    }
    store.finishLoad(QDateTime::currentDateTime());
    *loadMs = clock.elapsed();
    QCoreApplication::processEvents();
    *bytesPerRow = double(residentBytes() - before) / double(size);
    if (const QString wrong = wrongRows(model, truth, size, -1); !wrong.isEmpty())
        fail(u"after loading %1 SIMs: %2"_s.arg(size).arg(wrong));

    const QList<Case> all = cases(size);
    for (int caseIndex = 0; caseIndex < all.size(); ++caseIndex) {
        const Case &test = all.at(caseIndex);
        Measure result = measure(
            [&] {
                model.sort(-1);
                model.setSearchText(test.search);
                model.setLifeCycleFilter(test.lifeCycle);
                if (test.sortColumn >= 0)
                    model.sort(test.sortColumn, test.sortColumn == cube::SimTableModel::Iccid
                                                    ? Qt::DescendingOrder
                                                    : Qt::AscendingOrder);
            },
            [&] { return settled(model, 600000); });
        rows.append({QString::fromLatin1(test.name), result, {}});
        if (result.ms < 0)
            fail(u"%1 at %2 SIMs did not end"_s.arg(QString::fromLatin1(test.name)).arg(size));
        else if (result.ms > storeCaseBoundMs || result.stallMs > uiBlockedBoundMs)
            fail(u"%1 at %2 SIMs: %3 ms, UI blocked %4 ms (bounds %5 ms, %6 ms)"_s
                     .arg(QString::fromLatin1(test.name))
                     .arg(size)
                     .arg(result.ms)
                     .arg(result.stallMs)
                     .arg(storeCaseBoundMs)
                     .arg(uiBlockedBoundMs));
        if (result.ms >= 0)
            if (const QString wrong = wrongRows(model, truth, size, caseIndex); !wrong.isEmpty())
                fail(u"%1 at %2 SIMs: %3"_s.arg(QString::fromLatin1(test.name))
                         .arg(size)
                         .arg(wrong));
        // Back to every row, unsorted, for the next case (not measured).
        model.setSearchText({});
        model.setLifeCycleFilter(std::nullopt);
        model.sort(-1);
        if (!settled(model, 60000))
            fail(u"the list did not settle after %1"_s.arg(QString::fromLatin1(test.name)));
    }
    // Paste-to-select: 10,000 ICCIDs spread over the list, found and selected at once.
    QStringList pasted;
    for (qsizetype i = 0; i < 10000; ++i)
        pasted.append(simNumber(i * (size / 10000)).iccid);
    int selected = 0;
    const Measure paste = measure(
        [&] {
            std::vector<int> positions;
            for (const QString &iccid : std::as_const(pasted))
                positions.push_back(model.positionOfIccid(iccid));
            cube::SimSelectionKeeper::selectRows(view, positions);
            for (const QItemSelectionRange &range : view->selectionModel()->selection())
                selected += range.height();
        },
        [] { return true; });
    rows.append({u"select 10,000 pasted ICCIDs"_s, paste, u"(%1 rows selected)"_s.arg(selected)});
    const QSet<QString> distinct(pasted.cbegin(), pasted.cend());
    // Each row selected shows one of the pasted SIMs (with the count: every one, once).
    int notPasted = 0;
    for (const QItemSelectionRange &range : view->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            if (!distinct.contains(model.index(row, cube::SimTableModel::Iccid).data().toString()))
                ++notPasted;
    if (notPasted > 0)
        fail(u"pasting 10,000 ICCIDs at %1 SIMs selected %2 rows not pasted"_s.arg(size).arg(
            notPasted));
    if (selected != int(distinct.size()) || paste.ms > pasteBoundMs)
        fail(u"pasting 10,000 ICCIDs at %1 SIMs: %2 selected in %3 ms (bound %4 ms)"_s.arg(size)
                 .arg(selected)
                 .arg(paste.ms)
                 .arg(pasteBoundMs));
    delete view;
    return rows;
}

// The baseline, in a child process: one case, printed as "bytes ms stall".
int runBaselineCase(qsizetype size, int caseIndex)
{
    const Case test = cases(size).at(caseIndex);
    const qint64 before = residentBytes();
    QStandardItemModel model(0, cube::SimTableModel::ColumnCount);
    for (qsizetype i = 0; i < size; ++i) {
        const cube::SimCard sim = simNumber(i);
        QList<QStandardItem *> items{
            new QStandardItem(sim.iccid),
            new QStandardItem(sim.imsi),
            new QStandardItem(sim.msisdn),
            new QStandardItem(QString::number(sim.lifeCycle)),
            new QStandardItem(sim.planName),
            new QStandardItem(QString::number(sim.usedFlowMb)),
            new QStandardItem(sim.updated.toString(u"yyyy-MM-dd HH:mm"_s)),
        };
        items[5]->setData(sim.usedFlowMb, Qt::UserRole);
        model.appendRow(items);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView *view = shownView(&proxy);
    QCoreApplication::processEvents();
    const qint64 bytes = residentBytes() - before;
    std::printf("bytes %lld\n", static_cast<long long>(bytes));
    std::fflush(stdout);
    const Measure result = measure(
        [&] {
            if (!test.search.isEmpty()) {
                proxy.setFilterKeyColumn(-1);
                proxy.setFilterFixedString(test.search);
            } else if (test.lifeCycle) {
                proxy.setFilterKeyColumn(cube::SimTableModel::Status);
                proxy.setFilterFixedString(QString::number(*test.lifeCycle));
            } else {
                proxy.setSortRole(test.sortColumn == cube::SimTableModel::Usage ? Qt::UserRole
                                                                                : Qt::DisplayRole);
                proxy.sort(test.sortColumn, test.sortColumn == cube::SimTableModel::Iccid
                                                ? Qt::DescendingOrder
                                                : Qt::AscendingOrder);
            }
        },
        [] { return true; });
    std::printf("result %lld %lld\n", static_cast<long long>(result.ms),
                static_cast<long long>(result.stallMs));
    delete view;
    return 0;
}

QString baselineInChild(const QString &program, qsizetype size, int caseIndex, double *bytes)
{
    QProcess child;
    child.start(program, {u"--baseline"_s, QString::number(size), QString::number(caseIndex)});
    // Building the baseline's rows is not timed; the case is, from the line that says it starts.
    QByteArray output;
    while (!output.contains("bytes") && child.waitForReadyRead(300000))
        output += child.readAllStandardOutput();
    if (!child.waitForFinished(baselineCapMs)) {
        child.kill();
        child.waitForFinished();
    }
    output += child.readAllStandardOutput();
    for (const QString &line : QString::fromLatin1(output).split(u'\n')) {
        const QStringList words = line.split(u' ');
        if (words.value(0) == u"bytes"_s)
            *bytes = words.value(1).toDouble() / double(size);
        if (words.value(0) == u"result"_s)
            return u"%1 ms, UI blocked %2 ms"_s.arg(words.value(1), -8).arg(words.value(2));
    }
    return u"stopped after %1 s, UI blocked all that time"_s.arg(baselineCapMs / 1000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == u"--baseline"_s)
        return runBaselineCase(arguments.value(1).toLongLong(), arguments.value(2).toInt());

    // --store-only: the store's figures alone, quickly (the baseline takes minutes).
    const bool storeOnly = arguments.contains(u"--store-only"_s);
    QList<qsizetype> sizes;
    for (const QString &argument : arguments)
        if (!argument.startsWith(u'-'))
            sizes.append(argument.toLongLong());
    if (sizes.isEmpty())
        sizes = {100'000, 1'000'000};
    for (qsizetype size : sizes) {
        double storeBytes = 0;
        qint64 loadMs = 0;
        const QList<Row> rows = runStore(size, &storeBytes, &loadMs);
        double baselineBytes = 0;
        std::printf("\n== %lld SIM cards ==\n", static_cast<long long>(size));
        std::printf("%-30s %-32s %s\n", "", "fleet store + worker",
                    "QStandardItemModel + QSortFilterProxyModel");
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const QString baseline =
                storeOnly ? QString()
                : row.baseline.isEmpty()
                    ? baselineInChild(app.applicationFilePath(), size, i, &baselineBytes)
                    : row.baseline;
            std::printf("%-30s %6lld ms, UI blocked %4lld ms   %s\n", qPrintable(row.name),
                        static_cast<long long>(row.store.ms),
                        static_cast<long long>(row.store.stallMs), qPrintable(baseline));
            std::fflush(stdout);
        }
        std::printf("%-30s %6.0f B                         %.0f B\n", "memory per SIM", storeBytes,
                    baselineBytes);
        if (size >= 1'000'000 && storeBytes > bytesPerSimBound)
            fail(u"%1 B a SIM at %2 SIMs (bound %3 B)"_s.arg(storeBytes)
                     .arg(size)
                     .arg(bytesPerSimBound));
        std::printf("%-30s %6lld ms (pages of %d merged on the UI thread)\n",
                    "appending every page", static_cast<long long>(loadMs), pageSize);
        std::fflush(stdout);
    }
    if (failures > 0)
        std::fprintf(stderr, "%d check(s) failed (wrong rows, broken bounds, steps not ended)\n",
                     failures);
    return failures > 0 ? 1 : 0;
}
