#pragma once

#include <QWidget>

namespace cube {

// The contents of a QScrollArea (widgetResizable) that scrolls up and down only: as high as
// the area when it is high enough, and otherwise as low as its layout allows at that width.
// QScrollArea keeps a widget whose layout has a word-wrapped label at least as high as the
// layout's preferred height for the width, so it would scroll long before anything is cut:
// a table and a chart that could still shrink would never do so.
class VerticalScrollContents final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollContents)

public:
    using QWidget::QWidget;

    int heightForWidth(int width) const override;
};

} // namespace cube
