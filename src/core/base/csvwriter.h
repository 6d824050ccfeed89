#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cube {

// Writes CSV in one of three styles:
//
// Spreadsheet (the console's exports): what a spreadsheet opens as the person expects. UTF-8
//   with a byte-order mark (so that Excel reads Chinese), every field quoted as needed, long
//   digit strings (ICCID, IMSI, MSISDN) written as ="…" so that they stay text instead of
//   turning into 8.98520E+19, and text that a spreadsheet would run as a formula kept as text.
// Plain (cubectl --csv): RFC 4180 quoting, no byte-order mark, values as they are except that
//   formulas are kept as text as in a spreadsheet export: a script's CSV is opened in a
//   spreadsheet often enough.
// Raw (cubectl --csv-raw): RFC 4180 quoting only, every value exactly as it is, for scripts
//   that read the values back and compare them.
//
// A formula is kept as text (OWASP, CSV injection) by a leading ' in a quoted cell: a text cell
// that starts with =, +, -, @, a tab or a carriage return. A number is not a text cell and is
// written as it is ("-12.50", "-1,234"): made of a minus sign, digits, group separators and a
// decimal point, it cannot be a formula. "+8613800138000" (an MSISDN) is text: it gets the '.
class CsvWriter final
{
public:
    enum class Style { Spreadsheet, Plain, Raw };

    explicit CsvWriter(Style style = Style::Spreadsheet)
        : m_style(style)
    {}

    void addRow(const QStringList &fields);
    QByteArray data() const;

    // Whether a spreadsheet would run `value` as a formula (see above).
    static bool readsAsFormula(const QString &value);

private:
    Style m_style;
    QString m_text;
};

} // namespace cube
