#include "base/teamstore.h"

using namespace Qt::StringLiterals;

namespace cube {

QUrl TeamStore::parsed() const
{
    return QUrl(url.trimmed(), QUrl::StrictMode);
}

QString TeamStore::shown() const
{
    return parsed().adjusted(QUrl::RemovePassword).toDisplayString();
}

bool TeamStore::isUrl(const QString &location)
{
    return location.startsWith("postgresql://"_L1) || location.startsWith("postgres://"_L1);
}

QString TeamStore::urlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl parsedUrl(text, QUrl::StrictMode);
    if (!parsedUrl.isValid() || !isUrl(text))
        return tr("a team store's address reads postgresql://host:5432/database (with user@ "
                  "before the host when the user is not yours)");
    if (parsedUrl.host().isEmpty())
        return tr("the team store's address names no host: postgresql://HOST:5432/database");
    if (parsedUrl.path().size() < 2 || parsedUrl.path().mid(1).contains(u'/'))
        return tr("the team store's address names no database: postgresql://%1/DATABASE")
            .arg(parsedUrl.host());
    if (!parsedUrl.password().isEmpty())
        return tr("the team store's password belongs in the password field (kept in the "
                  "keychain), not in its address");
    return {};
}

} // namespace cube
