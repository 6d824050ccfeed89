#include "tablecolumnsizer.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// Rows arrive a page at a time while a list loads: one measurement for a burst of them.
constexpr int fitDelayMs = 150;
constexpr int longestWaitMs = 500;

QString widthsKey(const QString &settingsKey)
{
    return settingsKey + u"/chosenColumnWidths"_s;
}

int lastShownColumn(const QHeaderView &header)
{
    for (int visual = header.count() - 1; visual >= 0; --visual)
        if (const int column = header.logicalIndex(visual); !header.isSectionHidden(column))
            return column;
    return -1;
}

} // namespace

TableColumnSizer::TableColumnSizer(QTableView *view, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_settingsKey(settingsKey)
{
    const QVariantMap saved = QSettings().value(widthsKey(settingsKey)).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        if (const int width = it.value().toInt(); width > 0)
            m_chosenWidths.insert(it.key().toInt(), width);

    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(fitDelayMs);
    connect(&m_fitTimer, &QTimer::timeout, this, &TableColumnSizer::fit);

    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelReset, this, &TableColumnSizer::fitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // Past the rows Qt measures (the first 1,000 of a loading list): no new widths.
        if (first < m_view->horizontalHeader()->resizeContentsPrecision())
            fitSoon();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableColumnSizer::fitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &TableColumnSizer::fitSoon);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TableColumnSizer::fitSoon);

    QHeaderView *header = view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this,
            [this](int column, int, int newSize) { sectionResized(column, newSize); });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, &TableColumnSizer::handBack);
    header->viewport()->installEventFilter(this);
    // Shown from a cache before the view is on screen: measured when it is.
    view->installEventFilter(this);
    fitSoon();
}

bool TableColumnSizer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Show)
            fitSoon();
        return false;
    }
    if (event->type() == QEvent::MouseButtonPress)
        m_dragging = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_dragging = false;
    return false;
}

void TableColumnSizer::fitSoon()
{
    // Each change starts the wait again, so that a burst of pages or changed rows is measured
    // once; but a list that changes without pause (a sorted list loading) is measured at least
    // every half second all the same.
    if (!m_fitTimer.isActive())
        m_waitingSince.start();
    else if (m_waitingSince.elapsed() >= longestWaitMs)
        return;
    m_fitTimer.start();
}

void TableColumnSizer::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    // The last column shown stretches to the view's edge when the header says so: its width
    // is the rest of the view, not its own.
    const int stretched = header->stretchLastSection() ? lastShownColumn(*header) : -1;
    m_fitting = true;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column) || column == stretched)
            continue;
        if (const auto chosen = m_chosenWidths.constFind(column); chosen != m_chosenWidths.cend()) {
            if (header->sectionSize(column) != *chosen)
                header->resizeSection(column, *chosen);
            continue;
        }
        // Through the base class, where it is public: QTableView's own measure all the same.
        const int wanted =
            qMax(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                 header->sectionSizeHint(column));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
    m_fitting = false;
}

void TableColumnSizer::sectionResized(int column, int newSize)
{
    if (m_fitting || !m_dragging)
        return; // the sizer's own work, or the stretched column following the view's width
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->stretchLastSection() && column == lastShownColumn(*header))
        return; // it follows the divider the person drags, it is not the one they chose
    m_chosenWidths.insert(column, newSize);
    saveWidths();
}

void TableColumnSizer::handBack(int column)
{
    // Qt has just fitted the column to the rows on screen; from now on it follows its contents.
    m_chosenWidths.remove(column);
    saveWidths();
    fitSoon();
}

void TableColumnSizer::saveWidths() const
{
    QVariantMap widths;
    for (auto it = m_chosenWidths.cbegin(); it != m_chosenWidths.cend(); ++it)
        widths.insert(QString::number(it.key()), it.value());
    QSettings().setValue(widthsKey(m_settingsKey), widths);
}

} // namespace cube
