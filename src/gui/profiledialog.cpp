#include "profiledialog.h"

#include "account/clientfactory.h"
#include "account/profilesecrets.h"
#include "contract/apierror.h"
#include "plaintext.h"
#include "transport/cubeclient.h"
#include "ui_profiledialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QLayout>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// Colours that tell profiles apart at a glance; red is for production.
struct NamedColor
{
    const char *name;
    const char16_t *value;
};
constexpr NamedColor profileColors[] = {
    {QT_TRANSLATE_NOOP("cube::ProfileDialog", "Blue"), u"#2c7bbf"},
    {QT_TRANSLATE_NOOP("cube::ProfileDialog", "Green"), u"#1e7b34"},
    {QT_TRANSLATE_NOOP("cube::ProfileDialog", "Orange"), u"#b26b00"},
    {QT_TRANSLATE_NOOP("cube::ProfileDialog", "Red (production)"), u"#a1261b"},
    {QT_TRANSLATE_NOOP("cube::ProfileDialog", "Purple"), u"#6c3483"},
};

// The offsets a server's clock is likely to keep, by the places that keep them (in winter where
// clocks change: a server's offset does not). A profile's own offset is offered too when it is
// not among them.
struct NamedZone
{
    int offsetMinutes;
    const char *places;
};
constexpr NamedZone serverZones[] = {
    {-8 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "US and Canada Pacific (winter)")},
    {-6 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Mexico, US and Canada Central (winter)")},
    {-5 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Colombia, Peru, US Eastern (winter)")},
    {-3 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Brazil (São Paulo), Argentina")},
    {0, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Universal time; UK and Portugal (winter)")},
    {1 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Central Europe (winter), Nigeria")},
    {2 * 60,
     QT_TRANSLATE_NOOP("cube::ProfileDialog", "South Africa, Egypt, Eastern Europe (winter)")},
    {3 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Moscow, Turkey, Saudi Arabia")},
    {4 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "United Arab Emirates")},
    {5 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Pakistan, Uzbekistan")},
    {5 * 60 + 30, QT_TRANSLATE_NOOP("cube::ProfileDialog", "India, Sri Lanka")},
    {7 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Thailand, Vietnam, Jakarta")},
    {8 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "China, Hong Kong, Singapore")},
    {9 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Japan, South Korea")},
    {10 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "Sydney, Melbourne (winter)")},
    {12 * 60, QT_TRANSLATE_NOOP("cube::ProfileDialog", "New Zealand (winter)")},
};

QHash<QString, QString> parseOverrides(const QString &text)
{
    QHash<QString, QString> overrides;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            overrides.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return overrides;
}

// Lines of text a label keeps room for, so that a message appearing moves nothing.
constexpr int messageLines = 3;

} // namespace

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, Profile profile, bool hasStoredSecret,
                             QWidget *parent, ProfileSecrets *storedSecrets)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_network(network)
    , m_original(std::move(profile))
    , m_hasStoredSecret(hasStoredSecret)
    , m_storedSecrets(storedSecrets)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    fillChoices();
    m_ui->nameEdit->setText(m_original.name);
    m_ui->environmentCombo->setCurrentIndex(int(m_original.environment));
    m_ui->urlEdit->setText(m_original.baseUrl.toString());
    m_ui->codeEdit->setText(m_original.accessCode);
    m_ui->timestampCombo->setCurrentIndex(
        m_original.timestampUnit == TimestampUnit::Milliseconds ? 1 : 0);
    m_ui->timeoutSpin->setValue(m_original.timeoutSeconds);
    fillZones();
    m_ui->caEdit->setText(m_original.caBundlePath);
    m_ui->connectionsSpin->setValue(m_original.limits.connections);
    m_ui->rateSpin->setValue(m_original.limits.queriesPerSecond);
    m_ui->quotaSpin->setGroupSeparatorShown(true);
    m_ui->quotaSpin->setValue(m_original.limits.dailyQuota);
    m_ui->pageSizeSpin->setValue(m_original.pageSize);
    m_ui->freshSpin->setValue(m_original.cacheFreshHours);
    m_ui->viewOnlyCheck->setChecked(m_original.viewOnly);
    m_ui->teamStoreEdit->setText(m_original.teamStore);
    if (m_storedSecrets && !m_original.id.isEmpty() && !m_original.teamStore.isEmpty())
        // Only to say "unchanged (kept in the keychain)" when there is one to keep.
        m_storedSecrets->teamStorePasswordFor(
            m_original.id, this, [this](const SecretStoreResult &stored) {
                m_hasStoredTeamStorePassword = stored.ok() && !stored.secret.isEmpty();
                retranslate();
            });
    m_ui->colorCombo->setCurrentIndex(qMax(0, m_ui->colorCombo->findData(m_original.color)));
    QStringList overrides;
    for (auto it = m_original.pathOverrides.cbegin(); it != m_original.pathOverrides.cend(); ++it)
        overrides.append(it.key() + u'=' + it.value());
    m_ui->pathsEdit->setPlainText(overrides.join(u'\n'));
    m_ui->pathsEdit->installEventFilter(this);
    // Four lines of overrides in view, without scrolling.
    m_ui->pathsEdit->setFixedHeight(m_ui->pathsEdit->fontMetrics().lineSpacing() * 4
                                    + 2 * m_ui->pathsEdit->frameWidth() + 8);

    connect(m_ui->environmentCombo, &QComboBox::activated, this, &ProfileDialog::environmentChosen);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &ProfileDialog::showAdvanced);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trusted certificates"), {},
                                                          tr("Certificates (*.pem *.crt)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::trySave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A field's problem is said once the person has typed in it, and from then on as it changes.
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->codeEdit, m_ui->secretEdit,
                            m_ui->teamStoreEdit, m_ui->caEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_typedIn.insert(edit);
            validate();
        });
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    }
    connect(m_ui->pathsEdit, &QPlainTextEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &ProfileDialog::validate);
    showAdvanced(false);
    retranslate();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        fillZones();
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        reserveMessageSpace();
    }
    QDialog::changeEvent(event);
}

