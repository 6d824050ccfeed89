#include "listingprinter.h"

#include "base/csvwriter.h"
#include "console.h"
#include "orderedjson.h"
#include "resultprinter.h"
#include "terminaltext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cube::cli {

ListingPrinter::ListingPrinter(OutputFormat format, QList<Column> columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
    if (m_format == OutputFormat::Json) {
        console::writeBytes("[\n");
    } else if (m_format == OutputFormat::Csv || m_format == OutputFormat::RawCsv) {
        CsvWriter csv(ResultPrinter::csvStyle(m_format));
        QStringList header;
        for (const Column &column : std::as_const(m_columns))
            header.append(column.key);
        csv.addRow(header);
        console::writeBytes(csv.data());
    }
}

void ListingPrinter::addRows(const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return;
    switch (m_format) {
    case OutputFormat::Text: {
        QStringList titles;
        for (const Column &column : std::as_const(m_columns))
            titles.append(column.title);
        QList<QStringList> cells;
        for (const QVariantList &row : rows) {
            QStringList line;
            for (const QVariant &value : row)
                line.append(ResultPrinter::textValue(value));
            cells.append(line);
        }
        console::write(terminaltext::alignedTable(titles, cells, m_widths, m_rows == 0));
        break;
    }
    case OutputFormat::Json: {
        QByteArray text;
        for (const QVariantList &row : rows) {
            if (m_rows > 0 || !text.isEmpty())
                text += ",\n";
            text += orderedJsonItem(ResultPrinter::jsonRow(m_columns, row));
        }
        console::writeBytes(text);
        break;
    }
    case OutputFormat::Csv:
    case OutputFormat::RawCsv: {
        CsvWriter csv(ResultPrinter::csvStyle(m_format));
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells.append(ResultPrinter::plainValue(value));
            csv.addRow(cells);
        }
        console::writeBytes(csv.data());
        break;
    }
    }
    m_rows += rows.size();
}

void ListingPrinter::finish(const std::optional<ApiError> &error)
{
    if (m_format == OutputFormat::Json) {
        QByteArray text;
        if (error) {
            if (m_rows > 0)
                text += ",\n";
            text += orderedJsonItem(OrderedObject{{u"error"_s, ResultPrinter::jsonError(*error)}});
        }
        console::writeBytes(text + (m_rows > 0 || error ? "\n]\n" : "]\n"));
    }
    if (error && m_format != OutputFormat::Json)
        console::say(error->message());
    else if (!error && m_rows == 0 && m_format == OutputFormat::Text)
        console::say(ResultPrinter::tr("Nothing found."));
}

} // namespace cube::cli
