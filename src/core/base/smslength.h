#pragma once

#include <QString>

namespace cube {

// How an SMS text will travel: GSM-7 when every character is in the GSM 03.38 alphabet
// (160 per message, 153 per part of a long one; characters of the extension table count
// twice), otherwise UCS-2 (70 per message, 67 per part), as Chinese text always is.
struct SmsLength
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2
    int parts = 0; // how many SMS the text takes (0 for an empty text)
    int perPart = 160;

    static SmsLength of(const QString &text);
};

} // namespace cube
