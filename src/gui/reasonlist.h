#pragma once

#include <QCoreApplication>

class QListWidget;

namespace cube {

struct AttentionResult;
struct AttentionRules;

// The Attention tab's list of reasons: "All reasons" and one line per reason with its count,
// the reasons switched off hidden, as high as its lines (the calendar below has the rest).
class ReasonList final
{
    Q_DECLARE_TR_FUNCTIONS(cube::AttentionPage)

public:
    // Writes the lines for `shown` (none: before any look); false when the line that was
    // current is now hidden, and "All reasons" is current instead.
    static bool fill(QListWidget *list, const AttentionResult *shown, const AttentionRules &rules);
};

} // namespace cube
