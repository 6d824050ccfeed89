#pragma once

#include "apijobs.h"
#include "commandspec.h"
#include "connectionsetup.h"
#include "globaloptions.h"
#include "itemwork.h"
#include "resultprinter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QObject>

#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace cube {
class Account;
class ChangeWriter;
class CubeClient;
class Journal;
struct PreparedRequest;
} // namespace cube

namespace cube::cli {

// One run of one command, as its handler sees it: the checked arguments and options (a
// mistake is a usage error, exit 2), the client once connected, and the way to run its jobs
// and print their results, after which the program exits with the status they add up to.
class CommandRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRun)

public:
    CommandRun(const CommandSpec &spec, const QCommandLineParser &parser, GlobalSettings settings,
               QStringList arguments, QObject *parent = nullptr);
    ~CommandRun() override;

    const CommandSpec &spec() const { return m_spec; }
    const GlobalSettings &settings() const { return m_settings; }
    const QCommandLineParser &parser() const { return m_parser; }

    // Checking the command line (before connecting).
    [[noreturn]] void usageError(const QString &message) const;
    // A command that writes, through a view-only profile: a usage error (exit 2) before its
    // arguments are checked, anything is read or anyone is asked.
    void refuseWritesOfViewOnly() const;
    void expectArguments(qsizetype least, qsizetype most) const;
    QString argument(qsizetype index) const { return m_arguments.value(index); }
    // The arguments from `first` on, with "-" replaced by the lines of standard input and the
    // lines of --from FILE added; blank lines and # comments skipped, repeats dropped.
    QStringList targets(qsizetype first) const;
    // The targets as ICCIDs or order codes, each checked as core checks it before anything is
    // sent: a wrong one is a usage error (exit 2) that names it.
    QStringList iccids(qsizetype first) const;
    QStringList orderCodes(qsizetype first) const;
    QString requiredOption(const QString &name) const;
    int numberOption(const QString &name, int low, int high) const;
    // "A, B, C and 7 more": the targets a confirmation question names.
    static QString preview(const QStringList &targets);

    // Running (after connecting).
    void start(CommandPlan plan);
    CubeClient &client();
    // The connected account: its watchlist and its look at what needs attention.
    Account &account();
    // Requests a job runs at once: --jobs, never more than the gateway's connections.
    int concurrency();
    ChangeWriter &writer();
    // `ended` runs once every job finished, before the results are printed.
    void runJobs(ResultShape shape, QList<Column> columns, QList<ItemWork> jobs,
                 std::function<void()> ended = {});
    // One write of `operation` on each target, recorded as a job in the journal first (so that
    // it can be checked and resumed if cut short); each row says what was done.
    void runWriteJob(const QList<Column> &columns, Operation operation,
                     const QJsonObject &parameters, const QStringList &targets,
                     const NamedValue &result);
    // The journal of changes this run reads and records in: once connected, the account's;
    // before, the one openJournalThen() opened: the file of --journal, else the chosen
    // profile's team store when it has one, else this computer's default file (opened on first
    // use).
    Journal &journal();
    // Opens the run's journal, then runs `then`: at once for a file; after reading the team
    // store's password (ConnectionSetup) for a profile with a team store, or, when the keychain
    // cannot be read, says why and ends with exit 3 instead. Before the checks of a command
    // that reads the journal (CommandSpec::readsJournal), and before connecting.
    void openJournalThen(std::function<void()> then);
    // Prints a listing as it is read (ListingPrinter) and ends with its exit status.
    void runListing(const QList<Column> &columns, const apijobs::Listing &listing);
    // Shows "page N of M" on a terminal while a long listing is read; after the first page,
    // stops a listing whose remaining pages pass what is left of today's quota (withinQuota).
    std::function<bool(int pageNo, int totalPages)> pageProgress();
    // Whether `queries` more fit in what is left of today's quota (QuotaMeter), or --yes was
    // given; if not, says so with the estimate and ends with a usage error (exit 2).
    bool withinQuota(qint64 queries);
    // Ends the program with `status` once the event loop is back (after a message, say).
    void finish(int status);

private:
    QStringList listLines(QIODevice &device, const QString &source) const;
    QStringList standardInputLines() const;
    QStringList checked(QStringList targets, QString (*problem)(const QString &)) const;
    void connectAndWork();
    // Connects with the account recording in `journal` (none: a dry run), then works.
    void connectWith(std::shared_ptr<Journal> journal);
    void openFileJournal();
    void confirmThen(const CommandPlan &plan);
    // --dry-run: the write gate that shows each write instead of sending it.
    std::optional<ApiError> showDryRun(const PreparedRequest &request);
    void reportDryRun(const QList<ItemWork> &jobs, const QList<JobOutcome> &outcomes);
    // runJobs without the quota check (made already).
    void startJobs(ResultShape shape, QList<Column> columns, QList<ItemWork> jobs,
                   std::function<void()> ended);

    const CommandSpec &m_spec;
    const QCommandLineParser &m_parser;
    GlobalSettings m_settings;
    QStringList m_arguments;
    mutable bool m_readsStandardInput = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConnectionSetup> m_connection;
    std::unique_ptr<Account> m_account;
    std::shared_ptr<Journal> m_journal;
    std::function<void(CommandRun &)> m_work;
    QJsonArray m_dryRunRequests;
    int m_dryRunShown = 0;
    bool m_progressShown = false;
};

} // namespace cube::cli
