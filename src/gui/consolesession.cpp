#include "consolesession.h"

#include "account/account.h"
#include "account/clientfactory.h"
#include "account/profilesecrets.h"
#include "attention/attentionrefresh.h"
#include "base/teamstoredatabase.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "notify.h"
#include "plaintext.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace cube {

ConsoleSession::ConsoleSession(QNetworkAccessManager *network, ProfileStore *profiles,
                               ProfileSecrets *secrets, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(u"connectionMenu"_s);
    // After File, before Edit: found by name, so a change to the form's menus cannot move it.
    auto *editMenu = window->findChild<QMenu *>(u"editMenu"_s);
    window->menuBar()->insertMenu(editMenu ? editMenu->menuAction() : nullptr, m_menu);
    rebuildMenu();
    window->installEventFilter(this);
}

bool ConsoleSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        rebuildMenu();
    return QObject::eventFilter(watched, event);
}

ConsoleSession::~ConsoleSession()
{
    // The window's pages use the account: detach them before it goes.
    if (m_window)
        m_window->setAccount(nullptr, {});
}

void ConsoleSession::start()
{
    const auto active = m_profiles->profile(m_profiles->activeId());
    if (active)
        return connectTo(*active);
    const QList<Profile> all = m_profiles->profiles();
    if (!all.isEmpty())
        return connectTo(all.constFirst());
    // First run: nothing to connect to yet.
    Profile first;
    first.name = tr("My Cube account");
    editProfile(first, false);
}

void ConsoleSession::rebuildMenu()
{
    m_menu->clear();
    m_menu->setTitle(tr("&Connection"));
    m_menu->addAction(tr("&New profile…"), this, [this] { editProfile(Profile(), false); });
    QAction *edit = m_menu->addAction(tr("&Edit profile…"), this, [this] {
        if (const auto active = m_profiles->profile(m_profiles->activeId()))
            editProfile(*active, true);
    });
    QAction *duplicate = m_menu->addAction(tr("D&uplicate profile…"), this, [this] {
        // The copy needs its own secret: keychain entries are per profile.
        if (const auto copy = m_profiles->duplicate(m_profiles->activeId()))
            editProfile(*copy, false);
    });
    QAction *remove =
        m_menu->addAction(tr("&Delete profile…"), this, &ConsoleSession::deleteActive);
    const bool hasActive = m_profiles->profile(m_profiles->activeId()).has_value();
    for (QAction *action : {edit, duplicate, remove})
        action->setEnabled(hasActive);
    m_menu->addSeparator();
    QAction *clearCache =
        m_menu->addAction(tr("C&lear SIM list cache"), m_window, &MainWindow::clearFleetCache);
    clearCache->setObjectName(u"clearCacheAction"_s);
    m_menu->addSeparator();
    for (const Profile &profile : m_profiles->profiles()) {
        const QString name =
            profile.viewOnly ? tr("%1 (view only)").arg(profile.name) : profile.name;
        QAction *use = m_menu->addAction(name, this, [this, id = profile.id] {
            if (const auto chosen = m_profiles->profile(id))
                connectTo(*chosen);
        });
        use->setCheckable(true);
        use->setChecked(profile.id == m_profiles->activeId());
    }
}

void ConsoleSession::editProfile(const Profile &profile, bool hasStoredSecret)
{
    auto *dialog = new ProfileDialog(m_network, profile, hasStoredSecret, m_window, m_secrets);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        saveProfile(dialog->profile(), dialog->secret(), dialog->teamStorePassword());
    });
    dialog->open();
}

void ConsoleSession::saveProfile(Profile profile, const QString &secret,
                                 const QString &teamStorePassword)
{
    profile.id = m_profiles->save(profile);
    m_profiles->setActiveId(profile.id);
    rebuildMenu();
    keepTeamStorePassword(profile, teamStorePassword, [this, profile, secret] {
        if (secret.isEmpty())
            return connectTo(profile); // the secret in the keychain stays as it is
        m_secrets->store(profile.id, secret, this,
                         [this, profile, secret](const SecretStoreResult &result) {
                             if (result.ok())
                                 return connectWithSecret(profile, secret);
                             offerSessionSecret(profile, secret, result);
                         });
    });
}

void ConsoleSession::keepTeamStorePassword(const Profile &profile, const QString &password,
                                           const std::function<void()> &then)
{
    if (profile.teamStore.trimmed().isEmpty()) {
        // No store to reach: its password is kept nowhere. A keychain that refuses to let it
        // go keeps an entry nobody reads; nothing to ask the person about.
        m_secrets->forgetTeamStorePassword(profile.id, this,
                                           [then](const SecretStoreResult &) { then(); });
        return;
    }
    if (password.isEmpty())
        return then(); // the one in the keychain, if any, stays
    m_secrets->storeTeamStorePassword(
        profile.id, password, this,
        [this, profile, password, then](const SecretStoreResult &result) {
            if (!result.ok()) {
                // The store is reached all the same this session; the person learns why the
                // password will be asked for again.
                m_secrets->keepTeamStorePasswordForSession(profile.id, password);
                showWarning(m_window, tr("Team store"),
                            tr("The team store's password could not be saved: %1 It is used for "
                               "this session only.")
                                .arg(SecretStore::describe(result.error)));
            }
            then();
        });
}

void ConsoleSession::connectTo(const Profile &profile)
{
    m_profiles->setActiveId(profile.id);
    rebuildMenu();
    m_secrets->secretFor(profile.id, this, [this, profile](const SecretStoreResult &result) {
        if (result.ok())
            return connectWithSecret(profile, result.secret);
        // No secret (first use, a reset keychain, or a locked one that reads as empty): ask.
        if (result.error != SecretStoreError::NotFound)
            showWarning(m_window, tr("Keychain"), SecretStore::describe(result.error));
        editProfile(profile, false);
    });
}

