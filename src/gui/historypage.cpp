#include "historypage.h"

#include "account/account.h"
#include "historymodel.h"
#include "journal/journal.h"
#include "notify.h"
#include "plaintext.h"
#include "tablecsvexport.h"
#include "ui_historypage.h"

#include <QHeaderView>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The first day a date field offers: shown as "any", it does not filter.
const QDate anyDate(2000, 1, 1);

const QList<Operation> journaledOperations{
    Operation::EndOrderEarly,  Operation::CancelOrder,    Operation::OpenOrder,
    Operation::RenewPackage,   Operation::OrderPackage,   Operation::BatchOrderPackages,
    Operation::CreateOtaOrder, Operation::SuspendService, Operation::ResumeService,
    Operation::SendSms,
};

} // namespace

HistoryPage::HistoryPage(Account *account, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_journal(account->journal())
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setUpExport();
    for (QDateEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit}) {
        edit->setMinimumDate(anyDate);
        edit->setDate(anyDate);
    }
    fillChoices();

    // The journal's change feed: what this program and any other (cubectl beside it) write.
    // A bulk job's hundreds of steps are read once when they pause; a hidden tab reads when
    // it is shown.
    m_changed.setSingleShot(true);
    m_changed.setInterval(300);
    connect(&m_changed, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    if (m_journal) {
        // Started once per burst, not again at each change: another desk's bulk job announces
        // a change every few tens of milliseconds, and a timer started anew each time would
        // not read until that job ended.
        const auto changed = [this] {
            if (!m_changed.isActive())
                m_changed.start();
        };
        connect(m_journal, &Journal::entryRecorded, &m_changed, changed);
        connect(m_journal, &Journal::entryUpdated, &m_changed, changed);
        connect(m_journal, &Journal::pruned, &m_changed, changed);
        connect(m_journal, &Journal::changedByAnotherProgram, &m_changed, changed);
    }

    connect(m_ui->showButton, &QPushButton::clicked, this, &HistoryPage::reload);
    for (QLineEdit *edit : {m_ui->subjectEdit, m_ui->profileEdit})
        connect(edit, &QLineEdit::returnPressed, this, &HistoryPage::reload);
    for (QComboBox *combo : {m_ui->operationCombo, m_ui->outcomeCombo, m_ui->personFilter})
        connect(combo, &QComboBox::activated, this, &HistoryPage::reload);
    for (QDateEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit})
        connect(edit, &QDateEdit::editingFinished, this, &HistoryPage::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryPage::chooseExportFile);
    connect(m_ui->historyView, &QAbstractItemView::activated, this, &HistoryPage::showDetails);
}

HistoryPage::~HistoryPage()
{
    // A page closed as a window moves the focus on while it goes: a date field's
    // editingFinished() must not read into a page half gone.
    for (QDateEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit})
        edit->disconnect(this);
}

void HistoryPage::fillChoices()
{
    const int operation = qMax(0, m_ui->operationCombo->currentIndex());
    const int outcome = qMax(0, m_ui->outcomeCombo->currentIndex());
    m_ui->operationCombo->clear();
    m_ui->operationCombo->addItem(tr("Every change"));
    for (Operation each : journaledOperations)
        m_ui->operationCombo->addItem(JournalWords::operationWords(each), int(each));
    m_ui->outcomeCombo->clear();
    m_ui->outcomeCombo->addItem(tr("Every outcome"));
    for (JournalOutcome each :
         {JournalOutcome::Done, JournalOutcome::NotDone, JournalOutcome::Unknown})
        m_ui->outcomeCombo->addItem(JournalWords::words(each), int(each));
    m_ui->operationCombo->setCurrentIndex(operation);
    m_ui->outcomeCombo->setCurrentIndex(outcome);
    if (m_ui->personFilter->count() == 0)
        m_ui->personFilter->addItem(QString());
    m_ui->personFilter->setItemText(0, tr("Everyone"));
    for (QDateEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit})
        edit->setSpecialValueText(tr("any day"));
}

