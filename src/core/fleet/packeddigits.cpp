#include "fleet/packeddigits.h"

#include <cstring>

namespace cube::packeddigits {

namespace {

int nibbleAt(const uchar *packed, int index)
{
    return index % 2 == 0 ? packed[index / 2] >> 4 : packed[index / 2] & 0xF;
}

} // namespace

bool isDigits(QStringView text)
{
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool pack(QStringView text, uchar *out, int bytes)
{
    std::memset(out, 0, size_t(bytes));
    // One nibble is left for the end mark when the text does not fill the bytes.
    if (text.size() > 2 * bytes || !isDigits(text)) {
        out[0] = uchar(oddMark << 4);
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto nibble = uchar(text.at(i).unicode() - u'0' + 1);
        out[i / 2] |= (i % 2 == 0) ? uchar(nibble << 4) : nibble;
    }
    return true;
}

bool isOdd(const uchar *packed)
{
    return (packed[0] >> 4) == oddMark;
}

bool isWellFormed(const uchar *packed, int bytes)
{
    const int nibbles = 2 * bytes;
    int at = 0;
    if (isOdd(packed))
        at = 1;
    else
        while (at < nibbles && nibbleAt(packed, at) >= 1 && nibbleAt(packed, at) <= 10)
            ++at;
    for (; at < nibbles; ++at)
        if (nibbleAt(packed, at) != 0)
            return false;
    return true;
}

int toAscii(const uchar *packed, int bytes, char *out)
{
    int length = 0;
    for (int i = 0; i < bytes; ++i) {
        const int high = packed[i] >> 4;
        if (high == 0 || high > 10)
            break;
        out[length++] = char('0' + high - 1);
        const int low = packed[i] & 0xF;
        if (low == 0 || low > 10)
            break;
        out[length++] = char('0' + low - 1);
    }
    return length;
}

QString unpack(const uchar *packed, int bytes)
{
    char ascii[64];
    const int length = toAscii(packed, qMin(bytes, 32), ascii);
    return QString::fromLatin1(ascii, length);
}

} // namespace cube::packeddigits
