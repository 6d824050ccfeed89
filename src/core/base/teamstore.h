#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace cube {

// Where a team keeps what its desks share (the journal of changes with its jobs, the count of
// the gateway's daily quota): a PostgreSQL database, postgresql://[user@]host[:port]/database.
// The password is the keychain's, never the URL's nor a file's; an empty one lets libpq look
// for its own (PGPASSWORD, ~/.pgpass).
struct TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(cube::TeamStore)

public:
    QString url;
    QString password;

    bool isSet() const { return !url.trimmed().isEmpty(); }
    // The URL as people see it: no password, whatever was typed.
    QString shown() const;
    QUrl parsed() const;
    // What is wrong with `url` as a team store's address, in words for the person typing it;
    // empty when it can be used (an empty URL means "no team store" and is fine).
    static QString urlProblem(const QString &url);
    // Whether `location` (a journal's path() and the like) names a team store, not a file.
    static bool isUrl(const QString &location);
};

} // namespace cube
