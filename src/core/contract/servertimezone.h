#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cube {

// The zone of the server's clock. The Cube API writes its times as wall-clock text with no
// zone ("2026-08-10 08:00:00", "2026-08-10"), and its days (day usage, month usage) are the
// server's days; the vendor's clock is UTC+8. A profile names another offset for a gateway
// whose clock differs. Every server time is read here, so the console and cubectl show the
// same instant, in the user's own time.
class ServerTimeZone final
{
    Q_DECLARE_TR_FUNCTIONS(ServerTimeZone)

public:
    static constexpr int vendorOffsetMinutes = 8 * 60;
    static constexpr int smallestOffsetMinutes = -12 * 60;
    static constexpr int largestOffsetMinutes = 14 * 60;

    ServerTimeZone() = default;
    // An offset outside UTC-12..UTC+14 or not a multiple of 15 minutes is the vendor's
    // (validOffset() says whether one is usable).
    explicit ServerTimeZone(int offsetMinutes);

    static bool validOffset(int offsetMinutes);
    // "+8", "+08:00", "UTC+5:30", "-3", "0"; nothing for anything else.
    static std::optional<ServerTimeZone> parse(QStringView text);

    int offsetMinutes() const { return m_offsetMinutes; }
    // "UTC+8", "UTC+5:30", "UTC-3", "UTC".
    QString name() const;
    // "+08:00": how a profile stores it (parse() reads it back).
    QString key() const;

    // A server time: "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd" (midnight) read in this zone; an
    // invalid QDateTime for anything else. Compare, convert or show it with displaytime.
    QDateTime read(QStringView text) const;
    // The server's date at `now` (any zone): the day its day usage counts in.
    QDate dateAt(const QDateTime &now) const;
    QDate today() const { return dateAt(QDateTime::currentDateTimeUtc()); }
    // The instant the server's day `day` begins.
    QDateTime startOf(QDate day) const;
    // `when` as the server writes it: "yyyy-MM-dd HH:mm:ss" in this zone.
    QString write(const QDateTime &when) const;

    // For a column header's tooltip: which zone the server's times are in and that they are
    // shown in this computer's time, e.g. "The server writes this time in UTC+8; shown here in
    // this computer's time (UTC+1)."
    QString shownInLocalTimeNote() const;
    // For a day picker: "Days are the server's (UTC+8): ..."
    QString serverDaysNote() const;

    friend bool operator==(ServerTimeZone a, ServerTimeZone b)
    {
        return a.m_offsetMinutes == b.m_offsetMinutes;
    }
    friend bool operator!=(ServerTimeZone a, ServerTimeZone b) { return !(a == b); }

    // "UTC+8" for any offset (the local one, too).
    static QString offsetName(int offsetMinutes);

private:
    int m_offsetMinutes = vendorOffsetMinutes;
};

} // namespace cube
