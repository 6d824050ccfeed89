#include "answershape.h"

#include "records/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cube::sim {

QJsonValue camelCaseWithStrings(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object;
        const QJsonObject original = value.toObject();
        for (auto it = original.begin(); it != original.end(); ++it) {
            const QString key = it.key().contains(u'_') ? otherSpelling(it.key()) : it.key();
            object.insert(key, camelCaseWithStrings(it.value()));
        }
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(camelCaseWithStrings(item));
        return array;
    }
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) && std::fabs(number) < 1e15
                   ? QString::number(qint64(number))
                   : QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return value;
    }
}

} // namespace cube::sim
