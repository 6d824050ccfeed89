#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cube {

class SimNotes;

// The note and tags of the SIM shown in the detail, edited in place: Save (or Ctrl+S in the
// note or the tags) keeps them in the account's notes on this computer (no server request, so a
// view-only profile keeps notes too), and a line says who changed them last and when.
// Nothing typed is lost when another SIM is chosen before Save: the words stay as that SIM's
// draft, shown again (and said to be a draft) when it is chosen again, until saved. Moving
// through the list with the arrow keys is never stopped by a question. The drafts are kept in
// memory only, by this editor: they are lost when the console closes or another profile is
// chosen (MainWindow::buildPages makes the pages anew).
class SimNoteEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimNoteEditor)

public:
    struct Widgets
    {
        QPlainTextEdit *text;
        QLineEdit *tags;
        QPushButton *save;
        QLabel *status; // who changed the note last and when, or that it is not saved
    };

    SimNoteEditor(SimNotes &notes, Widgets widgets, QObject *parent = nullptr);

    // Shows the note of `iccid` (empty: no SIM; the fields are cleared and disabled), keeping
    // what was typed for the SIM shown before as its draft.
    void showSim(const QString &iccid);
    void retranslate();

signals:
    void statusMessage(const QString &message);

private:
    // What was typed and the tags the typing began from (the tags saved are its difference:
    // a tag another program added meanwhile stays).
    struct Draft
    {
        QString text;
        QString tags;
        QStringList tagsBefore;
    };

    // The note's and the tags' tooltips, with their limits (SimNote's, so they cannot drift).
    void showLimits();
    void save();
    // Shows the stored note, or the SIM's draft.
    void fill();
    void edited();
    void notesChanged(const QString &iccid);
    bool isEdited() const;
    void showStatus();
    static QString tagsText(const QStringList &tags);

    SimNotes &m_notes;
    Widgets m_widgets;
    QAction *m_saveAction;
    QString m_iccid;
    QStringList m_tagsBefore; // the SIM's tags when its fields were filled
    QString m_problem;        // why the last Save did not keep the note
    bool m_filling = false;
    QHash<QString, Draft> m_drafts; // ICCID → what was typed and not saved
};

} // namespace cube
