#include "awaitresult.h"
#include "base/displaytime.h"
#include "contract/servertimezone.h"
#include "cubesimulator.h"
#include "knownids.h"
#include "simulatorclient.h"
#include "testzones.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using cube::ServerTimeZone;
using cube::test::utc;

// What people see in the zones this test is registered in (CMake: TIME_ZONES), written out
// rather than computed, so that a time read in the wrong zone cannot agree with itself.
struct LocalView
{
    const char *zone;
    const char *summer; // 2026-08-10 00:30 UTC
    const char *winter; // 2026-12-01 00:30 UTC
};
constexpr LocalView localViews[] = {
    {"Europe/Berlin", "2026-08-10 02:30", "2026-12-01 01:30"},
    {"Asia/Shanghai", "2026-08-10 08:30", "2026-12-01 08:30"},
};

const LocalView *thisComputersView()
{
    return cube::test::rowForThisZone(localViews);
}

} // namespace

// The server writes wall-clock times without a zone, in its own (the vendor's UTC+8); they are
// read as such and shown in this computer's time. Run in Europe/Berlin and Asia/Shanghai.
class TestServerTimeZone : public QObject
{
    Q_OBJECT

private slots:
    void readsWallClockTextInTheServersZone()
    {
        const ServerTimeZone vendor;
        QCOMPARE(vendor.offsetMinutes(), 8 * 60);
        QCOMPARE(vendor.read(u"2026-08-10 08:30:00"), utc(QDate(2026, 8, 10), QTime(0, 30)));
        QCOMPARE(vendor.read(u"2026-08-10"), utc(QDate(2026, 8, 9), QTime(16, 0)));
        QCOMPARE(vendor.read(u"2026-08-10T08:30:00"), utc(QDate(2026, 8, 10), QTime(0, 30)));
        QCOMPARE(ServerTimeZone(0).read(u"2026-08-10 08:30:00"),
                 utc(QDate(2026, 8, 10), QTime(8, 30)));
        QCOMPARE(ServerTimeZone(330).read(u"2026-08-10 08:30:00"),
                 utc(QDate(2026, 8, 10), QTime(3, 0)));
        QCOMPARE(ServerTimeZone(-180).read(u"2026-08-10 22:00:00"),
                 utc(QDate(2026, 8, 11), QTime(1, 0)));
    }

    void refusesWhatIsNotAServerTime()
    {
        const ServerTimeZone vendor;
        for (const QString &text :
             {u""_s, u"2026-13-01 00:00:00"_s, u"2026-02-30"_s, u"2026-08-10 24:00:00"_s,
              u"2026/08/10"_s, u"2026-08-10 08:30"_s, u"2026-08-10 08:30:00Z"_s,
              u"\uff12\uff10\uff12\uff16-08-10"_s, u"tomorrow"_s})
            QVERIFY2(!vendor.read(text).isValid(), qPrintable(text));
    }

    void readsOffsetsAsPeopleWriteThem()
    {
        const QList<std::pair<QString, int>> readable = {
            {u"+8"_s, 480},       {u"8"_s, 480},     {u"+08:00"_s, 480}, {u"UTC+8"_s, 480},
            {u"utc+5:30"_s, 330}, {u"+0545"_s, 345}, {u"-3"_s, -180},    {u"GMT-03:30"_s, -210},
            {u"0"_s, 0},          {u"UTC"_s, 0},     {u"+14"_s, 840},    {u"-12"_s, -720}};
        for (const auto &[text, minutes] : readable) {
            const auto zone = ServerTimeZone::parse(text);
            QVERIFY2(zone.has_value(), qPrintable(text));
            QCOMPARE(zone->offsetMinutes(), minutes);
        }
        for (const QString &text : {u""_s, u"+15"_s, u"-13"_s, u"+5:10"_s, u"+8:60"_s,
                                    u"Asia/Shanghai"_s, u"8h"_s, u"++8"_s})
            QVERIFY2(!ServerTimeZone::parse(text).has_value(), qPrintable(text));
    }

    void namesAndStoresEveryOffset()
    {
        QCOMPARE(ServerTimeZone().name(), u"UTC+8"_s);
        QCOMPARE(ServerTimeZone(330).name(), u"UTC+5:30"_s);
        QCOMPARE(ServerTimeZone(-180).name(), u"UTC-3"_s);
        QCOMPARE(ServerTimeZone(0).name(), u"UTC"_s);
        QCOMPARE(ServerTimeZone().key(), u"+08:00"_s);
        QCOMPARE(ServerTimeZone(-210).key(), u"-03:30"_s);
        for (int offset = ServerTimeZone::smallestOffsetMinutes;
             offset <= ServerTimeZone::largestOffsetMinutes; offset += 15) {
            const ServerTimeZone zone(offset);
            QCOMPARE(ServerTimeZone::parse(zone.key()), std::optional(zone));
            QCOMPARE(ServerTimeZone::parse(zone.name()), std::optional(zone));
        }
        // An offset no clock has falls back to the vendor's rather than to something odd.
        QCOMPARE(ServerTimeZone(7).offsetMinutes(), ServerTimeZone::vendorOffsetMinutes);
    }

