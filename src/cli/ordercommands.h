#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// orders list, show, renew, place, place-ota: reading orders and buying plans.
class OrderCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::OrderCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec list();
    static CommandSpec show();
    static CommandSpec renew();
    static CommandSpec place();
    static CommandSpec placeOta();
};

} // namespace cube::cli
