#include "cubectlharness.h"
#include "journal/journal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

constexpr int inUse = 1;
const QChar marked(QChar::ReplacementCharacter);

// The first character of `text` that must never be printed raw: a control character other
// than the line ends of the output itself, or an invisible or direction-changing one. Empty
// when there is none.
QString firstHidden(const QString &text)
{
    for (const uint character : text.toUcs4()) {
        if (character == u'\n' || character == u'\r') // the lines of the output; checked apart
            continue;
        // Judged by Unicode's categories, not by the code under test: controls (Cc), format
        // characters (Cf: every bidi control, zero-width ones, U+FEFF, tags), separators.
        const QChar::Category category = QChar::category(char32_t(character));
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return u"U+%1"_s.arg(character, 4, 16, QChar(u'0')).toUpper();
    }
    return {};
}

// Text output has no CR at all: every line is one of cubectl's.
bool cleanForATerminal(const QString &text)
{
    return firstHidden(text).isEmpty() && !text.contains(u'\r');
}

// The cells of one CSV line (RFC 4180, as cubectl writes it).
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
            wasQuoted = false;
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

// The column `key` of CSV output, header excluded.
QStringList csvColumn(const QString &csv, const QString &key)
{
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const qsizetype column = csvCells(lines.front()).indexOf(key);
    QStringList values;
    for (qsizetype i = 1; i < lines.size() && column >= 0; ++i)
        values.append(csvCells(lines.at(i)).value(column));
    return values;
}

} // namespace

