#pragma once

#include <QList>
#include <QStringList>

namespace cube::journalschema {

// The journal's schema, one step per version: step N takes a file from version N to N + 1 (its
// statements run in one transaction). Journal::schemaVersion is the number of steps.
const QList<QStringList> &migrations();

// The same schema in a team store (PostgreSQL), made whole at the version it had when team
// stores came (5): a new store's first desk runs these, in one transaction. A later version
// adds a step to both lists.
const QStringList &teamSchema();
// The version teamSchema() makes.
constexpr int teamSchemaVersion = 5;
// The channel a team store's triggers notify when entries or jobs change (the change feed).
inline constexpr char teamFeedChannel[] = "cube_journal";

} // namespace cube::journalschema
