#pragma once

#include "commandspec.h"
#include "itemwork.h"

#include <QCoreApplication>

namespace cube {
struct AttentionItem;
struct AttentionResult;
} // namespace cube

namespace cube::cli {

class CommandRun;

// attention: what needs someone in the account (the console's Attention tab), for cron and
// monitoring systems, whose exit status says whether anything does.
class AttentionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::AttentionCommands)

public:
    static QList<CommandSpec> all();

    // What the statuses of `attention` say: 1 is "something needs attention", so a failure of
    // the look is 3 (AttentionLook::failedStatus), never cubectl's usual 1.
    static constexpr int nothingNeedsAttention = 0;
    static constexpr int somethingNeedsAttention = 1;

private:
    static CommandSpec attention();
    static QList<Column> columns();
    static QVariantList row(const AttentionItem &item);
    // Prints the items of the reasons asked for (`reasons`: a bit each) and ends the run.
    static void report(CommandRun &work, const AttentionResult &result, quint32 reasons);
};

} // namespace cube::cli
