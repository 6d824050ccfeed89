#include "searchfieldhandoff.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>

namespace cube {

SearchFieldHandOff::SearchFieldHandOff(QLineEdit *field, QAbstractItemView *results)
    : QObject(field)
    , m_results(results)
{
    field->installEventFilter(this);
}

bool SearchFieldHandOff::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool handOff =
        key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (!handOff
        || (key->key() != Qt::Key_Down && key->key() != Qt::Key_Return
            && key->key() != Qt::Key_Enter))
        return QObject::eventFilter(watched, event);
    // With no rows there is nothing to go to: the key does nothing else here either.
    goToResults(m_results);
    return true;
}

void SearchFieldHandOff::goToResults(QAbstractItemView *results)
{
    QAbstractItemModel *model = results->model();
    if (!model || model->rowCount() == 0)
        return;
    if (!results->currentIndex().isValid())
        results->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    results->scrollTo(results->currentIndex());
    results->setFocus(Qt::ShortcutFocusReason);
}

} // namespace cube
