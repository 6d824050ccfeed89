#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace cube {

// What to do with one member of a JSON object: its new value, or nothing to keep it as it is
// (and look inside it).
using MemberRewrite =
    std::function<std::optional<QJsonValue>(const QString &key, const QJsonValue &member)>;

// `value` with the members of every object in it, at any depth, rewritten by `rewrite`: the
// log's masking of the signature, the simulator's hostile strings.
QJsonValue rewriteMembers(const QJsonValue &value, const MemberRewrite &rewrite);

} // namespace cube
