#pragma once

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cube::test {

// From cube-sim's --request-log: how often each value of the business field `field` was sent
// to a path ending in `pathEnd` (the order codes ended early, say). A request the gateway
// refused for its limits (429) is not counted: the server did not act on it, and the client
// sends it again.
inline QHash<QString, int> sentCounts(const QString &log, const QString &pathEnd,
                                      const QString &field)
{
    QHash<QString, int> counts;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line[QStringLiteral("path")].toString().endsWith(pathEnd)
            && line[QStringLiteral("code")].toString() != QStringLiteral("429"))
            ++counts[line[QStringLiteral("fields")][field].toString()];
    }
    return counts;
}

} // namespace cube::test
