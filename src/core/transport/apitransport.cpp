#include "transport/apitransport.h"

#include "journal/journalrecorder.h"
#include "transport/apicall.h"
#include "transport/apilogging.h"
#include "transport/cabundle.h"
#include "transport/quotameter.h"
#include "transport/singleusebody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The gateway whose limits the programs on this computer share: its scheme, host and port (the
// scheme's own when the URL names none, so that https://h and https://h:443 are one gateway).
QString gatewayKey(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    const int port = baseUrl.port(scheme == u"https"_s ? 443 : 80);
    return u"%1://%2:%3"_s.arg(scheme, baseUrl.host().toLower()).arg(port);
}

} // namespace

ApiTransport::ApiTransport(QNetworkAccessManager *network, ConnectionSettings settings,
                           QByteArray secret, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_operations(m_settings.pathOverrides)
    , m_signer(std::move(secret))
    , m_options(std::move(options))
    , m_governor(m_settings.limits, gatewayKey(m_settings.baseUrl), m_settings.transferTimeout)
{
    if (!m_options.clock)
        m_options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    if (m_options.recorder && m_options.recorder->isOpen()) {
        m_quota = std::make_unique<QuotaMeter>(m_options.recorder->path(),
                                               m_options.recorder->teamStore());
        m_quotaAccount = QuotaMeter::accountKey(m_settings);
    }
}

ApiTransport::~ApiTransport()
{
    // Calls still going release their places in the governor as they go: before it does.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

ApiCall *ApiTransport::send(Operation operation, QJsonObject fields, QString subject)
{
    // Read for every call, so that a bundle put right is used at once. One named that cannot
    // be used is never passed over: nothing would tell why the server is then not trusted.
    const CaBundle bundle = CaBundle::read(m_settings.caBundlePath);
    if (!bundle.problem().isEmpty()) {
        ApiError error;
        error.kind = ApiErrorKind::Tls;
        error.caBundle = m_settings.caBundlePath;
        error.detail = bundle.problem();
        return refuse(operation, std::move(error));
    }
    m_caCertificates = bundle.certificates();
    auto *call = new ApiCall(*this, operation, std::move(fields), std::move(subject), this);
    // Started from the event loop, so that the caller connects to finished() first.
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiTransport::refuse(Operation operation, ApiError error)
{
    auto *call = new ApiCall(*this, operation, {}, {}, this);
    call->refuse(std::move(error));
    return call;
}

bool ApiTransport::dailyQuotaSpent() const
{
    const std::optional<qint64> used = queriesToday();
    return used && *used >= m_settings.limits.dailyQuota;
}

std::optional<qint64> ApiTransport::queriesToday() const
{
    if (!m_quota)
        return std::nullopt;
    return m_quota->used(m_quotaAccount, m_settings.serverTimeZone.dateAt(m_options.clock()));
}

void ApiTransport::forgetConnections()
{
    // Once nothing is on the wire: clearing the cache closes every connection to the host,
    // and would cut off the requests still on their way.
    m_governor.whenIdle([network = m_network] { network->clearConnectionCache(); });
}

UiLanguage ApiTransport::language() const
{
    if (m_options.language)
        return *m_options.language;
    return QLocale().language() == QLocale::Chinese ? UiLanguage::SimplifiedChinese
                                                    : UiLanguage::English;
}

QString ApiTransport::timestamp() const
{
    const QDateTime now = m_options.clock();
    return m_settings.timestampUnit == TimestampUnit::Milliseconds
               ? QString::number(now.toMSecsSinceEpoch())
               : QString::number(now.toSecsSinceEpoch());
}

PreparedRequest ApiTransport::prepare(Operation operation, const QJsonObject &fields) const
{
    QJsonObject body = fields;
    body.insert(u"access_code"_s, m_settings.accessCode);
    body.insert(u"timestamp"_s, timestamp());
    body.insert(u"version"_s, u"2.0"_s);

    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0)
                + m_operations.path(operation));
    return {operation, url, language(), m_signer.signedCopy(body)};
}

JournalEntry ApiTransport::journalEntry(Operation operation, const QJsonObject &fields) const
{
    JournalEntry entry;
    entry.operation = operation;
    entry.fields = fields;
    // What the write is about: the order, or the SIM cards (many for a batch plan order).
    for (const QString &key : {u"order_code"_s, u"order_id"_s, u"device_id"_s})
        if (fields.value(key).isString())
            entry.subjects.append(fields.value(key).toString());
    for (const QJsonValue &iccid : fields.value(u"deviceList"_s).toArray())
        entry.subjects.append(iccid.toString());
    entry.reason = fields.value(u"ahead_finish_cause"_s).toString();
    entry.profile = m_options.journalSource.profile;
    entry.origin = m_options.journalSource.origin;
    entry.osUser = m_options.journalSource.osUser;
    entry.fullName = m_options.journalSource.fullName;
    entry.host = m_options.journalSource.host;
    entry.accessCode = m_settings.accessCode;
    entry.baseUrl = m_settings.baseUrl.toString(QUrl::RemoveUserInfo);
    return entry;
}

std::optional<ApiError> ApiTransport::withheld(Operation operation, const QJsonObject &fields)
{
    if (!m_options.writeGate)
        return std::nullopt;
    return m_options.writeGate(prepare(operation, fields));
}

QNetworkReply *ApiTransport::post(Operation operation, const QJsonObject &fields)
{
    const PreparedRequest prepared = prepare(operation, fields);
    const QUrl &url = prepared.url;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept-Language", acceptLanguageTag(prepared.language).toLatin1());
    // The Cube API never redirects: a redirect is reported, never followed, so that no request
    // (and no signed body) goes to a host the profile does not name.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == "https"_L1 && !m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    qCDebug(lcApi).noquote() << "POST" << url.toDisplayString() << "language"
                             << acceptLanguageTag(prepared.language) << maskedForLog(prepared.body);
    const QByteArray bytes = QJsonDocument(prepared.body).toJson(QJsonDocument::Compact);
    if (m_quota) {
        m_quota->count(m_quotaAccount, m_settings.serverTimeZone.dateAt(m_options.clock()));
        emit counted();
    }
    if (!operationInfo(operation).write)
        return m_network->post(request, bytes);
    // A write goes out once or not at all (see SingleUseBody).
    request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *once = new SingleUseBody(bytes);
    QNetworkReply *reply = m_network->post(request, once);
    once->setParent(reply);
    return reply;
}

} // namespace cube
