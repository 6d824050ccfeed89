#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cube {

// Signs a request the way the Cube (CSSS) API checks it (cube-api.md, "Signing"):
// every parameter but `sign` whose value is neither null nor "", keys sorted by their bytes,
// serialised as compact UTF-8 JSON with JSON types kept, then Base64(HMAC-SHA1(secret, that)).
//
// The secret lives only inside this object and the HMAC; it is never printed.
class RequestSigner final
{
public:
    explicit RequestSigner(QByteArray secret);

    // The 28-character standard Base64 signature of `parameters`.
    QString sign(const QJsonObject &parameters) const;

    // `parameters` with its `sign` field set (replacing any that was there).
    QJsonObject signedCopy(QJsonObject parameters) const;

    // Whether `parameters["sign"]` is the signature of the rest, compared in constant time.
    bool verify(const QJsonObject &parameters) const;

private:
    QByteArray m_secret;
};

} // namespace cube
