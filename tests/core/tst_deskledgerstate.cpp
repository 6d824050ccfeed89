#include "transport/deskledgerstate.h"

#include <QTest>

using cube::DeskLedgerState;

namespace {

// The desk ledger's file is written by several programs, one of which may be killed while
// writing: what it reads back must never admit more than the limits by more than that one
// write, and never fail to read what a whole write left.
class TestDeskLedgerState : public QObject
{
    Q_OBJECT

private slots:
    void whatIsWrittenIsReadBack()
    {
        DeskLedgerState state;
        state.heldUntil = 5000;
        state.starts = {{1000, QStringLiteral("11@7"), 1, true},
                        {1100, QStringLiteral("12@9"), 2, false}};
        state.holders = {{QStringLiteral("12@9"), 2, 3, 40000}};
        state.waiters = {{QStringLiteral("11@7"), 1, 900, 1090}};

        const DeskLedgerState read = DeskLedgerState::parse(state.serialize());
        QCOMPARE(read.heldUntil, 5000);
        QCOMPARE(read.starts.size(), std::size_t(2));
        QCOMPARE(read.starts.at(1).process, QStringLiteral("12@9"));
        QVERIFY(read.starts.at(0).departed);
        QVERIFY(!read.starts.at(1).departed);
        QCOMPARE(read.holders.size(), std::size_t(1));
        QCOMPARE(read.holders.at(0).connections, 3);
        QCOMPARE(read.holders.at(0).leaseUntil, 40000);
        QCOMPARE(read.waiters.size(), std::size_t(1));
        QCOMPARE(read.waiters.at(0).since, 900);
    }

    // A shorter text written over a longer one, and the writer killed before it trimmed the
    // file: the old tail after the end line would count its connections twice.
    void theTailAfterTheEndIsNotRead()
    {
        DeskLedgerState now;
        now.holders = {{QStringLiteral("12@9"), 2, 1, 40000}};
        DeskLedgerState before;
        before.holders = {{QStringLiteral("12@9"), 2, 3, 40000},
                          {QStringLiteral("13@4"), 1, 2, 40000}};
        QByteArray file = before.serialize();
        const QByteArray written = now.serialize();
        file.replace(0, written.size(), written);

        const DeskLedgerState read = DeskLedgerState::parse(file);
        QCOMPARE(read.holders.size(), std::size_t(1));
        QCOMPARE(read.holders.at(0).connections, 1);
    }

    void linesThatCannotBeReadAreLeftOut()
    {
        const DeskLedgerState read = DeskLedgerState::parse(
            "held soon\nstart 12 11@7\nstart x 11@7 1 1\nbusy 11@7 1 -2 500\nbusy 11@7 1 2\n"
            "wait 11@7 1 2\nstart 15 11@7 1 0\nbusy 12@9 3 2 700\n\xff\xfe\nend\n");
        QCOMPARE(read.heldUntil, 0);
        QCOMPARE(read.starts.size(), std::size_t(1));
        QCOMPARE(read.starts.at(0).at, 15);
        QCOMPARE(read.holders.size(), std::size_t(1));
        QCOMPARE(read.holders.at(0).connections, 2);
        QVERIFY(read.waiters.empty());
    }
};

} // namespace

QTEST_APPLESS_MAIN(TestDeskLedgerState)
#include "tst_deskledgerstate.moc"
