#include "fleet/fleetnoteindex.h"

using namespace Qt::StringLiterals;

namespace cube {

void FleetNoteIndex::insert(const QString &iccid, const QStringList &tags, const QString &text)
{
    if (tags.isEmpty() && text.trimmed().isEmpty()) {
        remove(iccid);
        return;
    }
    Entry entry;
    entry.tags = tags;
    entry.line = lineOf(tags, text);
    QStringList marked;
    for (const QString &tag : tags)
        marked.append(u'#' + tag);
    // The tags as the column shows them ("#acme"), so that a search for "#acme" finds them too.
    entry.folded = fold(marked.join(u' ') + u'\n' + text);
    m_entries.insert(iccid, std::move(entry));
}

void FleetNoteIndex::remove(const QString &iccid)
{
    m_entries.remove(iccid);
}

const FleetNoteIndex::Entry *FleetNoteIndex::find(const QString &iccid) const
{
    const auto found = m_entries.constFind(iccid);
    return found == m_entries.cend() ? nullptr : &*found;
}

QString FleetNoteIndex::fold(const QString &text)
{
    return text.toCaseFolded();
}

QString FleetNoteIndex::lineOf(const QStringList &tags, const QString &text)
{
    QStringList parts;
    for (const QString &tag : tags)
        parts.append(u'#' + tag);
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            parts.append(trimmed);
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace cube
