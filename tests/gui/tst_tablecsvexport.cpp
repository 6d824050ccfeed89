#include "csvexportdialog.h"
#include "tablecsvexport.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The one CSV export of the console's tables, over a plain table as History's would use it:
// the columns shown in their order, columns the view does not show added after them, written
// through the spreadsheet style of CsvWriter.
class TestTableCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void writesTheRowsShownAndTheExtraColumns()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new QTableView;
        auto *button = new QPushButton(u"Export"_s);
        layout->addWidget(view);
        layout->addWidget(button);
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({u"Code"_s, u"Hidden"_s, u"Reason"_s});
        for (int row = 0; row < 3; ++row) {
            model.setItem(row, 0, new QStandardItem(u"898520220100000000%1"_s.arg(row)));
            model.setItem(row, 1, new QStandardItem(u"secret %1"_s.arg(row)));
            model.setItem(row, 2, new QStandardItem(u"=1+%1"_s.arg(row)));
        }
        view->setModel(&model);
        view->horizontalHeader()->setSectionHidden(1, true);
        view->horizontalHeader()->moveSection(2, 0);

        cube::TableCsvExport exporter(view);
        exporter.setExtraColumns([] { return QStringList{u"Server code"_s}; },
                                 [](int row) { return QStringList{u"40%1"_s.arg(row)}; });
        connect(button, &QPushButton::clicked, &exporter,
                [&exporter] { exporter.chooseFileAndSave(u"Export"_s, u"table.csv"_s); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy exported(&exporter, &cube::TableCsvExport::exported);
        const QString path = m_dir.filePath(u"table.csv"_s);
        const cube::test::ExportDialogSeen seen = cube::test::exportThroughDialog(button, path);
        QVERIFY2(seen.answered && seen.question.isEmpty(), qPrintable(seen.question));
        QCOMPARE(seen.fileName, u"table.csv"_s);
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toInt(), 3);
        const QByteArray csv = cube::test::exportedFile(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1);
        QCOMPARE(lines.at(0), "Reason,Code,Server code\r");
        // The formula kept as text, the ICCID kept as text, the number as a number.
        QCOMPARE(lines.at(2), "\"'=1+1\",=\"8985202201000000001\",401\r");
        QVERIFY(!csv.contains("secret"));
    }

    void saysWhyAFileCannotBeWritten()
    {
        QTableView view;
        QStandardItemModel model(1, 1);
        view.setModel(&model);
        auto *button = new QPushButton(&view);
        cube::TableCsvExport exporter(&view);
        connect(button, &QPushButton::clicked, &exporter,
                [&exporter] { exporter.chooseFileAndSave(u"Export"_s, u"table.csv"_s); });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy failed(&exporter, &cube::TableCsvExport::failed);
        const cube::test::ExportDialogSeen seen =
            cube::test::exportThroughDialog(button, u"/nonexistent-folder/x.csv"_s);
        QVERIFY2(seen.answered && seen.question.isEmpty(), qPrintable(seen.question));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), u"/nonexistent-folder/x.csv"_s);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestTableCsvExport)
#include "tst_tablecsvexport.moc"
