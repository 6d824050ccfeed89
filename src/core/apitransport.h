#pragma once

#include "connectionsettings.h"
#include "operationtable.h"
#include "requestsigner.h"
#include "uilanguage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cube {

class ApiCall;
class ApiError;

// One request as it goes on the wire: where, in which language, and the signed body.
struct PreparedRequest
{
    Operation operation;
    QUrl url;
    UiLanguage language;
    QJsonObject body; // signed: mask it (maskedForLog) before showing it
};

// Sends Cube operations over one injected QNetworkAccessManager: adds the common fields
// (access_code, timestamp in the profile's unit, version), signs, sets Accept-Language from
// the UI's language and Content-Type, and keeps at most `maxRequestsInFlight` requests on the
// wire, queueing the rest in order.
class ApiTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)

public:
    using Clock = std::function<QDateTime()>;
    using DryRunSink = std::function<void(const PreparedRequest &)>;

    ApiTransport(QNetworkAccessManager *network, ConnectionSettings settings, QByteArray secret,
                 QObject *parent = nullptr);
    ~ApiTransport() override;

    // The language the server answers `message` in. By default it follows the UI: the
    // language of QLocale's default, which TranslationInstaller sets with the translations.
    // setLanguage() fixes it instead (a command-line --lang, a test).
    void setLanguage(UiLanguage language) { m_language = language; }
    UiLanguage language() const;

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // A dry run: reads go out as usual (they change nothing), but every write is prepared and
    // signed, handed to `sink` instead of the network, and finishes with an
    // ApiErrorKind::NotSent error. No write reaches the server.
    void setDryRun(DryRunSink sink) { m_dryRun = std::move(sink); }
    bool isDryRun() const { return bool(m_dryRun); }

    const ConnectionSettings &settings() const { return m_settings; }
    const OperationTable &operations() const { return m_operations; }

    // Queues `operation` with its own `fields`. `subject` names the order or SIM a write is
    // about, for the re-read after an unknown outcome. The call deletes itself after finished().
    ApiCall *send(Operation operation, QJsonObject fields, QString subject = {});

    // A call that finishes with `error` without sending anything (input that cannot be right).
    ApiCall *refuse(Operation operation, ApiError error);

    int requestsInFlight() const { return m_inFlight; }
    int requestsQueued() const { return int(m_queue.size()); }

private:
    friend class ApiCall;

    // The operation's fields with the common ones (a fresh timestamp), signed, and its URL.
    PreparedRequest prepare(Operation operation, const QJsonObject &fields) const;
    // One attempt: prepared and posted.
    QNetworkReply *post(Operation operation, const QJsonObject &fields);
    // A dry run's stand-in for post(): hands the prepared request to the sink.
    void showInstead(Operation operation, const QJsonObject &fields) const;
    void callFinished(ApiCall *call, bool wasStarted);
    void forgetConnections();
    void startQueued();
    QString timestamp() const;

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    OperationTable m_operations;
    RequestSigner m_signer;
    std::optional<UiLanguage> m_language;
    DryRunSink m_dryRun;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QList<QPointer<ApiCall>> m_queue;
    int m_inFlight = 0;
};

} // namespace cube
