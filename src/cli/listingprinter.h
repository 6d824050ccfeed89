#pragma once

#include "itemwork.h"
#include "resultprinter.h"

#include <QCoreApplication>

#include <optional>

namespace cube::cli {

// Prints a listing page by page as it is read, so that memory does not grow with the account
// (a million SIM cards print in the memory of one page): text as aligned columns (as wide as
// the first page needs, widened when a later page needs more), JSON as one array written item
// by item, CSV row by row.
class ListingPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::ListingPrinter)

public:
    ListingPrinter(OutputFormat format, QList<Column> columns);

    void addRows(const QList<QVariantList> &rows);
    // Ends the listing: closes the JSON array, says "Nothing found." or what went wrong.
    void finish(const std::optional<ApiError> &error);
    qint64 rowCount() const { return m_rows; }

private:
    OutputFormat m_format;
    QList<Column> m_columns;
    QList<int> m_widths;
    qint64 m_rows = 0;
};

} // namespace cube::cli
