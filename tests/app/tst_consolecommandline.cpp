#include "processrun.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real cube-console executable, as a person or a script would.
class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = cube::test::ProcessRun;

    static Run run(const QStringList &arguments)
    {
        return cube::test::runProcess(QString::fromUtf8(CUBE_CONSOLE_PATH), arguments);
    }

private slots:
    void versionPrintsTheProjectVersion()
    {
        const Run result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"cube-console "_s + QString::fromLatin1(CUBE_VERSION));
    }

    void helpListsEveryOption()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const auto &option :
             {"--demo"_L1, "--lang <language>"_L1, "--version"_L1, "--help"_L1})
            QVERIFY2(result.out.contains(option), qPrintable(result.out));
    }

    void helpSpeaksChineseWhenAsked()
    {
        const Run result = run({u"--lang"_s, u"zh-CN"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"模拟器"_s), qPrintable(result.out));
    }

    void usageErrorsExitWithTwoAndSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"fr"_s} << u"zh-CN or en-US"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"--help"_s;
        QTest::newRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
    }

    void usageErrorsExitWithTwoAndSayWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCommandLine)
#include "tst_consolecommandline.moc"
