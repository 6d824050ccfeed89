#pragma once

#include <QJsonValue>

namespace cube::sim {

// The shape of the answers the vendor documents in full (syncAssetInfo, queryOrder): member
// names in camelCase and every value a string ("orderStatus": "1"). The simulator answers in
// snake_case with typed values unless told to answer this way (cube-sim --camel-case), so that
// the client is tested against both.
QJsonValue camelCaseWithStrings(const QJsonValue &value);

} // namespace cube::sim
