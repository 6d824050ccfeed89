#include "hostileanswers.h"

#include "records/jsonrewrite.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace cube::sim::hostile {

namespace {

// A window title, a clipboard write (OSC 52), a cleared screen and a line that looks like
// output of the program: what a terminal would obey if a client printed it raw.
const QString escapes =
    u"\u001b]0;owned\u0007\u001b]52;c;ZWNobyBvd25lZA==\u0007\u001b[2J\r\nFAKE: done"_s;

// What reorders or hides text without a visible trace: a right-to-left override that makes
// "exe.txt" read as "txt.exe" and is never closed, an isolate left open, the bidi marks, the
// zero-width characters, a byte-order mark and a tag character (an invisible "A").
const QString invisibles = u"\u202Etxt.exe\u2066\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF"
                           u"\U000E0041"_s;

// What a spreadsheet runs if a CSV file carries it as it is.
const QString formula = u"=HYPERLINK(\"http://cube-formula.invalid/\",\"click\") "_s;

// What a Qt label, message box or tooltip would take for formatting (Qt::mightBeRichText looks
// for a tag on the first line): bold words, a huge font and an image from elsewhere that would
// make the text say what the server wants.
const QString markup =
    u"<b>PAID</b><font size=40>!</font><img src=\"http://cube-markup.invalid/paid.png\"> "_s;

// A code with an override and a zero-width space in its middle: "L2024<RLO>0001" would read
// as another code ("L20241000").
QString spoofedCode(const QString &code)
{
    const qsizetype middle = code.size() / 2;
    return code.left(middle) + u"\u202E\u200B"_s + code.mid(middle);
}

// Names start with a formula and HTML markup and carry escapes and invisible characters; order
// and plan codes carry invisible ones; ICCIDs and numbers stay as they are, so that the records
// still match the SIM cards asked for.
QJsonValue withEscapes(const QJsonValue &value)
{
    return rewriteMembers(value, [](const QString &key, const QJsonValue &member) {
        if (!member.isString())
            return std::optional<QJsonValue>();
        if (key.contains(u"name"_s, Qt::CaseInsensitive))
            return std::optional<QJsonValue>(
                QString(formula + markup + member.toString() + escapes + invisibles));
        const bool code = key == u"orderCode"_s || key == u"order_code"_s || key == u"packageCode"_s
                          || key == u"package_code"_s;
        if (code && !member.toString().isEmpty())
            return std::optional<QJsonValue>(spoofedCode(member.toString()));
        return std::optional<QJsonValue>();
    });
}

// A record like the first one listed, but another one, in the state a careless client would
// take for the write's effect.
QJsonObject impostor(QJsonObject record)
{
    if (record.contains(u"orderCode"_s)) {
        record.insert(u"orderCode"_s, QString(record.value(u"orderCode"_s).toString() + u'9'));
        const bool inUse = record.value(u"orderStatus"_s).toVariant().toInt() == 1;
        record.insert(u"orderStatus"_s, inUse ? u"4"_s : u"1"_s);
    }
    if (record.contains(u"device_id"_s)) {
        QString iccid = record.value(u"device_id"_s).toString();
        iccid.back() = iccid.back() == u'9' ? u'0' : QChar(iccid.back().unicode() + 1);
        record.insert(u"device_id"_s, iccid);
        record.insert(u"suspended"_s, !record.value(u"suspended"_s).toBool());
    }
    return record;
}

QJsonValue withImpostor(const QJsonValue &data)
{
    QJsonObject object = data.toObject();
    if (object.contains(u"package_order"_s)) {
        QJsonArray orders = object.value(u"package_order"_s).toArray();
        if (!orders.isEmpty())
            orders.prepend(impostor(orders.first().toObject()));
        object.insert(u"package_order"_s, orders);
        return object;
    }
    if (object.contains(u"device_id"_s))
        return impostor(object); // another SIM instead of the one asked for
    return data;
}

QJsonValue withPaging(FaultKind kind, const QJsonValue &data)
{
    QJsonObject object = data.toObject();
    if (!object.contains(u"page"_s))
        return data;
    QJsonObject page = object.value(u"page"_s).toObject();
    const qint64 pageNo = page.value(u"cur_page_no"_s).toInteger();
    if (kind == FaultKind::EndlessPages) {
        // Always one more page, empty ones too.
        page.insert(u"total_pages"_s, pageNo + 1);
    } else {
        // The page number never moves, whatever page was asked for.
        page.insert(u"cur_page_no"_s, 1);
        page.insert(u"total_pages"_s, qMax<qint64>(2, page.value(u"total_pages"_s).toInteger()));
    }
    object.insert(u"page"_s, page);
    return object;
}

void streamEndlessBody(QTcpSocket *socket)
{
    auto sent = std::make_shared<qint64>(0);
    const QByteArray block(1 << 20, 'x');
    auto more = [socket, sent, block] {
        // Kept a few blocks ahead of the client; bounded in all.
        while (socket->bytesToWrite() < 4 * block.size() && *sent < endlessBodyLimit) {
            socket->write(block);
            *sent += block.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void trickle(QTcpSocket *socket, const QByteArray &body)
{
    auto *timer = new QTimer(socket);
    auto next = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, next, body] {
        if (*next >= body.size())
            return timer->stop();
        socket->write(body.mid((*next)++, 1));
    });
    timer->start(500); // a byte every half second: a full answer takes minutes
}

} // namespace

QJsonValue altered(FaultKind kind, QJsonValue data)
{
    switch (kind) {
    case FaultKind::WrongRecordFirst:
        return withImpostor(data);
    case FaultKind::EndlessPages:
    case FaultKind::StuckPage:
        return withPaging(kind, data);
    case FaultKind::ControlCharacters:
        return withEscapes(data);
    default:
        return data;
    }
}

QString alteredMessage(FaultKind kind, const QString &message)
{
    return kind == FaultKind::ControlCharacters ? message + u' ' + markup + escapes + invisibles
                                                : message;
}

bool answerBroken(FaultKind kind, int redirectStatus, const QByteArray &envelope,
                  QHttpServerResponder &responder, QTcpSocket *socket)
{
    using Status = QHttpServerResponder::StatusCode;
    switch (kind) {
    case FaultKind::Redirect:
        responder.write(QByteArray(), {{"Location", redirectTarget}, {"Content-Length", "0"}},
                        Status(redirectStatus));
        return true;
    case FaultKind::FractionalCode:
        responder.write(QByteArray(R"({"code":0.5,"success":false,"message":"?","data":null})"),
                        "application/json");
        return true;
    case FaultKind::SuccessFalse:
        responder.write(QByteArray(R"({"code":"0000","success":false,"data":null})"),
                        "application/json");
        return true;
    case FaultKind::EndlessBody:
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(endlessBodyLimit));
        responder.writeBody(QByteArray(R"({"code":"0000","data":")"));
        streamEndlessBody(socket);
        return true;
    case FaultKind::Trickle:
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(envelope.size()));
        responder.writeBody(envelope.left(1));
        trickle(socket, envelope.mid(1));
        return true;
    default:
        return false;
    }
}

} // namespace cube::sim::hostile
