#pragma once

#include <QString>

namespace cube {

// What a write is about, typed so that the re-read after a lost answer reads the right kind of
// record: an order by its code, or a SIM card by its ICCID. Never guessed from the text.
struct OrderCode
{
    QString value;
};

struct Iccid
{
    QString value;
};

} // namespace cube
