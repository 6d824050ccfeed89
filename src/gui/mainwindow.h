#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cube {

// The console's main window: the connection bar, the work area and the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows where the console is connected (for example the demo simulator's URL), or that it
    // is not connected when `description` is empty.
    void setConnectionDescription(const QString &description);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_connectionDescription;
};

} // namespace cube
