#include "statewords.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace cube::statewords {

namespace {

// The translation context stays "cube::statustext", where the console's tables first used them.
const char *const lifeCycleWords[] = {
    QT_TRANSLATE_NOOP("cube::statustext", "Unknown"),
    QT_TRANSLATE_NOOP("cube::statustext", "Pre-activation"),
    QT_TRANSLATE_NOOP("cube::statustext", "Activated"),
    QT_TRANSLATE_NOOP("cube::statustext", "Pre-deactivation"),
    QT_TRANSLATE_NOOP("cube::statustext", "Deactivated"),
};

const char *const orderStatusWords[] = {
    //: An order bought but not started yet
    QT_TRANSLATE_NOOP("cube::statustext", "Not enabled"),
    QT_TRANSLATE_NOOP("cube::statustext", "In use"),
    QT_TRANSLATE_NOOP("cube::statustext", "Expired"),
    QT_TRANSLATE_NOOP("cube::statustext", "Cancelled"),
    QT_TRANSLATE_NOOP("cube::statustext", "Ended early"),
    QT_TRANSLATE_NOOP("cube::statustext", "Paused"),
};

const QStringList &lifeCycleKeyList()
{
    static const QStringList keys = {u"unknown"_s, u"pre-activation"_s, u"activated"_s,
                                     u"pre-deactivation"_s, u"deactivated"_s};
    return keys;
}

const QStringList &orderStatusKeyList()
{
    static const QStringList keys = {u"not-enabled"_s, u"in-use"_s,      u"expired"_s,
                                     u"cancelled"_s,   u"ended-early"_s, u"paused"_s};
    return keys;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("cube::statustext", text);
}

std::optional<int> numberOf(const QString &key, const QStringList &keys, int first)
{
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    if (isNumber)
        return number >= first && number < keys.size() ? std::optional<int>(number) : std::nullopt;
    const qsizetype index = keys.indexOf(key.trimmed().toLower().replace(u'_', u'-'));
    if (index < first)
        return std::nullopt;
    return int(index);
}

} // namespace

QString lifeCycle(int lifeCycle)
{
    if (lifeCycle < 1 || lifeCycle >= int(std::size(lifeCycleWords)))
        return translated(lifeCycleWords[0]);
    return translated(lifeCycleWords[lifeCycle]);
}

QString orderStatus(int status)
{
    if (status < 0 || status >= int(std::size(orderStatusWords)))
        return QCoreApplication::translate("cube::statustext", "Unknown (%1)").arg(status);
    return translated(orderStatusWords[status]);
}

QString lifeCycleKey(int lifeCycle)
{
    return lifeCycleKeyList().value(lifeCycle < 1 ? 0 : lifeCycle, lifeCycleKeyList().front());
}

QString orderStatusKey(int status)
{
    return orderStatusKeyList().value(status, u"unknown"_s);
}

std::optional<int> lifeCycleFromKey(const QString &key)
{
    return numberOf(key, lifeCycleKeyList(), 1);
}

std::optional<int> orderStatusFromKey(const QString &key)
{
    return numberOf(key, orderStatusKeyList(), 0);
}

QString lifeCycleKeys()
{
    return lifeCycleKeyList().mid(1).join(u", "_s);
}

QString orderStatusKeys()
{
    return orderStatusKeyList().join(u", "_s);
}

} // namespace cube::statewords
