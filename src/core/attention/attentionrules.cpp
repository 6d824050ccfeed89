#include "attention/attentionrules.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace cube {

bool AttentionRules::isLow(double leftMb, double planMb) const
{
    if (lowDataUnit == LowDataUnit::Megabytes)
        return leftMb < lowDataThreshold;
    return planMb > 0 && leftMb * 100 < lowDataThreshold * planMb;
}

QStringList AttentionRules::problems() const
{
    QStringList problems;
    if (expiryDays < 0 || expiryDays > 366)
        problems << tr("The days before expiry must be from 0 to 366.");
    if (lowDataThreshold < 0 || (lowDataUnit == LowDataUnit::Percent && lowDataThreshold > 100))
        problems << tr("The threshold for little data left must be from 0 to 100 percent, or "
                       "an amount of MB that is not negative.");
    if (refreshMinutes < 0 || refreshMinutes > 7 * 24 * 60)
        problems << tr("The minutes between looks must be from 0 (never) to a week.");
    return problems;
}

AttentionRules AttentionRules::read(const QSettings &settings)
{
    AttentionRules rules;
    rules.expiryDays = settings.value(u"attention/expiryDays"_s, rules.expiryDays).toInt();
    rules.lowDataUnit = settings.value(u"attention/lowDataUnit"_s).toString() == "MB"_L1
                            ? LowDataUnit::Megabytes
                            : LowDataUnit::Percent;
    rules.lowDataThreshold =
        settings.value(u"attention/lowDataThreshold"_s, rules.lowDataThreshold).toDouble();
    rules.refreshMinutes =
        settings.value(u"attention/refreshMinutes"_s, rules.refreshMinutes).toInt();
    const QStringList off = settings.value(u"attention/off"_s).toStringList();
    for (const QString &key : off) {
        if (const std::optional<int> reason = vocabulary::attentionReasons().fromStoredKey(key))
            rules.setOn(AttentionReason(*reason), false);
    }
    return rules;
}

void AttentionRules::write(QSettings &settings) const
{
    settings.setValue(u"attention/expiryDays"_s, expiryDays);
    settings.setValue(u"attention/lowDataUnit"_s,
                      lowDataUnit == LowDataUnit::Megabytes ? u"MB"_s : u"percent"_s);
    settings.setValue(u"attention/lowDataThreshold"_s, lowDataThreshold);
    settings.setValue(u"attention/refreshMinutes"_s, refreshMinutes);
    QStringList off;
    for (int reason = 0; reason < attentionReasonCount; ++reason) {
        if (!isOn(AttentionReason(reason)))
            off << vocabulary::attentionReasons().key(reason);
    }
    settings.setValue(u"attention/off"_s, off);
}

} // namespace cube
