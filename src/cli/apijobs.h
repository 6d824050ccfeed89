#pragma once

#include "contract/apiresult.h"
#include "itemwork.h"
#include "records/pagewalk.h"
#include "transport/cubeclient.h"

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
CubeClient::Done<T> reporting(ItemWork::Done done, RowsOf<T> rows)
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
ItemWork single(QString target, Call<T> call, RowsOf<T> rows)
{
    return {std::move(target),
            [call = std::move(call), rows = std::move(rows)](ItemWork::Done done) {
                call(reporting<T>(std::move(done), rows));
            }};
}

// One call per target, each answer one row.
template<typename T>
QList<ItemWork> each(const QStringList &targets,
                     std::function<void(const QString &target, CubeClient::Done<T>)> call,
                     std::function<QVariantList(const QString &target, const T &)> row)
{
    QList<ItemWork> jobs;
    for (const QString &target : targets)
        jobs.append(single<T>(
            target, [call, target](CubeClient::Done<T> done) { call(target, std::move(done)); },
            [row, target](const T &value) { return QList<QVariantList>{row(target, value)}; }));
    return jobs;
}

// Told after each page of a listing, before its rows are handed on: the page read and how many
// there are. False stops the listing there, its rows unprinted (the reader said why).
using PageProgress = std::function<bool(int pageNo, int totalPages)>;

// A listing's rows as they come, page by page, and how it ended.
using RowsSink = std::function<void(const QList<QVariantList> &rows)>;
using ListingEnd = std::function<void(const std::optional<ApiError> &error)>;
using Listing = std::function<void(RowsSink, ListingEnd)>;

// Pages `first` to `last` of a listing (to its end when `last` is 0), each page's rows handed
// on as soon as it arrives and then forgotten: memory does not grow with the listing.
template<typename Page>
Listing streamedPages(std::function<Call<Page>(int)> fetch, RowsOf<Page> rows,
                      std::function<qsizetype(const Page &)> rowCount, int first, int last,
                      PageProgress progress)
{
    return [=](RowsSink sink, ListingEnd end) {
        auto walk = std::make_shared<PageWalk>(first, last);
        // The step asks for the next page; the call in flight is what keeps it alive.
        auto step = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakStep = step;
        *step = [=]() {
            const int pageNo = walk->nextPage();
            fetch(pageNo)([=, self = weakStep.lock()](const ApiResult<Page> &result) {
                if (!result.ok())
                    return end(result.error());
                const Page &page = result.value();
                const std::optional<ApiError> inconsistent =
                    walk->arrived(page.page, rowCount(page));
                // The last page this walk reads: a range (--page) ends before the listing does.
                const int lastToRead = walk->isDone() ? pageNo
                                       : last > 0     ? qMin(last, page.page.totalPages)
                                                      : page.page.totalPages;
                if (!progress(pageNo, lastToRead))
                    return;
                sink(rows(page));
                if (inconsistent || walk->isDone())
                    return end(inconsistent);
                (*self)();
            });
        };
        (*step)();
    };
}

} // namespace apijobs

} // namespace cube::cli
