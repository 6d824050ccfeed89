#include "records/pagewalk.h"

namespace cube {

PageWalk::PageWalk(int first, int last)
    : m_next(qMax(1, first))
    , m_last(last)
{}

ApiError PageWalk::inconsistent(const QString &what)
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.detail = tr("the server's paging is inconsistent: %1").arg(what);
    return error;
}

ApiError PageWalk::tooLong()
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.detail = tr("the listing goes on past %1 rows, the most that is read").arg(maxRows);
    return error;
}

std::optional<ApiError> PageWalk::beyondLimits(qint64 totalPages, qint64 totalCount)
{
    if (totalPages > maxPages || totalCount > maxRows)
        return tooLong();
    return std::nullopt;
}

std::optional<ApiError> PageWalk::arrived(const PageInfo &page, qsizetype rows)
{
    const int asked = m_next;
    m_done = true; // unless it goes on below
    ++m_pages;
    m_rows += rows;
    if (page.pageNo != asked)
        return inconsistent(
            tr("page %1 was asked for and page %2 came").arg(asked).arg(page.pageNo));
    if (page.isLast() || (m_last > 0 && asked >= m_last))
        return std::nullopt;
    if (rows == 0)
        return inconsistent(tr("page %1 of %2 is empty").arg(page.pageNo).arg(page.totalPages));
    if (m_rows > page.totalCount)
        return inconsistent(tr("%1 rows were read, more than the %2 it counts, and it claims more")
                                .arg(m_rows)
                                .arg(page.totalCount));
    if (m_rows >= maxRows || m_pages >= maxPages)
        return tooLong();
    m_done = false;
    m_next = asked + 1;
    return std::nullopt;
}

} // namespace cube
