#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace cube {

// The extra CA certificates (PEM) a profile names for a private gateway, read from their file.
// A file that is named but cannot be used is never passed over: the connection would then
// trust only the system's certificates, and fail for a reason nobody sees.
class CaBundle final
{
    Q_DECLARE_TR_FUNCTIONS(cube::CaBundle)

public:
    // The most a bundle file may hold; a system's whole bundle is about 200 KB.
    static constexpr qint64 largestFile = 16 << 20;

    // Reads `path`; an empty path is an empty bundle with no problem.
    static CaBundle read(const QString &path);

    const QList<QSslCertificate> &certificates() const { return m_certificates; }
    // Why the file named cannot be used, as a sentence that names it; empty when it can.
    const QString &problem() const { return m_problem; }

private:
    QList<QSslCertificate> m_certificates;
    QString m_problem;
};

} // namespace cube
