#include "listinput.h"

#include <QIODevice>
#include <QSet>

namespace cube::cli {

std::variant<QStringList, QString> ListInput::read(QIODevice &device, const QString &source)
{
    QStringList lines;
    // Read until nothing comes: atEnd() is not to be trusted on a device like /dev/zero.
    for (QByteArray line = device.readLine(maxLineBytes + 2); !line.isEmpty();
         line = device.readLine(maxLineBytes + 2)) {
        if (line.size() > maxLineBytes && !line.endsWith('\n'))
            return tr("%1: a line is longer than %2 characters; give one ICCID or order code a "
                      "line.")
                .arg(source)
                .arg(maxLineBytes);
        lines.append(QString::fromUtf8(line).trimmed());
        if (lines.size() > maxLines)
            return tr("%1: more than %2 lines; split the list.").arg(source).arg(maxLines);
    }
    return lines;
}

QStringList ListInput::targets(const QStringList &lines)
{
    QStringList targets;
    QSet<QString> seen;
    for (const QString &line : lines) {
        const QString target = line.section(u'#', 0, 0).trimmed();
        if (target.isEmpty() || seen.contains(target))
            continue;
        seen.insert(target);
        targets.append(target);
    }
    return targets;
}

} // namespace cube::cli
