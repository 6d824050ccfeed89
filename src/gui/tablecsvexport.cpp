#include "tablecsvexport.h"

#include "base/csvwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QString folderKey = u"export/folder"_s;

} // namespace

TableCsvExport::TableCsvExport(QTableView *view)
    : QObject(view)
    , m_view(view)
{}

void TableCsvExport::setExtraColumns(std::function<QStringList()> headers,
                                     std::function<QStringList(int row)> cells)
{
    m_extraHeaders = std::move(headers);
    m_extraCells = std::move(cells);
}

QByteArray TableCsvExport::csv() const
{
    const QAbstractItemModel *model = m_view->model();
    const QHeaderView *header = m_view->horizontalHeader();
    // What the person sees, left to right: columns moved are written where they were moved to,
    // hidden ones not at all.
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
            columns.append(column);
    CsvWriter writer;
    QStringList headers;
    for (int column : columns)
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    if (m_extraHeaders)
        headers += m_extraHeaders();
    writer.addRow(headers);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(model->index(row, column).data().toString());
        if (m_extraCells)
            cells += m_extraCells(row);
        writer.addRow(cells);
    }
    return writer.data();
}

void TableCsvExport::chooseFileAndSave(const QString &title, const QString &fileName)
{
    const QString folder = QSettings().value(folderKey).toString();
    const QString start =
        QDir(folder.isEmpty() || !QFileInfo(folder).isDir()
                 ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                 : folder)
            .filePath(fileName);
    // Not the static getSaveFileName(): that one waits in an event loop of its own. Given a
    // file's path, the dialog opens in its folder with its name chosen.
    auto *dialog = new QFileDialog(m_view, title, start, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            saveTo(path);
    });
    dialog->open();
}

void TableCsvExport::saveTo(const QString &path)
{
    const int rows = m_view->model()->rowCount();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit()) {
        emit failed(path, file.errorString());
        return;
    }
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    emit exported(path, rows);
}

} // namespace cube
