#include "attention/attentionreason.h"

namespace cube {

namespace {

Vocabulary::Term attentionReasonTerm(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::Expired:
        return {"expired",
                QT_TRANSLATE_NOOP("cube::AttentionReason", "Expired since the last look")};
    case AttentionReason::ExpiresSoon:
        return {"expires-soon", QT_TRANSLATE_NOOP("cube::AttentionReason", "Expires soon")};
    case AttentionReason::RunsOut:
        return {"runs-out",
                QT_TRANSLATE_NOOP("cube::AttentionReason", "Runs out before it expires")};
    case AttentionReason::LowData:
        return {"low-data", QT_TRANSLATE_NOOP("cube::AttentionReason", "Little data left")};
    case AttentionReason::NoPlan:
        return {"no-plan", QT_TRANSLATE_NOOP("cube::AttentionReason", "Activated, no plan")};
    case AttentionReason::Suspended:
        return {"suspended", QT_TRANSLATE_NOOP("cube::AttentionReason", "Suspended")};
    case AttentionReason::PreDeactivation:
        return {"pre-deactivation", QT_TRANSLATE_NOOP("cube::AttentionReason", "Pre-deactivation")};
    }
    return {};
}

} // namespace

namespace vocabulary {

const Vocabulary &attentionReasons()
{
    static const Vocabulary terms = Vocabulary::of("cube::AttentionReason", attentionReasonTerm);
    return terms;
}

} // namespace vocabulary

} // namespace cube
