#include "commandrun.h"

#include "account/account.h"
#include "base/teamstore.h"
#include "base/waitwords.h"
#include "commandjob.h"
#include "commandlineusage.h"
#include "console.h"
#include "exitstatus.h"
#include "journal/journal.h"
#include "listingprinter.h"
#include "listinput.h"
#include "terminaltext.h"
#include "transport/apilogging.h"
#include "transport/cubeclient.h"
#include "writejobs.h"
#include "writes/changewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube::cli {

CommandRun::CommandRun(const CommandSpec &spec, const QCommandLineParser &parser,
                       GlobalSettings settings, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_parser(parser)
    , m_settings(std::move(settings))
    , m_arguments(std::move(arguments))
{}

CommandRun::~CommandRun() = default;

void CommandRun::usageError(const QString &message) const
{
    commandline::exitWithUsageError(
        u"cubectl %1: %2\n"_s.arg(m_spec.name(), message)
        + tr("Run “cubectl %1 --help” to see its arguments and options.").arg(m_spec.name()));
}

void CommandRun::expectArguments(qsizetype least, qsizetype most) const
{
    if (m_arguments.size() < least)
        usageError(tr("Missing arguments: %1.").arg(m_spec.syntax));
    if (most >= 0 && m_arguments.size() > most)
        usageError(tr("Too many arguments: %1.").arg(m_arguments.mid(most).join(u' ')));
}

QStringList CommandRun::listLines(QIODevice &device, const QString &source) const
{
    auto lines = ListInput::read(device, source);
    if (const QString *problem = std::get_if<QString>(&lines))
        usageError(*problem);
    return std::get<QStringList>(lines);
}

QStringList CommandRun::standardInputLines() const
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return listLines(in, tr("standard input"));
}

QStringList CommandRun::targets(qsizetype first) const
{
    QStringList lines;
    for (const QString &argument : m_arguments.mid(first)) {
        if (argument == u"-"_s) {
            m_readsStandardInput = true;
            lines += standardInputLines();
        } else {
            lines.append(argument);
        }
    }
    const bool takesFrom = std::any_of(
        m_spec.options.cbegin(), m_spec.options.cend(),
        [](const QCommandLineOption &option) { return option.names().contains(u"from"_s); });
    if (takesFrom && m_parser.isSet(u"from"_s)) {
        const QString path = m_parser.value(u"from"_s);
        if (path == u"-"_s) {
            m_readsStandardInput = true;
            lines += standardInputLines();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                usageError(tr("--from: cannot read %1: %2.").arg(path, file.errorString()));
            lines += listLines(file, path);
        }
    }
    const QStringList targets = ListInput::targets(lines);
    if (targets.isEmpty())
        usageError(tr("Nothing to work on: give %1 as arguments, with --from FILE, or on "
                      "standard input (-).")
                       .arg(m_spec.syntax));
    return targets;
}

QStringList CommandRun::checked(QStringList targets, QString (*problem)(const QString &)) const
{
    for (const QString &target : std::as_const(targets)) {
        if (const QString wrong = problem(target); !wrong.isEmpty())
            usageError(wrong);
    }
    return targets;
}

QStringList CommandRun::iccids(qsizetype first) const
{
    return checked(targets(first), &Iccid::problem);
}

QStringList CommandRun::orderCodes(qsizetype first) const
{
    return checked(targets(first), &OrderCode::problem);
}

QString CommandRun::preview(const QStringList &targets)
{
    constexpr qsizetype shown = 3;
    const QString named = targets.mid(0, shown).join(u", "_s);
    if (targets.size() <= shown)
        return named;
    return tr("%1 and %n more", "", int(targets.size() - shown)).arg(named);
}

QString CommandRun::requiredOption(const QString &name) const
{
    const QString value = m_parser.value(name).trimmed();
    if (value.isEmpty())
        usageError(tr("--%1 is required.").arg(name));
    return value;
}

