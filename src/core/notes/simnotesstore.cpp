#include "notes/simnotesstore.h"

#include "base/servertext.h"
#include "base/sqlitefile.h"
#include "base/sqlstore.h"
#include "base/teamstoredatabase.h"
#include "journal/journal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// A note's row holds its text and who changed it when; its tags are rows of their own, one a
// tag, in plain SQL that any SQL database reads (no list packed in a column). The SIMs of a tag
// are found in memory, among the notes read (FleetNoteIndex), not by a query: no query uses
// the index by tag yet.
const QStringList schema{
    u"CREATE TABLE IF NOT EXISTS sim_notes (account TEXT NOT NULL, iccid TEXT NOT NULL, "
    "note TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
    "PRIMARY KEY (account, iccid))"_s,
    u"CREATE TABLE IF NOT EXISTS sim_tags (account TEXT NOT NULL, iccid TEXT NOT NULL, "
    "tag TEXT NOT NULL, PRIMARY KEY (account, iccid, tag))"_s,
    u"CREATE INDEX IF NOT EXISTS sim_tags_by_tag ON sim_tags (account, tag)"_s,
};

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Who changes a note: the person logged in, as the journal names them.
QString author()
{
    return Journal::localSource(QString()).osUser;
}

// The tags as typed, as kept; nothing, with why, when one of them is no tag.
std::optional<QStringList> keptTags(const QStringList &typed, QString *problem)
{
    QStringList kept;
    for (const QString &one : typed) {
        const std::optional<QString> tag = SimNote::tag(one, problem);
        if (!tag)
            return std::nullopt;
        kept.append(*tag);
    }
    return kept;
}

} // namespace

SimNotesStore::SimNotesStore(const QString &path, QString account, const TeamStore &team)
    : m_path(team.isSet() ? team.shown() : path)
    , m_team(team)
    , m_account(std::move(account))
    , m_connection(u"cube-notes-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    open();
}

SimNotesStore::~SimNotesStore()
{
    SqliteFile::close(m_connection);
}

QString SimNotesStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/notes.sqlite"_s;
}

bool SimNotesStore::open()
{
    if (m_team.isSet()) {
        const TeamStoreDatabase::Opened opened = TeamStoreDatabase::open(m_connection, m_team);
        if (!opened.ok)
            m_problem = opened.problem;
        else if (!prepareSchema() && m_problem.isEmpty())
            m_problem = SqliteFile::lastError(m_connection);
        return isOpen();
    }
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, m_path);
    if (!opened.setAsidePath.isEmpty())
        m_notice = tr("The file of the SIM cards' notes and tags was damaged and was set aside as "
                      "%1; a new one was started. The notes can be read from the old file with "
                      "sqlite3.")
                       .arg(opened.setAsidePath);
    if (!opened.ok)
        m_problem = opened.problem;
    else if (!prepareSchema() && m_problem.isEmpty())
        m_problem = SqliteFile::lastError(m_connection);
    return isOpen();
}

bool SimNotesStore::prepareSchema()
{
    if (m_team.isSet()) {
        // The team's first desk makes the tables; another starting at once waits for it.
        QSqlError error;
        const bool made = SqlStore::writeTransaction(
            m_connection,
            [this] { return SqlStore::serialize(m_connection, 0) && prepareTables(); }, &error);
        if (!made && m_problem.isEmpty())
            m_problem = error.text();
        return made;
    }
    return prepareTables();
}

bool SimNotesStore::prepareTables()
{
    const std::optional<int> found = SqlStore::schemaVersion(m_connection, u"notes"_s);
    if (!found)
        return false;
    if (*found > schemaVersion) {
        // The notes are the person's: a newer program's file is neither dropped nor used.
        m_problem = tr("%1 was written by a newer version of Cube Console (schema %2); this one "
                       "reads schema %3 and leaves it alone.")
                        .arg(m_path)
                        .arg(*found)
                        .arg(schemaVersion);
        return false;
    }
    // A file of this schema is opened without writing: the console opens it on its UI thread.
    if (*found == schemaVersion)
        return true;
    for (const QString &statement : schema) {
        if (!SqlStore::run(m_connection, statement))
            return false;
    }
    return SqlStore::setSchemaVersion(m_connection, u"notes"_s, schemaVersion);
}

std::optional<SimNote> SimNotesStore::read(const QString &iccid, bool *ok) const
{
    *ok = false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT n.note, n.updated_at, n.updated_by, t.tag FROM sim_notes n "
                  "LEFT JOIN sim_tags t ON t.account = n.account AND t.iccid = n.iccid "
                  "WHERE n.account = ? AND n.iccid = ? ORDER BY t.tag"_s);
    query.addBindValue(m_account);
    query.addBindValue(iccid);
    if (!query.exec())
        return std::nullopt;
    *ok = true;
    std::optional<SimNote> note;
    while (query.next()) {
        if (!note) {
            note.emplace();
            note->iccid = iccid;
            note->text = SimNote::cleanText(query.value(0).toString());
            note->updatedAt = fromMs(query.value(1));
            note->updatedBy = cleanServerText(query.value(2).toString());
        }
        // Another program's file may hold what is no tag: it is not shown as one.
        if (const std::optional<QString> tag = SimNote::tag(query.value(3).toString()))
            note->tags.append(*tag);
    }
    if (note)
        note->tags = SimNote::sorted(note->tags);
    return note;
}

