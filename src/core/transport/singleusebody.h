#pragma once

#include <QByteArray>
#include <QIODevice>

namespace cube {

// A request body that can be read only once. Qt's HTTP layer silently sends a request again
// when a kept-alive connection closes before the answer; for a write that is exactly what must
// never happen (the first one may have been done). Given a body it cannot rewind, Qt reports
// QNetworkReply::ContentReSendError instead, and the write's outcome is "unknown".
class SingleUseBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleUseBody)

public:
    explicit SingleUseBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace cube