void ConsoleSession::connectWithSecret(const Profile &profile, const QString &secret)
{
    if (profile.teamStore.trimmed().isEmpty())
        return useSecret(profile, secret, {});
    m_secrets->teamStorePasswordFor(
        profile.id, this, [this, profile, secret](const SecretStoreResult &result) {
            if (!result.ok())
                // Said as for the secret; the store is tried without a password of ours
                // (libpq may find one), and says so if it cannot be reached.
                showWarning(m_window, tr("Keychain"),
                            tr("The team store's password could not be read. %1")
                                .arg(SecretStore::describe(result.error)));
            useSecret(profile, secret, result.secret);
        });
}

void ConsoleSession::useSecret(const Profile &profile, const QString &secret,
                               const QString &teamStorePassword)
{
    if (m_window)
        m_window->setAccount(nullptr, {});
    const int attempt = ++m_connectionAttempt;
    const TeamStore store{profile.teamStore, teamStorePassword};
    if (!store.isSet())
        return useJournal(profile, secret, m_journal);
    // Reached first from a worker: a store that does not answer (a dropped network, a firewall)
    // would otherwise hold the window for the connect time-out, and then the journal, the notes
    // and the watchlist would each wait again (TeamStoreDatabase::reach).
    if (m_window)
        m_window->statusBar()->showMessage(
            tr("Connecting to the team store %1…").arg(store.shown()));
    auto *reaching = new QFutureWatcher<QString>(this);
    connect(reaching, &QFutureWatcherBase::finished, this,
            [this, reaching, attempt, profile, secret, store] {
                reaching->deleteLater();
                if (attempt != m_connectionAttempt)
                    return; // another profile was chosen meanwhile
                if (m_window)
                    m_window->statusBar()->clearMessage();
                useJournal(profile, secret, std::make_shared<Journal>(store));
            });
    reaching->setFuture(QtConcurrent::run([store] { return TeamStoreDatabase::reach(store); }));
}

void ConsoleSession::useJournal(const Profile &profile, const QString &secret,
                                std::shared_ptr<Journal> journal)
{
    m_account = ClientFactory(m_network, m_clientOptions, m_journal)
                    .accountForProfileIn(std::move(journal), profile, secret);
    // What needs attention is the profile's to say; rules edited in the tab are kept with it.
    m_account->attention().setRules(profile.attention);
    if (m_window) {
        m_window->setAttentionRulesKeeper([this, id = profile.id](const AttentionRules &rules) {
            keepAttentionRules(id, rules);
        });
        m_window->setAccount(
            m_account.get(), [this, profile] { return describe(profile); }, profile.color);
    }
    warnIfTeamStoreUnreachable();
    emit connected(profile.id);
}

void ConsoleSession::warnIfTeamStoreUnreachable()
{
    const Journal *journal = m_account->journal();
    if (!journal || !journal->teamStore().isSet() || journal->isOpen())
        return;
    showWarning(m_window, tr("Team store"),
                tr("The team store %1 cannot be reached: %2\n\nThe console shows what it reads, "
                   "but sends no change until the team store can be reached: check the network "
                   "and the profile's team store address and password, or ask whoever runs the "
                   "team's server, then choose the profile again in the Connection menu.")
                    .arg(journal->path(), journal->problem()));
}

void ConsoleSession::keepAttentionRules(const QString &profileId, const AttentionRules &rules)
{
    // Read again: the profile may have been edited since the account was made from it.
    std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    profile->attention = rules;
    m_profiles->save(*profile);
}

QString ConsoleSession::describe(const Profile &profile) const
{
    const QString session =
        m_secrets->isSessionOnly(profile.id) ? tr(" — secret for this session only") : QString();
    return tr("%1 (%2) at %3, account %4")
               .arg(profile.name, Profile::environmentName(profile.environment),
                    profile.baseUrl.toDisplayString(), profile.accessCode)
           + session;
}

void ConsoleSession::offerSessionSecret(const Profile &profile, const QString &secret,
                                        const SecretStoreResult &failure)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("The secret could not be saved"),
                        SecretStore::describe(failure.error), QMessageBox::Cancel, m_window);
    box->setObjectName(u"sessionSecretBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("You can use the secret for this session only: it is kept in memory "
                               "and never written. You will be asked again next time."));
    showAsPlainText(box); // the keychain's own words, as it wrote them
    QPushButton *sessionOnly =
        box->addButton(tr("Use for this &session only"), QMessageBox::AcceptRole);
    sessionOnly->setObjectName(u"sessionOnlyButton"_s);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, profile, secret, sessionOnly](QAbstractButton *button) {
                if (button != sessionOnly)
                    return;
                m_secrets->keepForSession(profile.id, secret);
                connectWithSecret(profile, secret);
            });
    box->open();
}

void ConsoleSession::deleteActive()
{
    const auto active = m_profiles->profile(m_profiles->activeId());
    if (!active)
        return;
    askToConfirm(m_window, this, tr("Delete profile"),
                 tr("Delete the profile \"%1\" and its secret in the keychain?").arg(active->name),
                 [this, id = active->id] {
                     m_secrets->deleteProfile(
                         *m_profiles, id, this, [this](const SecretStoreResult &result) {
                             if (!result.ok()) {
                                 showWarning(m_window, tr("Delete profile"),
                                             SecretStore::describe(result.error));
                                 return;
                             }
                             if (m_window)
                                 m_window->setAccount(nullptr, {});
                             m_account.reset();
                             rebuildMenu();
                         });
                 });
}

} // namespace cube
