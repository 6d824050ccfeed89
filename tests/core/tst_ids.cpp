#include "base/translationinstaller.h"
#include "contract/ids.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::Iccid;
using cube::OrderCode;

// ICCIDs and order codes are made once, from text, and only when the text is one: what a
// person or a server can type or send that is not is refused with words that say why. Once
// made, nothing checks them again (the client, the writer), so these are the checks.
class TestIds : public QObject
{
    Q_OBJECT

private slots:
    void iccidsAreNineteenOrTwentyAsciiDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isOne");
        QTest::newRow("20 digits") << u"89852022018041800192"_s << true;
        QTest::newRow("19 digits") << u"8985202201804180019"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << u"   "_s << false;
        QTest::newRow("too short") << u"8985202201"_s << false;
        QTest::newRow("too long") << u"898520220180418001920"_s << false;
        QTest::newRow("a space around") << u" 89852022018041800192"_s << false;
        QTest::newRow("a space inside") << u"8985202201 8041800192"_s << false;
        QTest::newRow("a letter") << u"8985202201804180019F"_s << false;
        QTest::newRow("full-width digits")
            << u"８９８５２０２２０１８０４１８００１９２"_s << false;
        QTest::newRow("Arabic-Indic digits") << u"٨٩٨٥٢٠٢٢٠١٨٠٤١٨٠٠١٩٢"_s << false;
        QTest::newRow("right-to-left override") << u"\u202E89852022018041800192"_s << false;
        QTest::newRow("zero-width space inside") << u"8985202201\u200B8041800192"_s << false;
        QTest::newRow("line break after") << u"89852022018041800192\n"_s << false;
    }

    void iccidsAreNineteenOrTwentyAsciiDigits()
    {
        QFETCH(QString, text);
        QFETCH(bool, isOne);
        QString problem;
        const std::optional<Iccid> iccid = Iccid::from(text, &problem);
        QCOMPARE(iccid.has_value(), isOne);
        QCOMPARE(Iccid::problem(text), problem);
        if (isOne) {
            QCOMPARE(iccid->value(), text);
            QVERIFY(problem.isEmpty());
        } else {
            QCOMPARE(problem, u"\"%1\" is not an ICCID: an ICCID has 19 or 20 digits."_s.arg(text));
        }
    }

    void orderCodesAreOneToSixtyFourLettersDigitsOrDashes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // empty: not an order code
        QTest::newRow("digits") << u"202107061625560742397"_s << u"202107061625560742397"_s;
        QTest::newRow("letters, '_' and '-'") << u"L-2024_ab"_s << u"L-2024_ab"_s;
        QTest::newRow("spaces around are dropped") << u"  L2024 "_s << u"L2024"_s;
        QTest::newRow("64 characters") << QString(64, u'A') << QString(64, u'A');
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << u" \t "_s << QString();
        QTest::newRow("65 characters") << QString(65, u'A') << QString();
        QTest::newRow("a space inside") << u"L20 24"_s << QString();
        QTest::newRow("punctuation") << u"L2024;"_s << QString();
        QTest::newRow("full-width digits") << u"Ｌ２０２４"_s << QString();
        QTest::newRow("right-to-left override") << u"L2024\u202E5678"_s << QString();
        QTest::newRow("zero-width joiner") << u"L2024\u200D"_s << QString();
    }

    void orderCodesAreOneToSixtyFourLettersDigitsOrDashes()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QString problem;
        const std::optional<OrderCode> code = OrderCode::from(text, &problem);
        QCOMPARE(code.has_value(), !value.isEmpty());
        QCOMPARE(OrderCode::problem(text), problem);
        if (code) {
            QCOMPARE(code->value(), value);
            QVERIFY(problem.isEmpty());
        } else if (text.trimmed().isEmpty()) {
            QCOMPARE(problem, u"the order code is empty."_s);
        } else {
            QCOMPARE(problem, u"\"%1\" is not an order code: an order code has 1 to 64 letters, "
                              "digits, '_' or '-'."_s.arg(text));
        }
    }

    void aLongWrongOrderCodeIsQuotedInPart()
    {
        // A page pasted in place of a code is not repeated whole in the message.
        const QString pasted = QString(500, u'x') + u'!';
        const QString problem = OrderCode::problem(pasted);
        QVERIFY(problem.contains(QString(80, u'x')));
        QVERIFY(!problem.contains(QString(81, u'x')));
    }

    void theWordsAreSaidInChineseToo()
    {
        cube::TranslationInstaller inChinese;
        QVERIFY(inChinese.install(cube::UiLanguage::SimplifiedChinese));
        QCOMPARE(Iccid::problem(u"8985"_s),
                 u"“8985”不是有效的 ICCID：ICCID 应为 19 或 20 位数字。"_s);
        QCOMPARE(OrderCode::problem(u" "_s), u"订单编号为空。"_s);
        QCOMPARE(OrderCode::problem(u"L 1"_s),
                 u"“L 1”不是订单编号：订单编号由 1 到 64 个字母、数字、“_”或“-”组成。"_s);
    }

    void equalIdsAreEqualAndHashAlike()
    {
        const Iccid a = *Iccid::from(u"89852022018041800192"_s);
        const Iccid b = *Iccid::from(u"89852022018041800192"_s);
        const Iccid other = *Iccid::from(u"89852022018041800193"_s);
        QVERIFY(a == b);
        QVERIFY(a != other);
        QCOMPARE(QSet<Iccid>({a, b, other}).size(), 2);
        // Trimmed once made: the code pasted with a space is the same order.
        QVERIFY(*OrderCode::from(u" L1 "_s) == *OrderCode::from(u"L1"_s));
        QCOMPARE(QSet<OrderCode>({*OrderCode::from(u"L1"_s), *OrderCode::from(u"L2"_s)}).size(), 2);
        QCOMPARE(cube::valuesOf({a, other}),
                 QStringList({u"89852022018041800192"_s, u"89852022018041800193"_s}));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
