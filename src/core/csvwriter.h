#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cube {

// Writes CSV that spreadsheets open as the person expects: UTF-8 with a byte-order mark (so
// Excel reads Chinese), every field quoted as needed, and long digit strings (ICCID, IMSI,
// MSISDN) written as ="…" so that they stay text instead of turning into 8.98520E+19.
class CsvWriter final
{
public:
    void addRow(const QStringList &fields);
    QByteArray data() const;

    static QString field(const QString &value);

private:
    QString m_text;
};

} // namespace cube
