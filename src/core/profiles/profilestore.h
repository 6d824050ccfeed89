#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QSettings>

#include <optional>

namespace cube {

// The connection profiles, kept with QSettings (never with their secret), and which one is
// active.
class ProfileStore final
{
public:
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Creates (when the id is empty, giving it one) or replaces a profile; returns its id.
    QString save(Profile profile);
    // A copy under a new id and name; its secret must be entered (or copied) separately.
    std::optional<Profile> duplicate(const QString &id);
    void remove(const QString &id);

    QString activeId() const;
    void setActiveId(const QString &id);

private:
    mutable QSettings m_settings; // reading groups moves its cursor, even in const code
};

} // namespace cube
