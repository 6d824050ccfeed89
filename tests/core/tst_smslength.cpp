#include "base/smslength.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Encoding = cube::SmsLength::Encoding;

Q_DECLARE_METATYPE(cube::SmsLength::Encoding)

class TestSmsLength : public QObject
{
    Q_OBJECT

private slots:
    void lengthAndParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("parts");
        QTest::newRow("empty") << QString() << Encoding::Gsm7 << 0 << 0;
        QTest::newRow("plain") << u"Hello"_s << Encoding::Gsm7 << 5 << 1;
        QTest::newRow("160 fit one") << QString(160, u'a') << Encoding::Gsm7 << 160 << 1;
        QTest::newRow("161 take two") << QString(161, u'a') << Encoding::Gsm7 << 161 << 2;
        QTest::newRow("extension counts twice") << u"{€}"_s << Encoding::Gsm7 << 6 << 1;
        QTest::newRow("Chinese is UCS-2") << u"余额不足"_s << Encoding::Ucs2 << 4 << 1;
        QTest::newRow("one Chinese char makes all UCS-2")
            << (QString(69, u'a') + u"中"_s) << Encoding::Ucs2 << 70 << 1;
        QTest::newRow("71 UCS-2 take two") << QString(71, u'中') << Encoding::Ucs2 << 71 << 2;
        QTest::newRow("135 UCS-2 take three") << QString(135, u'中') << Encoding::Ucs2 << 135 << 3;
    }

    void lengthAndParts()
    {
        QFETCH(QString, text);
        QFETCH(Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, parts);
        const cube::SmsLength length = cube::SmsLength::of(text);
        QCOMPARE(length.encoding, encoding);
        QCOMPARE(length.units, units);
        QCOMPARE(length.parts, parts);
    }
};

QTEST_GUILESS_MAIN(TestSmsLength)
#include "tst_smslength.moc"
