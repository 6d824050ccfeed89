#include "base/servertext.h"

namespace cube {

namespace {

// What becomes of an invisible character: removed (names, free text) or marked (identifiers).
enum class Invisible { Removed, Marked };

// One character of a QString: its code point and how many UTF-16 units it takes. A surrogate
// half without its other half is no character at all: `broken`.
struct CodePoint
{
    char32_t value = 0;
    qsizetype units = 1;
    bool broken = false;
};

CodePoint codePointAt(const QString &text, qsizetype index)
{
    const QChar unit = text.at(index);
    if (!unit.isSurrogate())
        return {unit.unicode(), 1, false};
    if (unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(unit, text.at(index + 1)), 2, false};
    return {unit.unicode(), 1, true};
}

bool needsCleaning(const CodePoint &character)
{
    return character.broken || isControlCharacter(character.value)
           || isInvisibleCharacter(character.value);
}

QString cleaned(QString text, Invisible invisible)
{
    // Nearly all text is clean: it is returned as it is, without a copy (a million SIM cards
    // are read through here).
    qsizetype first = 0;
    while (first < text.size() && !needsCleaning(codePointAt(text, first)))
        first += codePointAt(text, first).units;
    if (first == text.size())
        return text;

    QString result = text.left(first);
    result.reserve(text.size());
    for (qsizetype index = first; index < text.size();) {
        const CodePoint character = codePointAt(text, index);
        const bool hidden = isInvisibleCharacter(character.value);
        if (character.broken || isControlCharacter(character.value)
            || (hidden && invisible == Invisible::Marked))
            result += QChar(QChar::ReplacementCharacter);
        else if (!hidden)
            result += QStringView(text).mid(index, character.units);
        index += character.units;
    }
    return result;
}

} // namespace

bool isControlCharacter(char32_t character)
{
    return character < 0x20 || (character >= 0x7f && character <= 0x9f) || character == 0x2028
           || character == 0x2029;
}

bool isInvisibleCharacter(char32_t c)
{
    if (c < 0xad)
        return false; // the common case, ASCII, at once
    // Default_Ignorable_Code_Point (Unicode 15 DerivedCoreProperties.txt), plus U+FFF9-U+FFFB.
    return c == 0x00ad || c == 0x034f || c == 0x061c || (c >= 0x115f && c <= 0x1160)
           || (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f)
           || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2060 && c <= 0x206f) || c == 0x3164 || (c >= 0xfe00 && c <= 0xfe0f)
           || c == 0xfeff || c == 0xffa0 || (c >= 0xfff0 && c <= 0xfffb)
           || (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a)
           || (c >= 0xe0000 && c <= 0xe0fff);
}

QString cleanServerText(QString text)
{
    return cleaned(std::move(text), Invisible::Removed);
}

QString cleanIdentifier(QString text)
{
    return cleaned(std::move(text), Invisible::Marked);
}

QString cleanStoredText(QString text)
{
    return cleaned(std::move(text), Invisible::Marked);
}

} // namespace cube
