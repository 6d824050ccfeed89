#include "contract/operationtable.h"

#include <utility>

namespace cube {

OperationTable::OperationTable(QHash<QString, QString> overrides)
    : m_overrides(std::move(overrides))
{}

QString OperationTable::path(Operation operation) const
{
    const OperationInfo &info = operationInfo(operation);
    const QString overridden = m_overrides.value(info.nameString()).trimmed();
    if (overridden.isEmpty())
        return info.defaultPathString();
    return overridden.startsWith(u'/') ? overridden : u'/' + overridden;
}

QStringList OperationTable::unknownOverrides() const
{
    QStringList unknown;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (!operationFromName(it.key()))
            unknown.append(it.key());
    }
    unknown.sort();
    return unknown;
}

} // namespace cube
