#include "profiles/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
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

} // namespace

// Starts `job` and hands its outcome to `done` once, while `context` lives: the keychain's
// answer, or NoAnswer when none comes in time (a locked keychain may wait for a password
// prompt that a headless session never shows). The job deletes itself.
void SecretStore::run(QKeychain::Job *job, QObject *context, Callback done) const
{
    job->setAutoDelete(true);
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    QObject::connect(
        job, &QKeychain::Job::finished, context, [answered, callback](QKeychain::Job *finished) {
            if (std::exchange(*answered, true))
                return;
            SecretStoreResult result;
            result.error = errorFrom(finished->error());
            if (!result.ok()) {
                result.keychainText = finished->errorString();
                // The key names the profile; the secret is never logged.
                qCInfo(lcKeychain).noquote()
                    << "keychain" << finished->key() << "failed:" << result.keychainText;
            } else if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                result.secret = reader->textData();
            }
            (*callback)(result);
        });
    QTimer::singleShot(m_timeoutMs, context, [answered, callback] {
        if (std::exchange(*answered, true))
            return;
        (*callback)({SecretStoreError::NoAnswer, {}, {}});
    });
    job->start();
}

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
    case SecretStoreError::NoAnswer:
        return tr("The keychain did not answer; it may be locked and waiting for its password. "
                  "Unlock your keyring and try again.");
    case SecretStoreError::Failed:
        break;
    }
    return tr("The keychain reported an error. Check that your keyring works, then try again.");
}

} // namespace cube
