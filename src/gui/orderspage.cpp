#include "orderspage.h"

#include "account/account.h"
#include "contract/vocabulary.h"
#include "notify.h"
#include "orderactions.h"
#include "ordertablemodel.h"
#include "plaintext.h"
#include "searchfieldhandoff.h"
#include "simactions.h"
#include "statustext.h"
#include "tablecolumnsizer.h"
#include "transport/cubeclient.h"
#include "ui_orderspage.h"
#include "viewonlylock.h"
#include "writes/changewriter.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShowEvent>

#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

OrdersPage::OrdersPage(Account *account, ActivityLog *activity, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrdersPage>())
    , m_account(account)
    , m_model(new OrderTableModel(account->client().settings().serverTimeZone, this))
    , m_actions(new OrderActions(account, activity, this))
    , m_simActions(new SimActions(account, activity, this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    ViewOnlyLock::hold(account, {m_ui->endEarlyButton, m_ui->cancelOrderButton, m_ui->enableButton,
                                 m_ui->renewButton, m_ui->suspendButton, m_ui->resumeButton});
    m_ui->ordersView->setModel(m_model);
    m_ui->ordersView->horizontalHeader()->setSectionsMovable(true);
    // Every column as wide as its widest text, on each page and when a row changes.
    new TableColumnSizer(m_ui->ordersView, u"ordersPage"_s);
    // The line stays when empty, so that a message appearing does not move the table.
    m_ui->filterMessageLabel->setMinimumHeight(m_ui->filterMessageLabel->fontMetrics().height());
    m_ui->filterMessageLabel->setStyleSheet(u"color: #a1261b;"_s);

    connect(m_ui->searchButton, &QPushButton::clicked, this, &OrdersPage::search);
    connect(m_ui->iccidEdit, &QLineEdit::returnPressed, this, &OrdersPage::searchFromField);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &OrdersPage::searchFromField);
    for (QObject *filter :
         {static_cast<QObject *>(m_ui->statusCombo), static_cast<QObject *>(m_ui->typeCombo),
          static_cast<QObject *>(m_ui->iccidEdit), static_cast<QObject *>(m_ui->codeEdit)})
        filter->installEventFilter(this);
    // A list filter applies when chosen: the rows it no longer describes go at once, and the
    // search follows when the person has stopped stepping through the list (each step with
    // the arrow keys or the wheel would otherwise spend a query of the day's quota).
    m_filterPause.setSingleShot(true);
    m_filterPause.setInterval(300);
    connect(&m_filterPause, &QTimer::timeout, this, &OrdersPage::search);
    for (QComboBox *filter : {m_ui->statusCombo, m_ui->typeCombo})
        connect(filter, &QComboBox::currentIndexChanged, this, [this] {
            ++m_generation;
            m_model->setOrders({});
            m_filterPause.start();
        });
    connect(m_ui->previousButton, &QPushButton::clicked, this,
            [this] { showPage(m_page.pageNo - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { showPage(m_page.pageNo + 1); });
    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OrdersPage::updateActions);
    m_actions->attach(orderButtons(), [this] { return selectedOrders(); });
    // An order changed anywhere (in the SIM detail, by suspending its SIM) shows its new state.
    connect(&account->writer(), &ChangeWriter::orderChanged, m_model,
            &OrderTableModel::updateOrder);
    // Suspend and resume act on the order's SIM (the API takes a device_id) and pause or
    // restart its order in use.
    connect(m_ui->suspendButton, &QPushButton::clicked, this,
            [this] { m_simActions->suspend(selectedOrders().value(0).iccid); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this,
            [this] { m_simActions->resume(selectedOrders().value(0).iccid); });

    fillStatusFilter();
    updatePaging();
    updateActions();
}

OrdersPage::~OrdersPage() = default;

bool OrdersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    const int key = keyEvent->key();
    const bool plain =
        keyEvent->modifiers() == Qt::NoModifier || keyEvent->modifiers() == Qt::KeypadModifier;
    const bool textField = watched == m_ui->iccidEdit || watched == m_ui->codeEdit;
    if (textField) {
        // Down walks on into the results, as from the SIM tab's search field.
        if (plain && key == Qt::Key_Down) {
            focusResults();
            return true;
        }
        return QWidget::eventFilter(watched, event); // Enter: returnPressed
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        search();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersPage::searchFromField()
{
    search();
    // Once the rows have come, the keyboard goes to them (unless nothing could be sent).
    m_focusResultsWhenLoaded = m_loading;
}

void OrdersPage::focusResults()
{
    SearchFieldHandOff::goToResults(m_ui->ordersView);
}

void OrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusFilter();
        m_model->retranslate();
        updatePaging();
    }
    QWidget::changeEvent(event);
}

void OrdersPage::fillStatusFilter()
{
    // Filled again in another language: the same filter, nothing to read again.
    const QSignalBlocker statusBlocker(m_ui->statusCombo);
    const QSignalBlocker typeBlocker(m_ui->typeCombo);
    const QVariant chosen = m_ui->statusCombo->currentData();
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("All statuses"));
    for (int status : vocabulary::orderStatuses().numbers())
        m_ui->statusCombo->addItem(vocabulary::orderStatuses().words(status), status);
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(chosen)));

    const QVariant type = m_ui->typeCombo->currentData();
    m_ui->typeCombo->clear();
    m_ui->typeCombo->addItem(tr("All types"));
    m_ui->typeCombo->addItem(tr("Regular plans"), 0);
    m_ui->typeCombo->addItem(tr("OTA day plans"), 1);
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(type)));
}

