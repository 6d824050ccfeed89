#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QTableView;

namespace cube {

// A table's rows written to a CSV file, as every export of the console writes them: the rows of
// the view's model as shown (searched, filtered, sorted), the columns the view shows in the
// order it shows them, each cell's display text, through CsvWriter (a spreadsheet's style:
// long numbers and formulas kept as text). The file is saved with QSaveFile, so an export cut
// off never leaves half a file where a good one was. The file dialog opens in the folder of
// the last export, of any table: a person keeps them together.
class TableCsvExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableCsvExport)

public:
    explicit TableCsvExport(QTableView *view);

    // Columns after the view's that it does not show (History's fields sent and the server's
    // answer): their headers (asked for at each export, so in the language shown then), and
    // the cells of the model's row `row`.
    void setExtraColumns(std::function<QStringList()> headers,
                         std::function<QStringList(int row)> cells);

    // Asks where to save (a file dialog named "exportFileDialog", offering `fileName` in the
    // last export's folder), then saves: `exported` or `failed` says how it went.
    void chooseFileAndSave(const QString &title, const QString &fileName);

signals:
    void exported(const QString &path, int rows);
    void failed(const QString &path, const QString &error);

private:
    QByteArray csv() const;
    void saveTo(const QString &path);

    QTableView *m_view;
    std::function<QStringList()> m_extraHeaders;
    std::function<QStringList(int row)> m_extraCells;
};

} // namespace cube