bool ProfileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->pathsEdit && event->type() == QEvent::FocusOut
        && m_ui->pathsEdit->document()->isModified()) {
        m_typedIn.insert(m_ui->pathsEdit);
        validate();
    }
    return QDialog::eventFilter(watched, event);
}

void ProfileDialog::fillChoices()
{
    const int environment = m_ui->environmentCombo->currentIndex();
    m_ui->environmentCombo->clear();
    for (Environment each : {Environment::Uat, Environment::Production, Environment::Custom})
        m_ui->environmentCombo->addItem(Profile::environmentName(each));
    m_ui->environmentCombo->setCurrentIndex(qMax(0, environment));

    const int unit = m_ui->timestampCombo->currentIndex();
    m_ui->timestampCombo->clear();
    m_ui->timestampCombo->addItem(tr("Seconds (what the vendor's servers expect)"));
    m_ui->timestampCombo->addItem(tr("Milliseconds"));
    m_ui->timestampCombo->setCurrentIndex(qMax(0, unit));

    const QVariant color = m_ui->colorCombo->currentData();
    m_ui->colorCombo->clear();
    for (const NamedColor &each : profileColors)
        m_ui->colorCombo->addItem(tr(each.name), QString::fromUtf16(each.value));
    m_ui->colorCombo->setCurrentIndex(qMax(0, m_ui->colorCombo->findData(color)));
}

