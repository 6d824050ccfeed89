#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cube {

// A SIM card's ICCID, checked once where text becomes one (an argument, a record, a job's
// subject): 19 or 20 ASCII digits. Nothing makes one from unchecked text, so whatever takes an
// Iccid (the client, the writer) need not check it again, and a write's re-read reads a SIM
// card, never an order of the same text.
class Iccid
{
public:
    // The ICCID `text` is, or nothing; then `problem` (if given) says why, for a person.
    static std::optional<Iccid> from(const QString &text, QString *problem = nullptr);
    // Why `text` is not an ICCID, for a person; empty when it is one.
    static QString problem(const QString &text);

    const QString &value() const { return m_value; }

    friend bool operator==(const Iccid &a, const Iccid &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Iccid &a, const Iccid &b) { return !(a == b); }
    friend size_t qHash(const Iccid &iccid, size_t seed = 0) { return qHash(iccid.m_value, seed); }

private:
    explicit Iccid(QString value)
        : m_value(std::move(value))
    {}

    QString m_value;
};

// An order's code, checked once: 1 to 64 ASCII letters, digits, '_' or '-', around which
// spaces are dropped (a code pasted with a space is the same code).
class OrderCode
{
public:
    // The order code `text` is (trimmed), or nothing; then `problem` (if given) says why.
    static std::optional<OrderCode> from(const QString &text, QString *problem = nullptr);
    // Why `text` is not an order code, for a person; empty when it is one.
    static QString problem(const QString &text);

    const QString &value() const { return m_value; }

    friend bool operator==(const OrderCode &a, const OrderCode &b)
    {
        return a.m_value == b.m_value;
    }
    friend bool operator!=(const OrderCode &a, const OrderCode &b) { return !(a == b); }
    friend size_t qHash(const OrderCode &code, size_t seed = 0)
    {
        return qHash(code.m_value, seed);
    }

private:
    explicit OrderCode(QString value)
        : m_value(std::move(value))
    {}

    QString m_value;
};

// The ids' text, in order: what a request's list or a job's subjects carry.
QStringList valuesOf(const QList<Iccid> &iccids);

} // namespace cube