// Text that people read, from cubectl: what a hostile server puts in names, codes and messages
// (escapes, bidi overrides, zero-width characters, formulas) and what the journal keeps is
// printed clean in text, JSON and CSV; CSV keeps formulas as text unless --csv-raw; a reason
// with a control or invisible character is refused before anything is sent.
class TestCubectlText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hostileServerTextIsPrintedClean_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("format");
        for (const char *format : {"text", "--json", "--csv", "--csv-raw"}) {
            const QString name = QString::fromLatin1(format);
            QTest::addRow("sims list %s", format) << QStringList{u"sims"_s, u"list"_s} << name;
            QTest::addRow("orders list %s", format)
                << QStringList{u"orders"_s, u"list"_s, u"--page-size"_s, u"20"_s} << name;
            QTest::addRow("plans list %s", format) << QStringList{u"plans"_s, u"list"_s} << name;
        }
    }

    void hostileServerTextIsPrintedClean()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, format);
        CubectlHarness harness;
        QVERIFY(harness.start({u"--size"_s, u"20"_s, u"--seed"_s, u"8"_s, u"--fault"_s,
                               u"queryDeviceList:control-chars"_s, u"--fault"_s,
                               u"queryOrder:control-chars"_s, u"--fault"_s,
                               u"syncPackage:control-chars"_s}));
        const CubectlRun run =
            harness.run(format == u"text"_s ? command : command + QStringList{format});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"FAKE"_s), qPrintable(run.out.left(400))); // there, harmless
        QVERIFY2(firstHidden(run.out).isEmpty(),
                 qPrintable(firstHidden(run.out) + u" in "_s + run.out.left(400)));
        if (format == u"text"_s)
            QVERIFY(cleanForATerminal(run.out));
        // The spoofed codes are shown marked, never as the code they imitate.
        if (command.front() != u"plans"_s || format != u"--json"_s)
            QVERIFY2(run.out.contains(marked), qPrintable(run.out.left(400)));
    }

    void csvKeepsFormulasAsTextUnlessRaw()
    {
        CubectlHarness harness;
        QVERIFY(harness.start({u"--size"_s, u"20"_s, u"--seed"_s, u"8"_s, u"--fault"_s,
                               u"queryDeviceList:control-chars"_s}));
        const CubectlRun csv = harness.run({u"sims"_s, u"list"_s, u"--csv"_s});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const QStringList plans = csvColumn(csv.out, u"plan"_s);
        qsizetype named = 0;
        for (const QString &plan : plans) {
            if (plan.isEmpty())
                continue; // a SIM without a plan
            // The name starts with =HYPERLINK(…): a spreadsheet shows it, never runs it.
            QVERIFY2(plan.startsWith(u"'=HYPERLINK("_s), qPrintable(plan));
            ++named;
        }
        QVERIFY(named > 0);
        // Numbers stay numbers: the used megabytes are not quoted text.
        for (const QString &used : csvColumn(csv.out, u"used_mb"_s))
            QVERIFY2(!used.startsWith(u'\''), qPrintable(used));

        const CubectlRun raw = harness.run({u"sims"_s, u"list"_s, u"--csv-raw"_s});
        QVERIFY2(raw.exitCode == 0, qPrintable(raw.describe()));
        QVERIFY(!raw.out.startsWith(QChar(0xFEFF)));
        const QStringList rawPlans = csvColumn(raw.out, u"plan"_s);
        QCOMPARE(rawPlans.size(), plans.size());
        for (qsizetype i = 0; i < rawPlans.size(); ++i) // the same text, untouched
            QCOMPARE(rawPlans.at(i).isEmpty() ? QString() : u'\'' + rawPlans.at(i), plans.at(i));

        // One CSV style at a time.
        const CubectlRun both = harness.run({u"sims"_s, u"list"_s, u"--csv"_s, u"--csv-raw"_s});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(u"--csv or --csv-raw"_s), qPrintable(both.describe()));
    }

    void aReasonWithControlOrInvisibleCharactersIsRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("line break") << u"Moved\nFAKE: done"_s << u"U+000A, character 6"_s;
        QTest::newRow("tab") << u"Moved\there"_s << u"U+0009"_s;
        QTest::newRow("title escape") << u"\u001b]0;owned\u0007x"_s << u"U+001B, character 1"_s;
        QTest::newRow("override") << u"Lost \u202Edneirf"_s << u"U+202E, character 6"_s;
        QTest::newRow("byte-order mark") << u"Lost\uFEFF"_s << u"U+FEFF, character 5"_s;
    }

    void aReasonWithControlOrInvisibleCharactersIsRefused()
    {
        QFETCH(QString, reason);
        QFETCH(QString, says);
        CubectlHarness harness;
        QVERIFY(harness.start({u"--size"_s, u"20"_s, u"--seed"_s, u"8"_s}));
        const QList<cube::Order> orders = harness.ordersIn(inUse, 1);
        QVERIFY(!orders.isEmpty());
        const QString code = orders.constFirst().orderCode;
        const CubectlRun run =
            harness.run({u"orders"_s, u"end"_s, code, u"--reason"_s, reason, u"--yes"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe())); // a usage error
        QVERIFY2(run.err.contains(says), qPrintable(run.describe()));
        QVERIFY(cleanForATerminal(run.err)); // the message names the character, never prints it
        QCOMPARE(harness.statusOf(code), inUse);
    }

    void historyPrintsTheJournalsTextClean_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"text", "--json", "--csv", "--csv-raw"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void historyPrintsTheJournalsTextClean()
    {
        QFETCH(QString, format);
        // A journal written by an older cubectl, which took any reason, or by another program.
        const QString path = m_dir.filePath(
            u"hostile-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).remove(u'-')));
        {
            cube::Journal journal(path);
            QVERIFY2(journal.isOpen(), qPrintable(journal.problem()));
            cube::JournalEntry entry;
            entry.operation = cube::Operation::EndOrderEarly;
            entry.subjects = {u"L2024\u202E0001"_s};
            entry.reason = u"=1+1\u001b]0;owned\u0007\r\nFAKE: done \u202Etxt.exe\u200B"_s;
            entry.fields = QJsonObject{{u"order_code"_s, u"L2024\u202E0001"_s},
                                       {u"ahead_finish_cause"_s, entry.reason}};
            entry.origin = u"cubectl 0.0.9\u001b[2J"_s;
            QVERIFY(!journal.record(entry).has_value());
            journal.markSent(entry.id);
            journal.markAnswered(entry.id, cube::JournalState::Refused, u"40\u200B90"_s,
                                 u"refused\u001b]52;c;ZWNobyBvd25lZA==\u0007\u2066"_s);
        }
        QStringList arguments{u"--journal"_s, path, u"history"_s};
        if (format != u"text"_s)
            arguments.append(format);
        const CubectlRun run = CubectlHarness::runBare(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"FAKE"_s), qPrintable(run.out));
        QVERIFY2(firstHidden(run.out).isEmpty(),
                 qPrintable(firstHidden(run.out) + u" in "_s + run.out));
        if (format == u"text"_s)
            QVERIFY2(cleanForATerminal(run.out), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"L2024"_s + marked + u"0001"_s), qPrintable(run.out));
        if (format == u"--csv"_s)
            QVERIFY2(csvColumn(run.out, u"reason"_s).value(0).startsWith(u"'=1+1"_s),
                     qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCubectlText)
#include "tst_cubectl_text.moc"
