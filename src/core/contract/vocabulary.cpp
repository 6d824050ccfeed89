#include "contract/vocabulary.h"

#include "contract/apierror.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The translation context stays "cube::statustext", where the console's tables first used them.
constexpr const char *statusContext = "cube::statustext";

// What each number is called: one switch per enumeration, no default (see Vocabulary). The
// empty Term after a switch is a number the contract does not name.

Vocabulary::Term lifeCycleTerm(LifeCycle lifeCycle)
{
    switch (lifeCycle) {
    case LifeCycle::Unknown:
        return {"unknown", QT_TRANSLATE_NOOP("cube::statustext", "Unknown"), false};
    case LifeCycle::PreActivation:
        return {"pre-activation", QT_TRANSLATE_NOOP("cube::statustext", "Pre-activation")};
    case LifeCycle::Activated:
        return {"activated", QT_TRANSLATE_NOOP("cube::statustext", "Activated")};
    case LifeCycle::PreDeactivation:
        return {"pre-deactivation", QT_TRANSLATE_NOOP("cube::statustext", "Pre-deactivation")};
    case LifeCycle::Deactivated:
        return {"deactivated", QT_TRANSLATE_NOOP("cube::statustext", "Deactivated")};
    }
    return {};
}

Vocabulary::Term orderStatusTerm(OrderStatus status)
{
    switch (status) {
    case OrderStatus::NotEnabled:
        //: An order bought but not started yet
        return {"not-enabled", QT_TRANSLATE_NOOP("cube::statustext", "Not enabled")};
    case OrderStatus::InUse:
        return {"in-use", QT_TRANSLATE_NOOP("cube::statustext", "In use")};
    case OrderStatus::Expired:
        return {"expired", QT_TRANSLATE_NOOP("cube::statustext", "Expired")};
    case OrderStatus::Cancelled:
        return {"cancelled", QT_TRANSLATE_NOOP("cube::statustext", "Cancelled")};
    case OrderStatus::EndedEarly:
        return {"ended-early", QT_TRANSLATE_NOOP("cube::statustext", "Ended early")};
    case OrderStatus::Paused:
        return {"paused", QT_TRANSLATE_NOOP("cube::statustext", "Paused")};
    }
    return {};
}

Vocabulary::Term deviceTypeTerm(DeviceType type)
{
    switch (type) {
    case DeviceType::MiFi:
        return {"mifi", QT_TRANSLATE_NOOP("cube::statustext", "MiFi")};
    case DeviceType::Module:
        return {"module", QT_TRANSLATE_NOOP("cube::statustext", "Module")};
    case DeviceType::TravelCard:
        return {"travel-card", QT_TRANSLATE_NOOP("cube::statustext", "Travel card")};
    case DeviceType::IotCard:
        return {"iot-card", QT_TRANSLATE_NOOP("cube::statustext", "IoT card")};
    case DeviceType::SoC:
        return {"soc", QT_TRANSLATE_NOOP("cube::statustext", "SoC")};
    }
    return {};
}

Vocabulary::Term planTypeTerm(PlanType type)
{
    switch (type) {
    case PlanType::UnlimitedDaily:
        return {"unlimited-daily", QT_TRANSLATE_NOOP("cube::statustext", "Unlimited daily")};
    case PlanType::Daily:
        return {"daily", QT_TRANSLATE_NOOP("cube::statustext", "Daily")};
    case PlanType::Monthly:
        return {"monthly", QT_TRANSLATE_NOOP("cube::statustext", "Monthly")};
    case PlanType::ThreeMonths:
        return {"three-months", QT_TRANSLATE_NOOP("cube::statustext", "Three months")};
    case PlanType::SixMonths:
        return {"six-months", QT_TRANSLATE_NOOP("cube::statustext", "Six months")};
    case PlanType::Yearly:
        return {"yearly", QT_TRANSLATE_NOOP("cube::statustext", "Yearly")};
    }
    return {};
}

// Stable: scripts read them in cubectl's JSON ("error": {"kind": "timeout"}).
Vocabulary::Term errorKindTerm(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Network:
        return {"network"};
    case ApiErrorKind::Timeout:
        return {"timeout"};
    case ApiErrorKind::Tls:
        return {"tls"};
    case ApiErrorKind::HttpStatus:
        return {"http-status"};
    case ApiErrorKind::Server:
        return {"server"};
    case ApiErrorKind::MalformedResponse:
        return {"malformed-response"};
    case ApiErrorKind::Cancelled:
        return {"cancelled"};
    case ApiErrorKind::InvalidInput:
        return {"invalid-input"};
    case ApiErrorKind::NotSent:
        return {"not-sent"};
    case ApiErrorKind::NotFound:
        return {"not-found"};
    case ApiErrorKind::NotRecorded:
        return {"not-recorded"};
    }
    return {};
}

} // namespace

Vocabulary::Vocabulary(const char *context, QList<Numbered> terms)
    : m_context(context)
    , m_terms(std::move(terms))
{}

const Vocabulary::Term *Vocabulary::find(int number) const
{
    const auto term =
        std::find_if(m_terms.cbegin(), m_terms.cend(),
                     [number](const Numbered &each) { return each.number == number; });
    return term == m_terms.cend() ? nullptr : &term->term;
}

QString Vocabulary::words(int number) const
{
    if (const Term *term = find(number))
        return term->words ? QCoreApplication::translate(m_context, term->words) : QString();
    // The context written out: lupdate finds no string whose context is a variable.
    return QCoreApplication::translate("cube::statustext", "Unknown (%1)").arg(number);
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
    for (const Numbered &each : m_terms) {
        if (!each.term.listed)
            continue;
        if (isNumber ? each.number == number : wanted == QLatin1StringView(each.term.key))
            return each.number;
    }
    return std::nullopt;
}

std::optional<int> Vocabulary::fromStoredKey(const QString &key) const
{
    for (const Numbered &each : m_terms)
        if (key == QLatin1StringView(each.term.key))
            return each.number;
    return std::nullopt;
}

bool Vocabulary::contains(int number) const
{
    return find(number) != nullptr;
}

QList<int> Vocabulary::numbers() const
{
    QList<int> listed;
    for (const Numbered &each : m_terms)
        if (each.term.listed)
            listed.append(each.number);
    return listed;
}

QString Vocabulary::keyList() const
{
    QStringList keys;
    for (const Numbered &each : m_terms)
        if (each.term.listed)
            keys.append(QString::fromLatin1(each.term.key));
    return keys.join(u", "_s);
}

namespace vocabulary {

const Vocabulary &lifeCycles()
{
    static const Vocabulary terms = Vocabulary::of(statusContext, lifeCycleTerm);
    return terms;
}

const Vocabulary &orderStatuses()
{
    static const Vocabulary terms = Vocabulary::of(statusContext, orderStatusTerm);
    return terms;
}

const Vocabulary &deviceTypes()
{
    static const Vocabulary terms = Vocabulary::of(statusContext, deviceTypeTerm);
    return terms;
}

const Vocabulary &planTypes()
{
    static const Vocabulary terms = Vocabulary::of(statusContext, planTypeTerm);
    return terms;
}

const Vocabulary &errorKinds()
{
    static const Vocabulary terms = Vocabulary::of(nullptr, errorKindTerm);
    return terms;
}

} // namespace vocabulary

} // namespace cube
