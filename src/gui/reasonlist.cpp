#include "reasonlist.h"

#include "attention/attentionresult.h"
#include "attention/attentionrules.h"

#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>

namespace cube {

bool ReasonList::fill(QListWidget *list, const AttentionResult *shown, const AttentionRules &rules)
{
    const QSignalBlocker blocker(list);
    const int current = qMax(0, list->currentRow());
    const QLocale locale;
    const auto counted = [&](const QString &words, int count) {
        return shown ? tr("%1 (%2)", "a reason, how many").arg(words, locale.toString(count))
                     : words;
    };
    if (list->count() == 0) {
        list->addItem(QString());
        for (int reason = 0; reason < attentionReasonCount; ++reason) {
            auto *item = new QListWidgetItem(list);
            item->setData(Qt::UserRole, reason);
        }
    }
    list->item(0)->setText(counted(tr("All reasons"), shown ? int(shown->items.size()) : 0));
    for (int reason = 0; reason < attentionReasonCount; ++reason) {
        QListWidgetItem *item = list->item(reason + 1);
        item->setText(counted(vocabulary::attentionReasons().words(reason),
                              shown ? shown->count(AttentionReason(reason)) : 0));
        // A reason switched off is not looked for: no line says it has none.
        item->setHidden(!rules.isOn(AttentionReason(reason)));
    }
    int lines = 0;
    for (int row = 0; row < list->count(); ++row)
        lines += list->item(row)->isHidden() ? 0 : 1;
    list->setFixedHeight(lines * qMax(1, list->sizeHintForRow(0)) + 2 * list->frameWidth());
    if (list->item(current)->isHidden()) {
        list->setCurrentRow(0);
        return false;
    }
    list->setCurrentRow(current);
    return true;
}

} // namespace cube
