#include "notify.h"

#include "plaintext.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace cube {

void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsPlainText(box); // the text often quotes the server
    box->open();
}

} // namespace cube

namespace cube {

void askToConfirm(QWidget *parent, QObject *context, const QString &title, const QString &question,
                  std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    showAsPlainText(box); // a question may name a plan or an order as the server wrote it
    QObject::connect(box, &QMessageBox::finished, context, [then = std::move(then)](int result) {
        if (result == QMessageBox::Yes)
            then();
    });
    box->open();
}

void withoutDefaultButton(QDialogButtonBox *buttons)
{
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
}

} // namespace cube
