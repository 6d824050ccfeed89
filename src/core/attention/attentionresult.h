#pragma once

#include "attention/attentionitem.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <array>

namespace cube {

// What one look at the account found.
struct AttentionResult
{
    // How many orders expire, and how many SIMs run out by forecast, on one day.
    struct Day
    {
        int expiring = 0;
        int runningOut = 0;
    };

    // What needs someone, most urgent first.
    QList<AttentionItem> items;
    // Every expiry of an order in use and every forecast run-out, by day (the calendar), however
    // far ahead: the items of one day are what a click on it lists.
    QList<AttentionItem> dated;
    QMap<QDate, Day> days;
    std::array<int, attentionReasonCount> counts{};
    QDateTime lookedAt;
    QDate today; // the server's
    qint64 simsLooked = 0;
    qint64 ordersLooked = 0;
    // What could not be read or kept at this look (the look went on without it), for the person.
    QStringList problems;

    int count(AttentionReason reason) const { return counts.at(size_t(reason)); }
    bool isEmpty() const { return items.isEmpty(); }
    // The calendar's items of `day`: its expiries and run-outs.
    QList<AttentionItem> on(QDate day) const;
    // The items of one reason, in the same order.
    QList<AttentionItem> of(AttentionReason reason) const;
};

} // namespace cube
