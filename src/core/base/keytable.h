#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cube::keytable {

// The stable keys of an enumeration's values (the journal's columns, cubectl's JSON and CSV),
// each written once in a table of pairs, {value, u"key"}, and read both ways from it: no
// switch that names a key a second time can drift from the table.

// The key of `value`; empty when the table does not name it.
template<typename Keys, typename Value>
QString keyOf(const Keys &keys, Value value)
{
    for (const auto &[known, key] : keys)
        if (known == value)
            return QString::fromUtf16(key);
    return {};
}

// The value of `key`; nothing when the table does not name it.
template<typename Value, typename Keys>
std::optional<Value> valueOf(const Keys &keys, const QString &key)
{
    for (const auto &[value, known] : keys)
        if (key == QString::fromUtf16(known))
            return value;
    return std::nullopt;
}

} // namespace cube::keytable
