#include "transport/apilogging.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiLogging : public QObject
{
    Q_OBJECT

private slots:
    void signAndSecretAreMaskedAtAnyDepth()
    {
        const QJsonObject body{{u"access_code"_s, u"P000270"_s},
                               {u"sign"_s, u"VHYojxfAToOvD4CEEymQIYadG6M="_s},
                               {u"data"_s, QJsonObject{{u"sign"_s, u"inner-signature"_s}}},
                               {u"list"_s, QJsonArray{QJsonObject{{u"secret"_s, u"s3cr3t"_s}}}}};
        const QByteArray logged = cube::maskedForLog(body);
        QVERIFY(!logged.contains("VHYojxf"));
        QVERIFY(!logged.contains("inner-signature"));
        QVERIFY(!logged.contains("s3cr3t"));
        QCOMPARE(logged.count("\"***\""), 3);
        QVERIFY(logged.contains("P000270"));
    }

    void nonJsonBodiesAreNotLogged()
    {
        const QByteArray logged = cube::maskedForLog(QByteArray("sign=abc&secret=def"));
        QVERIFY(!logged.contains("abc"));
        QVERIFY(logged.contains("19 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestApiLogging)
#include "tst_apilogging.moc"
