#pragma once

#include "records/jsonreader.h"

namespace cube {

// The paging block of list answers: {cur_page_no, page_size, total_count, total_pages}.
struct PageInfo
{
    int pageNo = 1;
    int pageSize = 0;
    qint64 totalCount = 0;
    int totalPages = 0;

    static PageInfo read(JsonReader &reader)
    {
        using Need = JsonReader::Need;
        PageInfo page;
        page.pageNo = int(reader.integer(QStringLiteral("cur_page_no"), Need::Required));
        page.pageSize = int(reader.integer(QStringLiteral("page_size")));
        page.totalCount = reader.integer(QStringLiteral("total_count"), Need::Required);
        page.totalPages = int(reader.integer(QStringLiteral("total_pages"), Need::Required));
        return page;
    }

    bool isLast() const { return pageNo >= totalPages; }
};

} // namespace cube
