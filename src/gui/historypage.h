#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace cube {

class Account;
class HistoryModel;
class TableCsvExport;
class Journal;
struct HistoryFilter;

// The History tab: every change of every session of the console and cubectl, from the journal
// of changes, newest first; filtered by dates, kind of change, ICCID or order code, outcome,
// profile and person; the whole entry on double-click; exported as CSV.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(Account *account, QWidget *parent = nullptr);
    ~HistoryPage() override;

    // Reads the entries the filters ask for again.
    void reload();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    HistoryFilter filter() const;
    void fillChoices();
    // The people the journal names, for the person filter: read with every reload, since
    // another desk's program may have written meanwhile.
    void fillPeople();
    void setUpExport();
    void chooseExportFile();
    void showDetails(const QModelIndex &index);

    std::unique_ptr<Ui::HistoryPage> m_ui;
    Journal *m_journal;
    HistoryModel *m_model;
    TableCsvExport *m_export = nullptr;
    QTimer m_changed; // many changes in a row read the journal once
};

} // namespace cube
