#pragma once

#include "contract/operationtable.h"
#include "transport/apicallhost.h"
#include "transport/clientoptions.h"
#include "transport/connectionsettings.h"
#include "transport/requestgovernor.h"
#include "transport/requestsigner.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cube {

class ApiCall;
class QuotaMeter;

// Sends Cube operations over one injected QNetworkAccessManager: adds the common fields
// (access_code, timestamp in the profile's unit, version), signs, sets Accept-Language from
// the UI's language and Content-Type, and lets each attempt leave only when its governor gives
// it a turn within the gateway's limits. Every request that leaves is counted in the quota
// meter that the journal's file keeps. Writes are recorded through the narrow JournalRecorder
// the options name; the journal itself is the account's.
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

    JournalEntry journalEntry(Operation operation, const QJsonObject &fields) const override;

    // A call that finishes with `error` without sending anything (input that cannot be right).
    ApiCall *refuse(Operation operation, ApiError error);

    RequestGovernor &governor() override { return m_governor; }
    bool dailyQuotaSpent() const override;
    // The queries sent to this account today (the server's day) by every program on this
    // computer; nothing without a journal to count in.
    std::optional<qint64> queriesToday() const;

signals:
    // A request left and was counted (the quota meter changed).
    void counted();

private:
    JournalRecorder *recorder() const override { return m_options.recorder.get(); }
    std::optional<ApiError> withheld(Operation operation, const QJsonObject &fields) override;
    QNetworkReply *post(Operation operation, const QJsonObject &fields) override;
    void forgetConnections() override;

    // The operation's fields with the common ones (a fresh timestamp), signed, and its URL.
    PreparedRequest prepare(Operation operation, const QJsonObject &fields) const;
    UiLanguage language() const;
    QString timestamp() const;

    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_caCertificates; // the profile's CA bundle, as last read
    ConnectionSettings m_settings;
    OperationTable m_operations;
    RequestSigner m_signer;
    ClientOptions m_options;
    RequestGovernor m_governor;
    std::unique_ptr<QuotaMeter> m_quota;
    QString m_quotaAccount;
};

} // namespace cube
