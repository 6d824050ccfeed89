#pragma once

#include "apiresult.h"
#include "batchjob.h"
#include "cubeclient.h"

#include <functional>
#include <memory>

namespace cube::cli {

// Jobs made of API calls: the typed answer becomes rows, an error becomes the job's error.
namespace apijobs {

template<typename T>
using Call = std::function<void(CubeClient::Done<T>)>;
template<typename T>
using RowsOf = std::function<QList<QVariantList>(const T &)>;

template<typename T>
CubeClient::Done<T> reporting(BatchJob::Done done, RowsOf<T> rows)
{
    return [done = std::move(done), rows = std::move(rows)](const ApiResult<T> &result) {
        if (result.ok())
            done(JobOutcome::success(rows(result.value())));
        else
            done(JobOutcome::failure(result.error()));
    };
}

// One call whose answer becomes rows.
template<typename T>
BatchJob single(QString target, Call<T> call, RowsOf<T> rows)
{
    return {std::move(target),
            [call = std::move(call), rows = std::move(rows)](BatchJob::Done done) {
                call(reporting<T>(std::move(done), rows));
            }};
}

// One call per target, each answer one row.
template<typename T>
QList<BatchJob> each(const QStringList &targets,
                     std::function<void(const QString &target, CubeClient::Done<T>)> call,
                     std::function<QVariantList(const QString &target, const T &)> row)
{
    QList<BatchJob> jobs;
    for (const QString &target : targets)
        jobs.append(single<T>(
            target, [call, target](CubeClient::Done<T> done) { call(target, std::move(done)); },
            [row, target](const T &value) { return QList<QVariantList>{row(target, value)}; }));
    return jobs;
}

// Told after each page of a listing: the page read and how many there are.
using PageProgress = std::function<void(int pageNo, int totalPages)>;

// Pages `pageNo` to `last` of a listing (to its end when `last` is 0), one after the other.
template<typename Page>
void fetchPages(std::function<Call<Page>(int)> fetch, RowsOf<Page> rows, int pageNo, int last,
                PageProgress progress, std::shared_ptr<JobOutcome> collected, BatchJob::Done done)
{
    fetch(pageNo)([=](const ApiResult<Page> &result) {
        if (!result.ok()) {
            collected->error = result.error();
            done(*collected);
            return;
        }
        collected->rows += rows(result.value());
        progress(pageNo, result.value().page.totalPages);
        if (result.value().page.isLast() || (last > 0 && pageNo >= last)) {
            done(*collected);
            return;
        }
        fetchPages<Page>(fetch, rows, pageNo + 1, last, progress, collected, done);
    });
}

template<typename Page>
BatchJob pages(std::function<Call<Page>(int)> fetch, RowsOf<Page> rows, int first, int last,
               PageProgress progress)
{
    return {QString(), [=](BatchJob::Done done) {
                fetchPages<Page>(fetch, rows, first, last, progress, std::make_shared<JobOutcome>(),
                                 std::move(done));
            }};
}

} // namespace apijobs

} // namespace cube::cli
