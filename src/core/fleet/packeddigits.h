#pragma once

#include <QString>
#include <QStringView>

namespace cube::packeddigits {

// Digit strings (ICCID, IMSI, MSISDN) packed two digits to a byte: a digit d is the nibble
// d + 1 and nibble 0 ends the text, so comparing the bytes orders the texts as strings do, and
// an empty text is all zeros. A text that is not digits only, or too long for the bytes given,
// does not pack: its first nibble is `oddMark` and the caller keeps the text elsewhere.
inline constexpr uchar oddMark = 0xF;

// Packs `text` into `bytes` bytes at `out`; false (and `out` marked odd) when it does not fit.
bool pack(QStringView text, uchar *out, int bytes);
bool isOdd(const uchar *packed);
// True when `bytes` bytes at `packed` are what pack() writes: digit nibbles (1 to 10) ended by
// zeros, or the odd mark followed by zeros. Bytes read from a file are checked with it.
bool isWellFormed(const uchar *packed, int bytes);
// Writes the digits as ASCII to `out` (room for 2 * bytes characters); returns how many.
int toAscii(const uchar *packed, int bytes, char *out);
QString unpack(const uchar *packed, int bytes);
// True when `text` is digits only (what a packed column can hold).
bool isDigits(QStringView text);

} // namespace cube::packeddigits
