#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace cube::test {

// What the file dialog of an export showed, and whether one was answered.
struct ExportDialogSeen
{
    bool answered = false;
    QString startFolder; // the folder the dialog opened in
    QString fileName;    // the name it offered
    QString question;    // what the dialog asked back (replace a file?), answered with No
};

// Exports as a person does: clicks `exportButton`, and in the file dialog that opens names
// `path` (a file that does not exist yet: the dialog would ask to replace it) and saves. The dialog
// is looked for among the windows while the click runs, so it is found whether it waits in an event
// loop of its own or not.
inline ExportDialogSeen exportThroughDialog(QAbstractButton *exportButton, const QString &path)
{
    ExportDialogSeen seen;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        // A question of the file dialog's own waits in an event loop of its own: it is said,
        // and refused, instead of waiting for ever.
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box && qobject_cast<QFileDialog *>(box->parentWidget())) {
            seen.question = box->text();
            box->reject();
            return;
        }
        if (seen.answered)
            return;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            seen.startFolder = QDir(dialog->directory()).absolutePath();
            const QStringList offered = dialog->selectedFiles();
            seen.fileName = offered.isEmpty() ? QString() : QFileInfo(offered.first()).fileName();
            // A file the folder's listing has selected (the name offered, once the listing has
            // loaded it) wins over the typed name: the selection is cleared first, as a person's
            // typing clears it, and the dialog is answered only once it names `path`.
            for (QAbstractItemView *files : dialog->findChildren<QAbstractItemView *>())
                if (files->selectionModel())
                    files->selectionModel()->clearSelection();
            // Typed into the name field, as a person types a whole path.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                dialog->selectFile(path);
            if (dialog->selectedFiles() != QStringList{path})
                return; // the listing moved under the typing: typed again at the next tick
            // Save, from an event of its own: a question it asks back waits in an event loop,
            // and this poll must be free to answer it (a timer's slot is not re-entered).
            QMetaObject::invokeMethod(
                dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); },
                Qt::QueuedConnection); // QFileDialog's own accept() is protected
            seen.answered = true;
            return;
        }
    });
    poll.start();
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const bool answered = QTest::qWaitFor([&] { return seen.answered; }, 5000);
    // Whatever the answer opens (a question, a warning) has had its turn.
    QTest::qWait(answered ? 50 : 0);
    poll.stop();
    // A dialog still open did not take the answer: closed, so that the next test starts clean.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QFileDialog *>(window); dialog && dialog->isVisible()) {
            seen.answered = false;
            dialog->reject();
        }
    }
    return seen;
}

// The file an export wrote, read back; empty when there is none.
inline QByteArray exportedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cube::test
