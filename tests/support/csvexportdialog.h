#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace cube::test {

// What the file dialog of an export showed, and whether one was answered.
struct ExportDialogSeen
{
    bool answered = false;
    QString startFolder; // the folder the dialog opened in
    QString fileName;    // the name it offered
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
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            poll.stop();
            seen.startFolder = QDir(dialog->directory()).absolutePath();
            const QStringList offered = dialog->selectedFiles();
            seen.fileName = offered.isEmpty() ? QString() : QFileInfo(offered.first()).fileName();
            // Typed into the name field, as a person types a whole path.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // Save: QFileDialog's own is protected
            seen.answered = true;
            return;
        }
    });
    poll.start();
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return seen.answered; }, 5000))
        poll.stop();
    return seen;
}

// The file an export wrote, read back; empty when there is none.
inline QByteArray exportedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cube::test
