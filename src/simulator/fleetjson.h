#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace cube::sim {

class Fleet;

// The fleet's records as the Cube API writes them (field names of cube-api.md and of the
// console's parsers in core).
namespace fleetjson {

QJsonObject sim(const Fleet &fleet, int sim, QDate today);
QJsonObject order(const Fleet &fleet, int order);
QJsonObject plan(const Fleet &fleet, int plan);
QJsonObject page(qint64 pageNo, qint64 pageSize, qint64 totalCount);
// `when` as the simulated server writes it: wall-clock text in the fleet's server zone.
QString dateTime(const Fleet &fleet, const QDateTime &when);

} // namespace fleetjson

} // namespace cube::sim
