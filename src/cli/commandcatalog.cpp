#include "commandcatalog.h"

#include "attentioncommands.h"
#include "journalcommands.h"
#include "notecommands.h"
#include "orderactioncommands.h"
#include "ordercommands.h"
#include "plansmscommands.h"
#include "profilecommands.h"
#include "quotacommands.h"
#include "simcommands.h"
#include "usagecommands.h"
#include "watchcommands.h"

namespace cube::cli::commandcatalog {

QList<CommandSpec> all()
{
    return SimCommands::all() + NoteCommands::all() + UsageCommands::all()
           + PlanSmsCommands::all().mid(0, 1) + OrderCommands::all() + OrderActionCommands::all()
           + PlanSmsCommands::all().mid(1) + AttentionCommands::all() + WatchCommands::all()
           + JournalCommands::all() + QuotaCommands::all() + ProfileCommands::all();
}

} // namespace cube::cli::commandcatalog
