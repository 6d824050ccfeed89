#pragma once

#include <QString>
#include <QStringList>

namespace cube::cli {

// Text laid out for a terminal, where a Chinese character takes two columns: the widths,
// padding and wrapping that aligned tables and help texts need.
namespace terminaltext {

int displayWidth(const QString &text);
// `text` followed by spaces up to `width` columns (never cut).
QString padded(const QString &text, int width);
// `text` in lines of at most `width` columns: broken at spaces, or between Chinese characters.
QStringList wrapped(const QString &text, int width);

// Whether standard input, output or error is a terminal (a person) rather than a pipe or file.
bool stdinIsTerminal();
bool stderrIsTerminal();

} // namespace terminaltext

} // namespace cube::cli
