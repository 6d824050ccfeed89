#include "notes/simnote.h"

#include "base/servertext.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

std::optional<QString> SimNote::tag(const QString &typed, QString *problem)
{
    static const QRegularExpression rule(u"^[a-z0-9._-]{1,%1}$"_s.arg(maxTagLength));
    QString tag = typed.trimmed().toLower();
    // "#acme" is how the list shows a tag: typed back, it is the same tag.
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    if (rule.match(tag).hasMatch())
        return tag;
    if (problem) {
        const QString shown = cleanServerText(typed.trimmed());
        if (tag.isEmpty())
            *problem = tr("A tag cannot be empty: give it 1 to %1 of the letters a to z, the "
                          "digits 0 to 9, '.', '_' and '-'.")
                           .arg(maxTagLength);
        else if (tag.size() > maxTagLength)
            *problem = tr("The tag \"%1\" is %2 characters long; a tag has at most %3.")
                           .arg(shown, QLocale().toString(tag.size()))
                           .arg(maxTagLength);
        else
            *problem = tr("\"%1\" cannot be a tag: a tag has only the letters a to z, the digits "
                          "0 to 9, '.', '_' and '-' (no spaces; upper case is made lower).")
                           .arg(shown);
    }
    return std::nullopt;
}

std::optional<QStringList> SimNote::parseTags(const QString &typed, QString *problem)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList kept;
    for (const QString &word : typed.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<QString> one = tag(word, problem);
        if (!one)
            return std::nullopt;
        kept.append(*one);
    }
    return sorted(kept);
}

QStringList SimNote::sorted(QStringList tags)
{
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

QString SimNote::cleanText(const QString &typed)
{
    QString text = typed;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        // A tab is a control character to cleanServerText: typed in a note, it is a space.
        line.replace(u'\t', u' ');
        line = cleanServerText(line);
        // Spaces at a line's end are never seen and would make two notes that look alike differ.
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    return lines.join(u'\n').trimmed();
}

std::optional<QString> SimNote::textProblem(const QString &text)
{
    if (text.size() <= maxTextLength)
        return std::nullopt;
    const QLocale locale;
    return tr("The note is %1 characters long; a note has at most %2. Shorten it by %3.")
        .arg(locale.toString(text.size()), locale.toString(maxTextLength),
             locale.toString(text.size() - maxTextLength));
}

} // namespace cube
