#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace cube::cli {

// A JSON object whose members keep the order they were added in: cubectl lists a row's keys
// in the order of its columns, as the text and CSV do (QJsonObject would sort them).
using OrderedObject = QList<std::pair<QString, QJsonValue>>;

// Indented JSON text: an array of the objects, or the one object alone.
QByteArray orderedJsonArray(const QList<OrderedObject> &objects);
QByteArray orderedJsonObject(const OrderedObject &object);
// One object as an item of orderedJsonArray's array (indented, no separator).
QByteArray orderedJsonItem(const OrderedObject &object);

} // namespace cube::cli
