#include "writes/writejob.h"

#include "journal/journal.h"

namespace cube {

WriteJob::WriteJob(ChangeWriter &writer, CubeClient &client, Journal *journal, Operation operation,
                   QJsonObject parameters, QStringList subjects)
    : m_writer(writer)
    , m_client(client)
    , m_journal(journal)
    , m_operation(operation)
    , m_parameters(std::move(parameters))
    , m_subjects(std::move(subjects))
{}

std::optional<QString> WriteJob::record()
{
    if (!m_journal || m_subjects.size() < 2)
        return std::nullopt;
    const JournalEntry who = m_client.journalEntry(m_operation);
    JournalJob job;
    job.operation = m_operation;
    job.parameters = m_parameters;
    job.subjects = m_subjects;
    job.profile = who.profile;
    job.accessCode = who.accessCode;
    job.baseUrl = who.baseUrl;
    job.origin = who.origin;
    job.osUser = who.osUser;
    job.fullName = who.fullName;
    job.host = who.host;
    job.requestTimeout = m_client.settings().transferTimeout;
    if (std::optional<QString> why = m_journal->record(job))
        return Journal::unwritable(m_journal->path(), *why);
    m_job = job.id;
    return std::nullopt;
}

void WriteJob::adopt(qint64 job)
{
    m_job = job;
}

void WriteJob::write(qsizetype index, QObject *context, ChangeWriter::Done done) const
{
    const WriteTask task{m_operation, m_subjects.at(index), m_parameters};
    m_writer.perform(task, context, std::move(done),
                     m_job ? std::optional(JobItem{m_job, index}) : std::nullopt);
}

void WriteJob::end(JobState state) const
{
    if (m_journal && m_job)
        m_journal->endJob(m_job, state);
}

} // namespace cube
