#pragma once

#include "rejection.h"

#include <QJsonValue>
#include <QString>

namespace cube::sim {

// What an operation answers, before it is put into the envelope.
struct SimReply
{
    QString code;
    QString message;
    QJsonValue data = QJsonValue::Null;

    static SimReply ok(QJsonValue data, ReplyLanguage language)
    {
        return {QStringLiteral("0000"),
                language == ReplyLanguage::English ? QStringLiteral("Success")
                                                   : QStringLiteral("成功"),
                std::move(data)};
    }

    static SimReply rejected(Rejection rejection, ReplyLanguage language,
                             const QString &detail = {})
    {
        return {rejectionCode(rejection), rejectionMessage(rejection, language, detail),
                QJsonValue::Null};
    }
};

} // namespace cube::sim
