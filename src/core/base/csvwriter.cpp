#include "base/csvwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// One value as each style writes it; quoted() is RFC 4180's quoting that all three use.

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString rawField(const QString &value)
{
    // A byte-order mark that opens the file is taken for the file's own and dropped by readers
    // (spreadsheets, Qt): quoted, the cell keeps it.
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(QChar(0xfeff)))
        return quoted(value);
    return value;
}

QString plainField(const QString &value)
{
    // A quote mark first keeps it text; the whole cell is quoted, as OWASP advises, so that
    // no spreadsheet splits it where the formula had a separator.
    if (CsvWriter::readsAsFormula(value))
        return quoted(u'\'' + value);
    return rawField(value);
}

QString spreadsheetField(const QString &value)
{
    // Eleven digits or more would lose digits or turn into a float in a spreadsheet.
    static const QRegularExpression longNumber(u"^\\d{11,}$"_s);
    if (longNumber.match(value).hasMatch())
        return u"=\"%1\""_s.arg(value);
    return plainField(value);
}

} // namespace

bool CsvWriter::readsAsFormula(const QString &value)
{
    // The characters that start a formula in Excel, LibreOffice and Google Sheets (OWASP).
    static const QString formulaStarts = u"=+-@\t\r"_s;
    // A negative number as a person or a script writes it: "-3", "-1,234.50".
    static const QRegularExpression negativeNumber(u"^-\\d[\\d,]*(\\.\\d+)?$"_s);
    if (value.isEmpty() || !formulaStarts.contains(value.front()))
        return false;
    return !negativeNumber.match(value).hasMatch();
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields) {
        switch (m_style) {
        case Style::Spreadsheet:
            cells.append(spreadsheetField(value));
            break;
        case Style::Plain:
            cells.append(plainField(value));
            break;
        case Style::Raw:
            cells.append(rawField(value));
            break;
        }
    }
    m_text += cells.join(u',') + u"\r\n"_s;
}

QByteArray CsvWriter::data() const
{
    if (m_style != Style::Spreadsheet)
        return m_text.toUtf8();
    return "\xEF\xBB\xBF" + m_text.toUtf8();
}

} // namespace cube
