#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cube {

// Writes CSV that spreadsheets open as the person expects: UTF-8 with a byte-order mark (so
// Excel reads Chinese), every field quoted as needed, and long digit strings (ICCID, IMSI,
// MSISDN) written as ="…" so that they stay text instead of turning into 8.98520E+19.
//
// The Plain style is for scripts instead (cubectl --csv): RFC 4180 quoting only, no byte-order
// mark, values exactly as they are.
class CsvWriter final
{
public:
    enum class Style { Spreadsheet, Plain };

    explicit CsvWriter(Style style = Style::Spreadsheet)
        : m_style(style)
    {}

    void addRow(const QStringList &fields);
    QByteArray data() const;

    static QString field(const QString &value);
    static QString plainField(const QString &value);

private:
    static QString quoted(const QString &value);

    Style m_style;
    QString m_text;
};

} // namespace cube
