#include "attention/burnforecast.h"
#include "base/translationinstaller.h"

#include <QTest>

using namespace cube;

class BurnForecastTest : public QObject
{
    Q_OBJECT

private:
    TranslationInstaller m_english; // English plurals ("7 days'") come from their catalogue

private slots:
    void initTestCase() { QVERIFY(m_english.install(UiLanguage::English)); }

    // The issue's own example: 1,080 MB left at 120 MB a day lasts 9 days.
    void runsOutBeforeExpiryAtTheLastDaysRate()
    {
        const QDate today(2026, 12, 5);
        const BurnForecast forecast = BurnForecast::fromDays(
            {100, 110, 120, 130, 140, 120, 120}, 1080, 3072, today, QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::BeforeExpiry);
        QCOMPARE(forecast.mbPerDay, 120.0);
        QCOMPARE(forecast.runsOut, QDate(2026, 12, 14));
        QCOMPARE(forecast.daysBeforeExpiry, 9);
        QVERIFY(forecast.runsOutBeforeExpiry());
        QCOMPARE(forecast.describe(),
                 u"At the last 7 days' rate (120 MB a day) the plan's data runs out about "
                 "2026-12-14, 9 days before it expires."_qs);
    }

    void theForecastIsSaidInChineseToo()
    {
        TranslationInstaller chinese;
        QVERIFY(chinese.install(UiLanguage::SimplifiedChinese));
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 120), 1080, 3072, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(
            forecast.describe(),
            u"按最近 7 天的速度（每天 120 MB），套餐流量约在 2026-12-14 用完，比套餐到期早 9 天。"_qs);
    }

    // A part of a day's use still counts as a day: 1,081 MB at 120 a day is gone on day 10.
    void aRemainderRunsOutTheNextDay()
    {
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 120), 1081, 3072, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.runsOut, QDate(2026, 12, 15));
    }

    void lastsToExpiryWhenTheRateIsLow()
    {
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 10), 1000, 3072, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::LastsToExpiry);
        QVERIFY(!forecast.runsOutBeforeExpiry());
        QVERIFY(forecast.describe().contains(u"lasts until the plan expires on 2026-12-23"_qs));
    }

    void aSimWithNoUsageNeverRunsOut()
    {
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 0), 500, 1024, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::NoUsage);
        QVERIFY(!forecast.runsOut.isValid());
        QVERIFY(!forecast.runsOutBeforeExpiry());
        QCOMPARE(forecast.mbPerDay, 0.0);
    }

    void aSimAlreadyOutRanOutToday()
    {
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 50), 0, 1024, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::AlreadyOut);
        QCOMPARE(forecast.runsOut, QDate(2026, 12, 5));
        QCOMPARE(forecast.daysBeforeExpiry, 18);
        QVERIFY(forecast.runsOutBeforeExpiry());
        QCOMPARE(forecast.describe(), u"The plan's high-speed data is used up."_qs);
    }

    void anUnlimitedPlanHasNothingToRunOutOf()
    {
        const BurnForecast forecast = BurnForecast::fromDays(
            QList<double>(7, 900), 0, 0, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::Unlimited);
        QVERIFY(!forecast.runsOutBeforeExpiry());
    }

    void noDaysIsNoForecast()
    {
        const BurnForecast forecast =
            BurnForecast::fromDays({}, 500, 1024, QDate(2026, 12, 5), QDate(2026, 12, 23));
        QCOMPARE(forecast.outlook, BurnForecast::Outlook::Unknown);
        QVERIFY(!forecast.runsOutBeforeExpiry());
    }

    // The rest of the fleet: the order's average since it started, said as such.
    void theOrdersAverageIsSaidAsSuch()
    {
        const BurnForecast forecast = BurnForecast::fromOrderAverage(
            1000, 10, 2072, 3072, QDate(2026, 12, 5), QDate(2026, 12, 31));
        QCOMPARE(forecast.mbPerDay, 100.0);
        QCOMPARE(forecast.runsOut, QDate(2026, 12, 26));
        QCOMPARE(forecast.basis, BurnForecast::Basis::SinceOrderStart);
        QVERIFY(forecast.describe().startsWith(
            u"At its rate since the order started 10 days ago (100 MB a day)"_qs));
    }
};

QTEST_GUILESS_MAIN(BurnForecastTest)
#include "tst_burnforecast.moc"
