#include "faultplan.h"

#include "contract/operation.h"

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

bool isOperationName(const QString &name)
{
    return name == FaultPlan::everyOperation || operationFromName(name).has_value();
}

std::optional<Fault> faultNamed(const QString &kind)
{
    static const QHash<QString, FaultKind> kinds{{u"http500"_s, FaultKind::Http500},
                                                 {u"http503"_s, FaultKind::Http503},
                                                 {u"http429"_s, FaultKind::Http429},
                                                 {u"html"_s, FaultKind::HtmlPage},
                                                 {u"malformed"_s, FaultKind::Malformed},
                                                 {u"truncated"_s, FaultKind::Truncated},
                                                 {u"close"_s, FaultKind::Close},
                                                 {u"silent"_s, FaultKind::NoAnswer},
                                                 {u"code-fraction"_s, FaultKind::FractionalCode},
                                                 {u"success-false"_s, FaultKind::SuccessFalse},
                                                 {u"wrong-first"_s, FaultKind::WrongRecordFirst},
                                                 {u"endless-pages"_s, FaultKind::EndlessPages},
                                                 {u"stuck-page"_s, FaultKind::StuckPage},
                                                 {u"control-chars"_s, FaultKind::ControlCharacters},
                                                 {u"endless-body"_s, FaultKind::EndlessBody},
                                                 {u"trickle"_s, FaultKind::Trickle}};
    Fault fault;
    static const QList<int> redirects{301, 302, 303, 307, 308};
    if (kind.startsWith("redirect"_L1) && redirects.contains(kind.mid(8).toInt())) {
        fault.kind = FaultKind::Redirect;
        fault.redirectStatus = kind.mid(8).toInt();
        return fault;
    }
    if (kind.startsWith("code="_L1) && kind.size() > 5) {
        fault.kind = FaultKind::ServerCode;
        fault.code = kind.mid(5);
        return fault;
    }
    if (kind.startsWith("late="_L1)) {
        bool isNumber = false;
        const int milliseconds = kind.mid(5).toInt(&isNumber);
        if (!isNumber || milliseconds < 0)
            return std::nullopt;
        fault.kind = FaultKind::Late;
        fault.lateBy = std::chrono::milliseconds(milliseconds);
        return fault;
    }
    if (!kinds.contains(kind))
        return std::nullopt;
    fault.kind = kinds.value(kind);
    return fault;
}

} // namespace

bool Fault::operationRuns() const
{
    switch (kind) {
    case FaultKind::Malformed:
    case FaultKind::Truncated:
    case FaultKind::Close:
    case FaultKind::NoAnswer:
    case FaultKind::WrongRecordFirst:
    case FaultKind::EndlessPages:
    case FaultKind::StuckPage:
    case FaultKind::ControlCharacters:
    case FaultKind::EndlessBody:
    case FaultKind::Trickle:
        return true;
    default:
        return false;
    }
}

void FaultPlan::clear()
{
    m_faults.clear();
    m_latencies.clear();
}

std::optional<Fault> FaultPlan::faultFor(const QString &operation, QRandomGenerator &random) const
{
    const auto found = m_faults.constFind(operation);
    const auto it = found != m_faults.cend() ? found : m_faults.constFind(QString(everyOperation));
    if (it == m_faults.cend())
        return std::nullopt;
    if (it->rate < 1.0 && random.generateDouble() >= it->rate)
        return std::nullopt;
    return *it;
}

std::chrono::milliseconds FaultPlan::latencyFor(const QString &operation) const
{
    return m_latencies.value(
        operation, m_latencies.value(QString(everyOperation), std::chrono::milliseconds(0)));
}

bool FaultPlan::addFaultSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || !isOperationName(parts.at(0))) {
        *error = u"expected OPERATION:KIND[:RATE] with a known operation name or *"_s;
        return false;
    }
    std::optional<Fault> fault = faultNamed(parts.at(1));
    if (!fault) {
        *error = u"unknown fault kind \"%1\"; use http500, http503, http429, html, malformed, "
                 u"truncated, close, silent, late=MILLISECONDS or code=XXXX"_s.arg(parts.at(1));
        return false;
    }
    if (parts.size() == 3) {
        bool isNumber = false;
        fault->rate = parts.at(2).toDouble(&isNumber);
        if (!isNumber || fault->rate < 0 || fault->rate > 1) {
            *error = u"the rate must be a number from 0 to 1"_s;
            return false;
        }
    }
    setFault(parts.at(0), *fault);
    return true;
}

bool FaultPlan::addLatencySpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u':');
    bool isNumber = false;
    const int milliseconds = parts.value(1).toInt(&isNumber);
    if (parts.size() != 2 || !isOperationName(parts.at(0)) || !isNumber || milliseconds < 0) {
        *error = u"expected OPERATION:MILLISECONDS with a known operation name or *"_s;
        return false;
    }
    setLatency(parts.at(0), std::chrono::milliseconds(milliseconds));
    return true;
}

} // namespace cube::sim
