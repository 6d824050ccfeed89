#include "records/jsonrewrite.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cube {

QJsonValue rewriteMembers(const QJsonValue &value, const MemberRewrite &rewrite)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(rewriteMembers(element, rewrite));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<QJsonValue> changed = rewrite(it.key(), it.value());
        it.value() = changed ? *changed : rewriteMembers(it.value(), rewrite);
    }
    return object;
}

} // namespace cube
