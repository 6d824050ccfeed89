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

} // namespace statustext

} // namespace cube