int CommandRun::numberOption(const QString &name, int low, int high) const
{
    const auto value = GlobalOptions::numberIn(m_parser, name, low, high);
    if (!value)
        usageError(GlobalOptions::notANumberIn(m_parser, name, low, high));
    return *value;
}

void CommandRun::refuseWritesOfViewOnly() const
{
    if (!m_spec.writes)
        return;
    if (const QString refused = ConnectionSetup::writesRefusal(m_settings.connection);
        !refused.isEmpty())
        usageError(refused);
}

void CommandRun::start(CommandPlan plan)
{
    m_work = std::move(plan.work);
    if (m_settings.connection.secretFromStdin && m_readsStandardInput)
        usageError(tr("--secret-stdin cannot be used with a list on standard input; use "
                      "--from FILE or CUBE_SECRET."));
    if (plan.confirmation.isEmpty() || m_settings.yes || m_settings.dryRun) {
        connectAndWork();
        return;
    }
    confirmThen(plan);
}

void CommandRun::confirmThen(const CommandPlan &plan)
{
    if (!terminaltext::stdinIsTerminal() || m_readsStandardInput) {
        console::say(plan.confirmation);
        commandline::exitWithUsageError(
            tr("Not confirmed: there is no terminal to ask on. Add --yes to go ahead."));
    }
    console::writeError(plan.confirmation + u' ' + tr("Type “yes” to go on: "));
    const QString answer = console::readLine().trimmed().toLower();
    const QStringList agreed = {u"y"_s, u"yes"_s, tr("yes").toLower()};
    if (!agreed.contains(answer)) {
        console::say(tr("Nothing was done."));
        finish(exitstatus::someFailed);
        return;
    }
    connectAndWork();
}

void CommandRun::connectAndWork()
{
    if (!m_spec.needsConnection) {
        m_work(*this);
        return;
    }
    if (m_settings.dryRun)
        return connectWith(nullptr); // a dry run records nothing
    openJournalThen([this] {
        if (!m_journal->isOpen())
            // Not fatal to a read, but the count of today's queries leaves out this run; a
            // write is refused by the journal itself ("Nothing was sent").
            console::say(tr("The journal of changes (%1) cannot be opened (%2); the queries of "
                            "this run are not counted against the daily quota.")
                             .arg(m_journal->path(), m_journal->problem()));
        connectWith(m_journal);
    });
}

void CommandRun::connectWith(std::shared_ptr<Journal> journal)
{
    ClientOptions options;
    options.language = m_settings.language;
    if (m_settings.dryRun)
        options.writeGate = [this](const PreparedRequest &request) {
            return showDryRun(request);
        };
    m_network = std::make_unique<QNetworkAccessManager>();
    // The account owns the journal opened here: journal() and the account's are one.
    m_connection = std::make_unique<ConnectionSetup>(m_network.get(), m_settings.connection,
                                                     options, std::move(journal));
    m_connection->takeSecretFromInput();
    m_connection->start([this](ConnectionSetup::Outcome outcome) {
        if (!outcome.account) {
            console::say(outcome.failure);
            finish(outcome.exitStatus);
            return;
        }
        m_account = std::move(outcome.account);
        connect(
            &m_account->client(), &CubeClient::serverAsksToWait, this, [this](qint64 milliseconds) {
                // Said where a person watches; a script's standard error stays quiet.
                if (terminaltext::stderrIsTerminal() || m_settings.verbose)
                    console::say(tr("The server is limiting queries: waiting %1, then going on.")
                                     .arg(WaitWords::of(std::chrono::milliseconds(milliseconds))));
            });
        if (m_settings.verbose)
            console::say(tr("Connecting to %1.").arg(outcome.description));
        m_work(*this);
    });
}

CubeClient &CommandRun::client()
{
    return m_account->client();
}

int CommandRun::concurrency()
{
    // A command that needs no connection (profiles list) runs its one job on its own.
    const int connections = m_account ? client().settings().limits.connections : 1;
    return qBound(1, m_settings.jobs.value_or(connections), connections);
}

Account &CommandRun::account()
{
    return *m_account;
}

