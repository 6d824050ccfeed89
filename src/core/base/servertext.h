#pragma once

#include <QString>

namespace cube {

// Text from outside (a server's answer, a stored file, a reason typed in), made safe to show
// anywhere: a terminal, a label, a tooltip, a CSV or JSON file, the clipboard. Applied where
// server text enters the program (the envelope's message, every string a record reads) and
// where stored text is printed (the journal's history).
//
// Two kinds of character are never shown as they come:
// - control characters (C0, DEL, C1, and the Unicode line and paragraph separators) become
//   U+FFFD, so that no escape sequence reaches a terminal and no CR or LF fakes a line;
// - invisible characters (Unicode's Default_Ignorable_Code_Point, which holds every bidi
//   control: the overrides and embeddings U+202A-U+202E, the isolates U+2066-U+2069, the marks
//   U+200E, U+200F and U+061C; the zero-width characters U+200B-U+200D and U+2060; U+FEFF; soft
//   hyphens, variation selectors, tag characters), and the interlinear annotation controls
//   U+FFF9-U+FFFB. A right-to-left override makes "1234<RLO>5678" read as "12348765"; a
//   zero-width space makes two codes that look the same differ.
//
// A half of a surrogate pair without its other half becomes U+FFFD too.

// Names and free text (plan names, messages): control characters become U+FFFD, invisible
// characters are removed. Removing them isolates the text: with no override, embedding or
// isolate left in it, a name cannot reorder what is printed after it, in a terminal (which has
// no isolates to wrap it in), a CSV cell or a label. Letters of right-to-left scripts stay, as
// the name is written; emoji joined by U+200D fall apart into their parts, which the console's
// users (Chinese and English text) can afford.
QString cleanServerText(QString text);

// Identifiers (order codes, ICCIDs, IMSIs, MSISDNs, plan codes): control and invisible
// characters alike become U+FFFD. Removing them would make a spoofed code equal to another
// one ("L12<ZWSP>34" would read, and be sent back, as the real order "L1234"); marked, the
// code looks wrong, as it is, and the order code rule refuses to act on it.
QString cleanIdentifier(QString text);

// Text printed or shown again that may not have passed either cleaning when it came in (the
// journal's reasons, messages and fields, typed in or written by another program or an older
// version): every control and invisible character is marked, as in an identifier, because a
// mark shows a person that something was there. Text that was cleaned already is unchanged.
QString cleanStoredText(QString text);

// A control character: C0 (tab, CR and LF included), DEL, C1, U+2028, U+2029.
bool isControlCharacter(char32_t character);
// An invisible character, as described above.
bool isInvisibleCharacter(char32_t character);

} // namespace cube
