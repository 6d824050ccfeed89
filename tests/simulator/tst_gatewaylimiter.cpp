#include "gatewaylimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::ServerTimeZone;
using cube::sim::GatewayLimit;
using cube::sim::GatewayLimiter;
using cube::sim::GatewayPolicy;

// The gateway's bookkeeping with instants chosen by the test: the sliding second, requests in
// progress and the server's day, to the millisecond.
class TestGatewayLimiter : public QObject
{
    Q_OBJECT

private:
    static GatewayPolicy only(int GatewayPolicy::*limit, int value)
    {
        GatewayPolicy policy = GatewayPolicy::none();
        policy.*limit = value;
        return policy;
    }

    const QHostAddress m_desk{u"192.0.2.10"_s};
    const QHostAddress m_otherDesk{u"192.0.2.11"_s};
    const GatewayLimiter::Instant m_start = GatewayLimiter::Instant() + 1h;
    const QDateTime m_noon = ServerTimeZone().startOf(QDate(2026, 8, 10)).addSecs(12 * 3600);

private slots:
    void theSecondSlides()
    {
        GatewayLimiter limiter(only(&GatewayPolicy::rate, 10));
        for (int i = 0; i < 10; ++i) {
            const auto admission = limiter.admit(m_desk, m_noon, m_start + i * 50ms);
            QVERIFY(admission.admitted());
            limiter.finish(admission.request);
        }
        // The first was 950 ms ago: still inside the window.
        const auto refused = limiter.admit(m_desk, m_noon, m_start + 950ms);
        QVERIFY(!refused.admitted());
        QCOMPARE(refused.refusedBy, GatewayLimit::Rate);
        QCOMPARE(refused.retryAfterSeconds, 1);
        // Another address has a window of its own.
        QVERIFY(limiter.admit(m_otherDesk, m_noon, m_start + 950ms).admitted());
        // A full second after the first: its place is free, and only its.
        QVERIFY(limiter.admit(m_desk, m_noon, m_start + 1000ms).admitted());
        QVERIFY(!limiter.admit(m_desk, m_noon, m_start + 1040ms).admitted());
        QVERIFY(limiter.admit(m_desk, m_noon, m_start + 1050ms).admitted());
    }

    void aRefusedRequestTakesNoPlaceInTheWindow()
    {
        GatewayLimiter limiter(only(&GatewayPolicy::rate, 2));
        QVERIFY(limiter.admit(m_desk, m_noon, m_start).admitted());
        QVERIFY(limiter.admit(m_desk, m_noon, m_start + 100ms).admitted());
        // A client that keeps asking does not push its own window forward.
        for (int i = 2; i < 10; ++i)
            QVERIFY(!limiter.admit(m_desk, m_noon, m_start + i * 100ms).admitted());
        QVERIFY(limiter.admit(m_desk, m_noon, m_start + 1000ms).admitted());
    }

    void requestsInProgressCountUntilFinished()
    {
        GatewayLimiter limiter(only(&GatewayPolicy::concurrency, 3));
        QList<quint64> inProgress;
        for (int i = 0; i < 3; ++i)
            inProgress.append(limiter.admit(m_desk, m_noon, m_start).request);
        const auto fourth = limiter.admit(m_desk, m_noon, m_start);
        QCOMPARE(fourth.refusedBy, GatewayLimit::Concurrency);
        QCOMPARE(fourth.retryAfterSeconds, 1);
        QVERIFY(limiter.admit(m_otherDesk, m_noon, m_start).admitted());

        // Finishing twice (answered, then its connection closed) frees one place, not two.
        limiter.finish(inProgress.at(0));
        limiter.finish(inProgress.at(0));
        QVERIFY(limiter.admit(m_desk, m_noon, m_start).admitted());
        QVERIFY(!limiter.admit(m_desk, m_noon, m_start).admitted());
    }

    void anIPv4MappedAddressIsTheSameDesk()
    {
        GatewayLimiter limiter(only(&GatewayPolicy::concurrency, 1));
        QVERIFY(limiter.admit(QHostAddress(u"127.0.0.1"_s), m_noon, m_start).admitted());
        QVERIFY(!limiter.admit(QHostAddress(u"::ffff:127.0.0.1"_s), m_noon, m_start).admitted());
    }

    void theQuotaCountsEveryRequestOfTheServersDay_data()
    {
        QTest::addColumn<int>("offsetMinutes");
        QTest::newRow("UTC+8") << 8 * 60;
        QTest::newRow("UTC-3") << -3 * 60;
        QTest::newRow("UTC+14") << 14 * 60;
    }

    void theQuotaCountsEveryRequestOfTheServersDay()
    {
        QFETCH(int, offsetMinutes);
        const ServerTimeZone zone(offsetMinutes);
        GatewayLimiter limiter(only(&GatewayPolicy::dailyQuota, 3), zone);
        const QDateTime midnight = zone.startOf(QDate(2026, 8, 11));
        const QDateTime lateEvening = midnight.addSecs(-2 * 3600 - 1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.admit(m_desk, lateEvening, m_start + i * 1s).admitted());
        const auto fourth = limiter.admit(m_desk, lateEvening, m_start + 3s);
        QCOMPARE(fourth.refusedBy, GatewayLimit::DailyQuota);
        QCOMPARE(fourth.retryAfterSeconds, 2 * 3600 + 1);
        // Half a second before midnight: still refused, and told to wait a whole second.
        const auto late = limiter.admit(m_desk, midnight.addMSecs(-500), m_start + 4s);
        QCOMPARE(late.refusedBy, GatewayLimit::DailyQuota);
        QCOMPARE(late.retryAfterSeconds, 1);
        // The server's new day.
        QVERIFY(limiter.admit(m_desk, midnight, m_start + 5s).admitted());
    }

    void refusedRequestsCountAgainstTheQuota()
    {
        GatewayPolicy policy = GatewayPolicy::none();
        policy.rate = 1;
        policy.dailyQuota = 3;
        GatewayLimiter limiter(policy);
        QVERIFY(limiter.admit(m_desk, m_noon, m_start).admitted());
        QCOMPARE(limiter.admit(m_desk, m_noon, m_start).refusedBy, GatewayLimit::Rate);
        QCOMPARE(limiter.admit(m_desk, m_noon, m_start).refusedBy, GatewayLimit::Rate);
        QCOMPARE(limiter.admit(m_desk, m_noon, m_start + 2s).refusedBy, GatewayLimit::DailyQuota);
    }

    void noneAdmitsEverything()
    {
        GatewayLimiter limiter(GatewayPolicy::none());
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(limiter.admit(m_desk, m_noon, m_start).admitted());
    }
};

QTEST_GUILESS_MAIN(TestGatewayLimiter)
#include "tst_gatewaylimiter.moc"
