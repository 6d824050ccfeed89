#pragma once

#include "attention/attentionreason.h"

#include <QCoreApplication>
#include <QStringList>

class QSettings;

namespace cube {

// When a SIM or an order needs someone: a profile's thresholds, the reasons switched off and
// how often the console looks again. Kept with the profile (ProfileStore), so a desk that
// serves two accounts can watch each its own way.
struct AttentionRules
{
    Q_DECLARE_TR_FUNCTIONS(cube::AttentionRules)

public:
    enum class LowDataUnit { Percent, Megabytes };

    // Orders in use that expire within this many days (the server's days, today counted 0).
    int expiryDays = 7;
    // Little data left: below this percent of the plan's data, or below this many MB.
    LowDataUnit lowDataUnit = LowDataUnit::Percent;
    double lowDataThreshold = 10;
    // Minutes between the console's own looks (and their notifications); 0: never on its own.
    int refreshMinutes = 60;
    // One bit per AttentionReason that is switched off.
    quint32 switchedOff = 0;

    // The days a burn rate is the average of (the last complete days, so never today's part).
    static constexpr int burnRateDays = 7;

    bool isOn(AttentionReason reason) const { return (switchedOff & bit(reason)) == 0; }
    void setOn(AttentionReason reason, bool on)
    {
        switchedOff = on ? switchedOff & ~bit(reason) : switchedOff | bit(reason);
    }
    // Whether `leftMb` of a plan of `planMb` is little enough to say so.
    bool isLow(double leftMb, double planMb) const;

    // What is wrong with the rules, in words for the person editing them; empty when usable.
    QStringList problems() const;

    // In the settings' current group, under "attention/"; a rule that is not there keeps its
    // default (profiles saved before the rules existed).
    static AttentionRules read(const QSettings &settings);
    void write(QSettings &settings) const;

private:
    static quint32 bit(AttentionReason reason) { return quint32(1) << int(reason); }
};

} // namespace cube
