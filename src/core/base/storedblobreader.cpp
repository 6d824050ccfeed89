#include "base/storedblobreader.h"

#include <QtEndian>

namespace cube {

namespace {

// How QDataStream writes a null QString's length.
constexpr quint32 nullText = 0xFFFFFFFF;

} // namespace

StoredBlobReader::StoredBlobReader(QByteArrayView blob, QString name)
    : m_blob(blob)
    , m_name(std::move(name))
{}

bool StoredBlobReader::take(qsizetype bytes)
{
    if (!ok())
        return false;
    if (bytes > left()) {
        const qsizetype missing = bytes - left();
        // A damaged length may claim up to 4 GB: %n (an int) could not say it.
        m_problem = missing <= INT_MAX
                        ? tr("%1 is %n byte(s) short", nullptr, int(missing)).arg(m_name)
                        : tr("%1 is %L2 bytes short").arg(m_name).arg(missing);
        return false;
    }
    return true;
}

quint32 StoredBlobReader::number()
{
    if (!take(4))
        return 0;
    const quint32 value = qFromBigEndian<quint32>(m_blob.data() + m_at);
    m_at += 4;
    return value;
}

QString StoredBlobReader::text()
{
    const quint32 bytes = number();
    if (!ok() || bytes == nullText)
        return {};
    if (bytes % 2 != 0) {
        m_problem = tr("%1 holds a text of an odd number of bytes").arg(m_name);
        return {};
    }
    if (!take(qsizetype(bytes)))
        return {};
    QString text(qsizetype(bytes / 2), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = qFromBigEndian<quint16>(m_blob.data() + m_at + 2 * i);
    m_at += qsizetype(bytes);
    return text;
}

qsizetype StoredBlobReader::count(qsizetype leastBytesEach)
{
    const quint32 count = number();
    if (!ok())
        return 0;
    const qsizetype room = left() / leastBytesEach;
    if (qsizetype(count) > room) {
        m_problem = tr("%1 counts %L2 entries but has room for %L3 at most")
                        .arg(m_name)
                        .arg(count)
                        .arg(room);
        return 0;
    }
    return qsizetype(count);
}

bool StoredBlobReader::finish()
{
    if (ok() && left() > 0)
        m_problem = left() <= INT_MAX
                        ? tr("%1 has %n byte(s) left over", nullptr, int(left())).arg(m_name)
                        : tr("%1 has %L2 bytes left over").arg(m_name).arg(left());
    return ok();
}

} // namespace cube
