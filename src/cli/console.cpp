#include "console.h"

#include <QFile>

#include <cstdio>

namespace cube::cli::console {

void writeBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void write(const QString &text)
{
    writeBytes(text.toUtf8());
}

void writeError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void say(const QString &line)
{
    writeError(line + u'\n');
}

QString readLine(qint64 maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine(maxBytes + 1)).section(u'\n', 0, 0);
}

} // namespace cube::cli::console
