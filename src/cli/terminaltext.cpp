#include "terminaltext.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace cube::cli::terminaltext {

namespace {

// East Asian wide and full-width characters (Unicode UAX #11, the blocks Chinese text uses).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Chinese line breaking: these never start a line, those never end one.
bool neverStartsALine(char32_t c)
{
    return QStringView(u"，。、；：！？）》」』”’…").contains(QChar(char16_t(c)));
}

bool neverEndsALine(char32_t c)
{
    return QStringView(u"（《「『“‘").contains(QChar(char16_t(c)));
}

int widthOf(char32_t c)
{
    return isWide(c) ? 2 : 1;
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += widthOf(c);
    return width;
}

QString padded(const QString &text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, u' ') : text;
}

QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    int lineWidth = 0;
    int lastSpace = -1; // in `line`, where a break at a space may go
    for (const char32_t c : text.toUcs4()) {
        const QString character = QString::fromUcs4(&c, 1);
        if (lineWidth + widthOf(c) > width && !line.isEmpty()) {
            if (c == u' ') {
                lines.append(line);
                line.clear();
                lineWidth = 0;
                lastSpace = -1;
                continue;
            }
            if (lastSpace >= 0 && !isWide(c)) {
                lines.append(line.left(lastSpace));
                line = line.mid(lastSpace + 1);
            } else {
                // Carry the last character over rather than start a line with "，" or end
                // one with "（".
                const bool carry =
                    line.size() > 1
                    && (neverStartsALine(c) || neverEndsALine(line.back().unicode()));
                lines.append(carry ? line.chopped(1) : line);
                line = carry ? line.right(1) : QString();
            }
            lineWidth = displayWidth(line);
            lastSpace = -1;
        }
        if (c == u' ')
            lastSpace = int(line.size());
        line += character;
        lineWidth += widthOf(c);
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

bool stdinIsTerminal()
{
    return isatty(fileno(stdin)) != 0;
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

QString alignedTable(const QStringList &titles, const QList<QStringList> &rows, QList<int> &widths,
                     bool withTitles)
{
    widths.resize(titles.size());
    for (qsizetype c = 0; c < titles.size(); ++c)
        widths[c] = qMax(widths[c], displayWidth(titles[c]));
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row[c]));
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells[c]
                                          : padded(cells[c], widths[c]) + QStringLiteral("  ");
        return text.trimmed() + u'\n';
    };
    QString text = withTitles ? line(titles) : QString();
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace cube::cli::terminaltext
