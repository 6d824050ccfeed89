#pragma once

#include <QList>
#include <QStringList>

namespace cube::journalschema {

// The journal's schema, one step per version: step N takes a file from version N to N + 1 (its
// statements run in one transaction). Journal::schemaVersion is the number of steps.
const QList<QStringList> &migrations();

} // namespace cube::journalschema
