#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace cube {

class Account;
class JobResumption;
struct JournalJob;

// A bar over the tabs when the journal has a bulk job that was cut short (the console or
// cubectl killed, the machine off): what it was, who started it and how far it got, with
// "Check the unknown" (reads only, never sends) and "Resume…" (after a fresh confirmation,
// sends only what never went out).
class InterruptedJobBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedJobBar)

public:
    explicit InterruptedJobBar(Account *account, QWidget *parent = nullptr);

    // Looks for interrupted jobs again; hidden when there is none.
    void refresh();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finishJob(bool resuming);
    void confirmResume();

    Account *m_account;
    QLabel *m_text;
    QPushButton *m_check;
    QPushButton *m_resume;
    QPushButton *m_hide;
    qint64 m_job = 0;
    qint64 m_hiddenJob = 0; // the job shown when the person hid the bar
    bool m_busy = false;
    QTimer m_changed; // the journal's changes, read once they pause
};

} // namespace cube
