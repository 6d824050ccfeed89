#pragma once

#include "records/jsonreader.h"

#include <QString>

namespace cube {

// A data plan the account may order (/package/syncPackage).
struct Plan
{
    QString code;
    QString name;
    int type = 0; // 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly
    double price = 0;
    // The price's currency as the plan names it ("USD"); empty when it names none, which is
    // what the contract shows (cube-api.md): then a price is shown as a bare amount, never
    // with a currency guessed for it.
    QString currency;
    double flowMb = 0;

    static Plan read(JsonReader &reader);
};

} // namespace cube
