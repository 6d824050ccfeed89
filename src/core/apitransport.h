#pragma once

#include "apicallhost.h"
#include "clientoptions.h"
#include "connectionsettings.h"
#include "operationtable.h"
#include "requestsigner.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cube {

class ApiCall;

// Sends Cube operations over one injected QNetworkAccessManager: adds the common fields
// (access_code, timestamp in the profile's unit, version), signs, sets Accept-Language from
// the UI's language and Content-Type, and keeps at most `maxRequestsInFlight` requests on the
// wire, queueing the rest in order.
class ApiTransport final
    : public QObject
    , private ApiCallHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)

public:
    ApiTransport(QNetworkAccessManager *network, ConnectionSettings settings, QByteArray secret,
                 ClientOptions options, QObject *parent = nullptr);
    ~ApiTransport() override;

    const ConnectionSettings &settings() const override { return m_settings; }
    const ClientOptions &options() const { return m_options; }

    // Queues `operation` with its own `fields`. `subject` names the order or SIM a write is
    // about, for its messages. The call deletes itself after finished().
    ApiCall *send(Operation operation, QJsonObject fields, QString subject = {});

    Journal *journal() const override { return m_options.journal.get(); }
    JournalEntry journalEntry(Operation operation, const QJsonObject &fields) const override;

    // A call that finishes with `error` without sending anything (input that cannot be right).
    ApiCall *refuse(Operation operation, ApiError error);

private:
    std::optional<ApiError> withheld(Operation operation, const QJsonObject &fields) override;
    QNetworkReply *post(Operation operation, const QJsonObject &fields) override;
    void forgetConnections() override;

    // The operation's fields with the common ones (a fresh timestamp), signed, and its URL.
    PreparedRequest prepare(Operation operation, const QJsonObject &fields) const;
    UiLanguage language() const;
    void startQueued();
    QString timestamp() const;

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    OperationTable m_operations;
    RequestSigner m_signer;
    ClientOptions m_options;
    QList<QPointer<ApiCall>> m_queue;
    int m_inFlight = 0;
};

} // namespace cube
