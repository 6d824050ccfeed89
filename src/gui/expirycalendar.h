#pragma once

#include "attention/attentionresult.h"

#include <QCalendarWidget>
#include <QMap>

namespace cube {

// A month of the account's expiries: each day shows how many orders in use expire on it and,
// after ▼, how many SIM cards run out of data by forecast (the server's days; its today is
// framed). A day's tooltip says the same in words. A click on a day, or Enter on it, asks to
// list that day's orders and SIM cards (dayChosen); the arrow keys only move through the month.
class ExpiryCalendar final : public QCalendarWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryCalendar)

public:
    explicit ExpiryCalendar(QWidget *parent = nullptr);

    // `today`: the server's.
    void setDays(const QMap<QDate, AttentionResult::Day> &days, QDate today);
    // What a day's numbers stand for, in words ("3 orders expire; 1 SIM card runs out").
    static QString describe(const AttentionResult::Day &day);

    // The colours the numbers are painted in (the legend beside the calendar uses them too).
    static QColor expiringColor();
    static QColor runningOutColor();

signals:
    void dayChosen(QDate day);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    void fitCells();
    void setToolTips();

    QMap<QDate, AttentionResult::Day> m_days;
    QDate m_today;
};

} // namespace cube
