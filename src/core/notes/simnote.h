#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cube {

// The note and the tags a person keeps on one SIM card ("Customer ACME, ticket 4711, replaced
// 2026-12-01"; acme, vip), kept per account in the notes store, shown in the SIM list and its
// detail and found by the list's search. The rules of what may be kept are here, for the
// console and cubectl alike: a note of up to 2,000 characters on as many lines as it likes,
// and tags of 1 to 32 of a-z, 0-9, '.', '_' and '-', kept lower-case and sorted.
class SimNote final
{
    Q_DECLARE_TR_FUNCTIONS(cube::SimNote)

public:
    static constexpr int maxTextLength = 2000;
    static constexpr int maxTagLength = 32;

    QString iccid;
    QString text;
    QStringList tags;    // sorted, lower-case
    QDateTime updatedAt; // when it was last changed (UTC); invalid: never
    QString updatedBy;   // the user name of whoever changed it last

    bool isEmpty() const { return text.isEmpty() && tags.isEmpty(); }

    // A tag as typed ("ACME", "#vip") as it is kept ("acme", "vip"), or nothing, with why in
    // `problem`, for a person.
    static std::optional<QString> tag(const QString &typed, QString *problem = nullptr);
    // The tags of a line as typed ("acme, #VIP old"): kept, sorted, each once; nothing, with
    // the first one's problem, when one of them is no tag.
    static std::optional<QStringList> parseTags(const QString &typed, QString *problem = nullptr);
    // `tags` kept: sorted, each once.
    static QStringList sorted(QStringList tags);
    // A note as typed or read from the file, as it is kept and shown: its lines each cleaned as
    // text from outside is (cleanServerText: no control or invisible character), Windows line
    // ends made plain, the whole trimmed.
    static QString cleanText(const QString &typed);
    // Why `text` (cleaned) cannot be kept, or nothing.
    static std::optional<QString> textProblem(const QString &text);
};

} // namespace cube
