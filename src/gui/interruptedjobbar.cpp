#include "interruptedjobbar.h"

#include "account/account.h"
#include "base/displaytime.h"
#include "journal/journal.h"
#include "notify.h"
#include "plaintext.h"
#include "transport/cubeclient.h"
#include "viewonlylock.h"
#include "writes/changewriter.h"
#include "writes/jobresumption.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

QString describe(const JournalJob &job)
{
    return InterruptedJobBar::tr("Cut short: %1").arg(JournalWords::describe(job));
}

} // namespace

InterruptedJobBar::InterruptedJobBar(Account *account, QWidget *parent)
    : QFrame(parent)
    , m_account(account)
    , m_text(new QLabel(this))
    , m_check(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_hide(new QPushButton(this))
{
    setObjectName(u"interruptedJobs"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#interruptedJobs { background: #fff4d6; }"_s);
    m_text->setWordWrap(true);
    m_text->setObjectName(u"interruptedJobText"_s);
    m_check->setObjectName(u"checkJobButton"_s);
    m_resume->setObjectName(u"resumeJobButton"_s);
    m_hide->setObjectName(u"hideJobButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_resume);
    layout->addWidget(m_hide);
    connect(m_check, &QPushButton::clicked, this, [this] { finishJob(false); });
    connect(m_resume, &QPushButton::clicked, this, &InterruptedJobBar::confirmResume);
    ViewOnlyLock::hold(account, {m_resume}); // checking reads only: a viewer may check
    connect(m_hide, &QPushButton::clicked, this, [this] {
        m_hiddenJob = m_job;
        hide();
    });
    // The journal's change feed: a job recorded, claimed, let go or ended, here or by another
    // program (cubectl killed beside the console leaves a job it held running). Jobs change in
    // bursts: read once they pause.
    m_changed.setSingleShot(true);
    m_changed.setInterval(200);
    connect(&m_changed, &QTimer::timeout, this, &InterruptedJobBar::refresh);
    if (Journal *journal = account->journal()) {
        // Once per burst, not restarted by each change (another desk's job never pauses).
        const auto changed = [this] {
            if (!m_changed.isActive())
                m_changed.start();
        };
        connect(journal, &Journal::jobRecorded, &m_changed, changed);
        connect(journal, &Journal::jobUpdated, &m_changed, changed);
        connect(journal, &Journal::pruned, &m_changed, changed);
        connect(journal, &Journal::changedByAnotherProgram, &m_changed, changed);
    }
    retranslate();
    refresh();
}

void InterruptedJobBar::retranslate()
{
    m_check->setText(tr("Chec&k the unknown"));
    m_check->setToolTip(tr("Reads what the changes whose answer never came did; sends nothing."));
    m_resume->setText(tr("Resume jo&b…"));
    m_resume->setToolTip(tr("Sends only the changes that never reached the server."));
    m_hide->setText(tr("Hide"));
    m_hide->setAccessibleName(tr("Hide the interrupted job"));
    refresh();
}

void InterruptedJobBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void InterruptedJobBar::refresh()
{
    if (m_busy)
        return;
    Journal *journal = m_account->journal();
    const QList<JournalJob> jobs =
        journal && journal->isOpen() ? journal->interruptedJobs() : QList<JournalJob>();
    // A job the person hid stays hidden; another one cut short shows again.
    setVisible(!jobs.isEmpty() && jobs.constFirst().id != m_hiddenJob);
    if (jobs.isEmpty())
        return;
    const JournalJob &job = jobs.constFirst();
    m_job = job.id;
    QString text = describe(job);
    if (jobs.size() > 1)
        text += u' '
                + tr("(%Ln more interrupted job(s): see cubectl jobs list.)", nullptr,
                     int(jobs.size() - 1));
    m_text->setText(text);
    m_check->setEnabled(job.tally.unknown > 0);
    m_resume->setEnabled(job.tally.unknown + job.tally.notSent > 0);
}

void InterruptedJobBar::confirmResume()
{
    const std::optional<JournalJob> job = m_account->journal()->job(m_job);
    if (!job)
        return refresh();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Resume job %1").arg(job->id),
                        tr("Send the %Ln change(s) of job %1 that never reached the server?",
                           nullptr, int(job->tally.notSent))
                            .arg(job->id),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"resumeConfirmation"_s);
    box->setInformativeText(
        tr("%1\nThe %Ln change(s) whose answer never came are checked first, by reading only; "
           "a change whose outcome stays unknown is never sent again.",
           nullptr, int(job->tally.unknown))
            .arg(describe(*job)));
    box->setDefaultButton(QMessageBox::Cancel);
    // The job's description quotes the journal (a reason, a plan name): never as HTML.
    showAsPlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            finishJob(true);
    });
    box->open();
}

void InterruptedJobBar::finishJob(bool resuming)
{
    Journal *journal = m_account->journal();
    const std::optional<JournalJob> job = journal ? journal->job(m_job) : std::nullopt;
    if (!job)
        return refresh();
    auto *finishing =
        new JobResumption(m_account->writer(), m_account->client(), *journal, *job, this);
    // Another program (cubectl, another console) may have taken it meanwhile: the claim is
    // atomic, and the loser sends nothing.
    QString problem = finishing->problem();
    if (problem.isEmpty())
        problem = finishing->claim(resuming ? JobPurpose::Resume : JobPurpose::Check);
    if (!problem.isEmpty()) {
        finishing->deleteLater();
        showWarning(this, tr("Job %1").arg(job->id), problem);
        refresh();
        return;
    }
    m_busy = true;
    m_check->setEnabled(false);
    m_resume->setEnabled(false);
    m_text->setText(resuming ? tr("Resuming job %1…").arg(job->id)
                             : tr("Checking job %1…").arg(job->id));
    connect(finishing, &JobResumption::finished, this, [this, finishing, resuming] {
        const JobTally tally = finishing->tally();
        const qint64 id = finishing->job().id;
        const QString waiting = finishing->waitingWords();
        finishing->deleteLater();
        m_busy = false;
        const QLocale locale;
        QString said = (resuming ? tr("Job %1 resumed: %2 done, %3 not done, %4 unknown.")
                                 : tr("Job %1 checked: %2 done, %3 not done, %4 unknown."))
                           .arg(id)
                           .arg(locale.toString(tally.done), locale.toString(tally.notDone),
                                locale.toString(tally.unknown));
        if (!waiting.isEmpty())
            said += u' ' + waiting;
        emit statusMessage(said);
        refresh();
        // Items left for later: the bar says when they can be checked.
        if (!waiting.isEmpty() && isVisible() && m_job == id)
            m_text->setText(m_text->text() + u' ' + waiting);
    });
    if (resuming)
        finishing->resume(m_account->client().settings().limits.connections);
    else
        finishing->check();
}

} // namespace cube
