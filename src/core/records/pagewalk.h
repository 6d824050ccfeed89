#pragma once

#include "contract/apierror.h"
#include "records/pageinfo.h"

#include <QCoreApplication>

#include <optional>

namespace cube {

// Walks a listing page by page and decides, after each page, whether to read another, and
// which: the one rule of both front ends (the console's SIM list, cubectl's listings). It
// trusts the server's paging only as far as it holds together: a page that comes back under
// another number, an empty page that claims more, more rows than the total the server gave,
// or a listing past the documented maximum ends the walk with an error, never a loop. A
// reader that asks for several pages at once (FleetLoader) hands them to its walk in order.
class PageWalk final
{
    Q_DECLARE_TR_FUNCTIONS(cube::PageWalk)

public:
    // The most rows one listing reads (a million-SIM account fits), and pages to get there.
    static constexpr qint64 maxRows = 2'000'000;
    static constexpr int maxPages = 20'000;

    // From page `first` to page `last` (0: to the end of the listing).
    explicit PageWalk(int first = 1, int last = 0);

    int nextPage() const { return m_next; }

    // What a page that arrived means: the walk goes on (isDone() false, nextPage() moved on),
    // is complete (isDone() true), or the server's paging is inconsistent (the error).
    std::optional<ApiError> arrived(const PageInfo &page, qsizetype rows);
    bool isDone() const { return m_done; }

    // A listing that claims more pages or rows than are ever read: refused at its first page
    // rather than read up to the limit (also for a reader that asks for pages ahead).
    static std::optional<ApiError> beyondLimits(qint64 totalPages, qint64 totalCount);

private:
    static ApiError inconsistent(const QString &what);
    static ApiError tooLong();

    int m_next;
    int m_last;
    int m_pages = 0;
    qint64 m_rows = 0;
    bool m_done = false;
};

} // namespace cube