ChangeWriter &CommandRun::writer()
{
    return m_account->writer();
}

std::optional<ApiError> CommandRun::showDryRun(const PreparedRequest &request)
{
    ++m_dryRunShown;
    ApiError notSent;
    notSent.kind = ApiErrorKind::NotSent;
    notSent.detail = tr("this was a dry run.");
    const QByteArray masked = maskedForLog(request.body);
    if (m_settings.format == OutputFormat::Json) {
        m_dryRunRequests.append(QJsonObject{
            {u"operation"_s, operationInfo(request.operation).nameString()},
            {u"method"_s, u"POST"_s},
            {u"url"_s, request.url.toString()},
            {u"accept_language"_s, acceptLanguageTag(request.language)},
            {u"body"_s, QJsonDocument::fromJson(masked).object()},
        });
        return notSent;
    }
    console::write(u"POST %1\nAccept-Language: %2\nContent-Type: application/json\n\n%3\n\n"_s.arg(
        request.url.toString(), acceptLanguageTag(request.language), QString::fromUtf8(masked)));
    return notSent;
}

void CommandRun::reportDryRun(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes)
{
    if (m_settings.format == OutputFormat::Json)
        console::writeBytes(QJsonDocument(m_dryRunRequests).toJson(QJsonDocument::Indented));
    // What was refused before anything could be shown (a wrong ICCID, say) is said.
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        if (!outcomes[i].ok() && !outcomes[i].heldBack())
            console::say(tr("%1: %2").arg(jobs[i].target, outcomes[i].message()));
    console::say(tr("Dry run: %n change(s) shown; nothing was sent.", "", m_dryRunShown));
}

std::function<bool(int, int)> CommandRun::pageProgress()
{
    const bool shown = terminaltext::stderrIsTerminal() && !m_settings.verbose;
    auto asked = std::make_shared<bool>(false);
    return [this, shown, asked](int pageNo, int totalPages) {
        if (!std::exchange(*asked, true) && !withinQuota(qMax(0, totalPages - pageNo)))
            return false;
        if (!shown || totalPages < 2)
            return true;
        m_progressShown = true;
        console::writeError(u"\r\033[K"_s
                            + tr("Reading page %1 of %2…").arg(pageNo).arg(totalPages));
        return true;
    };
}

bool CommandRun::withinQuota(qint64 queries)
{
    if (m_settings.yes || queries <= 0 || !m_account)
        return true; // no connection (profiles list): nothing is sent
    const std::optional<qint64> used = client().queriesToday();
    const qint64 quota = client().settings().limits.dailyQuota;
    if (!used || queries <= quota - *used)
        return true;
    const QLocale locale;
    console::say(tr("This takes about %1, and only %2 of today's %3 are left: the "
                    "gateway's daily quota, shared by everyone behind this computer's IP "
                    "address (cubectl quota). Nothing more was sent; give --yes to send them "
                    "anyway.")
                     .arg(tr("%Ln query(s)", nullptr, int(qMin<qint64>(queries, INT_MAX))),
                          locale.toString(qMax<qint64>(0, quota - *used)), locale.toString(quota)));
    finish(exitstatus::usageError);
    return false;
}

void CommandRun::runWriteJob(const QList<Column> &columns, Operation operation,
                             const QJsonObject &parameters, const QStringList &targets,
                             const NamedValue &result)
{
    // Before the job is recorded: a job refused for the quota is no job cut short.
    if (!withinQuota(targets.size()))
        return;
    auto job = std::make_shared<WriteJob>(writer(), client(), m_account->journal(), operation,
                                          parameters, targets);
    if (!m_settings.dryRun) {
        if (const std::optional<QString> why = job->record()) {
            // The journal's words say what to do: free space, or wait for the program that
            // holds its lock.
            console::say(tr("Nothing was sent: %1").arg(*why));
            finish(exitstatus::connectionFailed);
            return;
        }
    }
    // Checked against the quota above, before it was recorded: a recorded job always runs.
    startJobs(ResultShape::PerTarget, columns, WriteJobs::eachAction(job, this, result),
              [job] { job->end(JobState::Finished); });
}

