#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class WatchSimsDialog;
}

namespace cube {

class Watchlist;

// Adds pasted ICCIDs to the account's watchlist: one per line or separated by spaces, commas or
// semicolons. Each is checked as an ICCID (cube::Iccid); the good ones are watched at once and
// the others are named with why they are not ICCIDs and left in the field to be corrected.
class WatchSimsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchSimsDialog)

public:
    WatchSimsDialog(Watchlist *watchlist, QWidget *parent = nullptr);
    ~WatchSimsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void watch();

    std::unique_ptr<Ui::WatchSimsDialog> m_ui;
    Watchlist *m_watchlist;
    QPushButton *m_watchButton = nullptr;
};

} // namespace cube
