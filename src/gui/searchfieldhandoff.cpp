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
    QAbstractItemModel *model = m_results->model();
    if (!model || model->rowCount() == 0)
        return true; // nothing to go to: the key does nothing else here either
    if (!m_results->currentIndex().isValid())
        m_results->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_results->scrollTo(m_results->currentIndex());
    m_results->setFocus(Qt::ShortcutFocusReason);
    return true;
}

} // namespace cube
