#pragma once

#include "rejection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cube::sim {

class Fleet;

// Reads an operation's own fields as the server checks them, remembering the first problem
// (a missing field, a wrong type, an unknown ICCID or order) for the rejection.
class RequestFields final
{
public:
    explicit RequestFields(const QJsonObject &body, const Fleet &fleet);

    QString text(const QString &key); // required, non-empty string
    // Optional string: absent, null and "" give ""; any other JSON type is refused.
    QString optionalText(const QString &key);
    qint64 number(const QString &key); // required JSON integer (2, not "2" nor 2.5)
    std::optional<qint64> optionalNumber(const QString &key, qint64 fallback);
    // Required; an integer written as a string ("2"), as the vendor's field tables say: a JSON
    // number is refused (the signature keeps JSON types), and so is text that is no integer.
    qint64 numericText(const QString &key);
    // As numericText, and from `lowest` to `highest`: a documented code such as is_open.
    qint64 code(const QString &key, qint64 lowest, qint64 highest);
    // As code, but optional: nothing when absent, null or "".
    std::optional<qint64> optionalCode(const QString &key, qint64 lowest, qint64 highest);
    // An amount written as a string with two decimals ("12.50"), as pay_amount is.
    void amountText(const QString &key);
    void optionalAmountText(const QString &key);
    QStringList iccidList(const QString &key); // required, non-empty array of strings
    int sim(const QString &key = QStringLiteral("device_id")); // required, known ICCID
    int order(const QString &key);                             // required, known order code
    // page_no (from 1) and page_size (1 to largestPage), both required JSON numbers. A
    // page_size above `gatewayMaximum` (when not 0) becomes `gatewayMaximum`: the vendor's
    // gateway answers a larger page with fewer rows, not with an error, and says so in the
    // answer's own page block.
    std::pair<qint64, qint64> page(qint64 gatewayMaximum = 0);

    static constexpr qint64 largestPage = 1000;

    bool ok() const { return !m_problem.has_value(); }
    Rejection rejection() const { return m_problem->first; }
    const QString &detail() const { return m_problem->second; }
    void fail(Rejection rejection, const QString &detail);

private:
    QJsonObject m_body;
    const Fleet &m_fleet;
    std::optional<std::pair<Rejection, QString>> m_problem;
};

} // namespace cube::sim
