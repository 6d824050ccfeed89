#include "transport/deskledgerstate.h"

#include <QList>

namespace cube {

namespace {

bool readNumber(const QByteArray &word, qint64 &number)
{
    bool ok = false;
    number = word.toLongLong(&ok);
    return ok;
}

} // namespace

DeskLedgerState DeskLedgerState::parse(const QByteArray &text)
{
    DeskLedgerState state;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        qint64 a = 0;
        qint64 b = 0;
        qint64 c = 0;
        const QByteArray &kind = words.at(0);
        if (kind == "held" && words.size() == 2 && readNumber(words.at(1), a)) {
            state.heldUntil = a;
        } else if (kind == "start" && words.size() == 2 && readNumber(words.at(1), a)) {
            state.starts.push_back(a);
        } else if (kind == "busy" && words.size() == 4 && readNumber(words.at(2), a)
                   && readNumber(words.at(3), b) && b > 0) {
            state.holders.push_back({QString::fromLatin1(words.at(1)), quint64(a), int(b)});
        } else if (kind == "wait" && words.size() == 5 && readNumber(words.at(2), a)
                   && readNumber(words.at(3), b) && readNumber(words.at(4), c)) {
            state.waiters.push_back({QString::fromLatin1(words.at(1)), quint64(a), b, c});
        }
    }
    return state;
}

QByteArray DeskLedgerState::serialize() const
{
    QByteArray text;
    if (heldUntil > 0)
        text += "held " + QByteArray::number(heldUntil) + '\n';
    for (const qint64 start : starts)
        text += "start " + QByteArray::number(start) + '\n';
    for (const Holder &holder : holders)
        if (holder.connections > 0)
            text += "busy " + holder.process.toLatin1() + ' ' + QByteArray::number(holder.governor)
                    + ' ' + QByteArray::number(holder.connections) + '\n';
    for (const Waiter &waiter : waiters)
        text += "wait " + waiter.process.toLatin1() + ' ' + QByteArray::number(waiter.governor)
                + ' ' + QByteArray::number(waiter.since) + ' ' + QByteArray::number(waiter.asked)
                + '\n';
    return text;
}

} // namespace cube
