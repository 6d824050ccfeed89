#include "transport/cabundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cube {

CaBundle CaBundle::read(const QString &path)
{
    CaBundle bundle;
    if (path.isEmpty())
        return bundle;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        bundle.m_problem = tr("The CA bundle named in the profile, %1, does not exist.").arg(shown);
        return bundle;
    }
    if (info.isDir()) {
        bundle.m_problem =
            tr("The CA bundle named in the profile, %1, is a folder, not a file.").arg(shown);
        return bundle;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        bundle.m_problem = tr("The CA bundle named in the profile, %1, cannot be read (%2).")
                               .arg(shown, file.errorString());
        return bundle;
    }
    if (file.size() > largestFile) {
        bundle.m_problem =
            tr("The CA bundle named in the profile, %1, is larger than %n MB: it is not a "
               "bundle of certificates.",
               nullptr, int(largestFile >> 20))
                .arg(shown);
        return bundle;
    }
    bundle.m_certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (bundle.m_certificates.isEmpty())
        bundle.m_problem =
            tr("The CA bundle named in the profile, %1, holds no certificate in PEM form.")
                .arg(shown);
    return bundle;
}

} // namespace cube
