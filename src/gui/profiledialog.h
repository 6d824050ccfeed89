#pragma once

#include "apicall.h"
#include "profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ProfileDialog;
}

namespace cube {

class CubeClient;

// Creates or edits a connection profile, first run included: fields are checked as typed
// (https, or http only to this computer; an access code; a secret for a new profile), and Test
// connection makes one cheap signed read with what is entered. Saving is the caller's job
// (the profile to QSettings, the secret to the keychain).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // `hasStoredSecret`: the profile's secret is in the keychain already, so the field may stay
    // empty (empty means "unchanged").
    ProfileDialog(QNetworkAccessManager *network, Profile profile, bool hasStoredSecret,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    QString secret() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool isTesting() const { return m_testCall != nullptr; }
    void retranslate();
    void fillChoices();
    void environmentChosen();
    void validate();
    void testConnection();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QNetworkAccessManager *m_network;
    Profile m_original;
    bool m_hasStoredSecret;
    std::unique_ptr<CubeClient> m_testClient;
    QPointer<ApiCall> m_testCall;
};

} // namespace cube
