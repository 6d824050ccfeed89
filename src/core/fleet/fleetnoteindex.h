#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cube {

// What the SIM list knows of the notes and tags people keep on SIM cards (the notes room makes
// it): per ICCID, the tags, the line the list's Note column shows, and the tags and the whole
// note case-folded for the search. Implicitly shared: the copy a query takes when it starts
// costs nothing, never changes, and is read on the worker while the UI thread changes its own
// (which then copies the notes, never anything the size of the fleet).
class FleetNoteIndex final
{
public:
    struct Entry
    {
        QStringList tags; // sorted, lower-case
        QString line;     // "#acme #vip Customer ACME, ticket 4711": the tags, the first line
        QString folded;   // the line's tags and the whole note, case-folded
    };

    // Keeps the SIM's tags and note (an empty note without tags removes the SIM's entry).
    void insert(const QString &iccid, const QStringList &tags, const QString &text);
    void remove(const QString &iccid);
    void clear() { m_entries.clear(); }

    const Entry *find(const QString &iccid) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QHash<QString, Entry> &entries() const { return m_entries; }

    // Text as the search compares it: case-folded, so that "ACME" finds "acme".
    static QString fold(const QString &text);
    // The line the list shows: "#acme #vip" and the note's first line that holds text.
    static QString lineOf(const QStringList &tags, const QString &text);

private:
    QHash<QString, Entry> m_entries;
};

} // namespace cube
