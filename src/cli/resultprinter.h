#pragma once

#include "base/csvwriter.h"
#include "itemwork.h"
#include "orderedjson.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

namespace cube::cli {

// Csv keeps what a spreadsheet would run as a formula as text (a leading '); RawCsv writes
// every value as it is, for scripts that read them back (CsvWriter's Plain and Raw styles).
enum class OutputFormat { Text, Json, Csv, RawCsv };

// How a command's results are shaped:
// List      rows of one listing (sims list): a table, a JSON array, CSV;
// PerTarget one job per target (orders end A B C): the first column names the target, a
//           failure is a row with an error, and a summary counts them;
// Single    one record (orders show CODE): "title: value" lines, a JSON object.
enum class ResultShape { List, PerTarget, Single };

// Prints a command's outcomes on standard output in the format asked for, and its failures
// (in text) and summary on standard error.
class ResultPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::ResultPrinter)

public:
    ResultPrinter(OutputFormat format, ResultShape shape, QList<Column> columns);

    void print(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const;

    // A value as people read it (numbers and dates in the UI's locale) and as scripts do. Text
    // is cleaned (cleanStoredText) here, where it is printed: what a server sent was cleaned
    // already, but the journal's text (history) was typed in or written by another program.
    static QString textValue(const QVariant &value);
    static QString plainValue(const QVariant &value);
    static QJsonValue jsonValue(const QVariant &value);
    static QJsonObject jsonError(const ApiError &error);
    // A row as a JSON object whose keys are the columns', in their order.
    static OrderedObject jsonRow(const QList<Column> &columns, const QVariantList &row);

    // The CSV style of `format` (Csv or RawCsv).
    static CsvWriter::Style csvStyle(OutputFormat format);

private:
    void printText(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const;
    void printJson(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const;
    void printCsv(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes) const;
    void printSummary(const QList<JobOutcome> &outcomes) const;

    OutputFormat m_format;
    ResultShape m_shape;
    QList<Column> m_columns;
};

} // namespace cube::cli
