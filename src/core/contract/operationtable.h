#pragma once

#include "contract/operation.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace cube {

// Operation -> path for one connection: the contract's defaults, with a profile's overrides
// (keyed by the operation's name, e.g. "queryDeviceList" -> "/device/list") applied on top,
// so that a wrong guess is fixed in the settings, without a rebuild.
class OperationTable final
{
public:
    explicit OperationTable(QHash<QString, QString> overrides = {});

    QString path(Operation operation) const;

    // Override names that match no operation: a typo a profile editor should point out.
    QStringList unknownOverrides() const;

private:
    QHash<QString, QString> m_overrides;
};

} // namespace cube
