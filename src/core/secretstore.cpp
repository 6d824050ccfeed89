#include "secretstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <utility>

namespace cube {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "cube.keychain", QtInfoMsg)

SecretStoreError errorFrom(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStoreError::None;
    case QKeychain::EntryNotFound:
        return SecretStoreError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStoreError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStoreError::NoSecretService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStoreError::Failed;
}

// Starts `job` and hands its outcome to `done` while `context` lives. The job deletes itself.
void run(QKeychain::Job *job, QObject *context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         SecretStoreResult result;
                         result.error = errorFrom(finished->error());
                         if (!result.ok()) {
                             result.keychainText = finished->errorString();
                             // The key names the profile; the secret is never logged.
                             qCInfo(lcKeychain).noquote() << "keychain" << finished->key()
                                                          << "failed:" << result.keychainText;
                         } else if (auto *reader =
                                        qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             result.secret = reader->textData();
                         done(result);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

QString SecretStore::describe(SecretStoreError error)
{
    switch (error) {
    case SecretStoreError::None:
        return tr("The secret is in the keychain.");
    case SecretStoreError::NotFound:
        return tr("No secret is stored for this profile yet. Enter the secret issued with the "
                  "access code.");
    case SecretStoreError::NoSecretService:
        return tr("No keychain service is available. On Linux, install and start gnome-keyring "
                  "or KWallet, then try again.");
    case SecretStoreError::AccessDenied:
        return tr("The keychain refused access; it may be locked. Unlock your keyring (for "
                  "example by logging in again) and try again.");
    case SecretStoreError::Failed:
        break;
    }
    return tr("The keychain reported an error. Check that your keyring works, then try again.");
}

} // namespace cube