void ProfileDialog::fillZones()
{
    // The offset stays what the profile stores; only the words beside it are new.
    const QVariant chosen = m_ui->zoneCombo->currentData();
    const int offset =
        chosen.isValid() ? chosen.toInt() : m_original.serverTimeZone.offsetMinutes();
    m_ui->zoneCombo->clear();
    for (const NamedZone &zone : serverZones) {
        QString text =
            tr("%1 — %2").arg(ServerTimeZone::offsetName(zone.offsetMinutes), tr(zone.places));
        if (zone.offsetMinutes == ServerTimeZone::vendorOffsetMinutes)
            text = tr("%1 (the vendor's servers)").arg(text);
        m_ui->zoneCombo->addItem(text, zone.offsetMinutes);
    }
    if (m_ui->zoneCombo->findData(offset) < 0) {
        // An offset no place above keeps: offered as it is, in its place among the others.
        int row = 0;
        while (row < m_ui->zoneCombo->count() && m_ui->zoneCombo->itemData(row).toInt() < offset)
            ++row;
        m_ui->zoneCombo->insertItem(row, ServerTimeZone::offsetName(offset), offset);
    }
    m_ui->zoneCombo->setCurrentIndex(m_ui->zoneCombo->findData(offset));
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New connection profile")
                                           : tr("Edit connection profile"));
    m_ui->secretEdit->setPlaceholderText(m_hasStoredSecret
                                             ? tr("Unchanged (kept in the keychain)")
                                             : tr("The secret issued with the access code"));
    // The form of the address, in words a person reads in either language.
    m_ui->teamStoreEdit->setPlaceholderText(tr("postgresql://host:5432/cube"));
    m_ui->teamStorePasswordEdit->setPlaceholderText(m_hasStoredTeamStorePassword
                                                        ? tr("Unchanged (kept in the keychain)")
                                                        : tr("Only when the team store needs one"));
    m_ui->caEdit->setPlaceholderText(tr("Only for a gateway with a private certificate authority"));
    m_ui->pathsEdit->setPlaceholderText(u"queryDeviceList=/device/list"_s);
    m_ui->pathsHintLabel->setText(
        tr("Only when the server answers “no such path” for an operation: one operation=path a "
           "line. The “no such path” message names the path to try."));
    // Where a guessed path answers "no such path", these are the ones to try first.
    QStringList suggestions;
    for (Operation operation : allOperations())
        if (const QString path = suggestedPath(operation); !path.isEmpty())
            suggestions.append(operationInfo(operation).nameString() + u'=' + path);
    m_ui->pathsEdit->setToolTip(tr("If a guessed path answers “no such path”, try:") + u"\n"_s
                                + suggestions.join(u'\n'));
    reserveMessageSpace();
    validate();
}

void ProfileDialog::reserveMessageSpace()
{
    for (QLabel *label : {m_ui->problemsLabel, m_ui->testResultLabel})
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * messageLines);
}

void ProfileDialog::showAdvanced(bool shown)
{
    {
        const QSignalBlocker blocker(m_ui->advancedToggle);
        m_ui->advancedToggle->setChecked(shown);
    }
    m_ui->advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedBox->setVisible(shown);
    if (!isVisible())
        return;
    // As high as the wrapped texts need at this width (a window's minimum size does not count
    // them); closed again, the dialog gives back the room the advanced settings took.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    resize(width(), qMax(needed, minimumSizeHint().height()));
}

void ProfileDialog::environmentChosen()
{
    const auto environment = Environment(m_ui->environmentCombo->currentIndex());
    if (environment != Environment::Custom)
        m_ui->urlEdit->setText(Profile::defaultBaseUrl(environment).toString());
    if (environment == Environment::Production)
        m_ui->colorCombo->setCurrentIndex(m_ui->colorCombo->findData(u"#a1261b"_s));
}

