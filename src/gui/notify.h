#pragma once

#include <QString>

class QWidget;

namespace cube {

// Shows a warning without blocking: the window-modal box is opened, not exec()'d, so the
// event loop (and every request in flight) goes on.
void showWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace cube
