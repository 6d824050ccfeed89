#include "terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cube::cli;

// Terminal layout: Chinese characters take two columns, so tables stay aligned and help text
// wraps where a reader expects.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void chineseTakesTwoColumns()
    {
        QCOMPARE(terminaltext::displayWidth(u"ICCID"_s), 5);
        QCOMPARE(terminaltext::displayWidth(u"已激活"_s), 6);
        QCOMPARE(terminaltext::displayWidth(u"已用 (MB)"_s), 9);
        QCOMPARE(terminaltext::padded(u"状态"_s, 6), u"状态  "_s);
        QCOMPARE(terminaltext::padded(u"too long"_s, 3), u"too long"_s);
    }

    void wrapsEnglishAtSpaces()
    {
        const QStringList lines = terminaltext::wrapped(u"Show the data used by the order"_s, 12);
        QCOMPARE(lines, (QStringList{u"Show the"_s, u"data used by"_s, u"the order"_s}));
    }

    void wrapsChineseBetweenCharactersButNotBeforePunctuation()
    {
        const QStringList lines = terminaltext::wrapped(u"每行一个；空行会被跳过"_s, 8);
        for (const QString &line : lines) {
            QVERIFY2(terminaltext::displayWidth(line) <= 8, qPrintable(line));
            QVERIFY2(!line.startsWith(u'；'), qPrintable(lines.join(u'|')));
        }
        QCOMPARE(lines.join(QString()), u"每行一个；空行会被跳过"_s);
    }

    void keepsAnEmptyLine()
    {
        QCOMPARE(terminaltext::wrapped(QString(), 10), QStringList{QString()});
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
