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

} // namespace cube::displaytime
