#include "servertext.h"

namespace cube {

QString cleanServerText(QString text)
{
    for (QChar &character : text) {
        const char16_t code = character.unicode();
        const bool control =
            code < 0x20 || (code >= 0x7f && code <= 0x9f) || code == 0x2028 || code == 0x2029;
        if (control)
            character = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace cube
