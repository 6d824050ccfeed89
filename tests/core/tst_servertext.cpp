#include "base/servertext.h"
#include "records/responseparsers.h"
#include "transport/cubeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QChar replacement(QChar::ReplacementCharacter);

// Whether `text` has a character that neither cleaning may let through.
bool hasHiddenOrControl(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::any_of(characters.cbegin(), characters.cend(), [](uint character) {
        return cube::isControlCharacter(character) || cube::isInvisibleCharacter(character);
    });
}

} // namespace

// Text from outside cleaned once where it enters: control characters marked in all text,
// invisible and direction-changing characters removed from names and marked in identifiers;
// and the rule for a reason typed in.
class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void namesLoseInvisibleCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("plain") << u"30 天 1GB 套餐"_s << u"30 天 1GB 套餐"_s;
        QTest::newRow("right-to-left override")
            << u"Plan \u202Egnp.exe\u202C 1GB"_s << u"Plan gnp.exe 1GB"_s;
        QTest::newRow("isolates left open") << u"\u2066\u2067\u2068Name\u2069"_s << u"Name"_s;
        QTest::newRow("marks") << u"A\u200E\u200F\u061CB"_s << u"AB"_s;
        QTest::newRow("zero-width") << u"Z\u200B\u200C\u200D\u2060\uFEFFZ"_s << u"ZZ"_s;
        QTest::newRow("tags (astral)") << u"ok\U000E0041\U000E0042"_s << u"ok"_s;
        QTest::newRow("soft hyphen, annotation") << u"a\u00ADb\uFFF9c\uFFFBd"_s << u"abcd"_s;
        QTest::newRow("escape and line break") << u"x\u001b]0;owned\u0007\r\nFAKE"_s
                                               << u"x"_s + replacement + u"]0;owned"_s + replacement
                                                      + replacement + replacement + u"FAKE"_s;
        QTest::newRow("C1 and separators")
            << u"a\u0085b\u2028c"_s << u"a"_s + replacement + u"b"_s + replacement + u"c"_s;
        QTest::newRow("lone surrogate")
            << QString(u"a"_s + QChar(0xd800) + u"b"_s) << u"a"_s + replacement + u"b"_s;
        QTest::newRow("emoji kept") << u"SIM \U0001F4F1"_s << u"SIM \U0001F4F1"_s;
        QTest::newRow("Arabic letters kept") << u"باقة"_s << u"باقة"_s;
    }

    void namesLoseInvisibleCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, cleaned);
        QCOMPARE(cube::cleanServerText(text), cleaned);
        QCOMPARE(cube::cleanServerText(cleaned), cleaned); // once is enough
    }

    void identifiersMarkThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("plain") << u"L202405170001"_s << u"L202405170001"_s;
        // Read as "L2024<RLO>5678" it would show as L20248765; removed, it would be L20245678,
        // another order.
        QTest::newRow("override") << u"L2024\u202E5678"_s << u"L2024"_s + replacement + u"5678"_s;
        QTest::newRow("zero-width space")
            << u"8985\u200B2022"_s << u"8985"_s + replacement + u"2022"_s;
        QTest::newRow("byte-order mark") << u"\uFEFFP100"_s << replacement + u"P100"_s;
        QTest::newRow("control") << u"P\u001b1"_s << u"P"_s + replacement + u"1"_s;
    }

    void identifiersMarkThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, cleaned);
        QCOMPARE(cube::cleanIdentifier(text), cleaned);
        // A marked order code is not one the client acts on.
        if (text != cleaned && text.startsWith(u'L'))
            QVERIFY(!cube::OrderCode::from(cleaned));
    }

    void recordsCleanCodesAndNamesEachTheirWay()
    {
        // An order page whose code, ICCID and plan name carry what a hostile server sends.
        const QJsonObject order{{u"orderCode"_s, u"L2024\u202E5678"_s},
                                {u"deviceId"_s, u"89852022\u200B01000000001"_s},
                                {u"packageCode"_s, u"P\u2066100"_s},
                                {u"packageName"_s, u"=1+1 \u202Eexe.txt\u202C\u001b[2J"_s},
                                {u"orderStatus"_s, 1}};
        const QJsonObject page{{u"page"_s, QJsonObject{{u"cur_page_no"_s, 1},
                                                       {u"page_size"_s, 10},
                                                       {u"total_pages"_s, 1},
                                                       {u"total_count"_s, 1}}},
                               {u"package_order"_s, QJsonArray{order}}};
        const auto read = cube::parse::orderPage(page, cube::ServerTimeZone());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const cube::Order &parsed = read.value().orders.constFirst();
        QCOMPARE(parsed.orderCode, u"L2024"_s + replacement + u"5678"_s);
        QCOMPARE(parsed.iccid, u"89852022"_s + replacement + u"01000000001"_s);
        QCOMPARE(parsed.planCode, u"P"_s + replacement + u"100"_s);
        QCOMPARE(parsed.planName, u"=1+1 exe.txt"_s + replacement + u"[2J"_s);
        for (const QString &text :
             {parsed.orderCode, parsed.iccid, parsed.planCode, parsed.planName})
            QVERIFY(!hasHiddenOrControl(text));
    }

    void aReasonIsOneLineOfVisibleText_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("plain") << u"Customer moved"_s << QString();
        QTest::newRow("Chinese") << u"客户要求提前结束"_s << QString();
        QTest::newRow("trailing line break (trimmed, not sent)") << u"Lost\n"_s << QString();
        QTest::newRow("empty") << u"  "_s << u"is required"_s;
        QTest::newRow("too long") << QString(201, u'x') << u"longer than 200"_s;
        QTest::newRow("line break") << u"Ticket 1\nFAKE: done"_s << u"(U+000A, character 9)"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"(U+0009, character 2)"_s;
        QTest::newRow("escape") << u"\u001b]0;owned\u0007"_s << u"(U+001B, character 1)"_s;
        QTest::newRow("override") << u"Lost \u202Edneirf"_s << u"(U+202E, character 6)"_s;
        QTest::newRow("zero-width after emoji")
            << u"\U0001F4F1\u200B"_s << u"(U+200B, character 2)"_s;
    }

    void aReasonIsOneLineOfVisibleText()
    {
        QFETCH(QString, reason);
        QFETCH(QString, says);
        const QString problem = cube::CubeClient::endReasonProblem(reason);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
