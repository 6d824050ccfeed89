#include "attentionscenario.h"
#include "awaitresult.h"
#include "cubesimprocess.h"
#include "knownids.h"
#include "simulatoraccount.h"
#include "transport/cubeclient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// cube-sim as people and scripts start it.
class TestCubeSim : public QObject
{
    Q_OBJECT

private:
    static QUrl start(QProcess &process, const QStringList &arguments)
    {
        return cube::test::startCubeSim(process, QString::fromUtf8(CUBE_SIM_PATH), arguments);
    }

private slots:
    void servesAFleetOfAHundredThousandSims()
    {
        QProcess process;
        const QUrl base = start(process, {u"--size"_s, u"100000"_s, u"--seed"_s, u"3"_s});
        QVERIFY2(base.isValid(), qPrintable(QString::fromUtf8(process.readAllStandardError())));

        QNetworkAccessManager network;
        cube::ConnectionSettings settings;
        settings.baseUrl = base;
        settings.accessCode = cube::sim::SimulatorAccount::demo().accessCode;
        cube::CubeClient client(&network, settings, cube::sim::SimulatorAccount::demo().secret);
        // The last SIM of the fleet: 8985202201 followed by 99999 in ten digits.
        const auto sim = cube::test::awaitResult<cube::SimCard>([&](auto done) {
            client.sim(cube::test::iccidOf(u"89852022010000099999"_s), this, done);
        });
        QVERIFY2(sim.ok(), qPrintable(sim.ok() ? QString() : sim.error().message()));

        const auto page = cube::test::awaitResult<cube::SimPage>(
            [&](auto done) { client.listSims(1, 10, this, done); });
        QCOMPARE(page.value().page.totalCount, 100000);
        process.kill();
        process.waitForFinished();
    }

    void faultOptionsTakeEffect()
    {
        QProcess process;
        const QUrl base =
            start(process, {u"--size"_s, u"10"_s, u"--fault"_s, u"syncPackage:code=7001"_s});
        QVERIFY(base.isValid());
        QNetworkAccessManager network;
        cube::ConnectionSettings settings;
        settings.baseUrl = base;
        settings.accessCode = cube::sim::SimulatorAccount::demo().accessCode;
        cube::CubeClient client(&network, settings, cube::sim::SimulatorAccount::demo().secret);
        const auto plans = cube::test::awaitResult<QList<cube::Plan>>(
            [&](auto done) { client.plans(this, done); });
        QCOMPARE(plans.error().serverCode, u"7001"_s);
        process.kill();
        process.waitForFinished();
    }

    // The known fleet of the Attention tests, served exactly: --size and --seed do not count.
    void servesAScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known.json"_s);
        QVERIFY(
            cube::test::AttentionScenario::writeScenario(cube::test::knownAttentionFleet(), path));
        QProcess process;
        const QUrl base =
            start(process, {u"--scenario"_s, path, u"--size"_s, u"500"_s, u"--seed"_s, u"9"_s});
        QVERIFY2(base.isValid(), qPrintable(QString::fromUtf8(process.readAllStandardError())));

        QNetworkAccessManager network;
        cube::ConnectionSettings settings;
        settings.baseUrl = base;
        settings.accessCode = cube::sim::SimulatorAccount::demo().accessCode;
        cube::CubeClient client(&network, settings, cube::sim::SimulatorAccount::demo().secret);
        const auto page = cube::test::awaitResult<cube::SimPage>(
            [&](auto done) { client.listSims(1, 50, this, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().page.totalCount, 11);
        QCOMPARE(page.value().sims.constFirst().iccid, cube::test::known::expiresIn3Days);
        const auto usage = cube::test::awaitResult<cube::FlowUsage>([&](auto done) {
            client.usage(cube::test::iccidOf(cube::test::known::runsOutBeforeExpiry), this, done);
        });
        QCOMPARE(usage.value().usedMb, 1320.0);
        QCOMPARE(usage.value().highSpeedBalanceMb, 1752.0);
        process.kill();
        process.waitForFinished();
    }

    void aBadScenarioIsAUsageError_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QString>("said");
        QTest::newRow("no such file") << QByteArray() << u"Cannot read"_s;
        QTest::newRow("not JSON") << QByteArray("{\"sims\": [") << u"not JSON"_s;
        QTest::newRow("a short ICCID")
            << QByteArray("{\"sims\": [{\"iccid\": \"8985\"}]}") << u"sims[0].iccid"_s;
    }

    void aBadScenarioIsAUsageError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scenario.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QProcess process;
        process.start(QString::fromUtf8(CUBE_SIM_PATH), {u"--scenario"_s, path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(said) && error.contains(path), qPrintable(error));
    }

    void badOptionsAreUsageErrors()
    {
        QProcess process;
        process.start(QString::fromUtf8(CUBE_SIM_PATH), {u"--fault"_s, u"nothing:http500"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--fault"));
    }
};

QTEST_GUILESS_MAIN(TestCubeSim)
#include "tst_cubesim.moc"
