#pragma once

#include "profiles/profile.h"
#include "transport/apicall.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ProfileDialog;
}

namespace cube {

class ApiError;
class CubeClient;
class ProfileSecrets;

// Creates or edits a connection profile, first run included. What a support person fills in
// comes first; the settings for a gateway unlike the vendor's (time stamps, time zone,
// certificates, paths, limits) wait under "Advanced settings". A field's problem (https, or
// http only to this computer; an access code; a secret for a new profile) is said once the
// person has typed in it, or on Save or Test, in space kept for it so that nothing moves. Test
// connection makes one cheap signed read with what is entered (the stored secret when the field
// is left empty). A team store's address is checked as it is typed; its password, like the
// secret, is left empty to keep the one in the keychain. Saving is the caller's job (the profile
// to QSettings, the secret and the team store's password to the keychain).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // `hasStoredSecret`: the profile's secret is in the keychain already, so the field may stay
    // empty (empty means "unchanged"). `storedSecrets`: where Test reads that secret when the
    // field is left empty (without it, Test needs the secret typed).
    ProfileDialog(QNetworkAccessManager *network, Profile profile, bool hasStoredSecret,
                  QWidget *parent = nullptr, ProfileSecrets *storedSecrets = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    QString secret() const;
    // The team store's password typed; empty: the one kept in the keychain, if any, stays.
    QString teamStorePassword() const;

protected:
    void changeEvent(QEvent *event) override;
    // Leaving the path overrides (a text box has no editingFinished) counts as having typed.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isBusy() const { return m_testCall != nullptr || m_readingSecret; }
    void retranslate();
    void fillChoices();
    void fillZones();
    void environmentChosen();
    void showAdvanced(bool shown);
    void reserveMessageSpace();
    // Every problem, in the order of the fields; the field each is about in `fields`.
    QStringList problems(QList<QWidget *> *fields = nullptr) const;
    void validate();
    // Before Save or Test: says every problem and goes to the first field to correct; false
    // when there is one.
    bool checkAll();
    void trySave();
    void testConnection();
    void testWith(const QString &secret);
    void showTestResult(const QString &text, bool ok);
    // What a failed Test connection means for the person at the dialog, with the server's own
    // code and words kept: a refused signed read is a wrong access code or secret.
    static QString explainTestFailure(const ApiError &error);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QNetworkAccessManager *m_network;
    Profile m_original;
    bool m_hasStoredSecret;
    // A password for the profile's team store is in the keychain (asked when the dialog opens).
    bool m_hasStoredTeamStorePassword = false;
    QPointer<ProfileSecrets> m_storedSecrets;
    std::unique_ptr<CubeClient> m_testClient;
    QPointer<ApiCall> m_testCall;
    bool m_readingSecret = false;
    QSet<const QWidget *> m_typedIn; // fields whose problems are said
    bool m_checkedAll = false;       // Save or Test was asked for: every problem is said
};

} // namespace cube
