#pragma once

#include "apijobs.h"
#include "contract/ids.h"

#include <QList>

#include <functional>

namespace cube::cli {

class CommandRun;

// Where cubectl's arguments become ICCIDs and order codes: each made once, before anything is
// sent; one that is not is a usage error (exit 2) that names it and says why. The commands that
// read hand the ids to the client as they are; the writes go through jobs, which keep text, and
// the writer makes the id from it.
namespace idarguments {

// The targets from `first` on (the arguments, --from FILE, standard input) as ids.
QList<Iccid> iccids(const CommandRun &run, qsizetype first);
QList<OrderCode> orderCodes(const CommandRun &run, qsizetype first);
// One argument as an id.
Iccid iccid(const CommandRun &run, const QString &text);
OrderCode orderCode(const CommandRun &run, const QString &text);

// apijobs::each for ids: one call per id, each answer one row, each job named by the id.
template<typename T, typename Id>
QList<ItemWork> each(const QList<Id> &ids,
                     std::function<void(const Id &, CubeClient::Done<T>)> call,
                     std::function<QVariantList(const Id &, const T &)> row)
{
    QList<ItemWork> jobs;
    for (const Id &id : ids)
        jobs.append(apijobs::single<T>(
            id.value(), [call, id](CubeClient::Done<T> done) { call(id, std::move(done)); },
            [row, id](const T &value) { return QList<QVariantList>{row(id, value)}; }));
    return jobs;
}

} // namespace idarguments

} // namespace cube::cli
