#include "journal/journalschema.h"

using namespace Qt::StringLiterals;

namespace cube::journalschema {

// The schema, one step per version: step N takes a file from version N to N + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE entries (id INTEGER PRIMARY KEY, recorded_at INTEGER NOT NULL, "
            "operation TEXT NOT NULL, fields TEXT NOT NULL, reason TEXT, profile TEXT, "
            "access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, job_id INTEGER, "
            "job_item INTEGER, state TEXT NOT NULL, sent_at INTEGER, answered_at INTEGER, "
            "answer_code TEXT, answer_message TEXT, settled_at INTEGER)"_s,
            u"CREATE TABLE entry_subjects (subject TEXT NOT NULL, entry_id INTEGER NOT NULL)"_s,
            u"CREATE INDEX entry_subjects_by_subject ON entry_subjects (subject, entry_id)"_s,
            u"CREATE INDEX entry_subjects_by_entry ON entry_subjects (entry_id)"_s,
            u"CREATE INDEX entries_by_time ON entries (recorded_at)"_s,
            u"CREATE INDEX entries_by_job ON entries (job_id, job_item)"_s,
            u"CREATE TABLE jobs (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, "
            "ended_at INTEGER, operation TEXT NOT NULL, parameters TEXT NOT NULL, "
            "profile TEXT, access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, "
            "pid INTEGER, process TEXT, host TEXT, state TEXT NOT NULL)"_s,
            u"CREATE TABLE job_items (job_id INTEGER NOT NULL, item INTEGER NOT NULL, "
            "subject TEXT NOT NULL, PRIMARY KEY (job_id, item))"_s,
        },
        {
            // How often the gateway refused a write for its limits (HTTP 429: not acted on)
            // before it was sent again.
            u"ALTER TABLE entries ADD COLUMN limited INTEGER NOT NULL DEFAULT 0"_s,
            // The queries sent to each account in each of its server's days (QuotaMeter).
            u"CREATE TABLE quota (account TEXT NOT NULL, day TEXT NOT NULL, "
            "used INTEGER NOT NULL, PRIMARY KEY (account, day))"_s,
        },
        {
            // Who holds a job (the program's name, since when, to run, check or resume it), so
            // that a second program is told; and the longest request time-out of its writes,
            // before which a write with no answer is not judged.
            u"ALTER TABLE jobs ADD COLUMN program TEXT"_s,
            u"ALTER TABLE jobs ADD COLUMN claimed_at INTEGER"_s,
            u"ALTER TABLE jobs ADD COLUMN purpose TEXT"_s,
            u"ALTER TABLE jobs ADD COLUMN request_timeout INTEGER NOT NULL DEFAULT 0"_s,
        },
        {
            // A count of the changes to entries and jobs, for the change feed: the file's
            // data_version also moves for the quota's count of every query, and a view would
            // read the journal again each second while the console reads the server.
            u"CREATE TABLE IF NOT EXISTS feed (version INTEGER NOT NULL)"_s,
            u"INSERT INTO feed (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM feed)"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_entry_added AFTER INSERT ON entries "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_entry_changed AFTER UPDATE ON entries "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_entry_removed AFTER DELETE ON entries "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_job_added AFTER INSERT ON jobs "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_job_changed AFTER UPDATE ON jobs "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
            u"CREATE TRIGGER IF NOT EXISTS feed_job_removed AFTER DELETE ON jobs "
            "BEGIN UPDATE feed SET version = version + 1; END"_s,
        },
        {
            // Who, for a team: the person's full name and the desk's host name beside the
            // user, on every entry and job ('' in those written before). A job's `host` is
            // its holder's, which a claim from another desk replaces: the desk that started
            // it has a column of its own.
            u"ALTER TABLE entries ADD COLUMN full_name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE entries ADD COLUMN host TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE jobs ADD COLUMN full_name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE jobs ADD COLUMN desk_host TEXT NOT NULL DEFAULT ''"_s,
            // The people in the journal, and the History's filter by person, without reading
            // every entry.
            u"CREATE INDEX entries_by_person ON entries (os_user, full_name)"_s,
        },
    };
    return steps;
}

