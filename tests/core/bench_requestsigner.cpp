#include "transport/requestsigner.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// How long signing takes for the requests the console sends most: a single-SIM read and a
// batch order for 500 SIMs (the largest list a support engineer pastes in practice). Each run
// fails on a wrong signature: the expected ones were worked out apart from this code (Python's
// hmac over the keys sorted, as compact JSON: cube-api.md's rule).
class BenchRequestSigner : public QObject
{
    Q_OBJECT

private:
    static void benchmarkSigning(const QJsonObject &request, const QString &expected)
    {
        const cube::RequestSigner signer("cube-bench-secret");
        QString signature;
        QBENCHMARK
        {
            signature = signer.sign(request);
        }
        QCOMPARE(signature, expected);
    }

private slots:
    void signSingleSimRequest()
    {
        benchmarkSigning({{u"access_code"_s, u"P000270"_s},
                          {u"device_id"_s, u"89852022018041800192"_s},
                          {u"timestamp"_s, u"1700000000"_s},
                          {u"version"_s, u"2.0"_s}},
                         u"TxNhj1/uZ7TiHOrEckVSxIDJcw0="_s);
    }

    void signBatchOfFiveHundredSims()
    {
        QJsonArray devices;
        for (int i = 0; i < 500; ++i)
            devices.append(u"898520220180418%1"_s.arg(i, 5, 10, QChar(u'0')));
        benchmarkSigning({{u"access_code"_s, u"P000270"_s},
                          {u"deviceList"_s, devices},
                          {u"package_code"_s, u"DP20190726001274"_s},
                          {u"timestamp"_s, u"1700000000"_s},
                          {u"version"_s, u"2.0"_s}},
                         u"WE2nKxlfYNGpFeRDklXgZ9QWzZA="_s);
    }
};

QTEST_GUILESS_MAIN(BenchRequestSigner)
#include "bench_requestsigner.moc"
