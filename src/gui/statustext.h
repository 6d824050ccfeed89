#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace cube {

// Words and colours for states, and the UI's formats for data volumes and dates, all in the
// UI's language (the tables are translated at the time of the call, so a language switch
// shows at once).
namespace statustext {

QString lifeCycle(int lifeCycle);
QColor lifeCycleColor(int lifeCycle);
QString orderStatus(int status);
QColor orderStatusColor(int status);
QString megabytes(double megabytes);
QString dateTime(const QDateTime &when);
// The same date and time to the second, for the session's log, where several actions share a
// minute: "2026-11-30 14:05:09", in this computer's time.
QString dateTimeToTheSecond(const QDateTime &when);

} // namespace statustext

} // namespace cube
