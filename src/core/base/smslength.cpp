#include "base/smslength.h"

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// GSM 03.38 basic character set (the characters a phone sends in one septet each).
const QString gsmBasic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
// The extension table: an escape septet plus one, so two each.
const QString gsmExtension = u"^{}\\[~]|€\f"_s;

} // namespace

SmsLength SmsLength::of(const QString &text)
{
    SmsLength length;
    for (const QChar c : text) {
        if (gsmBasic.contains(c)) {
            length.units += 1;
        } else if (gsmExtension.contains(c)) {
            length.units += 2;
        } else {
            length.encoding = Encoding::Ucs2;
            break;
        }
    }
    int single = 160;
    int multi = 153;
    if (length.encoding == Encoding::Ucs2) {
        length.units = int(text.size());
        single = 70;
        multi = 67;
    }
    length.perPart = length.units <= single ? single : multi;
    length.parts = length.units == 0        ? 0
                   : length.units <= single ? 1
                                            : (length.units + multi - 1) / multi;
    return length;
}

} // namespace cube
