#include "idarguments.h"

#include "commandrun.h"

namespace cube::cli::idarguments {

namespace {

template<typename Id>
Id checked(const CommandRun &run, const QString &text)
{
    QString problem;
    std::optional<Id> id = Id::from(text, &problem);
    if (!id)
        run.usageError(problem);
    return *std::move(id);
}

template<typename Id>
QList<Id> allChecked(const CommandRun &run, qsizetype first)
{
    QList<Id> ids;
    for (const QString &text : run.targets(first))
        ids.append(checked<Id>(run, text));
    return ids;
}

} // namespace

QList<Iccid> iccids(const CommandRun &run, qsizetype first)
{
    return allChecked<Iccid>(run, first);
}

QList<OrderCode> orderCodes(const CommandRun &run, qsizetype first)
{
    return allChecked<OrderCode>(run, first);
}

Iccid iccid(const CommandRun &run, const QString &text)
{
    return checked<Iccid>(run, text);
}

OrderCode orderCode(const CommandRun &run, const QString &text)
{
    return checked<OrderCode>(run, text);
}

} // namespace cube::cli::idarguments
