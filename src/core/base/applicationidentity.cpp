#include "base/applicationidentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cube::identity {

QString organizationName()
{
    return u"CubeConsole"_s;
}

QString applicationName()
{
    return u"cube-console"_s;
}

void describeApplication(const QString &program)
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(CUBE_VERSION));
}

} // namespace cube::identity
