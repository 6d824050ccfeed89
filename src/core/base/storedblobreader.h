#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cube {

// Reads back what QDataStream (Qt 6, big-endian) wrote into a blob of a local file, never past
// the blob's end and never reserving more than its bytes could hold: QDataStream's own >> for
// a QList reserves whatever count the first four bytes claim (FFFFFFFF: 206 GB), so a damaged
// file could abort the program. Every count and length is checked against the bytes left
// before anything is allocated. The first thing wrong stops the reading and says what it was,
// in words for a person (problem()).
class StoredBlobReader final
{
    Q_DECLARE_TR_FUNCTIONS(cube::StoredBlobReader)

public:
    // `name` says which blob it is in a problem ("the dictionary blob").
    StoredBlobReader(QByteArrayView blob, QString name);

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    // 0 once something went wrong.
    quint32 number();
    // A QString as QDataStream writes it (null when stored null); empty once something went
    // wrong.
    QString text();
    // The count of a list whose items take at least `leastBytesEach` bytes each: 0, and a
    // problem, when the bytes left could not hold that many.
    qsizetype count(qsizetype leastBytesEach);
    // Whether every byte was read: bytes left over are damage too.
    bool finish();

private:
    bool take(qsizetype bytes);
    qsizetype left() const { return m_blob.size() - m_at; }

    QByteArrayView m_blob;
    QString m_name;
    qsizetype m_at = 0;
    QString m_problem;
};

} // namespace cube
