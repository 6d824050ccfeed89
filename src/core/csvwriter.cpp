#include "csvwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cube {

QString CsvWriter::field(const QString &value)
{
    // Eleven digits or more would lose digits or turn into a float in a spreadsheet.
    static const QRegularExpression longNumber(u"^\\d{11,}$"_s);
    if (longNumber.match(value).hasMatch())
        return u"=\"%1\""_s.arg(value);
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u'=') || value.startsWith(u'+')
        || value.startsWith(u'-') || value.startsWith(u'@')) {
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        // A leading = + - @ would be read as a formula: a quote mark keeps it text.
        if (!escaped.isEmpty() && QStringLiteral("=+-@").contains(escaped.front()))
            escaped.prepend(u'\'');
        return u'"' + escaped + u'"';
    }
    return value;
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value));
    m_text += quoted.join(u',') + u"\r\n"_s;
}

QByteArray CsvWriter::data() const
{
    return "\xEF\xBB\xBF" + m_text.toUtf8();
}

} // namespace cube
