#pragma once

#include "contract/servertimezone.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

namespace cube {

// Unix time in the request's `timestamp`: every example uses seconds, one table milliseconds.
enum class TimestampUnit { Seconds, Milliseconds };

// How reads are retried after a time-out or a 5xx (writes never are), and how any request is
// sent again after the gateway's 429, which says it did not act.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds firstDelay{500};    // doubled for each further retry
    std::chrono::milliseconds longestWait{10000}; // a longer Retry-After is not waited for
    // A read gives up when another attempt could not end within this time from its first:
    // however a server stalls, a read ends in bounded time.
    std::chrono::milliseconds totalTime{90000};
    // After the gateway's 429 (it did not act) a request, a write too, is sent again after the
    // wait it asks for, up to this many times, and only for a wait up to `longestLimitWait`.
    int maxLimitedRetries = 10;
    std::chrono::milliseconds longestLimitWait{60000};
};

// The largest answer read for one request: lists may be long, anything else is small. A
// larger answer is cut off and reported; nothing buffers without bound.
constexpr qint64 largestListAnswer = qint64(64) << 20;
constexpr qint64 largestAnswer = qint64(1) << 20;

// The vendor's published gateway limits (cube-api.md, "Limits"): per IP, so shared by everyone
// at one desk. A profile may raise them for a gateway that allows more.
struct GatewayLimits
{
    int connections = 3;       // requests in flight, and so connections open, at once
    int queriesPerSecond = 10; // requests started in any one second
    int dailyQuota = 5000;     // requests in one of the server's days
    static constexpr int largestConnections = 32;
    static constexpr int largestQueriesPerSecond = 1000;
};

// What the API transport needs to reach one Cube account, apart from the secret.
struct ConnectionSettings
{
    QUrl baseUrl;
    QString accessCode;
    TimestampUnit timestampUnit = TimestampUnit::Seconds;
    std::chrono::milliseconds transferTimeout{30000};
    GatewayLimits limits;
    // Rows asked for in one listing page; the server may answer with fewer (its own page_size).
    int pageSize = 100;
    // A start shows the account's cached SIM list without reading it again while it is younger
    // than this (the console's refresh policy; a reading of a large fleet costs its quota).
    std::chrono::hours fleetCacheFreshFor{12};
    RetryPolicy retry;
    QHash<QString, QString> pathOverrides; // operation name -> path (OperationTable)
    QString caBundlePath;          // extra CA certificates (PEM) for a private gateway; optional
    ServerTimeZone serverTimeZone; // the zone of the server's times and days (UTC+8: vendor)
};

} // namespace cube
