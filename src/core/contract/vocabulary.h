#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cube {

// The numbers the Cube API uses for states and kinds (cube-api.md), each with translated words
// for people (the console, cubectl's text output) and a stable key for scripts (cubectl's JSON
// and CSV, its options). Every view, dialog and command names them through a Vocabulary below.

// A SIM's life cycle (`lifeCycle`); 0 when the server did not say.
enum class LifeCycle {
    Unknown = 0,
    PreActivation = 1,
    Activated = 2,
    PreDeactivation = 3,
    Deactivated = 4
};

// An order's state. The vendor's numbers for `orderStatus` could not be read; these are the
// simulator's and the console's until they are confirmed (cube-api.md, "Order life cycle").
enum class OrderStatus {
    NotEnabled = 0,
    InUse = 1,
    Expired = 2,
    Cancelled = 3,
    EndedEarly = 4,
    Paused = 5,
};

// The kind of device an order ends early for (`device_type`, optional).
enum class DeviceType { MiFi = 1, Module = 2, TravelCard = 3, IotCard = 4, SoC = 5 };

// How long one period of a plan lasts (`package_type`).
enum class PlanType {
    UnlimitedDaily = 0,
    Daily = 1,
    Monthly = 2,
    ThreeMonths = 3,
    SixMonths = 4,
    Yearly = 5,
};

// One set of numbered terms.
class Vocabulary final
{
public:
    struct Term
    {
        int number;
        const char *key;
        const char *words;  // QT_TRANSLATE_NOOP in the context "cube::statustext"
        bool listed = true; // false: shown when the server sends it, never chosen (no filter)
    };

    explicit Vocabulary(QList<Term> terms);

    // Translated words; "Unknown (7)" for a number the contract does not name.
    QString words(int number) const;
    // "in-use", "pre-activation", …; "unknown" for a number the contract does not name.
    QString key(int number) const;
    // The number of a listed key, or of a number written as such ("1").
    std::optional<int> fromKey(const QString &key) const;
    bool contains(int number) const;
    // The numbers a person may choose (filters, options), in order.
    QList<int> numbers() const;
    // Every listed key, comma-separated, for help texts and error messages.
    QString keyList() const;

private:
    const Term *find(int number) const;

    QList<Term> m_terms;
};

namespace vocabulary {

const Vocabulary &lifeCycles();
const Vocabulary &orderStatuses();
const Vocabulary &deviceTypes();
const Vocabulary &planTypes();

} // namespace vocabulary

} // namespace cube
