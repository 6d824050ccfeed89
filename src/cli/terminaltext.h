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

// Rows under their titles in aligned columns, two spaces apart; the last column is not padded.
// `widths` carries the columns' widths from one call to the next (a listing printed page by
// page keeps its columns where the first page put them, widening them when a page needs it).
QString alignedTable(const QStringList &titles, const QList<QStringList> &rows, QList<int> &widths,
                     bool withTitles = true);

} // namespace terminaltext

} // namespace cube::cli
