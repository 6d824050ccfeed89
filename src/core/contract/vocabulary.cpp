#include "contract/vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The translation context stays "cube::statustext", where the console's tables first used them.
constexpr const char *context = "cube::statustext";

} // namespace

Vocabulary::Vocabulary(QList<Term> terms)
    : m_terms(std::move(terms))
{}

const Vocabulary::Term *Vocabulary::find(int number) const
{
    const auto term = std::find_if(m_terms.cbegin(), m_terms.cend(),
                                   [number](const Term &each) { return each.number == number; });
    return term == m_terms.cend() ? nullptr : &*term;
}

QString Vocabulary::words(int number) const
{
    if (const Term *term = find(number))
        return QCoreApplication::translate(context, term->words);
    return QCoreApplication::translate(context, "Unknown (%1)").arg(number);
}

QString Vocabulary::key(int number) const
{
    const Term *term = find(number);
    return term ? QString::fromLatin1(term->key) : u"unknown"_s;
}

std::optional<int> Vocabulary::fromKey(const QString &key) const
{
    bool isNumber = false;
    const int number = key.trimmed().toInt(&isNumber);
    const QString wanted = key.trimmed().toLower().replace(u'_', u'-');
    for (const Term &term : m_terms) {
        if (!term.listed)
            continue;
        if (isNumber ? term.number == number : wanted == QLatin1StringView(term.key))
            return term.number;
    }
    return std::nullopt;
}

bool Vocabulary::contains(int number) const
{
    return find(number) != nullptr;
}

QList<int> Vocabulary::numbers() const
{
    QList<int> listed;
    for (const Term &term : m_terms)
        if (term.listed)
            listed.append(term.number);
    return listed;
}

QString Vocabulary::keyList() const
{
    QStringList keys;
    for (const Term &term : m_terms)
        if (term.listed)
            keys.append(QString::fromLatin1(term.key));
    return keys.join(u", "_s);
}

namespace vocabulary {

const Vocabulary &lifeCycles()
{
    static const Vocabulary terms({
        {0, "unknown", QT_TRANSLATE_NOOP("cube::statustext", "Unknown"), false},
        {1, "pre-activation", QT_TRANSLATE_NOOP("cube::statustext", "Pre-activation")},
        {2, "activated", QT_TRANSLATE_NOOP("cube::statustext", "Activated")},
        {3, "pre-deactivation", QT_TRANSLATE_NOOP("cube::statustext", "Pre-deactivation")},
        {4, "deactivated", QT_TRANSLATE_NOOP("cube::statustext", "Deactivated")},
    });
    return terms;
}

const Vocabulary &orderStatuses()
{
    static const Vocabulary terms({
        //: An order bought but not started yet
        {0, "not-enabled", QT_TRANSLATE_NOOP("cube::statustext", "Not enabled")},
        {1, "in-use", QT_TRANSLATE_NOOP("cube::statustext", "In use")},
        {2, "expired", QT_TRANSLATE_NOOP("cube::statustext", "Expired")},
        {3, "cancelled", QT_TRANSLATE_NOOP("cube::statustext", "Cancelled")},
        {4, "ended-early", QT_TRANSLATE_NOOP("cube::statustext", "Ended early")},
        {5, "paused", QT_TRANSLATE_NOOP("cube::statustext", "Paused")},
    });
    return terms;
}

const Vocabulary &deviceTypes()
{
    static const Vocabulary terms({
        {1, "mifi", QT_TRANSLATE_NOOP("cube::statustext", "MiFi")},
        {2, "module", QT_TRANSLATE_NOOP("cube::statustext", "Module")},
        {3, "travel-card", QT_TRANSLATE_NOOP("cube::statustext", "Travel card")},
        {4, "iot-card", QT_TRANSLATE_NOOP("cube::statustext", "IoT card")},
        {5, "soc", QT_TRANSLATE_NOOP("cube::statustext", "SoC")},
    });
    return terms;
}

const Vocabulary &planTypes()
{
    static const Vocabulary terms({
        {0, "unlimited-daily", QT_TRANSLATE_NOOP("cube::statustext", "Unlimited daily")},
        {1, "daily", QT_TRANSLATE_NOOP("cube::statustext", "Daily")},
        {2, "monthly", QT_TRANSLATE_NOOP("cube::statustext", "Monthly")},
        {3, "three-months", QT_TRANSLATE_NOOP("cube::statustext", "Three months")},
        {4, "six-months", QT_TRANSLATE_NOOP("cube::statustext", "Six months")},
        {5, "yearly", QT_TRANSLATE_NOOP("cube::statustext", "Yearly")},
    });
    return terms;
}

} // namespace vocabulary

} // namespace cube
