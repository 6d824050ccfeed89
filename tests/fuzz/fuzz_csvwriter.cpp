// libFuzzer target: any bytes as rows of cells (lines split at '\n', cells at '\x1f'), written
// by CsvWriter in its three styles and read back, and cleaned as server text. Whatever comes:
// - every style writes what an RFC 4180 reader reads back as the same rows and cells (Raw
//   exactly; Plain and Spreadsheet with a leading ' on cells kept as text, Spreadsheet with
//   long digit strings as ="…");
// - no cell of Plain or Spreadsheet reads as a formula (CsvWriter::readsAsFormula) unless it is
//   one of Spreadsheet's ="digits";
// - the cleanings leave no control or invisible character (only U+FFFD marks), and cleaning
//   twice changes nothing.
#include "base/csvwriter.h"
#include "base/servertext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using cube::CsvWriter;

// RFC 4180 read back: rows of cells; a quoted cell may hold commas, quotes ("") and line ends.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (quoted)
        std::abort(); // a quote left open: the writer quoted wrongly
    return rows;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// What a cell read back should be, as `style` wrote `value`.
bool sameCell(CsvWriter::Style style, const QString &value, const QString &read)
{
    if (style == CsvWriter::Style::Raw || read == value)
        return true;
    if (style == CsvWriter::Style::Spreadsheet && read == u'=' + value)
        return true; // ="digits" read back by a plain CSV reader as =digits
    return read == u'\'' + value && CsvWriter::readsAsFormula(value);
}

void checkStyle(CsvWriter::Style style, const QList<QStringList> &rows)
{
    CsvWriter writer(style);
    for (const QStringList &row : rows)
        writer.addRow(row);
    QByteArray data = writer.data();
    if (style == CsvWriter::Style::Spreadsheet) {
        require(data.startsWith("\xEF\xBB\xBF"));
        data = data.mid(3);
    }
    const QList<QStringList> read = readCsv(QString::fromUtf8(data));
    require(read.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        require(read.at(r).size() == qMax<qsizetype>(1, rows.at(r).size()));
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &cell = read.at(r).at(c);
            require(sameCell(style, rows.at(r).at(c), cell));
            const bool digitsAsText =
                style == CsvWriter::Style::Spreadsheet && cell == u'=' + rows.at(r).at(c);
            if (style != CsvWriter::Style::Raw && !digitsAsText)
                require(!CsvWriter::readsAsFormula(cell));
        }
    }
}

void checkCleaning(const QString &text)
{
    for (QString (*clean)(QString) :
         {&cube::cleanServerText, &cube::cleanIdentifier, &cube::cleanStoredText}) {
        const QString once = clean(text);
        require(clean(once) == once);
        for (const char32_t character : once.toUcs4())
            require(!cube::isControlCharacter(character) && !cube::isInvisibleCharacter(character)
                    && !(character >= 0xd800 && character <= 0xdfff));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkCleaning(text);
    QList<QStringList> rows;
    for (const QString &line : text.split(u'\n'))
        rows.append(line.split(QChar(0x1f)));
    for (const auto style :
         {CsvWriter::Style::Spreadsheet, CsvWriter::Style::Plain, CsvWriter::Style::Raw})
        checkStyle(style, rows);
    return 0;
}