Profile ProfileDialog::profile() const
{
    Profile profile = m_original;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.environment = Environment(m_ui->environmentCombo->currentIndex());
    profile.baseUrl = QUrl(m_ui->urlEdit->text().trimmed());
    profile.accessCode = m_ui->codeEdit->text().trimmed();
    profile.timestampUnit = m_ui->timestampCombo->currentIndex() == 1 ? TimestampUnit::Milliseconds
                                                                      : TimestampUnit::Seconds;
    profile.timeoutSeconds = m_ui->timeoutSpin->value();
    profile.serverTimeZone = ServerTimeZone(m_ui->zoneCombo->currentData().toInt());
    profile.caBundlePath = m_ui->caEdit->text().trimmed();
    profile.limits.connections = m_ui->connectionsSpin->value();
    profile.limits.queriesPerSecond = m_ui->rateSpin->value();
    profile.limits.dailyQuota = m_ui->quotaSpin->value();
    profile.pageSize = m_ui->pageSizeSpin->value();
    profile.cacheFreshHours = m_ui->freshSpin->value();
    profile.viewOnly = m_ui->viewOnlyCheck->isChecked();
    profile.teamStore = m_ui->teamStoreEdit->text().trimmed();
    profile.color = m_ui->colorCombo->currentData().toString();
    profile.pathOverrides = parseOverrides(m_ui->pathsEdit->toPlainText());
    return profile;
}

QString ProfileDialog::secret() const
{
    return m_ui->secretEdit->text().trimmed();
}

QString ProfileDialog::teamStorePassword() const
{
    return m_ui->teamStorePasswordEdit->text(); // spaces may be the password's own
}

QStringList ProfileDialog::problems(QList<QWidget *> *fields) const
{
    const Profile current = profile();
    // A profile right in all but one field tells which of the profile's problems that field
    // causes (the profile's own rules and words, tied to the field to correct).
    Profile right;
    right.name = u"-"_s;
    right.accessCode = u"-"_s;
    const auto causedBy = [&](auto setField) {
        Profile probe = right;
        setField(probe);
        return probe.problems();
    };
    QStringList secretProblems;
    if (secret().isEmpty() && !m_hasStoredSecret)
        secretProblems.append(tr("Enter the secret issued with the access code."));
    const QList<std::pair<QWidget *, QStringList>> byField = {
        {m_ui->nameEdit, causedBy([&](Profile &p) { p.name = current.name; })},
        {m_ui->urlEdit, causedBy([&](Profile &p) { p.baseUrl = current.baseUrl; })},
        {m_ui->codeEdit, causedBy([&](Profile &p) { p.accessCode = current.accessCode; })},
        {m_ui->secretEdit, secretProblems},
        {m_ui->teamStoreEdit, causedBy([&](Profile &p) { p.teamStore = current.teamStore; })},
        {m_ui->pathsEdit, causedBy([&](Profile &p) { p.pathOverrides = current.pathOverrides; })},
    };
    QStringList found;
    for (const auto &[field, problems] : byField) {
        for (const QString &problem : problems) {
            found.append(problem);
            if (fields)
                fields->append(field);
        }
    }
    for (const QString &problem : current.problems()) {
        if (found.contains(problem))
            continue;
        found.append(problem); // a limit out of range: said on Save or Test
        if (fields)
            fields->append(nullptr);
    }
    return found;
}

void ProfileDialog::validate()
{
    QList<QWidget *> fields;
    const QStringList all = problems(&fields);
    QStringList shown;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (m_checkedAll || m_typedIn.contains(fields.at(i)))
            shown.append(all.at(i));
    m_ui->problemsLabel->setText(shown.join(u'\n'));
    m_ui->problemsLabel->setAccessibleDescription(m_ui->problemsLabel->text());
    // A password is for a team store: without one, there is nothing to type it for.
    m_ui->teamStorePasswordEdit->setEnabled(!m_ui->teamStoreEdit->text().trimmed().isEmpty());
    // Save and Test stay at hand: pressed with something missing, they say what.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!isBusy());
    m_ui->testButton->setEnabled(!isBusy());
}

