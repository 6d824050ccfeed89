#include "awaitresult.h"
#include "knownids.h"
#include "simulatoraccount.h"
#include "transport/cubeclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::ApiErrorKind;

namespace {

const QString iccid = u"89852022018041800192"_s;
const QString certificatePath = QStringLiteral(CUBE_TEST_DATA "/localhost-cert.pem");
const QString keyPath = QStringLiteral(CUBE_TEST_DATA "/localhost-key.pem");

// Just enough HTTPS: answers every complete request with a successful queryDevice envelope.
class TinyHttpsServer final : public QObject
{
public:
    bool listen()
    {
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(certificatePath));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QIODevice::readyRead, this, [this, socket] { serve(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int answered = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
        const qsizetype length =
            lengthAt < 0
                ? 0
                : buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"code"_s, u"0000"_s},
                                      {u"data"_s, QJsonObject{{u"device_id"_s, iccid}}}})
                .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        buffer.clear();
        ++answered;
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

// Certificate errors are errors: never ignored; a profile may name an extra CA bundle.
class TestTls : public QObject
{
    Q_OBJECT

private:
    cube::ApiResult<cube::SimCard> querySim(const QString &caBundle)
    {
        cube::ConnectionSettings settings;
        settings.baseUrl = m_server.baseUrl();
        settings.accessCode = u"P000270"_s;
        settings.caBundlePath = caBundle;
        cube::CubeClient client(&m_network, settings, "secret");
        return cube::test::awaitResult<cube::SimCard>(
            [&](auto done) { client.sim(cube::test::iccidOf(iccid), this, done); });
    }

    QNetworkAccessManager m_network;
    TinyHttpsServer m_server;

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS back end");
        QVERIFY(m_server.listen());
    }

    void untrustedCertificateIsATlsError()
    {
        const auto result = querySim({});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Tls);
        QVERIFY2(result.error().detail.contains(u"self"_s, Qt::CaseInsensitive),
                 qPrintable(result.error().detail));
        QVERIFY(result.error().message().contains(u"CA bundle"_s));
        QCOMPARE(m_server.answered, 0);
    }

    void profileCaBundleMakesItTrusted()
    {
        const auto result = querySim(certificatePath);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(result.value().iccid, iccid);
        QCOMPARE(m_server.answered, 1);
    }

    void aCaBundleThatCannotBeUsedSendsNothingAndSaysWhy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
        QTest::newRow("no certificate in it") << u"text"_s << u"holds no certificate"_s;
    }

    void aCaBundleThatCannotBeUsedSendsNothingAndSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QString bundle = dir.filePath(u"private-gateway-ca.pem"_s);
        if (kind == "folder"_L1) {
            QVERIFY(QDir(dir.path()).mkdir(u"private-gateway-ca.pem"_s));
        } else if (kind == "text"_L1) {
            QFile file(bundle);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        const int answeredBefore = m_server.answered;
        const auto result = querySim(bundle);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Tls);
        QVERIFY(!result.error().outcomeUnknown);
        const QString message = result.error().message();
        QVERIFY2(message.contains(QDir::toNativeSeparators(bundle)), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(u"Nothing was sent"_s), qPrintable(message));
        QCOMPARE(m_server.answered, answeredBefore);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
