#pragma once

#include <QObject>

#include <memory>

namespace cube {

class ChangeWriter;
class CubeClient;

// One connected Cube account as a front end works with it: the client for reads, and the
// writer through which every change goes (and which announces what changed).
class Account final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Account)

public:
    explicit Account(std::unique_ptr<CubeClient> client, QObject *parent = nullptr);
    ~Account() override;

    CubeClient &client() const { return *m_client; }
    ChangeWriter &writer() const { return *m_writer; }

private:
    std::unique_ptr<CubeClient> m_client;
    std::unique_ptr<ChangeWriter> m_writer;
};

} // namespace cube
