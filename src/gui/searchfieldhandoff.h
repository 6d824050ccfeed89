#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace cube {

// Hands the keyboard from a search field to its results, as a search field does in a careful
// desktop application: Down or Enter moves to the list, onto the current row or else the
// first, so that the next keys walk the results and Tab goes on to what follows them.
class SearchFieldHandOff final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFieldHandOff)

public:
    // Lives as long as `field` (its parent).
    SearchFieldHandOff(QLineEdit *field, QAbstractItemView *results);

    // Gives `results` the keyboard, on its current row or else its first (none: nothing).
    // Also for a page whose Enter first searches and then goes to the rows when they come.
    static void goToResults(QAbstractItemView *results);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_results;
};

} // namespace cube
