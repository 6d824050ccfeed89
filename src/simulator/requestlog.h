#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace cube::sim {

// What the simulator received, one JSON line a request: when, the path, the business fields
// (without sign, access code, timestamp and version) and the code of the answer ("" when no
// answer went back). Tests count from it what the server was asked to do.
class RequestLog final
{
public:
    RequestLog() = default;
    Q_DISABLE_COPY_MOVE(RequestLog)

    // Appends to `path`; false when it cannot be opened.
    bool open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QString &path, const QJsonObject &body, const QString &code);

private:
    QFile m_file;
};

} // namespace cube::sim