std::optional<SimNote> SimNotesStore::note(const QString &iccid) const
{
    if (!isOpen())
        return std::nullopt;
    bool ok = false;
    return read(iccid, &ok);
}

std::optional<QString> SimNotesStore::edit(const QString &iccid, const std::optional<QString> &text,
                                           const QStringList &add, const QStringList &remove,
                                           SimNote *kept)
{
    if (!isOpen())
        return m_problem;
    QString problem;
    const std::optional<QStringList> adding = keptTags(add, &problem);
    const std::optional<QStringList> removing = adding ? keptTags(remove, &problem) : std::nullopt;
    if (!adding || !removing)
        return problem;
    std::optional<QString> cleaned;
    if (text) {
        cleaned = SimNote::cleanText(*text);
        if (const std::optional<QString> tooLong = SimNote::textProblem(*cleaned))
            return tooLong;
    }
    SimNote result;
    QSqlError error;
    // Read and written in one transaction: cubectl tagging the SIM meanwhile is not undone.
    const bool done = SqlStore::writeTransaction(
        m_connection,
        [&] {
            // In a team store two desks may edit the same SIM at once: the second waits for the
            // first (a file's BEGIN IMMEDIATE already does), so neither undoes the other.
            if (!SqlStore::serialize(m_connection,
                                     int(qHash(m_account + u'\n' + iccid) & 0x7fffffff) | 1))
                return false;
            bool ok = false;
            const std::optional<SimNote> before = read(iccid, &ok);
            if (!ok)
                return false;
            result = before.value_or(SimNote());
            result.iccid = iccid;
            if (cleaned)
                result.text = *cleaned;
            QStringList tags = result.tags;
            for (const QString &tag : *removing)
                tags.removeAll(tag);
            tags = SimNote::sorted(tags + *adding);
            const bool changed = before ? before->text != result.text || before->tags != tags
                                        : !result.text.isEmpty() || !tags.isEmpty();
            result.tags = tags;
            if (!changed)
                return true; // who changed it last stays who did
            result.updatedAt = QDateTime::currentDateTimeUtc();
            result.updatedBy = author();
            return write(result);
        },
        &error);
    if (!done)
        return error.isValid() ? error.text() : SqliteFile::lastError(m_connection);
    if (kept)
        *kept = result;
    return std::nullopt;
}

bool SimNotesStore::write(const SimNote &note)
{
    if (!SqlStore::run(m_connection, u"DELETE FROM sim_tags WHERE account = ? AND iccid = ?"_s,
                       {m_account, note.iccid}))
        return false;
    if (note.isEmpty())
        return SqlStore::run(m_connection,
                             u"DELETE FROM sim_notes WHERE account = ? AND iccid = ?"_s,
                             {m_account, note.iccid});
    // A note of tags only has no text: an empty one, never NULL (which Qt binds an empty one as).
    if (!SqlStore::run(
            m_connection,
            u"INSERT INTO sim_notes (account, iccid, note, updated_at, updated_by) "
            "VALUES (?, ?, COALESCE(?, ''), ?, ?) ON CONFLICT (account, iccid) DO UPDATE SET "
            "note = excluded.note, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by"_s,
            {m_account, note.iccid, note.text, note.updatedAt.toMSecsSinceEpoch(), note.updatedBy}))
        return false;
    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    if (!insert.prepare(u"INSERT INTO sim_tags (account, iccid, tag) VALUES (?, ?, ?)"_s))
        return false;
    for (const QString &tag : note.tags) {
        insert.bindValue(0, m_account);
        insert.bindValue(1, note.iccid);
        insert.bindValue(2, tag);
        if (!insert.exec())
            return false;
    }
    return true;
}

QList<SimNote> SimNotesStore::all() const
{
    QList<SimNote> notes;
    if (!isOpen())
        return notes;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT n.iccid, n.note, n.updated_at, n.updated_by, t.tag FROM sim_notes n "
                  "LEFT JOIN sim_tags t ON t.account = n.account AND t.iccid = n.iccid "
                  "WHERE n.account = ? ORDER BY n.iccid, t.tag"_s);
    query.addBindValue(m_account);
    if (!query.exec())
        return notes;
    while (query.next()) {
        const QString iccid = query.value(0).toString();
        if (notes.isEmpty() || notes.constLast().iccid != iccid) {
            SimNote note;
            note.iccid = iccid;
            note.text = SimNote::cleanText(query.value(1).toString());
            note.updatedAt = fromMs(query.value(2));
            note.updatedBy = cleanServerText(query.value(3).toString());
            notes.append(std::move(note));
        }
        if (const std::optional<QString> tag = SimNote::tag(query.value(4).toString()))
            notes.last().tags.append(*tag);
    }
    for (SimNote &note : notes)
        note.tags = SimNote::sorted(note.tags);
    return notes;
}

} // namespace cube
