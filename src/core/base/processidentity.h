#pragma once

#include <QString>

namespace cube::processidentity {

// A process as the journal names it: its number and when it started ("4711@123456"), so that a
// number the system gave to a later process is not taken for the one that ran a job. Empty
// when no such process runs (gone, or a zombie nobody has reaped yet).
QString of(qint64 pid);
// This process, so named.
QString thisProcess();
// This program as a person knows it (cubectl, cube-console): cubectl and the console share the
// application's name, so the program's own file tells them apart.
QString thisProgram();
// Whether the process named `identity` (pid `pid`, on `host`) still runs. Another machine's
// process cannot be seen: it is taken to run.
bool alive(qint64 pid, const QString &identity, const QString &host);

} // namespace cube::processidentity
