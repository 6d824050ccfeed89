#include "simnoteeditor.h"

#include "base/displaytime.h"
#include "notes/simnote.h"
#include "notes/simnotes.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cube {

SimNoteEditor::SimNoteEditor(SimNotes &notes, Widgets widgets, QObject *parent)
    : QObject(parent)
    , m_notes(notes)
    , m_widgets(widgets)
    , m_saveAction(new QAction(this))
{
    // Ctrl+S where the note is typed: the note's or the tags' field has the focus.
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WidgetShortcut);
    m_widgets.text->addAction(m_saveAction);
    m_widgets.tags->addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &SimNoteEditor::save);
    connect(m_widgets.save, &QPushButton::clicked, this, &SimNoteEditor::save);
    connect(m_widgets.text, &QPlainTextEdit::textChanged, this, &SimNoteEditor::edited);
    connect(m_widgets.tags, &QLineEdit::textChanged, this, &SimNoteEditor::edited);
    // Saved here or anywhere else in the console, or read again: shown unless typed over.
    connect(&m_notes, &SimNotes::changed, this, &SimNoteEditor::notesChanged);
    showLimits();
    showSim(QString());
}

void SimNoteEditor::showLimits()
{
    m_widgets.text->setToolTip(
        tr("A note on this SIM card (up to %1 characters), kept on this computer for this "
           "account and found by the SIM list's search. Ctrl+S saves it.")
            .arg(QLocale().toString(SimNote::maxTextLength)));
    m_widgets.tags->setToolTip(
        tr("Tags of 1 to %1 of the letters a to z, the digits, '.', '_' and '-', separated by "
           "spaces or commas. Search tag:acme in the SIM list for the SIM cards tagged acme.")
            .arg(SimNote::maxTagLength));
}

void SimNoteEditor::showSim(const QString &iccid)
{
    if (iccid == m_iccid && !iccid.isEmpty())
        return; // the same SIM read again: what is typed stays as it is
    if (!m_iccid.isEmpty()) {
        if (isEdited()) {
            m_drafts.insert(m_iccid,
                            {m_widgets.text->toPlainText(), m_widgets.tags->text(), m_tagsBefore});
            emit statusMessage(tr("The note of SIM %1 is not saved: it is kept as a draft. Choose "
                                  "that SIM card again to save it.")
                                   .arg(m_iccid));
        } else {
            m_drafts.remove(m_iccid);
        }
    }
    // Another program (cubectl) may have changed the note since it was read.
    if (!iccid.isEmpty())
        m_notes.reread(iccid);
    m_iccid = iccid;
    m_problem.clear();
    m_widgets.text->setEnabled(!m_iccid.isEmpty());
    m_widgets.tags->setEnabled(!m_iccid.isEmpty());
    fill();
}

void SimNoteEditor::fill()
{
    // No SIM: no note, and the notes are not read for it (the SIM list reads them on a worker).
    const SimNote note = m_iccid.isEmpty() ? SimNote() : m_notes.note(m_iccid);
    const auto draft = m_drafts.constFind(m_iccid);
    m_filling = true;
    if (draft != m_drafts.cend()) {
        m_widgets.text->setPlainText(draft->text);
        m_widgets.tags->setText(draft->tags);
        m_tagsBefore = draft->tagsBefore;
    } else {
        m_widgets.text->setPlainText(note.text);
        m_widgets.tags->setText(tagsText(note.tags));
        m_tagsBefore = note.tags;
    }
    m_filling = false;
    showStatus();
}

void SimNoteEditor::edited()
{
    if (m_filling)
        return;
    m_problem.clear();
    showStatus();
}

void SimNoteEditor::notesChanged(const QString &iccid)
{
    if (m_iccid.isEmpty() || (!iccid.isEmpty() && iccid != m_iccid))
        return;
    // What the person typed is theirs: a change from elsewhere does not overwrite it.
    if (isEdited())
        showStatus();
    else
        fill();
}

bool SimNoteEditor::isEdited() const
{
    if (m_iccid.isEmpty())
        return false;
    const SimNote note = m_notes.note(m_iccid);
    if (SimNote::cleanText(m_widgets.text->toPlainText()) != note.text)
        return true;
    // Tags that are no tags are an edit too: Save says what is wrong with them.
    const std::optional<QStringList> tags = SimNote::parseTags(m_widgets.tags->text());
    return !tags || *tags != note.tags;
}

void SimNoteEditor::save()
{
    if (m_iccid.isEmpty())
        return;
    QString problem;
    const std::optional<QStringList> tags = SimNote::parseTags(m_widgets.tags->text(), &problem);
    if (tags) {
        QStringList add;
        QStringList remove;
        for (const QString &tag : *tags)
            if (!m_tagsBefore.contains(tag))
                add.append(tag);
        for (const QString &tag : std::as_const(m_tagsBefore))
            if (!tags->contains(tag))
                remove.append(tag);
        problem = m_notes.edit(m_iccid, m_widgets.text->toPlainText(), add, remove);
    }
    if (!problem.isEmpty()) {
        m_problem = problem;
        showStatus();
        emit statusMessage(tr("The note of SIM %1 was not saved: %2").arg(m_iccid, problem));
        return;
    }
    m_problem.clear();
    m_drafts.remove(m_iccid);
    fill();
    emit statusMessage(tr("The note of SIM %1 is saved on this computer.").arg(m_iccid));
}

void SimNoteEditor::showStatus()
{
    const bool edited = isEdited();
    m_widgets.save->setEnabled(edited);
    if (m_iccid.isEmpty()) {
        m_widgets.status->clear();
        return;
    }
    const SimNote note = m_notes.note(m_iccid);
    const std::optional<QString> tooLong =
        SimNote::textProblem(SimNote::cleanText(m_widgets.text->toPlainText()));
    QString line;
    if (!m_problem.isEmpty())
        line = tr("Not saved: %1").arg(m_problem);
    else if (tooLong)
        line = *tooLong;
    else if (edited && m_drafts.contains(m_iccid))
        line = tr("A draft from before, not saved yet: Ctrl+S saves it.");
    else if (edited)
        line = tr("Not saved yet: Ctrl+S saves it.");
    else if (note.isEmpty())
        line = tr("No note yet.");
    else if (note.updatedBy.isEmpty())
        line = tr("Changed %1.").arg(displaytime::dateTime(note.updatedAt.toLocalTime()));
    else
        //: Who changed a SIM card's note last, and when
        line = tr("Changed by %1, %2.")
                   .arg(note.updatedBy, displaytime::dateTime(note.updatedAt.toLocalTime()));
    m_widgets.status->setText(line);
}

void SimNoteEditor::retranslate()
{
    showLimits();
    showStatus();
}

QString SimNoteEditor::tagsText(const QStringList &tags)
{
    return tags.join(u", "_s);
}

} // namespace cube
