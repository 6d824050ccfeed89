#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cube {

// The numbers the Cube API uses for states and kinds (cube-api.md), each with translated words
// for people (the console, cubectl's text output) and a stable key for scripts (cubectl's JSON
// and CSV, its options). Every view, dialog and command names them through a Vocabulary below.
// A number the server sends that its enumeration does not name is shown as "Unknown (7)".

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

enum class ApiErrorKind; // contract/apierror.h

// What each number of one set is called: a stable key for scripts and files, words for people.
// The one way the project names numbers and enumerations: the server's numbers below, the
// journal's states (JournalWords) and the kinds of failure.
//
// A vocabulary is made from one function with a switch over its enumeration and no default
// (see vocabulary.cpp): each key and its words are written once, in the enumerator's case,
// and a new enumerator without a term fails the build (-Wswitch; warnings are errors). A table
// of terms could not say that one was missing.
class Vocabulary final
{
public:
    struct Term
    {
        const char *key = nullptr;   // nullptr: the number is not a term
        const char *words = nullptr; // QT_TRANSLATE_NOOP in the vocabulary's context; may be none
        bool listed = true; // false: shown when the server sends it, never chosen (no filter)
    };

    // Numbers are looked for from 0 to this: enumerators numbered beyond it are not found.
    static constexpr int largestNumber = 99;

    // The terms of Enum, by `termOf`: the switch that says what each enumerator is called and
    // gives an empty Term for a number that is none. Words are translated in `context`.
    template<typename Enum>
    static Vocabulary of(const char *context, Term (*termOf)(Enum))
    {
        QList<Numbered> terms;
        for (int number = 0; number <= largestNumber; ++number) {
            const Term term = termOf(static_cast<Enum>(number));
            if (term.key)
                terms.append({number, term});
        }
        return Vocabulary(context, std::move(terms));
    }

    // Translated words; "Unknown (7)" for a number the contract does not name.
    QString words(int number) const;
    // "in-use", "pre-activation", …; "unknown" for a number the contract does not name.
    QString key(int number) const;
    // The number of a listed key as a person types it ("In_Use" too), or of a number written
    // as such ("1").
    std::optional<int> fromKey(const QString &key) const;
    // The number of a key exactly as key() wrote it (into a file): nothing else is taken.
    std::optional<int> fromStoredKey(const QString &key) const;
    bool contains(int number) const;
    // The numbers a person may choose (filters, options), in order.
    QList<int> numbers() const;
    // Every listed key, comma-separated, for help texts and error messages.
    QString keyList() const;

private:
    struct Numbered
    {
        int number;
        Term term;
    };

    Vocabulary(const char *context, QList<Numbered> terms);
    const Term *find(int number) const;

    const char *m_context;
    QList<Numbered> m_terms;
};

namespace vocabulary {

const Vocabulary &lifeCycles();
const Vocabulary &orderStatuses();
const Vocabulary &deviceTypes();
const Vocabulary &planTypes();
// Keys only, for scripts: cubectl's JSON names the kind of a failure with them.
const Vocabulary &errorKinds();

} // namespace vocabulary

} // namespace cube
