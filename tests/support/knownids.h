#pragma once

#include "contract/ids.h"

#include <QStringList>
#include <QtGlobal>

namespace cube::test {

// Ids a test knows to be right (a literal, the simulator's records), made the one way the
// program makes them. One that is not right is the test's own mistake: it stops at once, saying
// which, instead of failing later for a reason that hides it.
inline Iccid iccidOf(const QString &text)
{
    QString problem;
    const std::optional<Iccid> iccid = Iccid::from(text, &problem);
    if (!iccid)
        qFatal("test ICCID: %s", qPrintable(problem));
    return *iccid;
}

inline OrderCode orderCodeOf(const QString &text)
{
    QString problem;
    const std::optional<OrderCode> code = OrderCode::from(text, &problem);
    if (!code)
        qFatal("test order code: %s", qPrintable(problem));
    return *code;
}

inline QList<Iccid> iccidsOf(const QStringList &texts)
{
    QList<Iccid> iccids;
    for (const QString &text : texts)
        iccids.append(iccidOf(text));
    return iccids;
}

} // namespace cube::test
