#pragma once

#include <QByteArray>
#include <QString>

namespace cube::cli {

// cubectl's standard output (results) and standard error (messages, progress), in UTF-8.
namespace console {

void write(const QString &text);
void writeBytes(const QByteArray &bytes);
void writeError(const QString &text);
// A message line on standard error.
void say(const QString &line);

// One line of standard input without its line end, at most `maxBytes` of it; empty at the
// end of input.
QString readLine(qint64 maxBytes = 4096);

} // namespace console

} // namespace cube::cli
