#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cube::cli {

namespace {

// One value as compact JSON text (QJsonDocument writes arrays and objects only).
QByteArray valueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray objectText(const OrderedObject &object, const QByteArray &indent)
{
    if (object.isEmpty())
        return "{}";
    QByteArray text = "{\n";
    for (qsizetype i = 0; i < object.size(); ++i) {
        text += indent + "    " + valueText(object[i].first) + ": " + valueText(object[i].second);
        text += i + 1 < object.size() ? ",\n" : "\n";
    }
    return text + indent + '}';
}

} // namespace

QByteArray orderedJsonArray(const QList<OrderedObject> &objects)
{
    if (objects.isEmpty())
        return "[\n]\n";
    QByteArray text = "[\n";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        text += orderedJsonItem(objects[i]);
        text += i + 1 < objects.size() ? ",\n" : "\n";
    }
    return text + "]\n";
}

QByteArray orderedJsonItem(const OrderedObject &object)
{
    return "    " + objectText(object, "    ");
}

QByteArray orderedJsonObject(const OrderedObject &object)
{
    return objectText(object, {}) + '\n';
}

} // namespace cube::cli
