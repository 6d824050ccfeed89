#include "statusbarnote.h"

#include <QCoreApplication>
#include <QStatusTipEvent>
#include <QWidget>

namespace cube {

void noteInStatusBar(QWidget *inside, const QString &message)
{
    // A dialog is a window of its own, where the event would stop: start from its parent.
    QWidget *from = inside;
    while (from && from->isWindow() && from->parentWidget())
        from = from->parentWidget();
    if (!from)
        return;
    QStatusTipEvent note(message);
    QCoreApplication::sendEvent(from, &note);
}

} // namespace cube
