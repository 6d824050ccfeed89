#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace cube {

// What a keychain operation came to, in words the support engineer can act on.
enum class SecretStoreError {
    None,
    NotFound,        // no secret stored under the key yet: ask for one
    NoSecretService, // no keychain service is running or installed
    AccessDenied,    // locked keychain, or the person refused access
    NoAnswer,        // no answer in time (often: locked, awaiting a password prompt)
    Failed,          // anything else the keychain reported
};

struct SecretStoreResult
{
    SecretStoreError error = SecretStoreError::None;
    QString secret;       // set by a successful read only
    QString keychainText; // the keychain's own words, for the details of a message

    bool ok() const { return error == SecretStoreError::None; }
};

// The account secrets, kept in the operating system's keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) through QtKeychain, one entry per key under one
// service name. Never a file, never QSettings, never QtKeychain's insecure fallback.
//
// Every call is asynchronous; `done` runs on the event loop unless `context` was destroyed first.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretStoreResult &)>;

    explicit SecretStore(QString serviceName, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // What happened and what to do, in the UI's language.
    static QString describe(SecretStoreError error);

private:
    void run(QKeychain::Job *job, QObject *context, Callback done) const;

    QString m_serviceName;
    int m_timeoutMs = 20000;
};

} // namespace cube
