#pragma once

#include "contract/apierror.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cube::cli {

// What one unit of a command's work came to: rows of values (in the command's columns), or the
// error that stopped it.
struct JobOutcome
{
    QList<QVariantList> rows;
    std::optional<ApiError> error;
    QString problem; // a failure that is not the API's: a read that found nothing, say

    bool ok() const { return problem.isEmpty() && !error; }
    // Held back before it was sent (ClientOptions::writeGate): what a dry run shows, which the
    // dry run counts as done; any other hold (a view-only profile) is a failure.
    bool heldBack() const
    {
        return problem.isEmpty() && error && error->kind == ApiErrorKind::NotSent;
    }
    QString message() const { return error ? error->message() : problem; }

    static JobOutcome success(QList<QVariantList> rows)
    {
        JobOutcome outcome;
        outcome.rows = std::move(rows);
        return outcome;
    }
    static JobOutcome failure(ApiError error)
    {
        JobOutcome outcome;
        outcome.error = std::move(error);
        return outcome;
    }
};

// One item of a command's job, usually about one target (an ICCID, an order code): it starts
// its calls and hands its outcome to `done` exactly once.
struct ItemWork
{
    using Done = std::function<void(JobOutcome)>;

    QString target;
    std::function<void(Done)> start;
};

// A column of a command's result: the key scripts read (JSON, CSV header) and the title people
// read (text output, translated).
struct Column
{
    QString key;
    QString title;
};

// A value with a stable key for scripts and words for people: a state, a result.
struct NamedValue
{
    QString key;
    QString words;
};

} // namespace cube::cli

Q_DECLARE_METATYPE(cube::cli::NamedValue)
