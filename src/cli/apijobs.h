#pragma once

#include "apiresult.h"
#include "batchjob.h"
#include "cubeclient.h"
#include "pagewalk.h"

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

// The pages of a listing one after the other, as core's PageWalk allows; `rowCount` tells how
// many records a page held (before any filter).
template<typename Page>
void fetchPages(std::function<Call<Page>(int)> fetch, RowsOf<Page> rows,
                std::function<qsizetype(const Page &)> rowCount, std::shared_ptr<PageWalk> walk,
                PageProgress progress, std::shared_ptr<JobOutcome> collected, BatchJob::Done done)
{
    const int pageNo = walk->nextPage();
    fetch(pageNo)([=](const ApiResult<Page> &result) {
        if (!result.ok()) {
            collected->error = result.error();
            done(*collected);
            return;
        }
        const Page &page = result.value();
        const std::optional<ApiError> inconsistent = walk->arrived(page.page, rowCount(page));
        collected->rows += rows(page);
        progress(pageNo, page.page.totalPages);
        if (inconsistent)
            collected->error = *inconsistent;
        if (walk->isDone()) {
            done(*collected);
            return;
        }
        fetchPages<Page>(fetch, rows, rowCount, walk, progress, collected, done);
    });
}

// Pages `first` to `last` of a listing (to its end when `last` is 0).
template<typename Page>
BatchJob pages(std::function<Call<Page>(int)> fetch, RowsOf<Page> rows,
               std::function<qsizetype(const Page &)> rowCount, int first, int last,
               PageProgress progress)
{
    return {QString(), [=](BatchJob::Done done) {
                fetchPages<Page>(fetch, rows, rowCount, std::make_shared<PageWalk>(first, last),
                                 progress, std::make_shared<JobOutcome>(), std::move(done));
            }};
}

} // namespace apijobs

} // namespace cube::cli
