#include "contract/operationtable.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::Operation;

class TestOperationTable : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationHasAUniquePathAndName()
    {
        const cube::OperationTable table;
        QSet<QString> paths;
        QSet<QString> names;
        for (Operation operation : cube::allOperations()) {
            const QString path = table.path(operation);
            QVERIFY2(path.startsWith(u'/'), qPrintable(path));
            paths.insert(path);
            names.insert(cube::operationInfo(operation).nameString());
            QCOMPARE(cube::operationFromName(cube::operationInfo(operation).nameString()),
                     std::optional(operation));
        }
        QCOMPARE(paths.size(), cube::allOperations().size());
        QCOMPARE(names.size(), cube::allOperations().size());
        QCOMPARE(cube::allOperations().size(), 20);
    }

    void contractFacts()
    {
        const cube::OperationTable table;
        QCOMPARE(table.path(Operation::EndOrderEarly), u"/package/aheadFinishDeviceOrder"_s);
        QVERIFY(cube::operationInfo(Operation::EndOrderEarly).confirmed);
        QVERIFY(cube::operationInfo(Operation::EndOrderEarly).write);
        QVERIFY(!cube::operationInfo(Operation::QueryDeviceList).confirmed);
        QVERIFY(!cube::operationInfo(Operation::QueryOrders).write);
        QVERIFY(cube::operationInfo(Operation::SendSms).write);
    }

    void profileOverridesAnyPath()
    {
        const cube::OperationTable table({{u"queryDeviceList"_s, u"device/list "_s},
                                          {u"sendSms"_s, u"/sms/v2/send"_s},
                                          {u"queryDevic"_s, u"/typo"_s},
                                          {u"syncPackage"_s, u"  "_s}});
        // An override is trimmed and made absolute.
        QCOMPARE(table.path(Operation::QueryDeviceList), u"/device/list"_s);
        QCOMPARE(table.path(Operation::SendSms), u"/sms/v2/send"_s);
        // No override, a misspelt one and a blank one leave the contract's path: the path every
        // request is sent to (ApiTransport asks this table; tst_cubeclient sees it on the wire).
        for (Operation untouched : {Operation::QueryDevice, Operation::SyncPackages})
            QCOMPARE(table.path(untouched), cube::operationInfo(untouched).defaultPathString());
        QCOMPARE(table.path(Operation::QueryDevice), u"/device/queryDevice"_s);
        QCOMPARE(table.path(Operation::SyncPackages), u"/package/syncPackage"_s);
        QCOMPARE(table.unknownOverrides(), QStringList{u"queryDevic"_s});
    }
};

QTEST_GUILESS_MAIN(TestOperationTable)
#include "tst_operationtable.moc"
