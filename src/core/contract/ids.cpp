#include "contract/ids.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cube {

std::optional<Iccid> Iccid::from(const QString &text, QString *problemOut)
{
    QString why = problem(text);
    if (why.isEmpty())
        return Iccid(text);
    if (problemOut)
        *problemOut = std::move(why);
    return std::nullopt;
}

QString Iccid::problem(const QString &text)
{
    // \d is ASCII only here (no UseUnicodePropertiesOption): full-width or Arabic-Indic digits
    // are not an ICCID the server knows. Anchored at the very end: '$' would let a final line
    // break through, and it would be sent.
    static const QRegularExpression iccidPattern(
        QRegularExpression::anchoredPattern(u"\\d{19,20}"_s));
    if (iccidPattern.match(text).hasMatch())
        return {};
    return QCoreApplication::translate("cube::Iccid",
                                       "\"%1\" is not an ICCID: an ICCID has 19 or 20 digits.")
        .arg(text);
}

std::optional<OrderCode> OrderCode::from(const QString &text, QString *problemOut)
{
    QString why = problem(text);
    if (why.isEmpty())
        return OrderCode(text.trimmed());
    if (problemOut)
        *problemOut = std::move(why);
    return std::nullopt;
}

QString OrderCode::problem(const QString &text)
{
    static const QRegularExpression codePattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]{1,64}"_s));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("cube::OrderCode", "the order code is empty.");
    if (codePattern.match(trimmed).hasMatch())
        return {};
    return QCoreApplication::translate("cube::OrderCode",
                                       "\"%1\" is not an order code: an order code has 1 to 64 "
                                       "letters, digits, '_' or '-'.")
        .arg(text.left(80));
}

QStringList valuesOf(const QList<Iccid> &iccids)
{
    QStringList values;
    values.reserve(iccids.size());
    for (const Iccid &iccid : iccids)
        values.append(iccid.value());
    return values;
}

} // namespace cube
