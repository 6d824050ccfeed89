#pragma once

#include <QString>

class QWidget;

namespace cube {

// Says how a write went in the status bar of the main window that `inside` is part of (a page,
// a panel, or a dialog opened over one), without the writer knowing that window. It is Qt's
// own status-tip event, which climbs from a widget through its parents to the QMainWindow,
// whose status bar shows it: the same bar the pages' statusMessage() signals reach. A widget
// outside any main window (a dialog on its own, a test) shows nothing.
void noteInStatusBar(QWidget *inside, const QString &message);

} // namespace cube
