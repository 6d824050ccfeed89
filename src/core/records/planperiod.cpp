#include "records/planperiod.h"

#include "contract/vocabulary.h"

namespace cube::planperiod {

int days(int planType)
{
    switch (PlanType(planType)) {
    case PlanType::UnlimitedDaily:
    case PlanType::Daily:
        return 1;
    case PlanType::Monthly:
        return 30;
    case PlanType::ThreeMonths:
        return 90;
    case PlanType::SixMonths:
        return 180;
    case PlanType::Yearly:
        return 365;
    }
    return 0;
}

QDateTime expiryAfterRenewal(const QDateTime &expires, int planType, int periods)
{
    const int length = days(planType);
    return expires.isValid() && length > 0 ? expires.addDays(qint64(length) * periods)
                                           : QDateTime();
}

} // namespace cube::planperiod
