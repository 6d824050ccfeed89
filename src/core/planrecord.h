#pragma once

#include "jsonreader.h"

#include <QString>

namespace cube {

// A data plan the account may order (/package/syncPackage).
struct Plan
{
    QString code;
    QString name;
    int type = 0; // 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly
    double price = 0;
    double flowMb = 0;

    static Plan read(JsonReader &reader);
};

} // namespace cube
