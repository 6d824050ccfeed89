#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// orders end, cancel, enable: the writes on existing orders, one request per order code.
class OrderActionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::OrderActionCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec end();
    static CommandSpec cancel();
    static CommandSpec enable();
};

} // namespace cube::cli
