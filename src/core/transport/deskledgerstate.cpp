#include "transport/deskledgerstate.h"

#include <QList>

namespace cube {

namespace {

constexpr QByteArrayView endLine = "end";

bool readNumbers(const QList<QByteArray> &words, qsizetype from, std::vector<qint64> &numbers)
{
    numbers.clear();
    for (qsizetype i = from; i < words.size(); ++i) {
        bool ok = false;
        numbers.push_back(words.at(i).toLongLong(&ok));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

DeskLedgerState DeskLedgerState::parse(const QByteArray &text)
{
    DeskLedgerState state;
    std::vector<qint64> n;
    for (const QByteArray &line : text.split('\n')) {
        if (line == endLine)
            break;
        const QList<QByteArray> words = line.split(' ');
        const QByteArray &kind = words.at(0);
        if (kind == "held" && words.size() == 2 && readNumbers(words, 1, n)) {
            state.heldUntil = n[0];
        } else if (kind == "start" && words.size() == 5 && readNumbers(words, 3, n)) {
            bool ok = false;
            const qint64 at = words.at(1).toLongLong(&ok);
            if (ok)
                state.starts.push_back(
                    {at, QString::fromLatin1(words.at(2)), quint64(n[0]), n[1] != 0});
        } else if (kind == "busy" && words.size() == 5 && readNumbers(words, 2, n) && n[1] > 0) {
            state.holders.push_back(
                {QString::fromLatin1(words.at(1)), quint64(n[0]), int(n[1]), n[2]});
        } else if (kind == "wait" && words.size() == 5 && readNumbers(words, 2, n)) {
            state.waiters.push_back({QString::fromLatin1(words.at(1)), quint64(n[0]), n[1], n[2]});
        }
    }
    return state;
}

QByteArray DeskLedgerState::serialize() const
{
    QByteArray text;
    if (heldUntil > 0)
        text += "held " + QByteArray::number(heldUntil) + '\n';
    for (const Start &start : starts)
        text += "start " + QByteArray::number(start.at) + ' ' + start.process.toLatin1() + ' '
                + QByteArray::number(start.governor) + (start.departed ? " 1\n" : " 0\n");
    for (const Holder &holder : holders)
        if (holder.connections > 0)
            text += "busy " + holder.process.toLatin1() + ' ' + QByteArray::number(holder.governor)
                    + ' ' + QByteArray::number(holder.connections) + ' '
                    + QByteArray::number(holder.leaseUntil) + '\n';
    for (const Waiter &waiter : waiters)
        text += "wait " + waiter.process.toLatin1() + ' ' + QByteArray::number(waiter.governor)
                + ' ' + QByteArray::number(waiter.since) + ' ' + QByteArray::number(waiter.asked)
                + '\n';
    text += endLine.toByteArray() + '\n';
    return text;
}

} // namespace cube
