#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cube::displaytime {

// Times as people read them everywhere (the console's views, its CSV export, cubectl's text):
// "2026-11-30 14:05", whatever the locale, so that no two-digit year or 12-hour clock is
// ambiguous between regions. Numbers and data sizes keep the locale's form. Every time is shown
// in this computer's time zone, whichever zone it was read in.
QString dateTime(const QDateTime &when);
QString date(const QDate &day);
// For scripts (cubectl's JSON and CSV): ISO 8601 with this computer's offset,
// "2026-08-10T02:30:00+02:00", an instant no reader can mistake, weeks later or elsewhere.
QString forScripts(const QDateTime &when);

} // namespace cube::displaytime
