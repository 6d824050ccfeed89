#include "requestlog.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cube::sim {

bool RequestLog::open(const QString &path)
{
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void RequestLog::write(const QString &path, const QJsonObject &body, const QString &code)
{
    if (!m_file.isOpen())
        return;
    QJsonObject fields = body;
    for (const QString &common : {u"sign"_s, u"access_code"_s, u"timestamp"_s, u"version"_s})
        fields.remove(common);
    const QJsonObject line{
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"path"_s, path},
        {u"fields"_s, fields},
        {u"code"_s, code},
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    // Read while the simulator runs, and complete if it is killed.
    m_file.flush();
}

} // namespace cube::sim
