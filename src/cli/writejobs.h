#pragma once

#include "itemwork.h"
#include "writes/changewriter.h"
#include "writes/writejob.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace cube::cli {

// Jobs made of writes through core's ChangeWriter: each target written once, a lost answer
// settled there, and what the settling re-read showed said on standard error.
class WriteJobs final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::WriteJobs)

public:
    using Write = std::function<void(const QString &target, ChangeWriter::Done done)>;
    using RowOf = std::function<QVariantList(const QString &target, const WriteOutcome &outcome)>;

    // One write per target; each that is done gives a row.
    static QList<ItemWork> each(const QStringList &targets, Write write, RowOf row);
    // The writes of a bulk job (one per subject), each answering nothing but success: a row
    // of the target and what was done to it.
    static QList<ItemWork> eachAction(const std::shared_ptr<WriteJob> &job, QObject *context,
                                      const NamedValue &result);
    static JobOutcome outcomeOf(const QString &target, const WriteOutcome &outcome,
                                const RowOf &row);
};

} // namespace cube::cli
