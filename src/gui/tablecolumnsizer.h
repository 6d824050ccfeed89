#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QTableView;

namespace cube {

// Keeps a table's columns as wide as their contents: on every start, whenever rows come (the
// first ones, a reset, more rows, changed rows), growing a column to its widest text, never
// narrowing it under the reader's eyes. A column the person resized by hand keeps the width
// they gave it, in this session and the next (QSettings under `settingsKey`); double-clicking
// its divider hands it back to its contents. Measuring is bounded: Qt reads at most the
// header's resizeContentsPrecision() rows (1,000) a column, whatever the table holds.
class TableColumnSizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableColumnSizer)

public:
    // Sizes `view`'s columns for as long as the view lives (it is the parent). Call after the
    // view has its model.
    TableColumnSizer(QTableView *view, const QString &settingsKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitSoon();
    void fit();
    void sectionResized(int column, int newSize);
    void handBack(int column);
    void saveWidths() const;

    QTableView *m_view;
    QString m_settingsKey;
    QTimer m_fitTimer;
    QElapsedTimer m_waitingSince; // since the first change not measured yet
    bool m_fitting = false;
    bool m_dragging = false;        // a mouse button is down on the header
    QHash<int, int> m_chosenWidths; // column → the width the person gave it
};

} // namespace cube
