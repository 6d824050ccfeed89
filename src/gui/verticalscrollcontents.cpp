#include "verticalscrollcontents.h"

#include <QLayout>

namespace cube {

int VerticalScrollContents::heightForWidth(int width) const
{
    if (!layout() || !layout()->hasHeightForWidth())
        return QWidget::heightForWidth(width);
    return layout()->totalMinimumHeightForWidth(width);
}

} // namespace cube
