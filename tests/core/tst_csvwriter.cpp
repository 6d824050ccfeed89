#include "base/csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using cube::CsvWriter;

// The CSV writer's three styles: what a spreadsheet would run as a formula is kept as text in
// the console's exports and cubectl's --csv, numbers stay numbers, --csv-raw changes nothing.
class TestCsvWriter : public QObject
{
    Q_OBJECT

    // The console's exports open with it, so that Excel reads Chinese.
    const QByteArray byteOrderMark = "\xEF\xBB\xBF";

    // The bytes `style` writes for one row holding `value`, without the row's line end.
    static QByteArray written(CsvWriter::Style style, const QString &value)
    {
        CsvWriter writer(style);
        writer.addRow({value});
        QByteArray data = writer.data();
        if (!data.endsWith("\r\n"))
            return "(no line end) " + data;
        data.chop(2);
        return data;
    }

private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("spreadsheet");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("raw");
        QTest::newRow("text") << u"1GB plan"_s << u"1GB plan"_s << u"1GB plan"_s << u"1GB plan"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x.invalid\",\"click\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\""_s
                                   << u"\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\""_s
                                   << u"\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\""_s;
        QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s << u"\"'+1+cmd|' /C calc'!A0\""_s
                              << u"\"'+1+cmd|' /C calc'!A0\""_s << u"+1+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus formula")
            << u"-2+3"_s << u"\"'-2+3\""_s << u"\"'-2+3\""_s << u"-2+3"_s;
        QTest::newRow("minus reference") << u"-A1"_s << u"\"'-A1\""_s << u"\"'-A1\""_s << u"-A1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s << u"\"'@SUM(A1)\""_s
                            << u"@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s << u"\"'\t=1\""_s << u"\t=1"_s;
        QTest::newRow("carriage return")
            << u"\r=1"_s << u"\"'\r=1\""_s << u"\"'\r=1\""_s << u"\"\r=1\""_s;
        // An MSISDN with its country code is text, not a number: it gets the quote mark.
        QTest::newRow("msisdn with +") << u"+8613800138000"_s << u"\"'+8613800138000\""_s
                                       << u"\"'+8613800138000\""_s << u"+8613800138000"_s;
        QTest::newRow("negative number")
            << u"-12.50"_s << u"-12.50"_s << u"-12.50"_s << u"-12.50"_s;
        QTest::newRow("grouped negative")
            << u"-1,234.50"_s << u"\"-1,234.50\""_s << u"\"-1,234.50\""_s << u"\"-1,234.50\""_s;
        QTest::newRow("a dash alone") << u"-"_s << u"\"'-\""_s << u"\"'-\""_s << u"-"_s;
        QTest::newRow("iccid") << u"89852022010000000001"_s << u"=\"89852022010000000001\""_s
                               << u"89852022010000000001"_s << u"89852022010000000001"_s;
        QTest::newRow("empty") << QString() << QString() << QString() << QString();
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s << u"a=b"_s << u"a=b"_s;
        // A byte-order mark opening the file would be taken for the file's own and dropped
        // (found by fuzz_csvwriter): quoted, the cell keeps it.
        const QString bomFirst = QChar(0xfeff) + u"x"_s;
        QTest::newRow("byte-order mark first") << bomFirst << u'"' + bomFirst + u'"'
                                               << u'"' + bomFirst + u'"' << u'"' + bomFirst + u'"';
    }

    void cells()
    {
        QFETCH(QString, value);
        QFETCH(QString, spreadsheet);
        QFETCH(QString, plain);
        QFETCH(QString, raw);
        // Each style writes the value as a row of one cell: the file reads as that cell.
        QCOMPARE(written(CsvWriter::Style::Spreadsheet, value),
                 byteOrderMark + spreadsheet.toUtf8());
        QCOMPARE(written(CsvWriter::Style::Plain, value), plain.toUtf8());
        QCOMPARE(written(CsvWriter::Style::Raw, value), raw.toUtf8());
    }

    void stylesWriteRows()
    {
        for (const auto style :
             {CsvWriter::Style::Spreadsheet, CsvWriter::Style::Plain, CsvWriter::Style::Raw}) {
            CsvWriter writer(style);
            writer.addRow({u"plan"_s, u"used_mb"_s});
            writer.addRow({u"=1+1"_s, u"-3"_s});
            const QByteArray bom("\xEF\xBB\xBF");
            const QByteArray body = style == CsvWriter::Style::Raw
                                        ? QByteArray("plan,used_mb\r\n=1+1,-3\r\n")
                                        : QByteArray("plan,used_mb\r\n\"'=1+1\",-3\r\n");
            QCOMPARE(writer.data(), style == CsvWriter::Style::Spreadsheet ? bom + body : body);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
