#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <variant>

class QIODevice;

namespace cube::cli {

// A list of targets (ICCIDs, order codes) as cubectl reads it from standard input or a file:
// as a stream, line by line, within limits, so that a device's endless output or a huge file
// ends with a message instead of filling the memory. Blank lines and # comments are dropped,
// and repeats.
class ListInput final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::ListInput)

public:
    static constexpr int maxLines = 100'000;
    static constexpr int maxLineBytes = 1'000;

    // The lines of `device` (named `source` in messages), or what is wrong with them.
    static std::variant<QStringList, QString> read(QIODevice &device, const QString &source);
    // The targets among `lines`: comments and blanks dropped, each kept once, in order.
    static QStringList targets(const QStringList &lines);
};

} // namespace cube::cli
