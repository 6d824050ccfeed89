#pragma once

#include <QString>

namespace cube {

// Text from a server, made safe to show anywhere: a terminal, a label, a tooltip, the
// clipboard. Every control character (C0, DEL, C1, and the Unicode line and paragraph
// separators) becomes U+FFFD, so that no escape sequence reaches a terminal and no CR or LF
// fakes a line of output. Applied where server text enters the program (the envelope's
// message, every string a record reads).
QString cleanServerText(QString text);

} // namespace cube
