#include "notes/simnotes.h"

#include "notes/simnotesstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace cube {

SimNotes::SimNotes(QString storePath, QString account, QObject *parent, TeamStore team)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_account(std::move(account))
    , m_team(std::move(team))
{}

SimNotes::~SimNotes() = default;

struct SimNotes::Read
{
    QHash<QString, SimNote> notes;
    FleetNoteIndex index;
    QString notice;
};

SimNotes::Read SimNotes::readStore(const QString &path, const QString &account,
                                   const TeamStore &team)
{
    Read read;
    const SimNotesStore store(path, account, team);
    read.notice = !store.notice().isEmpty() ? store.notice()
                  : store.isOpen()
                      ? QString()
                      : tr("The notes of the SIM cards could not be read: %1").arg(store.problem());
    const QList<SimNote> all = store.all();
    read.notes.reserve(all.size());
    for (const SimNote &note : all) {
        read.notes.insert(note.iccid, note);
        read.index.insert(note.iccid, note.tags, note.text);
    }
    return read;
}

void SimNotes::readIfNotYet() const
{
    if (m_state != State::NotRead)
        return;
    adopt(readStore(m_storePath, m_account, m_team));
}

void SimNotes::adopt(Read read) const
{
    m_state = State::Read;
    m_notes = std::move(read.notes);
    m_index = std::move(read.index);
    m_notice = std::move(read.notice);
}

void SimNotes::readInBackground()
{
    if (m_state != State::NotRead)
        return;
    m_state = State::Reading;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        adopt(watcher->result());
        // What was saved or read again meanwhile may be newer than the worker's read.
        for (const QString &iccid : std::exchange(m_keptWhileReading, {}))
            reread(iccid);
        emit changed(QString());
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath, account = m_account, team = m_team] {
        return readStore(path, account, team);
    }));
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

QString SimNotes::edit(const QString &iccid, const std::optional<QString> &text,
                       const QStringList &add, const QStringList &remove)
{
    readIfNotYet();
    SimNotesStore store(m_storePath, m_account, m_team);
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
    const SimNotesStore store(m_storePath, m_account, m_team);
    if (!store.isOpen())
        return;
    SimNote stored = store.note(iccid).value_or(SimNote());
    stored.iccid = iccid;
    keep(stored);
}

void SimNotes::keep(const SimNote &note)
{
    if (m_state == State::Reading)
        m_keptWhileReading.insert(note.iccid);
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

const QString &SimNotes::notice() const
{
    readIfNotYet();
    return m_notice;
}

} // namespace cube
