#include "base/processidentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace cube::processidentity {

QString of(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // After "(name)": the state, then the fields up to the 22nd, the start time.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return {}; // gone, or a zombie that nobody has reaped yet
    return u"%1@%2"_s.arg(pid).arg(QString::fromLatin1(fields.at(19)));
#else
    return pid == QCoreApplication::applicationPid() ? QString::number(pid) : QString();
#endif
}

QString thisProcess()
{
    return of(QCoreApplication::applicationPid());
}

QString thisProgram()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
}

bool alive(qint64 pid, const QString &identity, const QString &host)
{
    if (host != QHostInfo::localHostName())
        return true;
    return !identity.isEmpty() && of(pid) == identity;
}

} // namespace cube::processidentity
