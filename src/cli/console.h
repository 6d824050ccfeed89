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

// One line typed on the terminal, without its line end; empty at the end of input.
QString readLine();
// All of standard input (a list piped in, a secret).
QString readAll();

} // namespace console

} // namespace cube::cli