QString OrdersPage::filterProblem() const
{
    // The server matches whole ICCIDs and order codes only: a part of one would find nothing.
    const QString iccid = m_ui->iccidEdit->text().trimmed();
    if (const QString problem = Iccid::problem(iccid); !iccid.isEmpty() && !problem.isEmpty())
        return problem + u' '
               + tr("Type all its digits, or clear the field to see the orders of every SIM.");
    const QString code = m_ui->codeEdit->text().trimmed();
    if (code.isEmpty())
        return {};
    return OrderCode::problem(code);
}

void OrdersPage::showFilterProblem(const QString &problem)
{
    m_ui->filterMessageLabel->setText(problem);
    m_ui->filterMessageLabel->setAccessibleDescription(problem);
}

void OrdersPage::search()
{
    m_filterPause.stop(); // Enter or Search after a filter changed: one search, now
    const QString problem = filterProblem();
    showFilterProblem(problem);
    // The rows of the last search would stand under filters that no longer describe them.
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_model->setOrders({});
    m_page = PageInfo();
    m_focusResultsWhenLoaded = false;
    if (!problem.isEmpty()) {
        m_loading = false;
        updatePaging();
        emit statusMessage(problem);
        return;
    }
    m_query = OrderQuery();
    m_query.pageSize = pageSize;
    m_query.iccid = m_ui->iccidEdit->text().trimmed();
    m_query.orderCode = m_ui->codeEdit->text().trimmed();
    const QVariant status = m_ui->statusCombo->currentData();
    if (status.isValid())
        m_query.status = status.toInt();
    const QVariant type = m_ui->typeCombo->currentData();
    if (type.isValid())
        m_query.type = type.toInt();
    showPage(1);
}

void OrdersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    QMetaObject::invokeMethod(this, &OrdersPage::search, Qt::QueuedConnection);
}

void OrdersPage::showPage(int pageNo)
{
    if (pageNo < 1)
        return;
    // A new search replaces one still loading (the first page, say).
    const int generation = ++m_generation;
    if (m_call)
        m_call->cancel();
    m_query.pageNo = pageNo;
    m_loading = true;
    updatePaging();
    emit statusMessage(tr("Loading orders…"));
    m_call = m_account->client().orders(
        m_query, this, [this, generation](const ApiResult<OrderPage> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            const bool toResults = std::exchange(m_focusResultsWhenLoaded, false);
            if (result.ok()) {
                m_page = result.value().page;
                m_model->setOrders(result.value().orders);
                emit statusMessage(
                    tr("%Ln order(s) found.", nullptr, int(result.value().orderCount)));
                if (toResults && (m_ui->iccidEdit->hasFocus() || m_ui->codeEdit->hasFocus()))
                    focusResults();
            } else {
                emit statusMessage(result.error().message());
                showWarning(this, tr("Could not load the orders"), result.error().message());
            }
            updatePaging();
        });
}

void OrdersPage::updatePaging()
{
    const bool loaded = m_page.totalPages > 0;
    m_ui->pageLabel->setText(
        loaded ? tr("Page %L1 of %L2").arg(m_page.pageNo).arg(m_page.totalPages) : QString());
    m_ui->previousButton->setEnabled(!m_loading && loaded && m_page.pageNo > 1);
    m_ui->nextButton->setEnabled(!m_loading && loaded && !m_page.isLast());
    m_ui->searchButton->setEnabled(!m_loading);
}

OrderActions::Buttons OrdersPage::orderButtons() const
{
    return {m_ui->endEarlyButton, m_ui->cancelOrderButton, m_ui->enableButton, m_ui->renewButton};
}

QList<Order> OrdersPage::selectedOrders() const
{
    return m_model->ordersAt(m_ui->ordersView->selectionModel()->selectedRows());
}

void OrdersPage::updateActions()
{
    const QList<Order> orders = selectedOrders();
    OrderActions::updateButtons(orderButtons(), orders);
    const bool one = orders.size() == 1;
    m_ui->suspendButton->setEnabled(one && orders.constFirst().status == int(OrderStatus::InUse));
    m_ui->resumeButton->setEnabled(one && orders.constFirst().status == int(OrderStatus::Paused));
}

} // namespace cube