const QStringList &teamSchema()
{
    // Times are milliseconds since 1970 (BIGINT), as in the file; ids come from sequences.
    static const QStringList statements{
        u"CREATE TABLE entries (id BIGSERIAL PRIMARY KEY, recorded_at BIGINT NOT NULL, "
        "operation TEXT NOT NULL, fields TEXT NOT NULL, reason TEXT, profile TEXT, "
        "access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, job_id BIGINT, "
        "job_item BIGINT, state TEXT NOT NULL, sent_at BIGINT, answered_at BIGINT, "
        "answer_code TEXT, answer_message TEXT, settled_at BIGINT, "
        "limited INTEGER NOT NULL DEFAULT 0, full_name TEXT NOT NULL DEFAULT '', "
        "host TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE entry_subjects (subject TEXT NOT NULL, entry_id BIGINT NOT NULL)"_s,
        u"CREATE INDEX entry_subjects_by_subject ON entry_subjects (subject, entry_id)"_s,
        u"CREATE INDEX entry_subjects_by_entry ON entry_subjects (entry_id)"_s,
        u"CREATE INDEX entries_by_time ON entries (recorded_at)"_s,
        u"CREATE INDEX entries_by_job ON entries (job_id, job_item)"_s,
        u"CREATE INDEX entries_by_person ON entries (os_user, full_name)"_s,
        u"CREATE TABLE jobs (id BIGSERIAL PRIMARY KEY, started_at BIGINT NOT NULL, "
        "ended_at BIGINT, operation TEXT NOT NULL, parameters TEXT NOT NULL, profile TEXT, "
        "access_code TEXT, base_url TEXT, origin TEXT, os_user TEXT, pid BIGINT, process TEXT, "
        "host TEXT, state TEXT NOT NULL, program TEXT, claimed_at BIGINT, purpose TEXT, "
        "request_timeout BIGINT NOT NULL DEFAULT 0, full_name TEXT NOT NULL DEFAULT '', "
        "desk_host TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE job_items (job_id BIGINT NOT NULL, item BIGINT NOT NULL, "
        "subject TEXT NOT NULL, PRIMARY KEY (job_id, item))"_s,
        // Everyone who sent a change (History's filter by person), kept as entries come: the
        // file groups its entries for it, which millions of them would make slow.
        u"CREATE TABLE people (os_user TEXT NOT NULL, full_name TEXT NOT NULL, "
        "last_entry BIGINT NOT NULL, PRIMARY KEY (os_user, full_name))"_s,
        u"CREATE OR REPLACE FUNCTION cube_person_seen() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN INSERT INTO people (os_user, full_name, last_entry) VALUES "
        "(COALESCE(NEW.os_user, ''), NEW.full_name, NEW.id) ON CONFLICT (os_user, full_name) DO "
        "UPDATE SET last_entry = GREATEST(people.last_entry, excluded.last_entry); RETURN NULL; "
        "END $$"_s,
        u"CREATE TRIGGER entries_person AFTER INSERT ON entries FOR EACH ROW EXECUTE FUNCTION "
        "cube_person_seen()"_s,
        // The office's one daily quota, counted by all its desks together.
        u"CREATE TABLE quota (account TEXT NOT NULL, day TEXT NOT NULL, used BIGINT NOT NULL, "
        "PRIMARY KEY (account, day))"_s,
        // The change feed: a notice to every desk listening, once per changing statement, sent
        // when its transaction commits (a counter row, as in the file, would make every desk's
        // writes wait for each other on that one row).
        u"CREATE OR REPLACE FUNCTION cube_journal_changed() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END $$"_s.arg(
            QLatin1String(teamFeedChannel)),
        u"CREATE TRIGGER entries_changed AFTER INSERT OR UPDATE OR DELETE ON entries "
        "FOR EACH STATEMENT EXECUTE FUNCTION cube_journal_changed()"_s,
        u"CREATE TRIGGER jobs_changed AFTER INSERT OR UPDATE OR DELETE ON jobs "
        "FOR EACH STATEMENT EXECUTE FUNCTION cube_journal_changed()"_s,
    };
    return statements;
}

} // namespace cube::journalschema
