#pragma once

#include "faultplan.h"

#include <QJsonValue>

class QTcpSocket;
class QHttpServerResponder;

namespace cube::sim {

// What a hostile or broken server does that the simulator's ordinary faults do not: answers
// that lie about their record or their paging, carry terminal escapes, redirect elsewhere, or
// never end. Each is a fault kind of FaultPlan, so that every client rule against them is
// tested over real HTTP.
namespace hostile {

// The reply's data as the fault alters it: another record listed first (or instead), paging
// that never ends or never advances, strings with control characters (names that also start
// with a spreadsheet formula and HTML markup and carry bidi and zero-width characters, codes
// with a hidden right-to-left override).
QJsonValue altered(FaultKind kind, QJsonValue data);
// The message of a reply with HTML markup, control, bidi and zero-width characters in it.
QString alteredMessage(FaultKind kind, const QString &message);

// Answers that are not an envelope of the reply at all; false when `kind` is none of them.
bool answerBroken(FaultKind kind, int redirectStatus, const QByteArray &envelope,
                  QHttpServerResponder &responder, QTcpSocket *socket);

// Where a redirect sends the client: a host that is not this simulator.
constexpr auto redirectTarget = "http://cube-redirect.invalid/captured";
// How much of an endless body is sent at most, so that a test's traffic stays bounded.
constexpr qint64 endlessBodyLimit = qint64(1) << 30;

} // namespace hostile

} // namespace cube::sim
