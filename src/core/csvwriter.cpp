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
    // A leading = + - @ would be read as a formula: a quote mark keeps it text.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        return quoted(u'\'' + value);
    return plainField(value);
}

QString CsvWriter::plainField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r'))
        return quoted(value);
    return value;
}

QString CsvWriter::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells.append(m_style == Style::Plain ? plainField(value) : field(value));
    m_text += cells.join(u',') + u"\r\n"_s;
}

QByteArray CsvWriter::data() const
{
    if (m_style == Style::Plain)
        return m_text.toUtf8();
    return "\xEF\xBB\xBF" + m_text.toUtf8();
}

} // namespace cube