Journal &CommandRun::journal()
{
    // The one the account's writes are recorded in, which every read of this run follows.
    if (m_account && m_account->journal())
        return *m_account->journal();
    if (!m_journal)
        openFileJournal();
    return *m_journal;
}

void CommandRun::openFileJournal()
{
    m_journal = std::make_shared<Journal>(
        m_settings.journalPath.isEmpty() ? Journal::defaultPath() : m_settings.journalPath);
    if (!m_journal->setAsidePath().isEmpty())
        console::say(tr("The journal of changes was damaged; it was kept as %1 and a new one "
                        "was started.")
                         .arg(m_journal->setAsidePath()));
}

void CommandRun::openJournalThen(std::function<void()> then)
{
    if (m_journal)
        return then();
    // --journal FILE is that file, whatever the profile says.
    const std::optional<Profile> profile =
        m_settings.journalPath.isEmpty() ? ConnectionSetup::chosenProfile(m_settings.connection)
                                         : std::nullopt;
    if (!profile || !TeamStore{profile->teamStore, {}}.isSet()) {
        openFileJournal();
        return then();
    }
    ConnectionSetup::readTeamStorePassword(
        *profile, this,
        [this, url = profile->teamStore,
         then = std::move(then)](const std::optional<QString> &password, const QString &failure) {
            if (!password) {
                console::say(failure);
                finish(exitstatus::connectionFailed);
                return;
            }
            // Not reached: a journal that is not open, which says why (problem()). Reads go on;
            // a write is refused before it is sent.
            m_journal = std::make_shared<Journal>(TeamStore{url, *password});
            then();
        });
}

void CommandRun::runJobs(ResultShape shape, QList<Column> columns, QList<ItemWork> jobs,
                         std::function<void()> ended)
{
    if (!withinQuota(jobs.size()))
        return;
    startJobs(shape, std::move(columns), std::move(jobs), std::move(ended));
}

void CommandRun::startJobs(ResultShape shape, QList<Column> columns, QList<ItemWork> jobs,
                           std::function<void()> ended)
{
    auto *runner = new CommandJob(std::move(jobs), concurrency(), this);
    runner->setShowsProgress(terminaltext::stderrIsTerminal() && runner->items().size() > 1
                             && !m_settings.verbose && !m_settings.dryRun);
    connect(runner, &CommandJob::finished, this, [this, runner, shape, columns, ended] {
        if (ended)
            ended();
        if (m_progressShown)
            console::writeError(u"\r\033[K"_s); // the results take the progress line's place
        if (m_settings.dryRun && m_dryRunShown > 0) {
            reportDryRun(runner->items(), runner->outcomes());
            QList<JobOutcome> shown = runner->outcomes();
            for (JobOutcome &outcome : shown)
                if (outcome.heldBack())
                    outcome.error.reset(); // shown, as a dry run should
            finish(exitstatus::of(shown));
            return;
        }
        ResultPrinter(m_settings.format, shape, columns).print(runner->items(), runner->outcomes());
        finish(exitstatus::of(runner->outcomes()));
    });
    runner->start();
}

void CommandRun::runListing(const QList<Column> &columns, const apijobs::Listing &listing)
{
    auto printer = std::make_shared<ListingPrinter>(m_settings.format, columns);
    auto clearProgress = [this] {
        if (std::exchange(m_progressShown, false))
            console::writeError(u"\r\033[K"_s); // the rows take the progress line's place
    };
    listing(
        [printer, clearProgress](const QList<QVariantList> &rows) {
            clearProgress();
            printer->addRows(rows);
        },
        [this, printer, clearProgress](const std::optional<ApiError> &error) {
            clearProgress();
            printer->finish(error);
            finish(exitstatus::of({error ? JobOutcome::failure(*error) : JobOutcome::success({})}));
        });
}

void CommandRun::finish(int status)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [status] { QCoreApplication::exit(status); },
        Qt::QueuedConnection);
}

} // namespace cube::cli
