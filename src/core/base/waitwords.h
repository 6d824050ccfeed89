#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace cube {

// A span of time as people say it, rounded to what matters: "40 seconds", "17 minutes",
// "5 hours 33 minutes". For waits the gateway asks for and for how long a reading takes.
class WaitWords final
{
    Q_DECLARE_TR_FUNCTIONS(cube::WaitWords)

public:
    static QString of(std::chrono::milliseconds span);
};

} // namespace cube
