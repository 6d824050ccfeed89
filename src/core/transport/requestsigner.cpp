#include "transport/requestsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
           || (value.isString() && value.toString().isEmpty());
}

// QJsonDocument serialises only objects and arrays, so a lone value is written as the single
// element of an array and the brackets are cut off. Nested objects come out with sorted keys.
QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// The exact bytes that are signed (cube-api.md calls them signContent).
QByteArray signContent(const QJsonObject &parameters)
{
    // The rule sorts by bytes; QJsonObject's own order compares UTF-16, which can differ
    // outside ASCII, so the keys are sorted here on their UTF-8 form.
    std::vector<std::pair<QByteArray, QString>> keys;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key() == "sign"_L1 || isEmptyValue(it.value()))
            continue;
        keys.emplace_back(it.key().toUtf8(), it.key());
    }
    std::sort(keys.begin(), keys.end());

    QByteArray content = "{";
    for (const auto &[utf8Key, key] : keys) {
        if (content.size() > 1)
            content += ',';
        content += compactJson(key) + ':' + compactJson(parameters.value(key));
    }
    content += '}';
    return content;
}

} // namespace

RequestSigner::RequestSigner(QByteArray secret)
    : m_secret(std::move(secret))
{}

QString RequestSigner::sign(const QJsonObject &parameters) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(signContent(parameters), m_secret,
                                                            QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

QJsonObject RequestSigner::signedCopy(QJsonObject parameters) const
{
    parameters.insert(u"sign"_s, sign(parameters));
    return parameters;
}

bool RequestSigner::verify(const QJsonObject &parameters) const
{
    const QByteArray given = parameters.value(u"sign"_s).toString().toLatin1();
    const QByteArray expected = sign(parameters).toLatin1();
    if (given.size() != expected.size())
        return false;
    // Constant-time comparison: a server must not leak how many bytes matched.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given[i] ^ expected[i]);
    return difference == 0;
}

} // namespace cube
