#pragma once

#include <QString>

#include <functional>

class QDialogButtonBox;
class QObject;
class QWidget;

namespace cube {

// Shows a warning without blocking: the window-modal box is opened, not exec()'d, so the
// event loop (and every request in flight) goes on.
void showWarning(QWidget *parent, const QString &title, const QString &text);

// Asks a Yes/No question (No is the default) without blocking, and runs `then` after a Yes
// while `context` lives. The box is named "confirmBox" for tests to find.
void askToConfirm(QWidget *parent, QObject *context, const QString &title, const QString &question,
                  std::function<void()> then);

// Makes no button of `buttons` the default one (nor one that becomes it on focus), so that Enter
// in any field neither sends nor closes: in a dialog that spends money or loses what was typed,
// only a click or a button's mnemonic acts.
void withoutDefaultButton(QDialogButtonBox *buttons);

} // namespace cube