    void theServersDayIsItsOwn()
    {
        // 20:00 UTC on 30 November is already 1 December in Shanghai: the day usage of "today"
        // is the server's 1 December, whatever this computer's calendar says.
        const QDateTime evening = utc(QDate(2026, 11, 30), QTime(20, 0));
        QCOMPARE(ServerTimeZone().dateAt(evening), QDate(2026, 12, 1));
        QCOMPARE(ServerTimeZone(0).dateAt(evening), QDate(2026, 11, 30));
        QCOMPARE(ServerTimeZone(-180).dateAt(evening), QDate(2026, 11, 30));
        QCOMPARE(ServerTimeZone().startOf(QDate(2026, 12, 1)),
                 utc(QDate(2026, 11, 30), QTime(16, 0)));
        QCOMPARE(ServerTimeZone().write(evening), u"2026-12-01 04:00:00"_s);
    }

    void serverTimesAreShownInThisComputersTime()
    {
        const LocalView *view = thisComputersView();
        if (!view)
            QSKIP("TZ is none of the zones this test knows; ctest runs it in each of them");
        const ServerTimeZone vendor;
        QCOMPARE(cube::displaytime::dateTime(vendor.read(u"2026-08-10 08:30:00")),
                 QString::fromLatin1(view->summer));
        QCOMPARE(cube::displaytime::dateTime(vendor.read(u"2026-12-01 08:30:00")),
                 QString::fromLatin1(view->winter));
        // The tooltip names both zones: the server's and this computer's (today's offset).
        const int localOffset =
            QTimeZone(view->zone).offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
        const QString note = vendor.shownInLocalTimeNote();
        QVERIFY2(note.contains(u"UTC+8"_s), qPrintable(note));
        QVERIFY2(note.contains(ServerTimeZone::offsetName(localOffset)), qPrintable(note));
    }

    void aClientReadsTheServersTimesAsInstants_data()
    {
        QTest::addColumn<int>("serverOffset");
        QTest::addColumn<int>("profileOffset");
        QTest::addColumn<int>("errorHours"); // how far off the profile's reading is
        QTest::newRow("vendor, default profile") << 480 << 480 << 0;
        QTest::newRow("gateway in UTC, profile says so") << 0 << 0 << 0;
        QTest::newRow("gateway in UTC, profile left at +8") << 0 << 480 << -8;
    }

    void aClientReadsTheServersTimesAsInstants()
    {
        QFETCH(int, serverOffset);
        QFETCH(int, profileOffset);
        QFETCH(int, errorHours);
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(),
                                           {3, 50, ServerTimeZone(serverOffset)});
        QVERIFY(simulator.listen());
        const QDateTime starts = utc(QDate(2026, 8, 10), QTime(0, 30));
        cube::sim::SimulatedOrder &order = simulator.fleet().order(0);
        order.starts = starts;
        order.expires = starts.addDays(30);

        QNetworkAccessManager network;
        cube::ClientFactory factory(&network);
        factory.setGivenServerTimeZone(ServerTimeZone(profileOffset));
        const auto client = factory.forEndpoint(simulator.endpoint());
        const auto read = cube::test::awaitResult<cube::Order>(
            [&](auto done) { client->order(cube::test::orderCodeOf(order.code), this, done); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(read.value().starts, starts.addSecs(errorHours * 3600));
        QCOMPARE(read.value().expires, starts.addDays(30).addSecs(errorHours * 3600));
        if (const LocalView *view = thisComputersView(); view && errorHours == 0)
            QCOMPARE(cube::displaytime::dateTime(read.value().starts),
                     QString::fromLatin1(view->summer));
    }

    void theSimulatorsEndpointCarriesItsZone()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(),
                                           {3, 50, ServerTimeZone(-180)});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        const auto client = cube::test::clientFor(simulator, &network);
        QCOMPARE(client->settings().serverTimeZone, ServerTimeZone(-180));
    }
};

QTEST_GUILESS_MAIN(TestServerTimeZone)
#include "tst_servertimezone.moc"
