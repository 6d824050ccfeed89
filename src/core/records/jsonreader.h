#pragma once

#include "contract/servertimezone.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cube {

// Reads the fields of one JSON object from the server, tolerant of what servers do (extra
// fields, numbers sent as strings and strings sent as numbers) and strict about what is
// missing: the first required field that is absent, null or unreadable is remembered, and the
// record built from this reader must then be rejected (see problem()).
// A member name in the other spelling: device_id <-> deviceId.
QString otherSpelling(const QString &key);

class JsonReader final
{
public:
    enum class Need { Required, Optional };

    // `serverZone`: the zone the server's times are written in (dateTime()).
    JsonReader(const QJsonObject &object, QString recordName, ServerTimeZone serverZone);

    // Free text and names (a plan's name, a message), cleaned by cleanServerText.
    QString string(const QString &key, Need need = Need::Optional);
    // What names a record (an order code, an ICCID, an IMSI, an MSISDN, a plan code), cleaned
    // by cleanIdentifier: an invisible character in it is marked, not removed.
    QString identifier(const QString &key, Need need = Need::Optional);
    qint64 integer(const QString &key, Need need = Need::Optional);
    double number(const QString &key, Need need = Need::Optional);
    // true, 1 or "true"/"1"; false when absent.
    bool boolean(const QString &key, Need need = Need::Optional);
    QJsonArray array(const QString &key, Need need = Need::Optional);
    QJsonObject object(const QString &key, Need need = Need::Optional);
    // "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd", as the server writes them, in the server's zone;
    // invalid when absent.
    QDateTime dateTime(const QString &key, Need need = Need::Optional);

    bool ok() const { return m_problem.isEmpty(); }
    // E.g. "order: field \"orderCode\" is missing"; empty while everything read.
    const QString &problem() const { return m_problem; }

private:
    QString text(const QString &key, Need need, QString (*clean)(QString));
    void fail(const QString &key, const char *what);
    bool present(const QString &key, Need need);
    // The member `key`, or else the same name in the other spelling (device_id / deviceId):
    // the vendor's documented answers are camelCase, our guesses of the others snake_case.
    QJsonValue member(const QString &key) const;

    QJsonObject m_object;
    QString m_recordName;
    QString m_problem;
    ServerTimeZone m_serverZone;
};

} // namespace cube