bool ProfileDialog::checkAll()
{
    m_checkedAll = true;
    validate();
    QList<QWidget *> fields;
    if (problems(&fields).isEmpty())
        return true;
    if (QWidget *first = fields.constFirst()) {
        if (m_ui->advancedBox->isAncestorOf(first))
            showAdvanced(true);
        first->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

void ProfileDialog::trySave()
{
    if (!isBusy() && checkAll())
        accept();
}

void ProfileDialog::testConnection()
{
    if (isBusy() || !checkAll())
        return;
    if (!secret().isEmpty())
        return testWith(secret());
    // Editing a profile: the secret left empty is the one in the keychain.
    if (!m_hasStoredSecret || !m_storedSecrets)
        return showTestResult(tr("Type the secret to test the connection with it."), false);
    m_readingSecret = true;
    showTestResult(tr("Testing…"), true);
    validate();
    m_storedSecrets->secretFor(m_original.id, this, [this](const SecretStoreResult &stored) {
        m_readingSecret = false;
        if (stored.ok())
            return testWith(stored.secret);
        showTestResult(SecretStore::describe(stored.error) + u' '
                           + tr("Type the secret to test the connection with it."),
                       false);
        validate();
    });
}

void ProfileDialog::testWith(const QString &secret)
{
    // A cheap signed read: the first SIM card of the account.
    m_testClient = ClientFactory(m_network).forProfile(profile(), secret);
    showTestResult(tr("Testing…"), true);
    m_testCall = m_testClient->listSims(1, 1, this, [this](const ApiResult<SimPage> &result) {
        m_testCall = nullptr;
        if (result.ok())
            showTestResult(tr("Connected: the account has %Ln SIM card(s).", nullptr,
                              int(result.value().page.totalCount)),
                           true);
        else
            showTestResult(explainTestFailure(result.error()), false);
        validate();
    });
    validate();
}

void ProfileDialog::showTestResult(const QString &text, bool ok)
{
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setStyleSheet(ok ? u"color: #1e7b34;"_s : u"color: #a1261b;"_s);
}

QString ProfileDialog::explainTestFailure(const ApiError &error)
{
    // The test read carries nothing but the account's access code, its signature and the time:
    // a refusal is about one of them. The codes alone decide nothing (4010 to 4013 are the
    // simulator's, not the vendor's), so any refusal reads as one, with the server's words kept.
    const bool refused = error.kind == ApiErrorKind::Server
                         || (error.kind == ApiErrorKind::HttpStatus
                             && (error.httpStatus == 401 || error.httpStatus == 403));
    if (!refused || error.isNoSuchPath())
        return error.message();
    QString serverSaid;
    if (error.kind == ApiErrorKind::HttpStatus)
        serverSaid = tr("(The server answered HTTP %1.)").arg(error.httpStatus);
    else if (error.serverMessage.isEmpty())
        serverSaid = tr("(The server's code: %1.)").arg(error.serverCode);
    else
        serverSaid =
            tr("(The server said: %1, code %2.)").arg(error.serverMessage, error.serverCode);
    const bool aboutTime = error.serverCode == u"4012"_s
                           || error.serverMessage.contains(u"timestamp"_s, Qt::CaseInsensitive)
                           || error.serverMessage.contains(u"时间戳"_s);
    if (aboutTime)
        return tr("%1 %2", "two sentences")
            .arg(tr("The server did not accept the request's time: check this computer's clock "
                    "and, in the advanced settings, the unit request times are sent in."),
                 serverSaid);
    // Only a refusal that speaks of the signature, the secret or the access code (or an HTTP
    // 401/403) sends the person to them; "busy" or an account problem must not.
    static const QStringList credentialWords{u"sign"_s, u"secret"_s, u"access"_s, u"auth"_s,
                                             u"签名"_s, u"密钥"_s,   u"接入"_s,   u"认证"_s,
                                             u"鉴权"_s, u"授权"_s};
    const bool aboutCredentials =
        error.kind == ApiErrorKind::HttpStatus
        || std::any_of(credentialWords.cbegin(), credentialWords.cend(), [&](const QString &word) {
               return error.serverMessage.contains(word, Qt::CaseInsensitive);
           });
    if (aboutCredentials)
        return tr("%1 %2", "two sentences")
            .arg(tr("The server did not accept the secret: check the access code and the secret."),
                 serverSaid);
    return tr("%1 %2", "two sentences")
        .arg(tr("The server refused the test read; its words may say why."), serverSaid);
}

} // namespace cube
