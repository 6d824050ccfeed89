#pragma once

#include <QString>

namespace cube::identity {

// The names under which Cube Console keeps its settings (QSettings: language, profiles, window)
// and its keychain entries. cubectl uses the same ones, so that a profile or a language chosen
// in one is there in the other.
QString organizationName();
QString applicationName();

// Names the running program so (with the project's version); `program` overrides the
// application name for a tool with settings of its own (cube-sim).
void describeApplication(const QString &program = applicationName());

} // namespace cube::identity
