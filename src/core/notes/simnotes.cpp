#include "notes/simnotes.h"

#include "notes/simnotesstore.h"

namespace cube {

SimNotes::SimNotes(QString storePath, QString account, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_account(std::move(account))
{}

SimNotes::~SimNotes() = default;

void SimNotes::readIfNotYet() const
{
    if (m_read)
        return;
    m_read = true;
    const SimNotesStore store(m_storePath, m_account);
    m_notice = !store.notice().isEmpty() ? store.notice()
               : store.isOpen()
                   ? QString()
                   : tr("The notes of the SIM cards could not be read: %1").arg(store.problem());
    m_notes.clear();
    m_index.clear();
    const QList<SimNote> all = store.all();
    m_notes.reserve(all.size());
    for (const SimNote &note : all) {
        m_notes.insert(note.iccid, note);
        m_index.insert(note.iccid, note.tags, note.text);
    }
}

SimNote SimNotes::note(const QString &iccid) const
{
    readIfNotYet();
    SimNote found = m_notes.value(iccid);
    found.iccid = iccid;
    return found;
}

qsizetype SimNotes::size() const
{
    readIfNotYet();
    return m_notes.size();
}

const FleetNoteIndex &SimNotes::index() const
{
    readIfNotYet();
    return m_index;
}

QStringList SimNotes::iccidsTagged(const QString &tag) const
{
    readIfNotYet();
    const std::optional<QString> kept = SimNote::tag(tag);
    QStringList iccids;
    if (!kept)
        return iccids;
    for (auto note = m_notes.cbegin(); note != m_notes.cend(); ++note)
        if (note->tags.contains(*kept))
            iccids.append(note.key());
    iccids.sort();
    return iccids;
}

QString SimNotes::edit(const QString &iccid, const std::optional<QString> &text,
                       const QStringList &add, const QStringList &remove)
{
    readIfNotYet();
    SimNotesStore store(m_storePath, m_account);
    SimNote kept;
    if (const std::optional<QString> problem = store.edit(iccid, text, add, remove, &kept))
        return *problem;
    keep(kept);
    return {};
}

QString SimNotes::setNote(const QString &iccid, const QString &text)
{
    return edit(iccid, text, {}, {});
}

QString SimNotes::changeTags(const QString &iccid, const QStringList &add,
                             const QStringList &remove)
{
    return edit(iccid, std::nullopt, add, remove);
}

void SimNotes::reread(const QString &iccid)
{
    readIfNotYet();
    const SimNotesStore store(m_storePath, m_account);
    if (!store.isOpen())
        return;
    SimNote stored = store.note(iccid).value_or(SimNote());
    stored.iccid = iccid;
    keep(stored);
}

void SimNotes::keep(const SimNote &note)
{
    const auto known = m_notes.constFind(note.iccid);
    const bool same = known == m_notes.cend() ? note.isEmpty()
                                              : known->text == note.text && known->tags == note.tags
                                                    && known->updatedAt == note.updatedAt
                                                    && known->updatedBy == note.updatedBy;
    if (same)
        return;
    if (note.isEmpty())
        m_notes.remove(note.iccid);
    else
        m_notes.insert(note.iccid, note);
    m_index.insert(note.iccid, note.tags, note.text);
    emit changed(note.iccid);
}

void SimNotes::reload()
{
    m_read = false;
    readIfNotYet();
    emit changed(QString());
}

const QString &SimNotes::notice() const
{
    readIfNotYet();
    return m_notice;
}

} // namespace cube
