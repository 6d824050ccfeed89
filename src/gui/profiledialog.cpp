#include "profiledialog.h"

#include "clientfactory.h"
#include "cubeclient.h"
#include "ui_profiledialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

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

} // namespace

ProfileDialog::ProfileDialog(QNetworkAccessManager *network, Profile profile, bool hasStoredSecret,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_network(network)
    , m_original(std::move(profile))
    , m_hasStoredSecret(hasStoredSecret)
{
    m_ui->setupUi(this);
    fillChoices();
    m_ui->nameEdit->setText(m_original.name);
    m_ui->environmentCombo->setCurrentIndex(int(m_original.environment));
    m_ui->urlEdit->setText(m_original.baseUrl.toString());
    m_ui->codeEdit->setText(m_original.accessCode);
    m_ui->timestampCombo->setCurrentIndex(
        m_original.timestampUnit == TimestampUnit::Milliseconds ? 1 : 0);
    m_ui->timeoutSpin->setValue(m_original.timeoutSeconds);
    m_ui->zoneCombo->setCurrentIndex(
        m_ui->zoneCombo->findData(m_original.serverTimeZone.offsetMinutes()));
    m_ui->caEdit->setText(m_original.caBundlePath);
    m_ui->connectionsSpin->setValue(m_original.limits.connections);
    m_ui->rateSpin->setValue(m_original.limits.queriesPerSecond);
    m_ui->quotaSpin->setGroupSeparatorShown(true);
    m_ui->quotaSpin->setValue(m_original.limits.dailyQuota);
    m_ui->pageSizeSpin->setValue(m_original.pageSize);
    m_ui->freshSpin->setValue(m_original.cacheFreshHours);
    m_ui->colorCombo->setCurrentIndex(qMax(0, m_ui->colorCombo->findData(m_original.color)));
    QStringList overrides;
    for (auto it = m_original.pathOverrides.cbegin(); it != m_original.pathOverrides.cend(); ++it)
        overrides.append(it.key() + u'=' + it.value());
    m_ui->pathsEdit->setPlainText(overrides.join(u'\n'));

    connect(m_ui->environmentCombo, &QComboBox::activated, this, &ProfileDialog::environmentChosen);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA bundle"), {},
                                                          tr("Certificates (*.pem *.crt)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->urlEdit, m_ui->codeEdit, m_ui->secretEdit, m_ui->caEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ui->pathsEdit, &QPlainTextEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &ProfileDialog::validate);
    retranslate();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        retranslate();
    }
    QDialog::changeEvent(event);
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
    m_ui->timestampCombo->addItem(tr("Seconds (as every example)"));
    m_ui->timestampCombo->addItem(tr("Milliseconds"));
    m_ui->timestampCombo->setCurrentIndex(qMax(0, unit));

    const QVariant zone = m_ui->zoneCombo->currentData();
    m_ui->zoneCombo->clear();
    for (int offset = ServerTimeZone::smallestOffsetMinutes;
         offset <= ServerTimeZone::largestOffsetMinutes; offset += 15) {
        const QString name = ServerTimeZone::offsetName(offset);
        m_ui->zoneCombo->addItem(offset == ServerTimeZone::vendorOffsetMinutes
                                     ? tr("%1 (the vendor's)").arg(name)
                                     : name,
                                 offset);
    }
    const int zoneRow = m_ui->zoneCombo->findData(
        zone.isValid() ? zone : QVariant(ServerTimeZone::vendorOffsetMinutes));
    m_ui->zoneCombo->setCurrentIndex(zoneRow);

    const QVariant color = m_ui->colorCombo->currentData();
    m_ui->colorCombo->clear();
    for (const NamedColor &each : profileColors)
        m_ui->colorCombo->addItem(tr(each.name), QString::fromUtf16(each.value));
    m_ui->colorCombo->setCurrentIndex(qMax(0, m_ui->colorCombo->findData(color)));
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New connection profile")
                                           : tr("Edit connection profile"));
    m_ui->secretEdit->setPlaceholderText(m_hasStoredSecret
                                             ? tr("Unchanged (kept in the keychain)")
                                             : tr("The secret issued with the access code"));
    // Where a guessed path answers "no such path", these are the ones to try first.
    QStringList suggestions;
    for (Operation operation : allOperations())
        if (const QString path = suggestedPath(operation); !path.isEmpty())
            suggestions.append(operationInfo(operation).nameString() + u'=' + path);
    m_ui->pathsEdit->setPlaceholderText(
        tr("operation=path, one per line, e.g. queryDeviceList=/device/list") + u"\n"_s
        + tr("If a guessed path answers “no such path”, try:") + u"\n"_s + suggestions.join(u'\n'));
    m_ui->pathsEdit->setToolTip(m_ui->pathsEdit->placeholderText());
    validate();
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
    profile.color = m_ui->colorCombo->currentData().toString();
    profile.pathOverrides = parseOverrides(m_ui->pathsEdit->toPlainText());
    return profile;
}

QString ProfileDialog::secret() const
{
    return m_ui->secretEdit->text().trimmed();
}

void ProfileDialog::validate()
{
    QStringList problems = profile().problems();
    if (secret().isEmpty() && !m_hasStoredSecret)
        problems.append(tr("Enter the secret issued with the access code."));
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty() && !isTesting());
    m_ui->testButton->setEnabled(problems.isEmpty() && !secret().isEmpty() && !isTesting());
}

void ProfileDialog::testConnection()
{
    // A cheap signed read: the first SIM card of the account.
    m_testClient = ClientFactory(m_network).forProfile(profile(), secret());
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_testCall = m_testClient->listSims(1, 1, this, [this](const ApiResult<SimPage> &result) {
        m_testCall = nullptr;
        m_ui->testResultLabel->setText(result.ok()
                                           ? tr("Connected: the account has %n SIM card(s).",
                                                nullptr, int(result.value().page.totalCount))
                                           : result.error().message());
        m_ui->testResultLabel->setStyleSheet(result.ok() ? u"color: #1e7b34;"_s
                                                         : u"color: #a1261b;"_s);
        validate();
    });
    validate();
}

} // namespace cube