HistoryFilter HistoryPage::filter() const
{
    HistoryFilter filter;
    if (m_ui->sinceEdit->date() != anyDate)
        filter.since = m_ui->sinceEdit->date().startOfDay();
    if (m_ui->untilEdit->date() != anyDate)
        filter.until = m_ui->untilEdit->date().addDays(1).startOfDay();
    if (const QVariant operation = m_ui->operationCombo->currentData(); operation.isValid())
        filter.operation = Operation(operation.toInt());
    if (const QVariant outcome = m_ui->outcomeCombo->currentData(); outcome.isValid())
        filter.outcome = JournalOutcome(outcome.toInt());
    filter.subject = m_ui->subjectEdit->text().trimmed();
    filter.profile = m_ui->profileEdit->text().trimmed();
    // The user chosen, exactly: a full name that happens to equal another's user name is
    // another person.
    filter.osUser = m_ui->personFilter->currentData().toString();
    return filter;
}

void HistoryPage::fillPeople()
{
    QComboBox *combo = m_ui->personFilter;
    QList<std::pair<QString, QString>> people; // words, user
    for (const JournalPerson &person : m_journal->people())
        people.append({JournalWords::person(person), person.osUser});
    QList<std::pair<QString, QString>> shown;
    for (int row = 1; row < combo->count(); ++row)
        shown.append({combo->itemText(row), combo->itemData(row).toString()});
    // Rebuilt only when someone new wrote (or a name changed): a list open in front of the
    // person stays as it is.
    if (people == shown)
        return;
    const QString chosen = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[words, user] : std::as_const(people))
        combo->addItem(words, user);
    // Someone chosen stays chosen, even with no entry left (the journal was pruned): the
    // filter shown is the filter applied.
    int row = chosen.isEmpty() ? 0 : combo->findData(chosen);
    if (row < 0) {
        combo->addItem(chosen, chosen);
        row = combo->count() - 1;
    }
    combo->setCurrentIndex(row);
}

void HistoryPage::reload()
{
    if (!m_journal || !m_journal->isOpen()) {
        m_model->setEntries({});
        m_ui->countLabel->setText(
            m_journal ? tr("The journal cannot be read: %1").arg(m_journal->problem())
                      : tr("No journal of changes is kept for this connection."));
        return;
    }
    fillPeople();
    const HistoryFilter wanted = filter();
    m_model->setEntries(m_journal->history(wanted));
    m_ui->historyView->resizeColumnsToContents();
    const int shown = m_model->rowCount();
    m_ui->countLabel->setText(shown >= wanted.limit
                                  ? tr("The newest %Ln change(s); narrow the filters to see older "
                                       "ones.",
                                       nullptr, shown)
                                  : tr("%Ln change(s).", nullptr, shown));
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // cubectl may have written meanwhile: what the tab shows is read when it is opened.
    reload();
    QWidget::showEvent(event);
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        m_model->headerDataChanged(Qt::Horizontal, 0, HistoryModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

void HistoryPage::setUpExport()
{
    // The rows shown, then what the journal keeps besides: the fields sent, the server's answer.
    m_export = new TableCsvExport(m_ui->historyView);
    m_export->setExtraColumns(
        [] { return HistoryModel::extraCsvHeaders(); },
        [this](int row) { return HistoryModel::extraCsvCells(m_model->entryAt(row)); });
    connect(m_export, &TableCsvExport::exported, this, [this](const QString &path, int rows) {
        emit statusMessage(tr("Exported %Ln change(s) to %1.", nullptr, rows).arg(path));
    });
    connect(m_export, &TableCsvExport::failed, this,
            [this](const QString &path, const QString &error) {
                showWarning(this, tr("Export failed"),
                            tr("The history could not be written to %1: %2. Choose another "
                               "folder and try again.")
                                .arg(path, error));
            });
}

void HistoryPage::chooseExportFile()
{
    m_export->chooseFileAndSave(tr("Export history"), u"cube-history.csv"_s);
}

void HistoryPage::showDetails(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const JournalEntry &entry = m_model->entryAt(index.row());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Change in the journal"),
                                tr("%1 — %2").arg(JournalWords::operationWords(entry.operation),
                                                  HistoryModel::subjectText(entry)),
                                QMessageBox::Close, this);
    box->setObjectName(u"historyDetails"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(HistoryModel::details(entry));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsPlainText(box); // the journal's codes, user and server answer as they were written
    box->open();
}

} // namespace cube
