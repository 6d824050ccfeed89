#include "expirycalendar.h"

#include "plaintext.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

namespace cube {

ExpiryCalendar::ExpiryCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    connect(this, &QCalendarWidget::clicked, this, &ExpiryCalendar::dayChosen);
    connect(this, &QCalendarWidget::activated, this, &ExpiryCalendar::dayChosen);
    fitCells();
}

QColor ExpiryCalendar::expiringColor()
{
    return QColor(0xb3, 0x58, 0x00); // an orange dark enough to read on white
}

QColor ExpiryCalendar::runningOutColor()
{
    return QColor(0x1f, 0x5f, 0xa8);
}

QString ExpiryCalendar::describe(const AttentionResult::Day &day)
{
    QStringList words;
    if (day.expiring > 0)
        words << tr("%Ln order(s) expire", nullptr, day.expiring);
    if (day.runningOut > 0)
        words << tr("%Ln SIM card(s) run out of data by forecast", nullptr, day.runningOut);
    return words.join(tr("; "));
}

void ExpiryCalendar::setDays(const QMap<QDate, AttentionResult::Day> &days, QDate today)
{
    m_days = days;
    m_today = today;
    setToolTips();
    update();
}

void ExpiryCalendar::setToolTips()
{
    // A day's tooltip is its text format's (QCalendarWidget's model shows it): the numbers
    // in words, for whoever does not guess what ▼ means.
    setDateTextFormat(QDate(), QTextCharFormat());
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        QTextCharFormat format;
        format.setToolTip(plainToolTip(describe(it.value())));
        setDateTextFormat(it.key(), format);
    }
}

void ExpiryCalendar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Month and day names in the language now shown (a widget keeps the locale it was
        // made with).
        setLocale(QLocale());
        setToolTips();
    }
    if (event->type() == QEvent::FontChange)
        fitCells();
    QCalendarWidget::changeEvent(event);
}

void ExpiryCalendar::fitCells()
{
    // Each day is two lines, its number and its counts, as wide as two-digit counts need (a
    // wider count takes the cell's margins).
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics metrics(small);
    const int cellWidth = metrics.horizontalAdvance(u"88 ▼88"_s) + 6;
    const int cellHeight = fontMetrics().height() + metrics.height() + 8;
    // The navigation bar above the seven rows (a row of day names and six weeks).
    const int navigation = fontMetrics().height() + 16;
    setMinimumSize(7 * cellWidth, navigation + 7 * cellHeight);
}

void ExpiryCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    painter->save();
    const bool selected = date == selectedDate();
    const bool otherMonth = date.month() != monthShown();
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    painter->fillRect(rect,
                      palette().color(group, selected ? QPalette::Highlight : QPalette::Base));
    if (date == m_today) {
        // The server's today, framed: the counts start from it.
        painter->setPen(QPen(expiringColor(), 2));
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }
    QColor text = palette().color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (otherMonth && !selected)
        text = palette().color(QPalette::Disabled, QPalette::Text);
    const QRect inner = rect.adjusted(2, 3, -2, -3);
    painter->setPen(text);
    painter->drawText(inner, Qt::AlignHCenter | Qt::AlignTop, QString::number(date.day()));

    const AttentionResult::Day day = m_days.value(date);
    if (day.expiring > 0 || day.runningOut > 0) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        small.setBold(true);
        painter->setFont(small);
        const QFontMetrics metrics(small);
        const QLocale locale;
        const QString expiring = day.expiring > 0 ? locale.toString(day.expiring) : QString();
        const QString runningOut =
            day.runningOut > 0 ? u"▼"_s + locale.toString(day.runningOut) : QString();
        const QString gap = expiring.isEmpty() || runningOut.isEmpty() ? QString() : u" "_s;
        const int width = metrics.horizontalAdvance(expiring + gap + runningOut);
        int x = inner.center().x() - width / 2 + 1;
        const int baseline = inner.bottom() - metrics.descent();
        const auto draw = [&](const QString &words, const QColor &color) {
            painter->setPen(selected ? palette().color(group, QPalette::HighlightedText) : color);
            painter->drawText(x, baseline, words);
            x += metrics.horizontalAdvance(words + gap);
        };
        if (!expiring.isEmpty())
            draw(expiring, expiringColor());
        if (!runningOut.isEmpty())
            draw(runningOut, runningOutColor());
    }
    painter->restore();
}

} // namespace cube
