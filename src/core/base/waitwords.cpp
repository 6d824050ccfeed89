#include "base/waitwords.h"

namespace cube {

QString WaitWords::of(std::chrono::milliseconds span)
{
    // To the nearest minute: 16 minutes 40 seconds is "about 17 minutes".
    const qint64 minutes =
        std::chrono::duration_cast<std::chrono::minutes>(span + std::chrono::seconds(30)).count();
    if (span < std::chrono::seconds(60))
        return tr("%n second(s)", nullptr,
                  int(qMax<qint64>(1, std::chrono::ceil<std::chrono::seconds>(span).count())));
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, int(minutes / 60));
    return tr("%1 %2").arg(tr("%n hour(s)", nullptr, int(minutes / 60)),
                           tr("%n minute(s)", nullptr, int(minutes % 60)));
}

} // namespace cube
