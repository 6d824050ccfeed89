#pragma once

#include "journal/journaljob.h"
#include "writes/changewriter.h"
#include "writes/writetask.h"

#include <QCoreApplication>

#include <optional>

namespace cube {

class Journal;

// One operation over many order codes or ICCIDs with the same parameters, as both front ends
// and a resumption send it: recorded in the journal as a job before its first write (with
// every subject, so that what never left can be sent later), each write tagged with its place
// in the job, and the job marked ended. Without a journal (`journal` is the account's, the one
// the client records in), or for a single write, it records no job and only sends.
class WriteJob final
{
    Q_DECLARE_TR_FUNCTIONS(cube::WriteJob)

public:
    WriteJob(ChangeWriter &writer, CubeClient &client, Journal *journal, Operation operation,
             QJsonObject parameters, QStringList subjects);

    // Records a new job; why it could not be (nothing may be sent then).
    std::optional<QString> record();
    // Carries on with a job the journal already has (a resumption that claimed it first:
    // Journal::claimJob).
    void adopt(qint64 job);

    const QStringList &subjects() const { return m_subjects; }
    void write(qsizetype index, QObject *context, ChangeWriter::Done done) const;
    void end(JobState state) const;

private:
    ChangeWriter &m_writer;
    CubeClient &m_client;
    Journal *m_journal;
    Operation m_operation;
    QJsonObject m_parameters;
    QStringList m_subjects;
    qint64 m_job = 0;
};

} // namespace cube
